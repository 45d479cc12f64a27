"""The two optional questions in a real browser: keyboard answers, the URL round trip, kiosk-sized targets."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from browserkit import ANSWER, answer, assert_answers, open_app, press, result_ids, wait_idle
from playwright.sync_api import Page, expect

from explorer import texts

pytestmark = pytest.mark.browser

LIMBS = "/?symptoms=numbness_tingling,weakness_all_limbs"
KIOSK_TARGET_PX = 48  # the kiosk's minimum touch target (explorer/ui/kiosk.py)


def params(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def wait_for_param(page: Page, name: str, value: str | None) -> None:
    check = "v === null" if value is None else f"v === {value!r}"
    page.wait_for_function(f"() => {{ const v = new URLSearchParams(location.search).get({name!r}); return {check}; }}")


def test_answers_reorder_the_results_and_a_link_reproduces_them(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url + LIMBS)
    assert_answers(page, [])
    unanswered = result_ids(page)
    assert unanswered.index("cidp") < unanswered.index("guillain_barre")

    answer(page, texts.ONSET_OPTIONS["days_weeks"])
    wait_for_param(page, "onset", "days_weeks")
    over_days = result_ids(page)
    assert "guillain_barre" in over_days[:3] and "cidp" not in over_days[:3]
    answer(page, texts.AGE_OPTIONS["adults"])
    wait_for_param(page, "age", "adults")
    expect(page.get_by_text("that usually start over days to weeks, in adults")).to_be_visible()
    link, shown = page.url, result_ids(page)

    other = new_page()  # a new context: nothing shared but the link
    open_app(other, link)
    assert_answers(other, [texts.ONSET_OPTIONS["days_weeks"], texts.AGE_OPTIONS["adults"]])
    assert result_ids(other) == shown
    assert params(other)["onset"] == ["days_weeks"] and params(other)["age"] == ["adults"]

    answer(other, texts.ONSET_OPTIONS["months_years"])  # another answer replaces the first
    wait_for_param(other, "onset", "months_years")
    assert_answers(other, [texts.ONSET_OPTIONS["months_years"], texts.AGE_OPTIONS["adults"]])
    assert "cidp" in result_ids(other)[:3] and "guillain_barre" not in result_ids(other)[:3]


def test_choosing_the_answer_again_clears_it(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url + LIMBS + "&onset=months_years")
    assert_answers(page, [texts.ONSET_OPTIONS["months_years"]])
    press(page, page.locator(ANSWER + "[aria-checked=true]"))
    wait_for_param(page, "onset", None)
    assert_answers(page, [])


def test_every_answer_is_in_view_on_a_phone(web_server, new_page) -> None:
    page = new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    open_app(page, web_server.url)
    answers = page.locator(ANSWER)
    expect(answers).to_have_count(len(texts.ONSET_OPTIONS) + len(texts.AGE_OPTIONS))
    width = page.evaluate("() => document.documentElement.clientWidth")
    for box in answers.evaluate_all("els => els.map(e => e.getBoundingClientRect().toJSON())"):
        assert box["left"] >= 0 and box["right"] <= width, box  # wrapped, not scrolled out of sight


def test_kiosk_answers_are_large_targets_and_start_over_forgets_them(kiosk_server, new_page) -> None:
    page = new_page(viewport={"width": 1080, "height": 1920}, has_touch=True)
    open_app(page, kiosk_server.url + LIMBS)
    sizes = page.locator(ANSWER).evaluate_all(
        "els => els.map(e => [e.getBoundingClientRect().height, e.getBoundingClientRect().width])"
    )
    assert sizes and all(h >= KIOSK_TARGET_PX and w >= KIOSK_TARGET_PX for h, w in sizes), sizes
    answer(page, texts.AGE_OPTIONS["children"])
    wait_for_param(page, "age", "children")
    page.locator(".st-key-kiosk-start-over button").click()
    wait_idle(page)
    page.wait_for_function("() => location.search === ''")
    expect(page.locator(ANSWER)).to_have_count(len(texts.ONSET_OPTIONS) + len(texts.AGE_OPTIONS))
    assert_answers(page, [])
