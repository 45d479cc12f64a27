"""Which conditions list the chosen symptoms: pure functions over a :class:`Catalog`.

Nothing here estimates a chance of having a condition. Results say what the
sources *list*, ordered by how many of the chosen symptoms a condition lists,
then by how typical those symptoms are for it (its frequency bands), then by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer import schema, texts
from explorer.catalog import Catalog, LinkedSymptom  # LinkedSymptom: re-exported, it used to live here

RANK_COLUMNS = [
    "condition_id",
    "name",
    "category",
    "n_matched",
    "n_chosen",
    "matched",
    "bands",
    "typicality",
]

# Band name by weight (weights are 0..5); "excluded" (0) never appears among matched bands.
_BAND_BY_WEIGHT: dict[int, str] = {w: b for b, w in schema.FREQUENCY_WEIGHT.items()}

# Bands that make a symptom "typical" of a condition for explain().
TYPICAL_BANDS = ("obligate", "very_frequent", "frequent")

# Position of each band in schema.FREQUENCIES (most typical first).
_BAND_RANK: dict[str, int] = {band: i for i, band in enumerate(schema.FREQUENCIES)}


class UnknownIdError(KeyError):
    """Ids that the catalogue does not know; ``unknown`` lists them."""

    kind = "id"
    where = "the catalogue"

    def __init__(self, unknown: Sequence[str]) -> None:
        self.unknown = tuple(unknown)
        plural = "s" if len(unknown) > 1 else ""
        super().__init__(f"unknown {self.kind} id{plural}: {', '.join(unknown)}; use ids from {self.where}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


class UnknownSymptomError(UnknownIdError):
    """A symptom id that the catalogue does not know."""

    kind = "symptom"
    where = "the catalogue's symptoms (Catalog.symptoms.index)"


class UnknownConditionError(UnknownIdError):
    """A condition id that the catalogue does not know."""

    kind = "condition"
    where = "Catalog.conditions.index"


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def check_symptoms(cat: Catalog, symptom_ids: Iterable[str]) -> list[str]:
    """The ids, de-duplicated in order; raises UnknownSymptomError for any unknown id."""
    ids = _unique(symptom_ids)
    known = cat.symptom_positions
    unknown = [s for s in ids if s not in known]
    if unknown:
        raise UnknownSymptomError(unknown)
    return ids


def check_conditions(cat: Catalog, condition_ids: Iterable[str]) -> list[str]:
    """The ids, de-duplicated in order; raises UnknownConditionError for any unknown id."""
    ids = _unique(condition_ids)
    known = cat.condition_positions
    unknown = [c for c in ids if c not in known]
    if unknown:
        raise UnknownConditionError(unknown)
    return ids


def rank(cat: Catalog, symptom_ids: Iterable[str]) -> pd.DataFrame:
    """Conditions that list at least one of the chosen symptoms, best first.

    Ordered by how many chosen symptoms a condition lists (``n_matched``), then by
    ``typicality`` (the sum of the matched symptoms' band weights, schema.FREQUENCY_WEIGHT),
    then by name. ``matched`` holds the matched symptom ids, most typical first, and
    ``bands`` their frequency bands in the same order. Links marked "excluded" do not count.
    """
    chosen = check_symptoms(cat, symptom_ids)
    if not chosen:
        return pd.DataFrame(columns=RANK_COLUMNS)
    positions = cat.symptom_positions
    cols = [positions[s] for s in chosen]
    sub = cat.weights[:, cols]  # conditions x chosen, int8 weights 0..5
    n_matched = np.count_nonzero(sub, axis=1)
    hits = np.flatnonzero(n_matched)
    if hits.size == 0:
        return pd.DataFrame(columns=RANK_COLUMNS)
    sub = sub[hits]
    n_matched = n_matched[hits]
    typicality = sub.sum(axis=1, dtype=np.int64)
    names = cat.condition_name_values[hits]
    name_rank = np.empty(hits.size, dtype=np.int64)
    name_rank[np.argsort(names, kind="stable")] = np.arange(hits.size)
    # Most chosen symptoms listed, then most typical, then name; stable like sorted().
    order = np.lexsort((name_rank, -typicality, -n_matched))
    rows = hits[order]
    sub = sub[order]
    matched, bands = _matched_and_bands(sub, chosen)
    return pd.DataFrame(
        {
            "condition_id": cat.condition_id_values[rows],
            "name": names[order],
            "category": cat.condition_category_values[rows],
            "n_matched": n_matched[order].astype(np.int64),
            "n_chosen": np.full(rows.size, len(chosen), dtype=np.int64),
            "matched": matched,
            "bands": bands,
            "typicality": typicality[order],
        },
        columns=RANK_COLUMNS,
    )


def _matched_and_bands(sub: np.ndarray, chosen: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``sub`` (matched rows x chosen, weights 0..5): the listed chosen ids, most typical
    first with ties in choosing order, and their bands, as object arrays of tuples.

    Rows with the same weights give the same tuples, and a selection of m symptoms has at most 6**m
    (in practice a few dozen) distinct rows, so the tuples are built once per distinct row.
    """
    n_rows, m = sub.shape
    if m <= 24:  # 6**24 < 2**63: one int64 key per row
        key = sub.astype(np.int64) @ (6 ** np.arange(m, dtype=np.int64))
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        patterns = sub[first]
    else:
        patterns, first, inverse = np.unique(sub, axis=0, return_index=True, return_inverse=True)
    col_order = np.argsort(-patterns, axis=1, kind="stable")
    sorted_weights = np.take_along_axis(patterns, col_order, axis=1).tolist()
    matched = np.empty(len(patterns), dtype=object)
    bands = np.empty(len(patterns), dtype=object)
    for i, (js, ws) in enumerate(zip(col_order.tolist(), sorted_weights, strict=True)):
        matched[i] = tuple(chosen[j] for j, w in zip(js, ws, strict=True) if w > 0)
        bands[i] = tuple(_BAND_BY_WEIGHT[w] for w in ws if w > 0)
    inverse = inverse.reshape(n_rows)
    return matched[inverse], bands[inverse]


@dataclass(frozen=True)
class Explanation:
    """Why a condition appears for a selection, in data (the view puts it in words)."""

    condition_id: str
    matched: tuple[LinkedSymptom, ...]
    """Chosen symptoms the condition lists, most typical first."""
    not_listed: tuple[str, ...]
    """Chosen symptoms its sources do not list."""
    excluded: tuple[LinkedSymptom, ...]
    """Chosen symptoms a source says the condition does not usually cause."""
    typical_not_chosen: tuple[LinkedSymptom, ...]
    """Its very frequent and frequent symptoms that were not chosen."""


def condition_links(cat: Catalog, condition_id: str) -> pd.DataFrame:
    """The condition's links, most typical band first (the catalogue keeps them sorted)."""
    check_conditions(cat, [condition_id])
    return cat.links.iloc[cat.link_rows.get(condition_id, slice(0, 0))]


def linked_symptoms(cat: Catalog, condition_id: str) -> tuple[LinkedSymptom, ...]:
    """The condition's links as :class:`LinkedSymptom`, most typical band first."""
    check_conditions(cat, [condition_id])
    return cat.linked_symptoms[condition_id]


def _difference_rows(cat: Catalog, ids: list[str]) -> list[int]:
    """Positions in ``cat.differences`` of the differences recorded between two of the (checked) ids."""
    wanted = set(ids)
    return [
        i
        for i, diff in enumerate(cat.difference_records)
        if diff.condition_id in wanted and diff.versus_id in wanted and diff.condition_id != diff.versus_id
    ]


def recorded_differences(cat: Catalog, condition_ids: Iterable[str]) -> pd.DataFrame:
    """Sourced points of difference recorded between any two of the conditions (differences.csv rows)."""
    ids = check_conditions(cat, condition_ids)
    return cat.differences.take(_difference_rows(cat, ids)).reset_index(drop=True)


def explain(cat: Catalog, condition_id: str, symptom_ids: Iterable[str]) -> Explanation:
    """Matched, not listed, excluded, and typical-but-not-chosen symptoms for one condition."""
    chosen = check_symptoms(cat, symptom_ids)
    check_conditions(cat, [condition_id])
    by_symptom = cat.linked_symptom_index[condition_id]
    listed = [by_symptom[s] for s in chosen if s in by_symptom]
    matched = [link for link in listed if link.frequency != "excluded"]
    matched.sort(key=lambda link: _BAND_RANK[link.frequency])
    chosen_set = set(chosen)
    return Explanation(
        condition_id=condition_id,
        matched=tuple(matched),
        not_listed=tuple(s for s in chosen if s not in by_symptom),
        excluded=tuple(link for link in listed if link.frequency == "excluded"),
        typical_not_chosen=tuple(
            link
            for link in cat.linked_symptoms[condition_id]
            if link.frequency in TYPICAL_BANDS and link.symptom_id not in chosen_set
        ),
    )


def lay_label(cat: Catalog, symptom_id: str) -> str:
    """The symptom's label as it reads mid-sentence ('double vision')."""
    label = cat.symptom_labels[symptom_id]
    if len(label) > 1 and label[1].isupper():  # an abbreviation such as "MS-like"
        return label
    return label[:1].lower() + label[1:]


def describe_selection(cat: Catalog, symptom_ids: Iterable[str]) -> str:
    """The selection in plain words, e.g. 'Conditions that list double vision and drooping eyelid'."""
    chosen = check_symptoms(cat, symptom_ids)
    if not chosen:
        return texts.NO_SELECTION_DESCRIPTION
    labels = [lay_label(cat, s) for s in chosen]
    return texts.SELECTION_DESCRIPTION.format(symptoms=texts.join_words(labels))


def red_flags(cat: Catalog, symptom_ids: Iterable[str]) -> list[str]:
    """The chosen symptoms that can signal an emergency, in the order chosen."""
    flagged = cat.red_flag_symptoms
    return [s for s in check_symptoms(cat, symptom_ids) if s in flagged]


def lists_all(ranked: pd.DataFrame) -> bool:
    """True if at least one ranked condition lists every chosen symptom."""
    return bool(len(ranked)) and bool((ranked["n_matched"] == ranked["n_chosen"]).any())


def discriminators(
    cat: Catalog, condition_ids: Iterable[str], limit: int | None = None, leave_out: Iterable[str] = ()
) -> pd.DataFrame:
    """Symptoms that best tell the given conditions apart, best first.

    For each symptom that any of the conditions lists, ``spread`` is the gap between
    the most and the least typical band among them (a condition that does not list the
    symptom, or whose source excludes it, counts as 0). A sourced point of difference
    recorded in differences.csv between two of them sets ``recorded`` = True and ranks
    first, whatever its spread: a curated, sourced difference teaches more than a gap
    that may only mean one source is silent. Then by spread, then by label. Columns:
    symptom_id, label, spread, recorded, then one band column per condition ('' where
    not listed). Symptoms in ``leave_out`` (e.g. those already chosen) are skipped before
    ``limit`` applies. Needs two or more conditions.
    """
    ids = check_conditions(cat, condition_ids)
    if len(ids) < 2:
        raise ValueError("discriminators() needs at least two different conditions")
    # On the catalogue's arrays; a DataFrame is built of only the rows returned.
    positions = cat.symptom_positions
    sub = cat.weights[[cat.condition_positions[cid] for cid in ids]]  # conditions x symptoms, weights 0..5
    top = sub.max(axis=0)
    spread = top - sub.min(axis=0)
    recorded = np.zeros(len(positions), dtype=bool)
    recorded[[positions[cat.difference_records[i].symptom_id] for i in _difference_rows(cat, ids)]] = True
    keep = (spread > 0) | (recorded & (top > 0))  # a spread > 0 means some condition lists it
    keep[[positions[s] for s in leave_out if s in positions]] = False
    cols = np.flatnonzero(keep)
    # Recorded first, then spread (high to low), then label (codepoint order, as sort_values).
    cols = cols[np.lexsort((cat.label_order[cols], -spread[cols], ~recorded[cols]))]
    if limit is not None:
        cols = cols[:limit]  # the same rows as DataFrame.head(limit), negative limits included
    text = cat.symptoms.index.dtype  # the catalogue's string dtype, also when no row is left
    symptom_ids = cat.symptom_id_values[cols]
    frame = {
        "symptom_id": pd.array(symptom_ids, dtype=text),
        "label": pd.array(cat.symptom_label_values[cols], dtype=text),
        "spread": spread[cols].astype(np.int64),
        "recorded": recorded[cols],
    }
    for cid in ids:  # the band as the condition's sources list it ('excluded' too), '' where not listed
        links = cat.linked_symptom_index[cid]
        frame[cid] = pd.array([links[s].frequency if s in links else "" for s in symptom_ids], dtype=text)
    return pd.DataFrame(frame)
