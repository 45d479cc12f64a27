"""How it started and whom it is about: the two facets that order the results (never hide them)."""

from __future__ import annotations

import itertools

import pytest

import explorer
from explorer import handout, matrix, quiz, schema, search, texts
from explorer.explore import course_words, explore_page

TINGLING_AND_WEAK_LIMBS = ["numbness_tingling", "weakness_all_limbs"]
CHOREA_AND_MOOD_SWINGS = ["dance_like_movements", "mood_swings"]
FACET_CHOICES = list(itertools.product([None, *schema.ONSETS], [None, *schema.AGES]))


def order(data, symptom_ids, onset=None, age=None) -> list[str]:
    return explorer.rank(data, symptom_ids, onset=onset, age=age)["condition_id"].tolist()


# --- the cases a neurologist would check ------------------------------------------------------------


def test_slow_onset_puts_cidp_before_guillain_barre(real):
    ranked = order(real, TINGLING_AND_WEAK_LIMBS, onset="months_years")
    assert ranked.index("cidp") < ranked.index("guillain_barre")


def test_onset_over_days_puts_guillain_barre_before_cidp(real):
    ranked = order(real, TINGLING_AND_WEAK_LIMBS, onset="days_weeks")
    assert ranked.index("guillain_barre") < ranked.index("cidp")


def test_a_child_with_chorea_and_mood_swings_puts_sydenham_chorea_in_the_top_three(real):
    assert "sydenham_chorea" in order(real, CHOREA_AND_MOOD_SWINGS, age="children")[:3]


def test_the_facets_decide_gbs_against_cidp_only_through_onset(real):
    """Without an onset both are listed; the answer changes which comes first, and neither disappears."""
    for onset in (None, *schema.ONSETS):
        ranked = order(real, TINGLING_AND_WEAK_LIMBS, onset=onset)
        assert {"cidp", "guillain_barre"} <= set(ranked)


# --- the rule: fitting first, then today's order; nothing hidden ---------------------------------------


@pytest.mark.parametrize(("onset", "age"), FACET_CHOICES)
@pytest.mark.parametrize(
    "symptom_ids",
    [TINGLING_AND_WEAK_LIMBS, CHOREA_AND_MOOD_SWINGS, ["seizures", "fever"], ["double_vision"], ["vision_loss"]],
    ids=lambda ids: "+".join(ids),
)
def test_fitting_conditions_come_first_and_keep_their_order(real, symptom_ids, onset, age):
    plain = explorer.rank(real, symptom_ids)
    faceted = explorer.rank(real, symptom_ids, onset=onset, age=age)
    fits = {
        cid: sum(value is not None and value in real.conditions.at[cid, column] for value, column in facets)
        for cid in plain["condition_id"]
        for facets in [((onset, "onset"), (age, "ages"))]
    }
    expected = sorted(plain["condition_id"], key=lambda cid: -fits[cid])  # stable: today's order within
    assert faceted["condition_id"].tolist() == expected
    assert faceted["fits"].tolist() == [fits[c] for c in expected]
    assert set(faceted["condition_id"]) == set(plain["condition_id"])  # nothing is hidden


def test_without_facets_the_results_are_as_before(real):
    plain = explorer.rank(real, TINGLING_AND_WEAK_LIMBS)
    assert plain.equals(explorer.rank(real, TINGLING_AND_WEAK_LIMBS, onset=None, age=None))
    assert set(plain["fits"]) == {0}


def test_mini_order_with_each_facet(mini):
    assert order(mini, ["numbness", "leg_weakness"]) == ["delta", "beta", "gamma"]
    assert order(mini, ["numbness", "leg_weakness"], onset="days_weeks") == ["delta", "beta", "gamma"]
    assert order(mini, ["numbness", "leg_weakness"], onset="months_years") == ["gamma", "delta", "beta"]
    assert order(mini, ["numbness", "leg_weakness"], age="children") == ["gamma", "delta", "beta"]
    assert order(mini, ["numbness", "leg_weakness"], onset="minutes_hours", age="adults") == ["delta", "beta", "gamma"]


@pytest.mark.parametrize(("onset", "age"), [("fast", None), (None, "teens"), ("Days_Weeks", None)])
def test_unknown_facet_values_are_refused(mini, onset, age):
    with pytest.raises(ValueError, match="must be one of"):
        explorer.rank(mini, ["numbness"], onset=onset, age=age)
    with pytest.raises(ValueError, match="must be one of"):
        explorer.describe_selection(mini, ["numbness"], onset=onset, age=age)


# --- words -------------------------------------------------------------------------------------------


def test_describe_selection_says_the_facets(mini):
    plain = "Conditions that list double vision and weak legs"
    assert explorer.describe_selection(mini, ["double_vision", "leg_weakness"]) == plain
    assert (
        explorer.describe_selection(mini, ["double_vision", "leg_weakness"], onset="days_weeks")
        == plain + ", that usually start over days to weeks"
    )
    assert (
        explorer.describe_selection(mini, ["double_vision", "leg_weakness"], onset="months_years", age="children")
        == plain + ", that usually start over months to years, in children"
    )
    assert explorer.describe_selection(mini, ["double_vision"], age="adults") == (
        "Conditions that list double vision, in adults"
    )


def test_each_result_says_how_it_usually_starts_and_whom_it_affects(real):
    view = explore_page(real, TINGLING_AND_WEAK_LIMBS, onset="days_weeks", age="adults")
    by_id = {r.condition_id: r for r in view.results}
    gbs, cidp = by_id["guillain_barre"], by_id["cidp"]
    assert (gbs.fits_onset, gbs.fits_age, cidp.fits_onset, cidp.fits_age) == (True, True, False, True)
    assert course_words(cidp) == (
        "Usually builds up over months to years (Not how it usually starts) · Mostly affects adults"
    )
    assert course_words(gbs) == "Usually builds up over days to weeks · Affects children and adults"
    assert view.description.endswith(", that usually start over days to weeks, in adults")
    unasked = explore_page(real, TINGLING_AND_WEAK_LIMBS).results[0]
    assert unasked.fits_onset is None and "(Not" not in course_words(unasked)


def test_a_childhood_condition_says_so_for_an_adult(real):
    view = explore_page(real, CHOREA_AND_MOOD_SWINGS, age="adults")
    sydenham = next(r for r in view.results if r.condition_id == "sydenham_chorea")
    assert sydenham.fits_age is False
    assert course_words(sydenham).endswith("Mostly affects children (Not the age it usually affects)")


# --- the search box hears time words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        ("my legs got weak over a few days", ("days_weeks", None)),
        ("tingling for months now", ("months_years", None)),
        ("it came on suddenly", ("minutes_hours", None)),
        ("clumsy since childhood", ("months_years", None)),
        ("over the past two weeks my daughter has been clumsy", ("days_weeks", "children")),
        ("my husband has double vision", (None, "adults")),
        ("my toddler's eyes dart about", (None, "children")),
        ("double vision", (None, None)),
        ("slowly, over years, and then suddenly worse", ("months_years", None)),  # the first time phrase wins
    ],
)
def test_facets_in_text(text, facets):
    assert search.facets_in_text(text) == facets


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        ("weak legs over a few days", {"leg_weakness"}),
        ("tingling for months", {"numbness_tingling"}),
        ("suddenly I see double", {"double_vision"}),
    ],
)
def test_time_words_do_not_match_a_symptom(real, text, symptoms):
    assert set(explorer.symptoms_in_text(real, text)) == symptoms


# --- the other pages ---------------------------------------------------------------------------------


def test_matrix_filters_by_onset(real):
    view = matrix.matrix_page(real, onsets=["minutes_hours"])
    shown = list(view.bands.columns)
    assert shown and all("minutes_hours" in real.conditions.at[c, "onset"] for c in shown)
    assert set(shown) == {c for c in real.condition_ids if "minutes_hours" in real.conditions.at[c, "onset"]}
    both = matrix.matrix_page(real, onsets=["minutes_hours", "months_years"])
    assert set(shown) < set(both.bands.columns)
    assert len(matrix.matrix_page(real).bands.columns) == len(real.condition_ids)


def test_compare_view_holds_onset_and_ages(real):
    from explorer import conditions

    view = conditions.compare_page(real, ["guillain_barre", "cidp"])
    assert view.onsets == {"guillain_barre": ("days_weeks",), "cidp": ("months_years",)}
    assert view.ages == {"guillain_barre": ("children", "adults"), "cidp": ("adults",)}


def _handout_blocks(page: str) -> dict[str, str]:
    """Condition name -> its block of the handout."""
    blocks = page.split("<div class='condition'><h3>")[1:]
    return {block.split("</h3>")[0]: block for block in blocks}


def test_handout_says_the_answers_and_how_each_usually_starts(real):
    page = handout.build_handout(real, TINGLING_AND_WEAK_LIMBS, onset="months_years", age="adults")
    assert "<p>How did it start? Slowly, over months to years</p>" in page
    assert "<p>Who is this about? An adult</p>" in page
    blocks = _handout_blocks(page)
    cidp = blocks["Chronic inflammatory demyelinating polyneuropathy"]
    assert "Usually builds up over months to years · Mostly affects adults</p>" in cidp
    assert "Guillain-Barré syndrome" not in blocks  # it fits less well, so it is among the "also listing" names
    assert "Guillain-Barré syndrome" in page.split("Also listing some of them:")[1]
    sudden = _handout_blocks(handout.build_handout(real, TINGLING_AND_WEAK_LIMBS, onset="minutes_hours"))
    assert "Usually builds up over days to weeks (Not how it usually starts)" in sudden["Guillain-Barré syndrome"]
    plain = handout.build_handout(real, TINGLING_AND_WEAK_LIMBS)
    assert "How did it start?" not in plain and "(Not how it usually starts)" not in plain


def test_a_quiz_question_can_turn_on_onset(real):
    """When a look-alike lists the clues as typically as the answer, the clue is how it started: GBS or CIDP?"""
    turning = [q for q in (quiz.make_question(real, seed) for seed in range(400)) if q.onset]
    assert turning, "no question turns on onset"
    assert any(q.answer in ("guillain_barre", "cidp") for q in turning)
    for q in turning:
        assert q.onset == real.conditions.at[q.answer, "onset"]
        ranked = explorer.rank(real, q.clue_ids, onset=q.onset[0])
        in_choices = [c for c in ranked["condition_id"] if c in q.choices]
        assert in_choices[0] == q.answer, (q.seed, in_choices)
        twins = [c for c in q.choices if c != q.answer and quiz._too_close(real, q.answer, c, q.clue_ids)]
        assert twins and all(not set(real.conditions.at[t, "onset"]) & set(q.onset) for t in twins)


def test_every_shipped_condition_has_sourced_facets(real):
    for cid in real.condition_ids:
        row = real.conditions.loc[cid]
        assert row["onset"] and set(row["onset"]) <= set(schema.ONSETS), cid
        assert row["ages"] and set(row["ages"]) <= set(schema.AGES), cid
        assert row["onset_source_id"] in row["source_ids"], cid  # shown with the condition's sources
        assert row["ages_source_id"] in row["source_ids"], cid


def test_onset_words_read_naturally():
    assert texts.onset_words(("days_weeks",)) == "over days to weeks"
    assert texts.onset_words(("months_years", "minutes_hours")) == "within minutes to hours or over months to years"
    assert texts.ages_words(("adults", "children")) == "Affects children and adults"
