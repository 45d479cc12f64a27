"""Browse and compare conditions: pure functions over a prepared index (no Streamlit).

Finding conditions by name, alias or code; a condition's profile with its symptoms grouped
by how often its sources list them (:func:`condition_page`); the side-by-side comparison
(:func:`compare_page`); the symptoms that best tell conditions apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from explorer import matching, schema
from explorer.explore import COMPARE_MAX, COMPARE_MIN
from explorer.index import Index, as_index
from explorer.model import Catalog, LinkedSymptom
from explorer.search import normalize

CODE_COLUMNS: tuple[str, ...] = ("orpha", "omim", "icd10", "icd11")
# Columns of compare_table() before the one band column per condition.
COMPARE_COLUMNS = ["symptom_id", "label", "group", "spread", "differs", "recorded"]


def slug(text: str) -> str:
    """A URL-safe id for a group or category name ('Thinking, mood and behaviour' -> 'thinking_mood_and_behaviour')."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def category_slugs() -> dict[str, str]:
    """Slug -> category, in the schema's order."""
    return {slug(c): c for c in schema.CATEGORIES}


# --- finding -------------------------------------------------------------------------


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
    if any(_words_match(query_words, name) for name in [row["name"], *row["aliases"]]):
        return True
    return any(_code_matches(text.strip(), code) for column in CODE_COLUMNS for code in row[column])


def find_conditions(data: Index | Catalog, text: str, category: str | None = None) -> list[str]:
    """Condition ids whose name, alias or code matches ``text``, in ``category`` if given, A to Z by name.

    Empty text finds every condition (of the category). Case, accents and punctuation are ignored.
    """
    ix = as_index(data)
    frame = ix.conditions
    if category:
        frame = frame[frame["category"] == category]
    hits = [cid for cid, row in frame.iterrows() if matches(row, text or "")]
    return sorted(hits, key=lambda cid: (ix.condition_names[cid].lower(), cid))


# --- one condition -----------------------------------------------------------------------


@dataclass(frozen=True)
class BandGroup:
    """The symptoms a condition's sources list in one frequency band."""

    frequency: str
    links: tuple[LinkedSymptom, ...]


@dataclass(frozen=True)
class ConditionView:
    """Everything a condition's own page shows."""

    condition_id: str
    row: pd.Series
    """The condition's row of ``conditions`` (name, summary, course, codes, ...)."""
    bands: tuple[BandGroup, ...]
    codes: tuple[tuple[str, str, str | None], ...]
    """(code column, code, URL of a catalogue source for it or None)."""
    compared_with: tuple[str, ...]
    source_ids: tuple[str, ...]


def symptoms_by_band(data: Index | Catalog, condition_id: str) -> tuple[BandGroup, ...]:
    """The condition's symptoms grouped by band, most typical first ('excluded' last); A to Z within a band."""
    ix = as_index(data)
    links = matching.linked_symptoms(ix, condition_id)
    groups = []
    for band in schema.FREQUENCIES:
        in_band = sorted(
            (link for link in links if link.frequency == band),
            key=lambda link: ix.symptom_labels[link.symptom_id].lower(),
        )
        if in_band:
            groups.append(BandGroup(band, tuple(in_band)))
    return tuple(groups)


def orpha_url(data: Index | Catalog, code: str) -> str | None:
    """The URL of a catalogue source whose identifier is this ORPHA code, else None (never a guessed URL)."""
    sources = as_index(data).sources
    hits = sources[(sources["identifier"] == code) & (sources["url"] != "")]
    return str(hits["url"].iat[0]) if len(hits) else None


def condition_sources(data: Index | Catalog, condition_id: str) -> list[str]:
    """Source ids for a condition: its own, then those of its symptom links, without repeats."""
    ix = as_index(data)
    own = list(ix.conditions.at[condition_id, "source_ids"])
    linked = [link.source_id for link in matching.linked_symptoms(ix, condition_id)]
    return list(dict.fromkeys([*own, *linked]))


def compared_with(data: Index | Catalog, condition_id: str) -> list[str]:
    """The conditions it is often compared with, as the catalogue records them."""
    return list(as_index(data).conditions.at[condition_id, "compare_with"])


def condition_page(data: Index | Catalog, condition_id: str) -> ConditionView:
    """A condition's page (an unknown id raises UnknownConditionError)."""
    ix = as_index(data)
    matching.known_ids([condition_id], ix.condition_position, matching.UnknownConditionError)
    row = ix.conditions.loc[condition_id]
    codes = tuple(
        (column, code, orpha_url(ix, code) if column == "orpha" else None)
        for column in CODE_COLUMNS
        for code in row[column]
    )
    return ConditionView(
        condition_id=condition_id,
        row=row,
        bands=symptoms_by_band(ix, condition_id),
        codes=codes,
        compared_with=tuple(compared_with(ix, condition_id)),
        source_ids=tuple(condition_sources(ix, condition_id)),
    )


# --- comparing -------------------------------------------------------------------------


def compare_table(data: Index | Catalog, condition_ids: Iterable[str]) -> pd.DataFrame:
    """Every symptom any of the conditions lists, with one band column per condition ('' = not listed).

    Rows that tell the conditions apart come first, as in :func:`matching.discriminators`
    (recorded differences, then ``spread``), then by body-system group, then label.
    ``differs`` is True where the bands are not all the same.
    """
    ix = as_index(data)
    ids = matching.known_ids(condition_ids, ix.condition_position, matching.UnknownConditionError)
    if len(ids) < COMPARE_MIN:
        raise ValueError("compare_table() needs at least two different conditions")
    return _compare_table(ix, ids)


def _compare_table(ix: Index, ids: list[str]) -> pd.DataFrame:
    listed = set(ix.links.loc[ix.links["condition_id"].isin(ids), "symptom_id"])
    sym_ids = [s for s in ix.symptom_ids if s in listed]
    disc = matching.discriminators_checked(ix, ids).set_index("symptom_id")
    group_order = {g: i for i, g in enumerate(schema.GROUPS)}
    frame = pd.DataFrame(
        {
            "symptom_id": sym_ids,
            "label": [ix.symptom_labels[s] for s in sym_ids],
            "group": ix.symptoms.loc[sym_ids, "group"].to_numpy(),
            "spread": [int(disc.at[s, "spread"]) if s in disc.index else 0 for s in sym_ids],
            "recorded": [bool(disc.at[s, "recorded"]) if s in disc.index else False for s in sym_ids],
        }
    )
    for cid in ids:
        links = ix.link_of[cid]
        frame[cid] = [links[s].frequency if s in links else "" for s in sym_ids]
    frame["differs"] = frame[ids].nunique(axis=1) > 1
    frame["_group"] = frame["group"].map(group_order)
    frame["_label"] = frame["label"].str.lower()
    frame = frame.sort_values(
        ["recorded", "spread", "_group", "_label"], ascending=[False, False, True, True], ignore_index=True
    )
    return frame[[*COMPARE_COLUMNS, *ids]]


@dataclass(frozen=True)
class CompareView:
    """Everything the Compare page shows for two to four conditions."""

    condition_ids: tuple[str, ...]
    best: pd.DataFrame
    """The symptoms that best tell them apart (matching.discriminators, first ``limit`` rows)."""
    recorded: pd.DataFrame
    """Sourced points of difference recorded between two of them."""
    table: pd.DataFrame
    """Every symptom any of them lists, side by side (compare_table)."""
    onsets: dict[str, tuple[str, ...]]
    """condition_id -> how fast its symptoms usually build."""
    ages: dict[str, tuple[str, ...]]
    """condition_id -> whom it usually affects."""


def compare_page(data: Index | Catalog, condition_ids: Iterable[str], limit: int = 8) -> CompareView:
    """The Compare page for two to four conditions (fewer than two raises ValueError)."""
    ix = as_index(data)
    ids = matching.known_ids(condition_ids, ix.condition_position, matching.UnknownConditionError)
    if not COMPARE_MIN <= len(ids) <= COMPARE_MAX:
        raise ValueError(f"compare_page() takes {COMPARE_MIN} to {COMPARE_MAX} different conditions")
    return CompareView(
        condition_ids=tuple(ids),
        best=matching.discriminators_checked(ix, ids, limit),
        recorded=ix.differences.take(matching.difference_rows(ix, ids)).reset_index(drop=True),
        table=_compare_table(ix, ids),
        onsets={cid: ix.onsets[cid] for cid in ids},
        ages={cid: ix.ages[cid] for cid in ids},
    )
