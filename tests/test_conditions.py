"""explorer.conditions: finding, one condition's profile, comparing (fixture catalogue)."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pandas.testing as pdt
import pytest

from explorer import conditions, matching, schema
from explorer.matching import LinkedSymptom

COMPARE_BETA_GAMMA = pd.DataFrame(
    {
        "symptom_id": ["hiccups", "fatigue", "leg_weakness", "numbness", "double_vision", "seizures"],
        "label": ["Hiccups", "Tiredness", "Weak legs", "Numbness or tingling", "Double vision", "Seizures"],
        "group": [
            "Speech and swallowing",
            "Sleep and energy",
            "Movement and strength",
            "Feeling and sensation",
            "Vision",
            "Whole body",
        ],
        "spread": [3, 4, 1, 1, 0, 0],
        "differs": [True, True, True, True, False, True],
        "recorded": [True, False, False, False, False, False],
        "beta": ["", "very_frequent", "frequent", "very_frequent", "occasional", ""],
        "gamma": ["frequent", "", "very_frequent", "frequent", "occasional", "excluded"],
    }
)


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("", None, ["alpha", "beta", "delta", "epsilon", "gamma"]),
        ("", "Demyelinating diseases of the brain and spinal cord", ["beta", "gamma"]),
        ("gamma", None, ["gamma"]),
        ("GAM dis", None, ["gamma"]),  # word prefixes, any case
        ("as", None, ["alpha"]),  # alias
        ("gd", None, ["gamma"]),  # alias, lower case
        ("ORPHA:1", None, ["alpha"]),
        ("orpha:1", None, ["alpha"]),
        ("G70", None, ["alpha"]),  # ICD-10 prefix of G70.0
        ("g70.0", None, ["alpha"]),
        ("8C60", None, ["alpha"]),  # ICD-11
        ("OMIM:000001", None, ["delta"]),
        ("000001", None, ["delta"]),  # bare number
        ("gamma", "Immune nerve diseases", []),
        ("zebra", None, []),
        ("  ", None, ["alpha", "beta", "delta", "epsilon", "gamma"]),
    ],
)
def test_find_conditions(mini_catalog, text, category, expected):
    assert conditions.find_conditions(mini_catalog, text, category) == expected


def test_slug_and_category_slugs():
    assert conditions.slug("Thinking, mood and behaviour") == "thinking_mood_and_behaviour"
    slugs = conditions.category_slugs()
    assert slugs["nerve_muscle_junction_diseases"] == "Nerve-muscle junction diseases"
    assert slugs["immune_muscle_diseases"] == "Immune muscle diseases"
    assert slugs["immune_side_effects_of_cancer_medicines"] == "Immune side effects of cancer medicines"
    assert len(slugs) == len(schema.CATEGORIES) == 11


def test_symptoms_by_band(mini_catalog):
    groups = conditions.symptoms_by_band(mini_catalog, "gamma")
    assert [g.frequency for g in groups] == ["very_frequent", "frequent", "occasional", "excluded"]
    assert groups[1].links == (
        LinkedSymptom("hiccups", "frequent", "src_b", "A point of difference from beta."),
        LinkedSymptom("numbness", "frequent", "src_b", ""),
    )
    assert groups[-1].links[0].symptom_id == "seizures"


def test_orpha_url_only_from_the_sources(mini_catalog):
    assert conditions.orpha_url(mini_catalog, "ORPHA:1") is None  # no source names this code: plain text
    sources = mini_catalog.sources.copy()
    sources.loc["src_a", "identifier"] = "ORPHA:1"
    with_code = dataclasses.replace(mini_catalog, sources=sources)
    assert conditions.orpha_url(with_code, "ORPHA:1") == "https://example.org/a"
    sources.loc["src_b", "identifier"] = "ORPHA:2"  # src_b has no URL
    assert conditions.orpha_url(dataclasses.replace(mini_catalog, sources=sources), "ORPHA:2") is None


def test_condition_sources_and_compared_with(mini_catalog):
    assert conditions.condition_sources(mini_catalog, "beta") == ["src_a", "src_b"]
    assert conditions.condition_sources(mini_catalog, "alpha") == ["src_a"]
    assert conditions.compared_with(mini_catalog, "alpha") == ["delta"]
    assert conditions.compared_with(mini_catalog, "epsilon") == []


def test_compare_table(mini_catalog):
    pdt.assert_frame_equal(conditions.compare_table(mini_catalog, ["beta", "gamma"]), COMPARE_BETA_GAMMA)


def test_compare_table_needs_two(mini_catalog):
    with pytest.raises(ValueError):
        conditions.compare_table(mini_catalog, ["beta"])


def test_recorded_differences(mini_catalog):
    got = matching.recorded_differences(mini_catalog, ["beta", "gamma", "alpha"])
    assert got[["condition_id", "versus_id", "symptom_id", "source_id"]].values.tolist() == [
        ["gamma", "beta", "hiccups", "src_b"]
    ]
    assert matching.recorded_differences(mini_catalog, ["alpha", "delta"]).empty
