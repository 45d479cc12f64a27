"""The two optional questions on Explore ("How did it start?", "Who is this about?") in AppTest, real catalogue."""

from __future__ import annotations

import pytest

from explorer import texts
from explorer.ui.state import widget_key
from tests.apptest import all_text, card_text, fresh_app, go, picked, result_cards, result_titles, unescape

CIDP = "Chronic inflammatory demyelinating polyneuropathy"
GBS = "Guillain-Barré syndrome"
TINGLING_AND_WEAK_LIMBS = "numbness_tingling,weakness_all_limbs"


def titles(at) -> list[str]:
    return result_titles(at)


def card(at, name: str) -> str:
    cid = next(
        cid for cid, title in zip((c for c, _ in result_cards(at)), result_titles(at), strict=True) if title == name
    )
    return card_text(at, cid)


def every_title(at) -> list[str]:
    """All result titles, after asking for the ones beyond the first eight."""
    more = [b for b in at.button if b.key == widget_key("show-more")]
    if more:
        more[0].click().run()
    return titles(at)


def question(at, name: str):
    return at.button_group(key=widget_key(name))


def linked(monkeypatch, **params) -> object:
    at = fresh_app(monkeypatch)
    at.query_params.update(params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def limbs(monkeypatch):
    """Explore with tingling and weakness of arms and legs chosen, no question answered."""
    return linked(monkeypatch, symptoms=TINGLING_AND_WEAK_LIMBS)


def test_both_questions_are_asked_and_optional(limbs):
    onset, age = question(limbs, "onset"), question(limbs, "age")
    assert onset.label == texts.ONSET_QUESTION and age.label == texts.AGE_QUESTION
    assert list(onset.options) == list(texts.ONSET_OPTIONS.values())  # in the order of schema.ONSETS
    assert list(onset.options)[0] == "Suddenly, within minutes to hours"
    assert list(age.options) == ["A child", "An adult"]
    assert onset.value is None and age.value is None
    assert "onset" not in limbs.query_params and "age" not in limbs.query_params
    # Unanswered, the cards still say how each condition usually starts and whom it affects.
    assert "Usually builds up over days to weeks · Affects children and adults" in card(limbs, GBS)
    assert "Not how it usually starts" not in all_text(limbs)


def test_answering_onset_reorders_and_goes_into_the_url(limbs):
    before = every_title(limbs)
    assert before.index(CIDP) < before.index(GBS)
    question(limbs, "onset").select("days_weeks").run()
    assert limbs.query_params["onset"] == "days_weeks"
    assert "that usually start over days to weeks" in unescape(all_text(limbs))
    after = every_title(limbs)
    assert after.index(GBS) < after.index(CIDP)
    assert sorted(after) == sorted(before)  # reordered, nothing hidden
    question(limbs, "onset").select("months_years").run()
    assert limbs.query_params["onset"] == "months_years"
    again = every_title(limbs)
    assert again.index(CIDP) < again.index(GBS)
    assert "Usually builds up over months to years · Mostly affects adults" in card(limbs, CIDP)


def test_a_condition_that_usually_starts_otherwise_is_listed_and_says_so(limbs):
    question(limbs, "onset").select("minutes_hours").run()
    assert GBS in every_title(limbs)
    assert "Usually builds up over days to weeks (Not how it usually starts)" in card(limbs, GBS)


def test_a_link_with_both_answers_reproduces_the_view(monkeypatch):
    at = linked(monkeypatch, symptoms="dance_like_movements,mood_swings", onset="days_weeks", age="children")
    assert question(at, "onset").value == "days_weeks"
    assert question(at, "age").value == "children"
    assert "Sydenham chorea" in titles(at)[:3]
    text = unescape(all_text(at))
    assert "that usually start over days to weeks, in children" in text
    assert at.query_params["onset"] == "days_weeks" and at.query_params["age"] == "children"
    # An adult: Sydenham chorea is still listed, and says whom it usually affects.
    question(at, "age").select("adults").run()
    assert "Mostly affects children (Not the age it usually affects)" in card(at, "Sydenham chorea")
    assert at.query_params["age"] == "adults"


@pytest.mark.parametrize("params", [{"onset": "fast"}, {"age": "teens"}, {"onset": "<b>x</b>"}])
def test_an_answer_the_app_does_not_offer_is_dropped_quietly(monkeypatch, params):
    at = linked(monkeypatch, symptoms="double_vision", **params)
    assert question(at, "onset").value is None and question(at, "age").value is None
    assert "onset" not in at.query_params and "age" not in at.query_params
    assert texts.IDS_MALFORMED in [c.value for c in at.caption]
    assert "<b>" not in all_text(at)


def test_the_search_box_hears_how_it_started(monkeypatch):
    at = linked(monkeypatch)
    at.text_input(key=widget_key("search")).input("my legs got weak over a few days").run()
    assert not at.exception
    assert picked(at) == ["leg_weakness"]
    assert question(at, "onset").value == "days_weeks"
    assert at.query_params["onset"] == "days_weeks"
    notice = texts.SEARCH_FACET.format(question=texts.ONSET_QUESTION, answer=texts.ONSET_OPTIONS["days_weeks"])
    assert notice in [c.value for c in at.caption]


def test_the_search_box_does_not_overwrite_an_answer(monkeypatch):
    at = linked(monkeypatch, onset="months_years")
    at.text_input(key=widget_key("search")).input("double vision since yesterday, over a few days").run()
    assert question(at, "onset").value == "months_years"
    assert picked(at) == ["double_vision"]


def test_time_words_alone_answer_the_question_and_clear_the_box(monkeypatch):
    at = linked(monkeypatch)
    at.text_input(key=widget_key("search")).input("my daughter, since childhood").run()
    assert (question(at, "onset").value, question(at, "age").value) == ("months_years", "children")
    assert at.text_input(key=widget_key("search")).value == ""
    assert not any(texts.SEARCH_NOTHING.split("{")[0] in c.value for c in at.caption)


def test_clear_all_forgets_the_answers(monkeypatch):
    at = linked(monkeypatch, symptoms="double_vision", onset="days_weeks", age="adults")
    at.button(key=widget_key("clear")).click().run()
    assert question(at, "onset").value is None and question(at, "age").value is None
    assert not {"symptoms", "onset", "age"} & set(at.query_params)


def test_the_answers_go_with_the_visitor_to_the_handout_and_back(monkeypatch):
    at = linked(monkeypatch, symptoms=TINGLING_AND_WEAK_LIMBS)
    question(at, "onset").select("months_years").run()
    question(at, "age").select("adults").run()
    at.query_params.clear()  # page links do not carry the parameters: the session does
    go(at, "handout").run()
    assert not at.exception
    text = unescape(all_text(at))
    assert "**Your answers:** Slowly, over months to years · An adult" in text
    assert at.query_params["onset"] == "months_years" and at.query_params["age"] == "adults"
    at.query_params.clear()
    go(at, "explore").run()
    assert question(at, "onset").value == "months_years" and question(at, "age").value == "adults"


def test_kiosk_asks_both_questions_and_start_over_forgets_them(monkeypatch):
    at = fresh_app(monkeypatch, EXPLORER_MODE="kiosk")
    at.query_params.update({"symptoms": "double_vision", "onset": "days_weeks"})
    at.run()
    assert question(at, "onset").value == "days_weeks"
    at.button(key="kiosk-start-over").click().run()
    assert not at.exception
    generation = at.session_state["generation"]
    assert at.button_group(key=widget_key("onset", generation=generation)).value is None
    assert "onset" not in at.query_params


# --- the classroom pages -------------------------------------------------------------------------------


def visit_real(monkeypatch, page: str, **params):
    at = fresh_app(monkeypatch).run()
    at.query_params.update(params)
    go(at, page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_compare_starts_with_how_each_starts_and_whom_it_affects(monkeypatch):
    at = visit_real(monkeypatch, "compare", compare="guillain_barre,cidp")
    table = at.dataframe[0].value
    onset_row = ["How it usually starts", "≠ differs", "over days to weeks", "over months to years"]
    assert table.iloc[0].tolist() == onset_row
    assert table.iloc[1].tolist() == [
        "Who it usually affects",
        "≠ differs",
        "Affects children and adults",
        "Mostly affects adults",
    ]


def test_matrix_filters_by_onset_from_the_url(monkeypatch, real):
    at = visit_real(monkeypatch, "matrix", onsets="minutes_hours")
    shown = list(at.dataframe[0].value.columns)
    sudden = [real.condition_names[c] for c in real.condition_ids if "minutes_hours" in real.conditions.at[c, "onset"]]
    assert 0 < len(sudden) < len(real.condition_ids) // 4  # a real filter
    assert sorted(shown) == sorted(sudden)
    assert "Acute transverse myelitis" in shown and "Guillain-Barré syndrome" not in shown
    assert at.query_params["onsets"] == "minutes_hours"
    assert at.button_group(key=widget_key("matrix", "onsets")).label == texts.MATRIX_ONSETS_LABEL


def test_a_quiz_question_that_turns_on_onset_gives_it_as_a_clue(monkeypatch):
    at = visit_real(monkeypatch, "quiz", seed="334")  # Guillain-Barré syndrome, with Lambert-Eaton as its twin
    assert "- It came on over days to weeks." in all_text(at)
    next(b for b in at.button if unescape(b.label) == "Guillain-Barré syndrome").click().run()
    body = unescape(all_text(at))
    assert "Right — it is Guillain-Barré syndrome." in [unescape(s.value) for s in at.success]
    assert "But it usually builds up over months to years." in body


def test_a_condition_page_says_how_it_usually_starts_with_its_source(monkeypatch):
    at = visit_real(monkeypatch, "conditions", condition="sydenham_chorea")
    line = next(unescape(c.value) for c in at.caption if c.value.startswith("Usually builds up"))
    assert line.startswith("Usually builds up over days to weeks · Mostly affects children · source: [")


def test_a_condition_page_names_each_source_when_onset_and_ages_have_two(monkeypatch):
    at = visit_real(monkeypatch, "conditions", condition="myasthenia_gravis")
    line = next(unescape(c.value) for c in at.caption if c.value.startswith("Usually builds up"))
    onset, ages = line.split("  \n")
    assert onset.startswith("Usually builds up over months to years · source: [Grob D")
    assert ages.startswith("Affects children and adults · source: [Juvenile myasthenia gravis: three case reports")
