"""A classroom quiz: "which condition lists these symptoms?" — pure and deterministic for a seed.

A question takes one condition, 3 or 4 of its most typical symptoms as clues, and offers
four choices: the answer plus three look-alikes (first the conditions it is often compared
with, then the ones with the most similar symptom profile). Look-alikes that list every
clue as typically as the answer are avoided so that one choice is clearly best.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from explorer import matching, schema
from explorer.index import Index, as_index
from explorer.matching import Explanation
from explorer.model import Catalog, LinkedSymptom

MIN_CLUES = 3
MAX_CLUES = 4
N_CHOICES = 4


@dataclass(frozen=True)
class Question:
    """One quiz question; ``choices`` holds the answer and the look-alikes in display order."""

    seed: int
    answer: str
    clues: tuple[LinkedSymptom, ...]
    choices: tuple[str, ...]
    onset: tuple[str, ...] = ()
    """How the answer usually starts, shown as a clue when a choice lists the same symptoms but starts otherwise."""

    @property
    def clue_ids(self) -> tuple[str, ...]:
        """The clues' symptom ids, in the order shown."""
        return tuple(c.symptom_id for c in self.clues)

    def is_correct(self, condition_id: str) -> bool:
        """True if ``condition_id`` is the answer."""
        return condition_id == self.answer


def _listed(ix: Index, condition_id: str) -> list[LinkedSymptom]:
    return [link for link in ix.links_of[condition_id] if link.frequency != "excluded"]


def eligible(data: Index | Catalog) -> list[str]:
    """Conditions with enough listed symptoms to make a question, in catalogue order."""
    ix = as_index(data)
    return [c for c in ix.condition_ids if len(_listed(ix, c)) >= MIN_CLUES]


def _clues(ix: Index, condition_id: str, rng: random.Random) -> tuple[LinkedSymptom, ...]:
    """The most typical symptoms; ties inside a band are broken by the seed, not by the file order."""
    links = _listed(ix, condition_id)
    rng.shuffle(links)
    links.sort(key=lambda link: -schema.BAND[link.frequency].weight)
    n = min(len(links), rng.choice((MIN_CLUES, MAX_CLUES)))
    return tuple(links[:n])


def _similar(ix: Index, condition_id: str) -> list[str]:
    """Other conditions, most similar symptom weights first (smallest L1 distance), then by name."""
    weights = ix.weights.astype(np.int64)
    dist = np.abs(weights - weights[ix.condition_position[condition_id]]).sum(axis=1)
    others = sorted(zip(dist.tolist(), ix.name_values, ix.condition_ids, strict=True))
    return [c for _, _, c in others if c != condition_id]


def _too_close(ix: Index, answer: str, other: str, clue_ids: tuple[str, ...]) -> bool:
    """True if ``other`` lists every clue at least as typically as the answer does (two right answers)."""
    ranked = matching.rank_checked(ix, list(clue_ids)).set_index("condition_id")
    if other not in ranked.index:
        return False
    mine, theirs = ranked.loc[answer], ranked.loc[other]
    return (theirs["n_matched"], theirs["typicality"]) >= (mine["n_matched"], mine["typicality"])


def _look_alikes(ix: Index, answer: str, clue_ids: tuple[str, ...], rng: random.Random) -> tuple[list[str], str]:
    """Three look-alikes, fair ones first, and the twin among them if there is one.

    A twin lists the clues as typically as the answer but usually starts another way (GBS and CIDP):
    the question then turns on how it started.
    """
    compared = [c for c in ix.conditions.at[answer, "compare_with"] if c != answer]
    rng.shuffle(compared)
    candidates = list(dict.fromkeys([*compared, *_similar(ix, answer)]))
    close = [c for c in candidates if _too_close(ix, answer, c, clue_ids)]
    twin = next((c for c in close if not set(ix.onsets[c]) & set(ix.onsets[answer])), "")
    fair = [c for c in candidates if c not in close]
    rest = [c for c in close if c != twin]
    return ([twin] if twin else []) + [*fair, *rest][: N_CHOICES - 1 - bool(twin)], twin


def make_question(data: Index | Catalog, seed: int) -> Question:
    """The question for ``seed`` (the same seed always gives the same question for the same catalogue)."""
    ix = as_index(data)
    pool = eligible(ix)
    if not pool:
        raise ValueError("no condition lists enough symptoms to make a quiz question")
    rng = random.Random(seed)
    answer = rng.choice(pool)
    clues = _clues(ix, answer, rng)
    look_alikes, twin = _look_alikes(ix, answer, tuple(c.symptom_id for c in clues), rng)
    choices = [answer, *look_alikes]
    rng.shuffle(choices)
    onset = ix.onsets[answer] if twin else ()
    return Question(seed=seed, answer=answer, clues=clues, choices=tuple(choices), onset=onset)


def explain_question(data: Index | Catalog, question: Question) -> dict[str, Explanation]:
    """For each choice, which clues its sources list (with bands and sources) and which they do not."""
    ix = as_index(data)
    return {cid: matching.explain_checked(ix, cid, list(question.clue_ids)) for cid in question.choices}


@dataclass(frozen=True)
class QuizView:
    """Everything the Quiz page shows for one question."""

    question: Question
    explanations: dict[str, Explanation]
    onsets: dict[str, tuple[str, ...]]
    """How each choice usually starts (the answer reveal says it when the question turns on it)."""


def quiz_page(data: Index | Catalog, seed: int) -> QuizView:
    """The question for ``seed`` and, for its answer reveal, each choice's explanation."""
    ix = as_index(data)
    question = make_question(ix, seed)
    onsets = {cid: ix.onsets[cid] for cid in question.choices}
    return QuizView(question=question, explanations=explain_question(ix, question), onsets=onsets)
