"""The Explore page in AppTest, on the real catalogue: content, not just 'no exception'."""

from __future__ import annotations

import re

import pytest

from explorer import schema, texts
from explorer.ui.state import widget_key
from tests.apptest import (
    card_text,
    fresh_app,
    links_of,
    picked,
    result_cards,
    result_titles,
    symptom_pills,
    unescape,
)


@pytest.fixture
def app(monkeypatch):
    at = fresh_app(monkeypatch)
    at.run()
    assert not at.exception
    return at


def pick(at, symptom_id):
    symptom_pills(at, symptom_id).select(symptom_id)
    at.run()
    assert not at.exception
    return at


def test_disclaimer_and_empty_state(app):
    assert texts.DISCLAIMER in [i.value for i in app.info]
    assert texts.EMPTY_STATE in [i.value for i in app.info]
    assert not app.error, "no emergency box without a red flag"


def test_picker_groups_every_body_system(app, real):
    labels = [e.label for e in app.expander]
    for group in real.symptoms["group"].unique():
        assert any(label.startswith(group) for label in labels), group
    groups = [g for g in app.button_group if g.key.startswith("pick-")]
    assert len(groups) == real.symptoms["group"].nunique()
    offered = [sid for g in groups for sid in g.options]
    assert len(offered) == len(real.symptoms)
    assert {unescape(o) for o in offered} == set(real.symptoms["label"])


def test_double_vision_and_drooping_eyelid_put_myasthenia_first(app):
    pick(app, "double_vision")
    pick(app, "drooping_eyelid")
    assert result_titles(app)[0] == "Myasthenia gravis"
    card = card_text(app, "myasthenia_gravis")
    assert "Lists all 2 symptoms you chose" in card
    assert "Myasthenia gravis is a long-term condition" in card  # one plain line of what it is
    assert "Double vision ●●●●○ most people source 1" in card
    assert "Drooping eyelid" in card
    assert "Gilhus NE. Myasthenia gravis" in card  # the condition's named authority, as a numbered note
    assert texts.DISCLAIMER_SHORT in [w.value for w in app.warning]
    assert app.query_params["symptoms"] == "double_vision,drooping_eyelid"


def test_each_card_links_to_its_condition_page_and_its_look_alikes(app, real):
    pick(app, "double_vision")
    links = links_of(app)
    for cid, _ in result_cards(app):
        assert (real.condition_names[cid], "conditions", f"condition={cid}") in {
            (unescape(label), page, query) for label, page, query in links
        }
    mg_compare = [q for label, page, q in links if page == "compare" and q.startswith("compare=myasthenia_gravis%2C")]
    assert mg_compare, links
    assert "lambert_eaton" in mg_compare[0]


def test_a_card_cites_each_source_once_as_a_numbered_note(app):
    for sid in ("double_vision", "drooping_eyelid", "trouble_swallowing", "trouble_breathing"):
        pick(app, sid)
    for cid, body in result_cards(app):
        notes = re.findall(r"<ol class='nse-notes'>(.*?)</ol>", body)[0]
        titles = re.findall(r"<li>(.*?)</li>", notes)
        assert len(titles) == len(set(titles)), (cid, titles)  # no source twice
        cited = {int(n) for n in re.findall(r"<sup><span class='nse-hidden'>source </span>([\d, ]+)</sup>", body)
                 for n in [n] for n in n.split(", ")}  # fmt: skip
        assert cited == set(range(1, len(titles) + 1)), (cid, cited, len(titles))  # every note cited, none missing


def test_frequency_is_in_words_and_a_meter_not_numbers(app):
    pick(app, "double_vision")
    lines = [li for _, body in result_cards(app) for li in re.findall(r"<ul class='nse-lines'>(.*?)</ul>", body)]
    items = [item for block in lines for item in re.findall(r"<li>(.*?)</li>", block)]
    assert items
    for item in items:
        meter, words = re.search(
            r"<span class='nse-meter' aria-hidden='true'>([●○]{5})</span> ([a-z ]+)<sup>", item
        ).groups()
        band = next(b for b in schema.BANDS if b.words == words)
        assert meter == band.meter and meter.count("●") == band.weight
        assert not re.search(r"\d", words)


def test_trouble_breathing_shows_emergency_box(app):
    pick(app, "trouble_breathing")
    errors = [e.value for e in app.error]
    assert len(errors) == 1
    assert texts.EMERGENCY_TITLE in errors[0] and "Trouble breathing" in errors[0]


def test_emergency_box_names_the_advice_it_follows(app, real):
    pick(app, "trouble_breathing")
    pick(app, "weakness_one_side")
    box = unescape(app.error[0].value)
    assert "Trouble breathing and Weakness on one side of the body" in box
    advice = unescape(" ".join(c.value for c in app.caption if c.value.startswith("Emergency advice from")))
    for sid in ("trouble_breathing", "weakness_one_side"):
        assert real.source_records[real.symptoms.at[sid, "red_flag_source"]]["title"] in advice


def test_an_emergency_only_symptom_shows_the_box_and_says_no_condition_lists_it(app):
    pick(app, "fainting")
    assert texts.EMERGENCY_TITLE in app.error[0].value
    assert texts.NO_MATCH in [i.value for i in app.info]


def test_emergency_box_even_when_nothing_matches(monkeypatch):
    at = fresh_app(monkeypatch, EXPLORER_DATA_DIR="tests/fixtures/mini", EXPLORER_EMERGENCY_NUMBER="112")
    at.query_params["symptoms"] = "trouble_breathing"
    at.run()
    assert "call 112" in unescape(at.error[0].value)


def test_search_box_ticks_what_it_finds(app):
    app.text_input(key=widget_key("search")).input("seeing double").run()
    assert not app.exception
    assert picked(app) == ["double_vision"]
    assert any("Added: double vision" in c.value for c in app.caption)
    assert app.text_input(key=widget_key("search")).value == ""


def test_search_box_with_no_match_says_so(app):
    app.text_input(key=widget_key("search")).input("qwertyuiop zxcvb").run()
    assert any("No symptom in our list matched" in c.value for c in app.caption)
    assert app.session_state["selection"] == []


def test_link_restores_ticks(monkeypatch):
    at = fresh_app(monkeypatch)
    at.query_params["symptoms"] = "hiccups,vomiting"
    at.run()
    assert not at.exception
    assert set(picked(at)) == {"hiccups", "vomiting"}
    assert "Neuromyelitis optica spectrum disorder" in result_titles(at)


def test_unknown_and_malformed_ids_in_link_are_dropped_quietly(monkeypatch):
    at = fresh_app(monkeypatch)
    at.query_params["symptoms"] = "hiccups,not_a_symptom,<script>alert(1)</script>"
    at.run()
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert any("not recognised" in c and "not\\_a\\_symptom" in c for c in captions)
    assert at.session_state["selection"] == ["hiccups"]
    assert at.query_params["symptoms"] == "hiccups"


def test_no_condition_lists_all_state(app):
    pick(app, "sudden_muscle_weakness_with_emotion")
    pick(app, "hiccups")
    assert texts.NONE_LISTS_ALL in [i.value for i in app.info]


def test_clear_all(app):
    pick(app, "double_vision")
    app.button(key=widget_key("clear")).click().run()
    assert app.session_state["selection"] == []
    assert "symptoms" not in app.query_params
    assert texts.EMPTY_STATE in [i.value for i in app.info]
    assert picked(app) == []


def test_unticking_removes_from_selection(app):
    pick(app, "double_vision")
    symptom_pills(app, "double_vision").unselect("double_vision").run()
    assert app.session_state["selection"] == []
    assert picked(app) == []


def test_only_the_first_eight_results_are_built_until_asked(app):
    for sid in ("headache", "seizures", "confusion"):
        pick(app, sid)
    total = int(re.search(r"(\d+) conditions list", " ".join(c.value for c in app.caption)).group(1))
    assert total > 8
    assert len(result_titles(app)) == 8
    app.button(key=widget_key("show-more")).click().run()
    assert len(result_titles(app)) == total
    pick(app, "fever")  # a new selection starts short again
    assert len(result_titles(app)) == 8
