"""explorer.quiz: deterministic questions with fair look-alikes, and their explanation (fixture catalogue)."""

from __future__ import annotations

import pytest

from explorer import matching, quiz, schema
from explorer.matching import LinkedSymptom

SEED_3 = quiz.Question(
    seed=3,
    answer="beta",
    clues=(
        LinkedSymptom("fatigue", "very_frequent", "src_b", ""),
        LinkedSymptom("numbness", "very_frequent", "src_a", ""),
        LinkedSymptom("leg_weakness", "frequent", "src_b", ""),
    ),
    choices=("epsilon", "delta", "gamma", "beta"),
)
SEEDS = range(40)


def test_question_for_seed_3(mini_catalog):
    assert quiz.make_question(mini_catalog, 3) == SEED_3


def test_same_seed_same_question(mini_catalog):
    assert [quiz.make_question(mini_catalog, s) for s in SEEDS] == [quiz.make_question(mini_catalog, s) for s in SEEDS]


def test_seeds_vary_the_answer(mini_catalog):
    assert {quiz.make_question(mini_catalog, s).answer for s in SEEDS} == set(quiz.eligible(mini_catalog))


def test_eligible_needs_three_listed_symptoms(mini_catalog):
    # epsilon lists only two symptoms.
    assert quiz.eligible(mini_catalog) == ["alpha", "beta", "gamma", "delta"]


@pytest.mark.parametrize("seed", SEEDS)
def test_question_shape(mini_catalog, seed):
    q = quiz.make_question(mini_catalog, seed)
    assert len(q.choices) == quiz.N_CHOICES == len(set(q.choices))
    assert q.answer in q.choices
    assert quiz.MIN_CLUES <= len(q.clues) <= quiz.MAX_CLUES
    links = matching.condition_links(mini_catalog, q.answer)
    listed = {r.symptom_id: r.frequency for r in links.itertuples() if r.frequency != "excluded"}
    assert all(listed[c.symptom_id] == c.frequency for c in q.clues)
    # The clues are its most typical symptoms: none left out is more typical than one shown.
    worst = max(schema.FREQUENCIES.index(c.frequency) for c in q.clues)
    left_out = [f for s, f in listed.items() if s not in q.clue_ids]
    assert all(schema.FREQUENCIES.index(f) >= worst for f in left_out)


@pytest.mark.parametrize("seed", SEEDS)
def test_answer_is_clearly_best(mini_catalog, seed):
    q = quiz.make_question(mini_catalog, seed)
    ranked = matching.rank(mini_catalog, q.clue_ids)
    assert ranked["condition_id"].iloc[0] == q.answer
    best = ranked.iloc[0]
    for other in ranked.iloc[1:].itertuples():
        if other.condition_id in q.choices:
            assert (other.n_matched, other.typicality) < (best["n_matched"], best["typicality"])


def test_look_alikes_start_with_compare_with(mini_catalog):
    # alpha is compared with delta, so delta is always among alpha's choices.
    for seed in SEEDS:
        q = quiz.make_question(mini_catalog, seed)
        if q.answer == "alpha":
            assert "delta" in q.choices


def test_is_correct():
    assert SEED_3.is_correct("beta")
    assert not SEED_3.is_correct("gamma")


def test_explain_question(mini_catalog):
    notes = quiz.explain_question(mini_catalog, SEED_3)
    assert list(notes) == list(SEED_3.choices)
    assert [link.symptom_id for link in notes["beta"].matched] == ["fatigue", "numbness", "leg_weakness"]
    assert notes["beta"].not_listed == ()
    assert [link.symptom_id for link in notes["delta"].matched] == ["numbness", "leg_weakness"]
    assert notes["delta"].not_listed == ("fatigue",)
    assert notes["epsilon"].matched == (LinkedSymptom("fatigue", "occasional", "src_b", ""),)
