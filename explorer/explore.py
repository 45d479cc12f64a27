"""The Explore page as data: one call returns everything the page shows for a selection.

:func:`explore` checks the chosen ids once, then ranks, explains each listed condition,
describes the selection in words, picks the red flags and the questions that would tell
the top conditions apart. The view (``explorer.ui.explore``) only renders the value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from explorer import matching, texts
from explorer.index import Index, as_index
from explorer.model import Catalog

COMPARE_MIN = 2
COMPARE_MAX = 4  # the most conditions the Compare page (and "what to ask next") takes at once
NEXT_QUESTIONS = 5


@dataclass(frozen=True)
class Result:
    """One condition that lists at least one chosen symptom, with why."""

    condition_id: str
    name: str
    category: str
    n_matched: int
    n_chosen: int
    typicality: int
    explanation: matching.Explanation
    onset: tuple[str, ...] = ()
    """How fast its symptoms usually build (schema.ONSETS values)."""
    ages: tuple[str, ...] = ()
    """Whom it usually affects (schema.AGES values)."""
    fits_onset: bool | None = None
    """Whether it usually starts as the visitor said (None when they did not say)."""
    fits_age: bool | None = None
    """Whether it usually affects the age the visitor said (None when they did not say)."""

    @property
    def lists_all(self) -> bool:
        """True if it lists every chosen symptom."""
        return self.n_matched == self.n_chosen


@dataclass(frozen=True)
class NextQuestion:
    """A symptom, not yet chosen, whose bands differ most among the top conditions."""

    symptom_id: str
    label: str
    recorded: bool
    bands: tuple[tuple[str, str], ...]
    """(condition_id, band) for each compared condition; '' where it is not listed."""


@dataclass(frozen=True)
class ExploreView:
    """Everything the Explore page shows for a selection."""

    chosen: tuple[str, ...]
    onset: str | None
    age: str | None
    description: str
    red_flags: tuple[str, ...]
    results: tuple[Result, ...]
    compared: tuple[str, ...]
    """The top 2–4 conditions that "what to ask next" tells apart (empty below two results)."""
    next_questions: tuple[NextQuestion, ...]

    @property
    def lists_all(self) -> bool:
        """True if at least one condition lists every chosen symptom."""
        return any(r.lists_all for r in self.results)


def next_questions(
    data: Index | Catalog, ranked_ids: Iterable[str], chosen: Iterable[str], limit: int = NEXT_QUESTIONS
) -> pd.DataFrame:
    """Symptoms, not yet chosen, that best tell apart the top 2–4 ranked conditions (matching.discriminators).

    Returns an empty frame when fewer than two conditions are ranked.
    """
    top = list(dict.fromkeys(ranked_ids))[:COMPARE_MAX]
    if len(top) < COMPARE_MIN:
        return pd.DataFrame(columns=["symptom_id", "label", "spread", "recorded"])
    return matching.discriminators(data, top, limit, leave_out=set(chosen))


def _questions(ix: Index, top: list[str], chosen: list[str], limit: int) -> tuple[NextQuestion, ...]:
    if len(top) < COMPARE_MIN:
        return ()
    frame = matching.discriminators_checked(ix, top, limit, leave_out=set(chosen))
    columns = [frame[c].tolist() for c in ("symptom_id", "label", "recorded", *top)]
    return tuple(
        NextQuestion(sid, label, bool(recorded), tuple(zip(top, bands, strict=True)))
        for sid, label, recorded, *bands in zip(*columns, strict=True)
    )


def course_words(result: Result) -> str:
    """'Usually builds up over days to weeks · Mostly affects adults' (plain text), flagged where it does not fit."""
    onset = texts.CARD_ONSET.format(onset=texts.onset_words(result.onset))
    if result.fits_onset is False:
        onset += f" ({texts.CARD_NOT_USUAL})"
    ages = texts.ages_words(result.ages)
    if result.fits_age is False:
        ages += f" ({texts.CARD_NOT_USUAL_AGE})"
    return f"{onset} · {ages}"


def explore_page(
    data: Index | Catalog,
    symptom_ids: Iterable[str],
    onset: str | None = None,
    age: str | None = None,
    limit: int = NEXT_QUESTIONS,
) -> ExploreView:
    """The Explore page for the chosen symptoms, and how it started and whom it is about if said.

    Unknown ids raise UnknownSymptomError; an unknown onset or age raises ValueError.
    """
    ix = as_index(data)
    chosen = matching.known_ids(symptom_ids, ix.symptom_position, matching.UnknownSymptomError)
    matching.check_facets(onset, age)
    ranked = matching.ranking(ix, chosen, onset, age)
    results = (
        ()
        if ranked is None
        else tuple(
            Result(
                condition_id=cid,
                name=name,
                category=category,
                n_matched=n,
                n_chosen=len(chosen),
                typicality=typicality,
                explanation=matching.explain_checked(ix, cid, chosen),
                onset=ix.onsets[cid],
                ages=ix.ages[cid],
                fits_onset=None if onset is None else onset in ix.onsets[cid],
                fits_age=None if age is None else age in ix.ages[cid],
            )
            for cid, name, category, n, typicality in zip(
                ix.condition_ids[ranked.rows].tolist(),
                ranked.names.tolist(),
                ix.category_values[ranked.rows].tolist(),
                ranked.n_matched.tolist(),
                ranked.typicality.tolist(),
                strict=True,
            )
        )
    )
    top = [r.condition_id for r in results[:COMPARE_MAX]]
    compared = tuple(top) if len(top) >= COMPARE_MIN else ()
    return ExploreView(
        chosen=tuple(chosen),
        onset=onset,
        age=age,
        description=matching.describe_checked(ix, chosen, onset, age),
        red_flags=tuple(s for s in chosen if s in ix.red_flags),
        results=results,
        compared=compared,
        next_questions=_questions(ix, top, chosen, limit),
    )
