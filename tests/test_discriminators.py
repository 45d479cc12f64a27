"""matching.discriminators() and explore.next_questions() on the fixture catalogue."""

from __future__ import annotations

import dataclasses
import random

import pandas as pd
import pandas.testing as pdt
import pytest

import explorer
from explorer import explore, matching

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


def test_discriminators_beta_gamma(mini_catalog):
    pdt.assert_frame_equal(matching.discriminators(mini_catalog, ["beta", "gamma"]), BETA_GAMMA)


def test_discriminators_limit_and_recorded_first(mini_catalog):
    top = matching.discriminators(mini_catalog, ["gamma", "beta"], limit=1)
    assert top["symptom_id"].tolist() == ["hiccups"]
    assert list(top.columns[-2:]) == ["gamma", "beta"]


def test_discriminators_drop_symptoms_with_equal_bands(mini_catalog):
    # Both list double vision as occasional: it does not tell them apart.
    assert "double_vision" not in set(matching.discriminators(mini_catalog, ["beta", "gamma"])["symptom_id"])


def test_discriminators_need_two_known_conditions(mini_catalog):
    with pytest.raises(ValueError):
        matching.discriminators(mini_catalog, ["beta", "beta"])
    with pytest.raises(matching.UnknownConditionError):
        matching.discriminators(mini_catalog, ["beta", "nope"])


def test_next_questions_exclude_chosen(mini_catalog):
    got = explore.next_questions(mini_catalog, ["beta", "gamma", "alpha"], ["numbness"])
    pdt.assert_frame_equal(got, NEXT_BETA_GAMMA_ALPHA)


def test_next_questions_use_at_most_four_conditions(mini_catalog):
    got = explore.next_questions(mini_catalog, ["beta", "gamma", "alpha", "delta", "epsilon"], [], limit=3)
    assert list(got.columns[4:]) == ["beta", "gamma", "alpha", "delta"]
    assert len(got) == 3


def test_next_questions_empty_below_two_conditions(mini_catalog):
    assert explore.next_questions(mini_catalog, ["beta"], []).empty
    assert explore.next_questions(mini_catalog, [], []).empty


def test_next_questions_empty_when_every_discriminator_is_chosen(mini_catalog):
    chosen = matching.discriminators(mini_catalog, ["beta", "gamma"])["symptom_id"].tolist()
    got = explore.next_questions(mini_catalog, ["beta", "gamma"], chosen)
    assert got.empty
    pdt.assert_frame_equal(got, BETA_GAMMA.head(0))


# --- the array version against the DataFrame definition ------------------------------------


def reference_discriminators(mini_catalog, ids):
    """discriminators() as first written, with pandas operations on the catalogue's frames."""
    weights = pd.DataFrame(
        mini_catalog.weights, index=mini_catalog.conditions.index, columns=mini_catalog.symptoms.index
    ).loc[ids]
    listed = weights.columns[(weights > 0).any(axis=0)]
    spread = (weights[listed].max(axis=0) - weights[listed].min(axis=0)).astype(int)
    diffs = mini_catalog.differences
    pair = (
        diffs["condition_id"].isin(ids) & diffs["versus_id"].isin(ids) & (diffs["condition_id"] != diffs["versus_id"])
    )
    recorded = set(diffs.loc[pair, "symptom_id"])
    frame = pd.DataFrame(
        {
            "symptom_id": listed,
            "label": mini_catalog.symptoms.loc[listed, "label"].to_numpy(),
            "spread": spread.to_numpy(),
            "recorded": [s in recorded for s in listed],
        }
    )
    matrix = mini_catalog.matrix()
    for cid in ids:
        frame[cid] = matrix.loc[listed, cid].to_numpy()
    frame = frame[(frame["spread"] > 0) | frame["recorded"]]
    return frame.sort_values(["recorded", "spread", "label"], ascending=[False, False, True], ignore_index=True)


def _condition_sets(mini_catalog, n, seed=7):
    rng = random.Random(seed)
    ids = mini_catalog.conditions.index.tolist()
    return [rng.sample(ids, rng.randint(2, 4)) for _ in range(n)]


def test_discriminators_match_the_dataframe_definition(real):
    sets = [*_condition_sets(real, 40), *recorded_pairs(real)]
    for ids in sets:
        pdt.assert_frame_equal(matching.discriminators(real, ids), reference_discriminators(real, ids), obj=str(ids))


def recorded_pairs(mini_catalog):
    return [[d.condition_id, d.versus_id] for d in mini_catalog.difference_records]


@pytest.mark.parametrize("limit", [0, 1, 5, 50, -2])
def test_next_questions_are_discriminators_without_the_chosen(real, limit):
    rng = random.Random(limit)
    symptoms = real.symptoms.index.tolist()
    for ids in _condition_sets(real, 15, seed=limit + 100):
        chosen = rng.sample(symptoms, rng.randint(0, 6))
        disc = matching.discriminators(real, ids)
        expected = disc[~disc["symptom_id"].isin(chosen)].head(limit).reset_index(drop=True)
        pdt.assert_frame_equal(explore.next_questions(real, ids, chosen, limit=limit), expected)
        pdt.assert_frame_equal(matching.discriminators(real, ids, limit=limit), disc.head(limit))


def test_discriminators_when_no_condition_lists_anything(mini_catalog):
    links = mini_catalog.links[~mini_catalog.links["condition_id"].isin(["alpha", "beta"])].reset_index(drop=True)
    bare = explorer.prepare(dataclasses.replace(mini_catalog, links=links))
    got = matching.discriminators(bare, ["alpha", "beta"])
    assert got.empty and list(got.columns) == ["symptom_id", "label", "spread", "recorded", "alpha", "beta"]
    assert explore.next_questions(bare, ["alpha", "beta"], []).empty
    assert bare.links_of["alpha"] == ()
