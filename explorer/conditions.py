"""Browse and compare conditions: pure functions over a :class:`Catalog` (no Streamlit).

Finding conditions by name, alias or code; a condition's symptoms grouped by how often
its sources list them; the side-by-side comparison table; the symptoms that best tell
the top results apart ("what to ask next").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from explorer import matching, schema
from explorer.catalog import Catalog
from explorer.matching import LinkedSymptom
from explorer.search import normalize

CODE_COLUMNS: tuple[str, ...] = ("orpha", "omim", "icd10", "icd11")
COMPARE_MIN = 2
COMPARE_MAX = 4
# Columns of compare_table() before the one band column per condition.
COMPARE_COLUMNS = ["symptom_id", "label", "group", "spread", "differs", "recorded"]


def slug(text: str) -> str:
    """A URL-safe id for a group or category name ('Thinking, mood and behaviour' -> 'thinking_mood_and_behaviour')."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def category_slugs() -> dict[str, str]:
    """slug -> category, in the schema's order."""
    return {slug(c): c for c in schema.CATEGORIES}


# --- finding -------------------------------------------------------------------------


def _codes(row: pd.Series) -> list[str]:
    return [code for column in CODE_COLUMNS for code in row[column]]


def _code_matches(query: str, code: str) -> bool:
    """'ORPHA:802', '802', 'g35' and 'G70' (a prefix of 'G70.0') all match their code."""
    q = query.upper().replace(" ", "")
    c = code.upper()
    bare = c.split(":", 1)[-1]
    return c == q or bare == q or (len(q) >= 3 and (c.startswith(q) or bare.startswith(q)))


def _words_match(query_words: list[str], text: str) -> bool:
    """Every query word starts some word of the text ('mya grav' finds 'myasthenia gravis')."""
    words = normalize(text).split()
    return all(any(w.startswith(q) for w in words) for q in query_words)


def matches(row: pd.Series, text: str) -> bool:
    """True if the condition's name, an alias or a code matches the typed text."""
    query_words = normalize(text).split()
    if not query_words:
        return True
    names = [row["name"], *row["aliases"]]
    if any(_words_match(query_words, name) for name in names):
        return True
    return any(_code_matches(text.strip(), code) for code in _codes(row))


def find_conditions(cat: Catalog, text: str, category: str | None = None) -> list[str]:
    """Condition ids whose name, alias or code matches ``text``, in ``category`` if given, A to Z by name.

    Empty text finds every condition (of the category). Case, accents and punctuation are ignored.
    """
    frame = cat.conditions
    if category:
        frame = frame[frame["category"] == category]
    hits = [cid for cid, row in frame.iterrows() if matches(row, text or "")]
    return sorted(hits, key=lambda cid: (cat.conditions.at[cid, "name"].lower(), cid))


# --- one condition -----------------------------------------------------------------------


@dataclass(frozen=True)
class BandGroup:
    """The symptoms a condition's sources list in one frequency band."""

    frequency: str
    links: tuple[LinkedSymptom, ...]


def symptoms_by_band(cat: Catalog, condition_id: str) -> tuple[BandGroup, ...]:
    """The condition's symptoms grouped by band, most typical first ('excluded' last); A to Z within a band."""
    links = matching.linked_symptoms(cat, condition_id)
    groups = []
    for band in schema.FREQUENCIES:
        in_band = [link for link in links if link.frequency == band]
        if in_band:
            in_band.sort(key=lambda link: cat.symptoms.at[link.symptom_id, "label"].lower())
            groups.append(BandGroup(band, tuple(in_band)))
    return tuple(groups)


def orpha_url(cat: Catalog, code: str) -> str | None:
    """The URL of a catalogue source whose identifier is this ORPHA code, else None (never a guessed URL)."""
    sources = cat.sources
    hits = sources[(sources["identifier"] == code) & (sources["url"] != "")]
    return str(hits["url"].iat[0]) if len(hits) else None


def condition_sources(cat: Catalog, condition_id: str) -> list[str]:
    """Source ids for a condition: its own, then those of its symptom links, without repeats."""
    own = list(cat.conditions.at[condition_id, "source_ids"])
    linked = matching.condition_links(cat, condition_id)["source_id"].tolist()
    return list(dict.fromkeys([*own, *linked]))


def compared_with(cat: Catalog, condition_id: str) -> list[str]:
    """The conditions it is often compared with, as the catalogue records them."""
    return list(cat.conditions.at[condition_id, "compare_with"])


# --- comparing -------------------------------------------------------------------------


def compare_table(cat: Catalog, condition_ids: Iterable[str]) -> pd.DataFrame:
    """Every symptom any of the conditions lists, with one band column per condition ('' = not listed).

    Rows that tell the conditions apart come first, as in :func:`matching.discriminators`
    (recorded differences, then ``spread``), then by body-system group, then label.
    ``differs`` is True where the bands are not all the same.
    """
    ids = matching.check_conditions(cat, condition_ids)
    if len(ids) < COMPARE_MIN:
        raise ValueError("compare_table() needs at least two different conditions")
    links = cat.links[cat.links["condition_id"].isin(ids)]
    sym_ids = [s for s in cat.symptoms.index if s in set(links["symptom_id"])]
    disc = matching.discriminators(cat, ids).set_index("symptom_id")
    matrix = cat.matrix()
    group_order = {g: i for i, g in enumerate(schema.GROUPS)}
    frame = pd.DataFrame(
        {
            "symptom_id": sym_ids,
            "label": cat.symptoms.loc[sym_ids, "label"].to_numpy(),
            "group": cat.symptoms.loc[sym_ids, "group"].to_numpy(),
            "spread": [int(disc.at[s, "spread"]) if s in disc.index else 0 for s in sym_ids],
            "recorded": [bool(disc.at[s, "recorded"]) if s in disc.index else False for s in sym_ids],
        }
    )
    for cid in ids:
        frame[cid] = matrix.loc[sym_ids, cid].to_numpy()
    frame["differs"] = frame[ids].nunique(axis=1) > 1
    frame["_group"] = frame["group"].map(group_order)
    frame["_label"] = frame["label"].str.lower()
    frame = frame.sort_values(
        ["recorded", "spread", "_group", "_label"], ascending=[False, False, True, True], ignore_index=True
    )
    return frame[[*COMPARE_COLUMNS, *ids]]


def next_questions(cat: Catalog, ranked_ids: Iterable[str], chosen: Iterable[str], limit: int = 5) -> pd.DataFrame:
    """Symptoms, not yet chosen, that best tell apart the top 2–4 ranked conditions (matching.discriminators).

    Returns an empty frame when fewer than two conditions are ranked.
    """
    top = list(dict.fromkeys(ranked_ids))[:COMPARE_MAX]
    if len(top) < COMPARE_MIN:
        return pd.DataFrame(columns=["symptom_id", "label", "spread", "recorded"])
    return matching.discriminators(cat, top, limit, leave_out=set(chosen))
