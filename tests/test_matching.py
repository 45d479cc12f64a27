"""rank / explain / describe_selection on the fixture, with expected results held as constants."""

from __future__ import annotations

import pandas as pd
import pytest

import explorer
from explorer import matching

# rank(["double_vision", "drooping_eyelid"]) on tests/fixtures/mini.
EXPECTED_RANK = pd.DataFrame(
    {
        "condition_id": ["alpha", "beta", "gamma", "delta"],
        "name": ["Alpha syndrome", "Beta disease", "Gamma disorder", "Delta neuropathy"],
        "n_matched": [2, 1, 1, 1],
        "n_chosen": [2, 2, 2, 2],
        "matched": [
            ("double_vision", "drooping_eyelid"),
            ("double_vision",),
            ("double_vision",),
            ("drooping_eyelid",),
        ],
        "bands": [("very_frequent", "very_frequent"), ("occasional",), ("occasional",), ("very_rare",)],
        "typicality": [8, 2, 2, 1],
    }
)


def test_rank_orders_by_count_then_typicality_then_name(mini):
    got = explorer.rank(mini, ["double_vision", "drooping_eyelid"])
    pd.testing.assert_frame_equal(got[list(EXPECTED_RANK.columns)], EXPECTED_RANK, check_dtype=False)


def test_rank_lists_most_typical_matched_symptom_first(mini):
    got = explorer.rank(mini, ["trouble_breathing", "leg_weakness", "numbness"])
    assert list(got["condition_id"]) == ["delta", "beta", "gamma", "alpha"]
    delta = got.iloc[0]
    assert delta["matched"] == ("leg_weakness", "numbness", "trouble_breathing")
    assert delta["bands"] == ("very_frequent", "very_frequent", "occasional")
    assert delta["n_matched"] == 3


def test_rank_is_deterministic_and_ignores_duplicates(mini):
    a = explorer.rank(mini, ["fatigue", "numbness", "fatigue"])
    b = explorer.rank(mini, ["fatigue", "numbness"])
    pd.testing.assert_frame_equal(a, b)
    assert list(a["condition_id"]) == ["beta", "delta", "alpha", "gamma", "epsilon"]


def test_excluded_link_does_not_count(mini):
    got = explorer.rank(mini, ["seizures"])
    assert list(got["condition_id"]) == ["epsilon"]


def test_rank_empty_selection_gives_empty_frame_with_columns(mini):
    got = explorer.rank(mini, [])
    assert got.empty and list(got.columns) == matching.RANK_COLUMNS


def test_rank_unknown_id_raises_clear_error(mini):
    with pytest.raises(explorer.UnknownSymptomError) as info:
        explorer.rank(mini, ["double_vision", "third_eye", "x"])
    assert info.value.unknown == ("third_eye", "x")
    assert "unknown symptom ids: third_eye, x" in str(info.value)


def test_explain_splits_matched_not_listed_and_excluded(mini):
    got = explorer.explain(mini, "gamma", ["double_vision", "seizures", "trouble_breathing"])
    assert [(m.symptom_id, m.frequency, m.source_id) for m in got.matched] == [("double_vision", "occasional", "src_b")]
    assert got.not_listed == ("trouble_breathing",)
    assert [e.symptom_id for e in got.excluded] == ["seizures"]


def test_explain_unknown_condition(mini):
    with pytest.raises(explorer.UnknownConditionError):
        explorer.explain(mini, "omega", ["hiccups"])


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ([], "No symptoms chosen yet"),
        (["hiccups"], "Conditions that list hiccups"),
        (["double_vision", "drooping_eyelid"], "Conditions that list double vision and drooping eyelid"),
        (
            ["double_vision", "drooping_eyelid", "numbness"],
            "Conditions that list double vision, drooping eyelid and numbness or tingling",
        ),
    ],
)
def test_describe_selection(mini, ids, expected):
    assert explorer.describe_selection(mini, ids) == expected


def test_lists_all(mini):
    assert matching.lists_all(explorer.rank(mini, ["double_vision", "drooping_eyelid"]))
    assert not matching.lists_all(explorer.rank(mini, ["hiccups", "seizures"]))
    assert not matching.lists_all(explorer.rank(mini, []))


def test_red_flags_keep_the_order_chosen(mini):
    assert matching.red_flags(mini, ["seizures", "hiccups", "trouble_breathing"]) == ["seizures", "trouble_breathing"]
    assert matching.red_flags(mini, ["hiccups"]) == []


def test_linked_symptoms(mini):
    assert matching.linked_symptoms(mini, "gamma") == mini.links_of["gamma"]
    with pytest.raises(explorer.UnknownConditionError):
        matching.linked_symptoms(mini, "omega")


def test_explain_checks_symptoms_before_the_condition(mini):
    with pytest.raises(explorer.UnknownSymptomError):
        explorer.explain(mini, "omega", ["third_eye"])


def test_lay_label(mini):
    assert matching.lay_label(mini, "double_vision") == "double vision"
    with pytest.raises(KeyError):
        matching.lay_label(mini, "third_eye")
