"""matching.discriminators() and conditions.next_questions() on the fixture catalogue."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

from explorer import conditions, matching
from explorer.catalog import load_catalog

FIXTURE = Path(__file__).parent / "fixtures" / "mini"

# beta vs gamma: the recorded difference (hiccups) first, then by spread, then by label.
BETA_GAMMA = pd.DataFrame(
    {
        "symptom_id": ["hiccups", "fatigue", "numbness", "leg_weakness"],
        "label": ["Hiccups", "Tiredness", "Numbness or tingling", "Weak legs"],
        "spread": [3, 4, 1, 1],
        "recorded": [True, False, False, False],
        "beta": ["", "very_frequent", "very_frequent", "frequent"],
        "gamma": ["frequent", "", "frequent", "very_frequent"],
    }
)

# Top three ranked for "numbness", minus the chosen symptom.
NEXT_BETA_GAMMA_ALPHA = pd.DataFrame(
    {
        "symptom_id": ["hiccups", "drooping_eyelid", "fatigue", "leg_weakness", "double_vision"],
        "label": ["Hiccups", "Drooping eyelid", "Tiredness", "Weak legs", "Double vision"],
        "spread": [3, 4, 4, 4, 2],
        "recorded": [True, False, False, False, False],
        "beta": ["", "", "very_frequent", "frequent", "occasional"],
        "gamma": ["frequent", "", "", "very_frequent", "occasional"],
        "alpha": ["", "very_frequent", "frequent", "", "very_frequent"],
    }
)


@pytest.fixture(scope="module")
def cat():
    return load_catalog(FIXTURE)


def test_discriminators_beta_gamma(cat):
    pdt.assert_frame_equal(matching.discriminators(cat, ["beta", "gamma"]), BETA_GAMMA)


def test_discriminators_limit_and_recorded_first(cat):
    top = matching.discriminators(cat, ["gamma", "beta"], limit=1)
    assert top["symptom_id"].tolist() == ["hiccups"]
    assert list(top.columns[-2:]) == ["gamma", "beta"]


def test_discriminators_drop_symptoms_with_equal_bands(cat):
    # Both list double vision as occasional: it does not tell them apart.
    assert "double_vision" not in set(matching.discriminators(cat, ["beta", "gamma"])["symptom_id"])


def test_discriminators_need_two_known_conditions(cat):
    with pytest.raises(ValueError):
        matching.discriminators(cat, ["beta", "beta"])
    with pytest.raises(matching.UnknownConditionError):
        matching.discriminators(cat, ["beta", "nope"])


def test_next_questions_exclude_chosen(cat):
    got = conditions.next_questions(cat, ["beta", "gamma", "alpha"], ["numbness"])
    pdt.assert_frame_equal(got, NEXT_BETA_GAMMA_ALPHA)


def test_next_questions_use_at_most_four_conditions(cat):
    got = conditions.next_questions(cat, ["beta", "gamma", "alpha", "delta", "epsilon"], [], limit=3)
    assert list(got.columns[4:]) == ["beta", "gamma", "alpha", "delta"]
    assert len(got) == 3


def test_next_questions_empty_below_two_conditions(cat):
    assert conditions.next_questions(cat, ["beta"], []).empty
    assert conditions.next_questions(cat, [], []).empty
