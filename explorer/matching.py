"""Which conditions list the chosen symptoms: pure functions over a prepared :class:`~explorer.index.Index`.

Nothing here estimates a chance of having a condition. Results say what the sources
*list*, ordered by how many of the chosen symptoms a condition lists, then by how typical
those symptoms are for it (its frequency bands), then by name.

Each public function checks its ids once and accepts an Index or a plain Catalog (prepared
for that call). The pages' own core functions (:mod:`explorer.explore`, ...) check once and
call the unchecked ``*_checked`` forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer import schema, texts
from explorer.index import Index, as_index
from explorer.model import Catalog, LinkedSymptom

RANK_COLUMNS = [
    "condition_id",
    "name",
    "category",
    "n_matched",
    "n_chosen",
    "matched",
    "bands",
    "typicality",
    "fits",
]


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


def known_ids(ids: Iterable[str], known: Mapping[str, int], error: type[UnknownIdError]) -> list[str]:
    """The ids, de-duplicated in order; raises ``error`` naming every id not in ``known``."""
    unique = list(dict.fromkeys(ids))
    unknown = [i for i in unique if i not in known]
    if unknown:
        raise error(unknown)
    return unique


def check_symptoms(data: Index | Catalog, symptom_ids: Iterable[str]) -> list[str]:
    """The symptom ids, de-duplicated in order; UnknownSymptomError for any unknown id."""
    return known_ids(symptom_ids, as_index(data).symptom_position, UnknownSymptomError)


def check_conditions(data: Index | Catalog, condition_ids: Iterable[str]) -> list[str]:
    """The condition ids, de-duplicated in order; UnknownConditionError for any unknown id."""
    return known_ids(condition_ids, as_index(data).condition_position, UnknownConditionError)


# --- ranking ------------------------------------------------------------------------------------


def check_facets(onset: str | None, age: str | None) -> None:
    """ValueError unless ``onset`` is None or one of schema.ONSETS and ``age`` None or one of schema.AGES."""
    if onset is not None and onset not in schema.ONSETS:
        raise ValueError(f"onset must be one of {', '.join(schema.ONSETS)} (or None), not {onset!r}")
    if age is not None and age not in schema.AGES:
        raise ValueError(f"age must be one of {', '.join(schema.AGES)} (or None), not {age!r}")


def rank(
    data: Index | Catalog, symptom_ids: Iterable[str], onset: str | None = None, age: str | None = None
) -> pd.DataFrame:
    """Conditions that list at least one of the chosen symptoms, best first.

    Ordered by how many chosen symptoms a condition lists (``n_matched``), then by
    ``typicality`` (the sum of the matched symptoms' band weights, schema.Band.weight),
    then by name. ``matched`` holds the matched symptom ids, most typical first, and
    ``bands`` their frequency bands in the same order. Links marked "excluded" do not count.

    With ``onset`` (how fast it came on, one of schema.ONSETS) or ``age`` (schema.AGES), a
    condition that usually fits comes before one that does not, and within that the order is
    as above; ``fits`` counts the facets given that the condition usually fits. Nothing is
    left out: a condition that usually starts differently is still listed.
    """
    ix = as_index(data)
    check_facets(onset, age)
    return rank_checked(ix, known_ids(symptom_ids, ix.symptom_position, UnknownSymptomError), onset, age)


def _fits(ix: Index, rows: np.ndarray, onset: str | None, age: str | None) -> np.ndarray:
    """How many of the given facets each condition (rows of ``conditions``) usually fits."""
    fits = np.zeros(rows.size, dtype=np.int64)
    for value in (onset, age):
        if value is not None:
            fits += ix.facet_mask[value][rows]
    return fits


@dataclass(frozen=True)
class Ranking:
    """The ranked conditions as arrays, best first (what :func:`rank` puts in a DataFrame)."""

    rows: np.ndarray
    """Positions in ``conditions``."""
    weights: np.ndarray
    """rows x chosen: the band weights of the chosen symptoms."""
    n_matched: np.ndarray
    typicality: np.ndarray
    fits: np.ndarray
    names: np.ndarray


def ranking(ix: Index, chosen: list[str], onset: str | None = None, age: str | None = None) -> Ranking | None:
    """The order of :func:`rank` for ids and facets already checked; None when no condition lists any."""
    if not chosen:
        return None
    sub = ix.weights[:, [ix.symptom_position[s] for s in chosen]]  # conditions x chosen, weights 0..5
    n_matched = np.count_nonzero(sub, axis=1)
    hits = np.flatnonzero(n_matched)
    if hits.size == 0:
        return None
    sub, n_matched = sub[hits], n_matched[hits]
    typicality = sub.sum(axis=1, dtype=np.int64)
    names = ix.name_values[hits]
    name_rank = np.empty(hits.size, dtype=np.int64)
    name_rank[np.argsort(names, kind="stable")] = np.arange(hits.size)
    fits = _fits(ix, hits, onset, age)
    # Fitting the facets given first, then most chosen symptoms listed, then most typical, then name.
    order = np.lexsort((name_rank, -typicality, -n_matched, -fits))
    return Ranking(hits[order], sub[order], n_matched[order], typicality[order], fits[order], names[order])


def rank_checked(ix: Index, chosen: list[str], onset: str | None = None, age: str | None = None) -> pd.DataFrame:
    """:func:`rank` for ids and facets already checked (ids de-duplicated)."""
    ranked = ranking(ix, chosen, onset, age)
    if ranked is None:
        return pd.DataFrame(columns=RANK_COLUMNS)
    rows = ranked.rows
    matched, bands = _matched_and_bands(ranked.weights, chosen)
    return pd.DataFrame(
        {
            "condition_id": ix.condition_ids[rows],
            "name": ranked.names,
            "category": ix.category_values[rows],
            "n_matched": ranked.n_matched.astype(np.int64),
            "n_chosen": np.full(rows.size, len(chosen), dtype=np.int64),
            "matched": matched,
            "bands": bands,
            "typicality": ranked.typicality,
            "fits": ranked.fits,
        },
        columns=RANK_COLUMNS,
    )


def _matched_and_bands(sub: np.ndarray, chosen: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``sub`` (matched rows x chosen, weights 0..5): the listed chosen ids and their bands.

    Ids come most typical first, ties in choosing order, as object arrays of tuples.

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
        bands[i] = tuple(schema.BAND_BY_WEIGHT[w].name for w in ws if w > 0)
    inverse = inverse.reshape(n_rows)
    return matched[inverse], bands[inverse]


def lists_all(ranked: pd.DataFrame) -> bool:
    """True if at least one ranked condition lists every chosen symptom."""
    return bool(len(ranked)) and bool((ranked["n_matched"] == ranked["n_chosen"]).any())


# --- why a condition appears -----------------------------------------------------------------------


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


def explain(data: Index | Catalog, condition_id: str, symptom_ids: Iterable[str]) -> Explanation:
    """Matched, not listed and excluded symptoms for one condition."""
    ix = as_index(data)
    chosen = known_ids(symptom_ids, ix.symptom_position, UnknownSymptomError)
    known_ids([condition_id], ix.condition_position, UnknownConditionError)
    return explain_checked(ix, condition_id, chosen)


def explain_checked(ix: Index, condition_id: str, chosen: list[str]) -> Explanation:
    """:func:`explain` for ids already checked."""
    by_symptom = ix.link_of[condition_id]
    listed = [by_symptom[s] for s in chosen if s in by_symptom]
    matched = sorted((link for link in listed if link.frequency != "excluded"), key=_band_rank)
    return Explanation(
        condition_id=condition_id,
        matched=tuple(matched),
        not_listed=tuple(s for s in chosen if s not in by_symptom),
        excluded=tuple(link for link in listed if link.frequency == "excluded"),
    )


def _band_rank(link: LinkedSymptom) -> int:
    return -schema.BAND[link.frequency].weight


def linked_symptoms(data: Index | Catalog, condition_id: str) -> tuple[LinkedSymptom, ...]:
    """The condition's links, most typical band first."""
    ix = as_index(data)
    known_ids([condition_id], ix.condition_position, UnknownConditionError)
    return ix.links_of[condition_id]


def condition_links(data: Index | Catalog, condition_id: str) -> pd.DataFrame:
    """The condition's rows of ``links``, most typical band first (the catalogue keeps them sorted)."""
    ix = as_index(data)
    known_ids([condition_id], ix.condition_position, UnknownConditionError)
    return ix.links[ix.links["condition_id"] == condition_id]


def lay_label(data: Index | Catalog, symptom_id: str) -> str:
    """The symptom's label as it reads mid-sentence ('double vision')."""
    return as_index(data).lay_label(symptom_id)


def describe_selection(
    data: Index | Catalog, symptom_ids: Iterable[str], onset: str | None = None, age: str | None = None
) -> str:
    """The selection in plain words.

    E.g. 'Conditions that list double vision and drooping eyelid', with the facets given:
    '..., that usually start over days to weeks, in children'.
    """
    ix = as_index(data)
    check_facets(onset, age)
    return describe_checked(ix, known_ids(symptom_ids, ix.symptom_position, UnknownSymptomError), onset, age)


def describe_checked(ix: Index, chosen: list[str], onset: str | None = None, age: str | None = None) -> str:
    """:func:`describe_selection` for ids and facets already checked."""
    if not chosen:
        return texts.NO_SELECTION_DESCRIPTION
    text = texts.SELECTION_DESCRIPTION.format(symptoms=texts.join_words([ix.lay_label(s) for s in chosen]))
    if onset:
        text += texts.SELECTION_ONSET.format(onset=texts.ONSET_WORDS[onset])
    if age:
        text += texts.SELECTION_AGE.format(age=texts.AGE_WORDS[age])
    return text


def red_flags(data: Index | Catalog, symptom_ids: Iterable[str]) -> list[str]:
    """The chosen symptoms that can signal an emergency, in the order chosen."""
    ix = as_index(data)
    return [s for s in known_ids(symptom_ids, ix.symptom_position, UnknownSymptomError) if s in ix.red_flags]


# --- telling conditions apart ----------------------------------------------------------------------


def difference_rows(ix: Index, ids: list[str]) -> list[int]:
    """Positions in ``differences`` of the differences recorded between two of the (checked) ids."""
    wanted = set(ids)
    return [
        i
        for i, diff in enumerate(ix.difference_records)
        if diff.condition_id in wanted and diff.versus_id in wanted and diff.condition_id != diff.versus_id
    ]


def recorded_differences(data: Index | Catalog, condition_ids: Iterable[str]) -> pd.DataFrame:
    """Sourced points of difference recorded between any two of the conditions (differences.csv rows)."""
    ix = as_index(data)
    ids = known_ids(condition_ids, ix.condition_position, UnknownConditionError)
    return ix.differences.take(difference_rows(ix, ids)).reset_index(drop=True)


def discriminators(
    data: Index | Catalog, condition_ids: Iterable[str], limit: int | None = None, leave_out: Iterable[str] = ()
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
    ix = as_index(data)
    ids = known_ids(condition_ids, ix.condition_position, UnknownConditionError)
    if len(ids) < 2:
        raise ValueError("discriminators() needs at least two different conditions")
    return discriminators_checked(ix, ids, limit, leave_out)


def discriminators_checked(
    ix: Index, ids: list[str], limit: int | None = None, leave_out: Iterable[str] = ()
) -> pd.DataFrame:
    """:func:`discriminators` for two or more condition ids already checked."""
    positions = ix.symptom_position
    sub = ix.weights[[ix.condition_position[cid] for cid in ids]]  # conditions x symptoms, weights 0..5
    top = sub.max(axis=0)
    spread = top - sub.min(axis=0)
    recorded = np.zeros(len(positions), dtype=bool)
    recorded[[positions[ix.difference_records[i].symptom_id] for i in difference_rows(ix, ids)]] = True
    keep = (spread > 0) | (recorded & (top > 0))  # a spread > 0 means some condition lists it
    keep[[positions[s] for s in leave_out if s in positions]] = False
    cols = np.flatnonzero(keep)
    # Recorded first, then spread (high to low), then label (codepoint order, as sort_values).
    cols = cols[np.lexsort((ix.label_order[cols], -spread[cols], ~recorded[cols]))]
    if limit is not None:
        cols = cols[:limit]  # the same rows as DataFrame.head(limit), negative limits included
    text = ix.symptoms.index.dtype  # the catalogue's string dtype, also when no row is left
    symptom_ids = ix.symptom_ids[cols]
    frame = {
        "symptom_id": pd.array(symptom_ids, dtype=text),
        "label": pd.array(ix.label_values[cols], dtype=text),
        "spread": spread[cols].astype(np.int64),
        "recorded": recorded[cols],
    }
    for cid in ids:  # the band as the condition's sources list it ('excluded' too), '' where not listed
        links = ix.link_of[cid]
        frame[cid] = pd.array([links[s].frequency if s in links else "" for s in symptom_ids], dtype=text)
    return pd.DataFrame(frame)
