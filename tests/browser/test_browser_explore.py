"""The Explore page in a real browser: search, pills, results, emergency box, share link, clear all, keyboard."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from browserkit import (
    CARD_TITLE,
    assert_chosen,
    choose,
    chosen_labels,
    open_app,
    result_ids,
    screenshot,
    search,
    wait_idle,
)
from playwright.sync_api import Page, expect

from explorer import texts

pytestmark = pytest.mark.browser

LISTS_SENTENCE = re.compile(r"Lists (\d+ of the \d+|all \d+) symptoms you chose")


def url_symptoms(page: Page) -> list[str]:
    values = parse_qs(urlparse(page.url).query).get("symptoms", [])
    return [part for value in values for part in value.split(",") if part]


def test_search_in_own_words_chooses_the_symptom(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url)
    expect(page.get_by_text(texts.EMPTY_STATE)).to_be_visible()
    search(page, "seeing double")
    assert_chosen(page, ["Double vision"])
    assert url_symptoms(page) == ["double_vision"]
    expect(page.get_by_text(texts.SEARCH_ADDED.format(symptoms="double vision"))).to_be_visible()
    assert result_ids(page), "conditions that list double vision are shown"


def test_choosing_shows_results_with_counts_and_emergency_box(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url)
    choose(page, "Numbness or tingling")
    expect(page.locator(".st-key-emergency")).to_have_count(0)
    choose(page, "Trouble breathing")
    assert_chosen(page, ["Numbness or tingling", "Trouble breathing"])
    assert url_symptoms(page) == ["numbness_tingling", "trouble_breathing"]
    emergency = page.locator(".st-key-emergency")
    expect(emergency).to_be_visible()
    expect(emergency).to_contain_text(texts.EMERGENCY_TITLE)
    expect(emergency).to_contain_text("Trouble breathing")
    cards = page.locator("[class*='st-key-result-']")
    expect(cards.first).to_be_visible()
    sentences = {m.group(0) for text in cards.all_inner_texts() for m in LISTS_SENTENCE.finditer(text)}
    assert "Lists 1 of the 2 symptoms you chose" in sentences, sentences
    expect(page.get_by_text(texts.DISCLAIMER_SHORT)).to_be_visible()
    screenshot(page, "web-explore-results")


def test_emergency_box_shows_for_a_red_flag_alone(web_server, new_page) -> None:
    page = new_page()
    open_app(page, f"{web_server.url}/?symptoms=trouble_breathing")
    expect(page.locator(".st-key-emergency")).to_contain_text(texts.EMERGENCY_TITLE)


def test_share_link_round_trip(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url)
    search(page, "seeing double")
    choose(page, "Trouble breathing")
    link, boxes, results = page.url, chosen_labels(page), result_ids(page)
    assert url_symptoms(page) == ["double_vision", "trouble_breathing"]

    other = new_page()  # a new context: no shared session, cookies or storage
    open_app(other, link)
    assert_chosen(other, boxes)
    assert result_ids(other)[:1] == results[:1]
    assert result_ids(other) == results
    assert url_symptoms(other) == ["double_vision", "trouble_breathing"]


def test_clear_all_empties_results_and_url(web_server, new_page) -> None:
    page = new_page()
    open_app(page, f"{web_server.url}/?symptoms=double_vision,drooping_eyelid")
    assert_chosen(page, ["Double vision", "Drooping eyelid"])
    page.locator(".st-key-clear button").click()
    wait_idle(page)
    assert_chosen(page, [])
    assert result_ids(page) == []
    expect(page.get_by_text(texts.EMPTY_STATE)).to_be_visible()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('symptoms')")
    assert url_symptoms(page) == []


def _press_until(page: Page, key: str, condition: str, limit: int = 250) -> None:
    """Press ``key`` until the focused element satisfies a JS expression over `el` (document.activeElement)."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!el && ({condition}); }}"):
            return
    raise AssertionError(f"{key} never reached an element where {condition}")


def _tab_to(page: Page, condition: str) -> None:
    _press_until(page, "Tab", condition)


def test_keyboard_only_can_choose_a_symptom_and_reach_the_results(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url)
    page.locator("body").focus()
    _tab_to(page, "el.tagName === 'SUMMARY' && el.innerText.trim().split('\\n').pop() === 'Vision'")
    page.keyboard.press("Enter")  # open the group
    wait_idle(page)
    # A body system's pills are one toolbar (WAI-ARIA pattern): Tab enters it, the arrow keys move inside it.
    _tab_to(page, "el.dataset.variant === 'pills' && el.closest('[role=toolbar]').ariaLabel === 'Vision'")
    _press_until(page, "ArrowRight", "el.textContent.trim() == 'Double vision'", limit=40)
    assert page.evaluate("() => document.activeElement.getAttribute('aria-pressed')") == "false"
    page.keyboard.press("Space")
    wait_idle(page)
    assert_chosen(page, ["Double vision"])
    # The first result card's title is a link to the condition's page: Tab reaches it, Enter follows it.
    _tab_to(page, 'el.matches("' + CARD_TITLE + '")')
    focused_card = page.evaluate(
        "() => [...document.activeElement.closest(\"[class*='st-key-result-']\").classList]"
        ".find(c => c.startsWith('st-key-result-')).slice(14)"
    )
    assert focused_card == result_ids(page)[0]
    name = page.evaluate("() => document.activeElement.innerText.trim()")
    page.keyboard.press("Enter")
    expect(page.locator("h1").filter(has_text=name)).to_be_visible()
    assert f"condition={focused_card}" in page.url
