"""Kiosk mode in a real browser: the idle countdown, the reset that forgets everything, "Start over"."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from browserkit import (
    assert_chosen,
    choose,
    open_app,
    result_ids,
    screenshot,
    search,
    wait_idle,
)
from conftest import IDLE_SECONDS
from playwright.sync_api import Page, expect

from explorer import idle, texts

pytestmark = pytest.mark.browser

WARNING_PREFIX = texts.KIOSK_IDLE_WARNING.split("{")[0]  # "Starting over in "
RESET_WITHIN_MS = (IDLE_SECONDS + idle.warn_seconds_for(IDLE_SECONDS) + 8) * 1000


def assert_fresh_explore(page: Page, server_url: str) -> None:
    """Nothing of the last visitor: Explore page, no ticks, no results, empty search box, clean URL."""
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(texts.EXPLORE_TITLE)
    wait_idle(page)
    assert_chosen(page, [])
    assert result_ids(page) == []
    expect(page.get_by_text(texts.EMPTY_STATE)).to_be_visible()
    expect(page.locator("[data-testid=stTextInput] input")).to_have_value("")
    url = urlparse(page.url)
    assert url.query == "" and url.path in ("/", "/explore"), page.url
    assert page.url.startswith(server_url)


def test_idle_warning_then_reset_clears_everything(idle_server, new_page) -> None:
    page = new_page()
    open_app(page, idle_server.url)
    search(page, "seeing double")
    choose(page, "Trouble breathing")
    assert_chosen(page, ["Double vision", "Trouble breathing"])
    assert "symptoms=" in page.url
    page.locator("[data-testid=stTopNavLink]", has_text=texts.PAGE_ABOUT).click()
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(texts.ABOUT_TITLE)

    warning = page.locator(".st-key-kiosk-idle")
    expect(warning).to_contain_text(WARNING_PREFIX, timeout=(IDLE_SECONDS + 5) * 1000)
    expect(warning.get_by_role("button", name=texts.KIOSK_STAY)).to_be_visible()
    screenshot(page, "kiosk-idle-warning")
    violations = [v for v in Axe().run(page).response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]

    expect(warning).to_have_count(0, timeout=RESET_WITHIN_MS)
    assert_fresh_explore(page, idle_server.url)
    screenshot(page, "kiosk-after-reset")


def test_tap_to_stay_keeps_the_session_until_the_next_timeout(idle_server, new_page) -> None:
    page = new_page()
    open_app(page, f"{idle_server.url}/?symptoms=double_vision")
    box = page.locator(".st-key-search input")
    box.fill("zzqx")  # matches nothing, so it stays in the box
    box.press("Enter")
    wait_idle(page)
    assert_chosen(page, ["Double vision"])
    warning = page.locator(".st-key-kiosk-idle")
    expect(warning).to_be_visible(timeout=(IDLE_SECONDS + 5) * 1000)
    warning.get_by_role("button", name=texts.KIOSK_STAY).click()
    expect(warning).to_have_count(0)
    assert_chosen(page, ["Double vision"])
    assert "symptoms=double_vision" in page.url
    expect(box).to_have_value("zzqx")

    expect(warning).to_be_visible(timeout=(IDLE_SECONDS + 5) * 1000)
    expect(warning).to_have_count(0, timeout=RESET_WITHIN_MS)
    assert_fresh_explore(page, idle_server.url)


def test_start_over_clears_everything(kiosk_server, new_page) -> None:
    page = new_page()
    open_app(page, kiosk_server.url)
    choose(page, "Double vision")
    page.locator(".st-key-search input").fill("numb")
    assert result_ids(page)
    page.locator(".st-key-kiosk-start-over button").click()
    assert_fresh_explore(page, kiosk_server.url)


def test_kiosk_is_not_switched_off_by_the_url(kiosk_server, new_page) -> None:
    page = new_page()
    open_app(page, f"{kiosk_server.url}/?mode=web&kiosk=0&embed=true&EXPLORER_MODE=web")
    expect(page.locator(".st-key-kiosk-start-over button")).to_be_visible()
    expect(page.get_by_text(texts.PRIVACY_NOTE).first).to_be_visible()
