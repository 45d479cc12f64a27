"""search_symptoms: lay words, clinical terms, synonyms; case, accents, punctuation, order, typos."""

from __future__ import annotations

import pytest

import explorer
from explorer import search


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("double vision", "double_vision"),  # label
        ("Diplopia", "double_vision"),  # clinical term
        ("seeing double", "double_vision"),  # synonym
        ("DOUBLE, vision!!", "double_vision"),  # case and punctuation
        ("vision double", "double_vision"),  # word order
        ("dubble vison", "double_vision"),  # typos
        ("dîplopía", "double_vision"),  # accents
        ("ptosis", "drooping_eyelid"),
        ("my eyelids droop", "drooping_eyelid"),
        ("pins and needels", "numbness"),
        ("can't catch my breath", "trouble_breathing"),
        ("cannot catch my breath", "trouble_breathing"),
        ("exhausted", "fatigue"),
        ("legs feel heavy", "leg_weakness"),
        ("convulsions", "seizures"),
        ("hiccup", "hiccups"),
    ],
)
def test_finds_symptom_first(mini, query, expected_first):
    assert explorer.search_symptoms(mini, query)[:1] == [expected_first]


def test_sentence_finds_every_symptom_it_names(mini):
    hits = explorer.find(mini, "I keep seeing double and my eyelid droops, and I am exhausted")
    confident = {h.symptom_id for h in hits if h.confident}
    assert confident == {"double_vision", "drooping_eyelid", "fatigue"}


def test_nothing_for_unrelated_or_empty_text(mini):
    assert explorer.search_symptoms(mini, "") == []
    assert explorer.search_symptoms(mini, "   the and of  ") == []
    assert explorer.search_symptoms(mini, "banana smoothie recipe") == []


def test_partial_match_is_found_but_not_confident(mini):
    hits = explorer.find(mini, "vision")
    assert hits[0].symptom_id == "double_vision"
    assert not hits[0].confident


def test_limit(mini):
    assert len(explorer.search_symptoms(mini, "double vision drooping eyelid tingling", limit=2)) == 2


@pytest.mark.parametrize(
    ("word", "expected"),
    [("seeing", "see"), ("eyelids", "eyelid"), ("dizziness", "dizzy"), ("tingling", "tingl"), ("tingle", "tingl")],
)
def test_stem(word, expected):
    assert search.stem(word) == expected


def test_normalize_folds_accents_contractions_and_punctuation():
    assert search.normalize("Can't SEE—très “blurry”!") == "cant see tres blurry"


def test_token_similarity_rejects_short_lookalikes():
    assert search.token_similarity("head", "hear") == 0.0
    assert search.token_similarity("vison", "vision") == 0.8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weak legs but no numbness", {"leg_weakness"}),
        ("tingling without any weak legs", {"numbness"}),
        ("I never get hiccups, just fits", {"seizures"}),
    ],
)
def test_negated_symptoms_are_not_found(mini, text, expected):
    assert set(explorer.symptoms_in_text(mini, text)) == expected


def test_everyday_words_and_idioms_meet_the_catalogue(mini):
    assert explorer.symptoms_in_text(mini, "I keep throwing up and I'm knackered") == ["fatigue"]
    assert explorer.symptoms_in_text(mini, "I cannot catch my breath") == ["trouble_breathing"]
    assert "numbness" in explorer.symptoms_in_text(mini, "pins and needels in my feet")
