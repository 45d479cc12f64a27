"""Spanish in a real browser: <html lang="es">, no English sentence left, axe-clean; the switch; a Spanish kiosk."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from browserkit import nav_paths, open_app, page_language, wait_idle
from conftest import IDLE_SECONDS
from playwright.sync_api import Page, expect
from test_browser_pages import serious_violations, summarise

import explorer
from explorer import i18n, idle, texts
from tests.test_spanish import english_sentences

pytestmark = pytest.mark.browser

QUERY = "?lang=es&symptoms=double_vision,drooping_eyelid,trouble_breathing&onset=days_weeks"
RESET_WITHIN_MS = (IDLE_SECONDS + idle.warn_seconds_for(IDLE_SECONDS) + 8) * 1000


def spanish(message: str) -> str:
    with i18n.use("es"):
        return i18n.gettext_(message)


@pytest.fixture(scope="module")
def real():
    return explorer.prepare(explorer.load_catalog())


def check_spanish_pages(page: Page, url: str, real, query: str = QUERY) -> None:
    """Every page of the navigation: <html lang="es">, no English sentence, no serious axe finding.

    With ``?lang=es`` in the query, each page's URL must keep it.
    """
    open_app(page, url + "/" + query)
    problems: dict[str, object] = {}
    paths = nav_paths(page)
    assert len(paths) >= 7, paths
    for path in paths:
        open_app(page, url + path + query)
        page_language(page, "es")
        text = page.locator("[data-testid=stApp]").inner_text()
        leftover = english_sentences(text, real)
        violations = serious_violations(page)
        if leftover or violations:
            problems[path] = {"english": leftover[:5], "axe": summarise(violations)}
        if "lang=es" in query:
            assert parse_qs(urlparse(page.url).query).get("lang") == ["es"], page.url
    assert not problems, problems


def test_every_page_is_spanish_with_html_lang_es(web_server, new_page, real) -> None:
    check_spanish_pages(new_page(locale="es-ES"), web_server.url, real)


def test_every_page_is_spanish_in_dark_mode_too(web_server, new_page, real) -> None:
    page = new_page(color_scheme="dark", locale="es-ES")
    open_app(page, web_server.url + "/about" + QUERY)
    page_language(page, "es")
    assert not serious_violations(page)


def test_every_page_of_a_spanish_kiosk_is_spanish(kiosk_es_tour_server, new_page, real) -> None:
    """EXPLORER_LANGUAGE=es in kiosk mode: no ?lang= needed, every page Spanish and axe-clean at kiosk size."""
    page = new_page(viewport={"width": 1080, "height": 1920}, has_touch=True, locale="es-ES")
    check_spanish_pages(page, kiosk_es_tour_server.url, real, query=QUERY.replace("lang=es&", ""))


def test_the_switch_keeps_the_language_from_page_to_page(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url)
    assert page.evaluate("document.documentElement.lang") == "en"
    page.locator(".st-key-language-switch button", has_text="Español").click()
    wait_idle(page)
    page_language(page, "es")
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(spanish(texts.messages.EXPLORE_TITLE))
    page.wait_for_function("() => new URLSearchParams(location.search).get('lang') === 'es'")
    page.locator("[data-testid=stTopNavLink]", has_text=spanish(texts.messages.PAGE_COMPARE)).click()
    wait_idle(page)
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(spanish(texts.messages.COMPARE_TITLE))
    page.wait_for_function("() => new URLSearchParams(location.search).get('lang') === 'es'")
    page_language(page, "es")
    page.locator(".st-key-language-switch button", has_text="English").click()  # and back
    wait_idle(page)
    page_language(page, "en")
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(texts.COMPARE_TITLE)


def test_a_spanish_kiosk_starts_in_spanish_and_the_reset_returns_to_it(kiosk_es_server, new_page, real) -> None:
    page = new_page(viewport={"width": 1080, "height": 1920}, has_touch=True)
    open_app(page, kiosk_es_server.url)
    page_language(page, "es")
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(spanish(texts.messages.EXPLORE_TITLE))
    button = page.locator(".st-key-kiosk-language button")
    expect(button).to_have_accessible_name("English")
    box = button.bounding_box()
    assert box["height"] >= 48 and box["y"] > 1920 * 0.8, box  # big, and within a thumb's reach
    button.click()
    wait_idle(page)
    page_language(page, "en")
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(texts.EXPLORE_TITLE)
    expect(page.locator(".st-key-kiosk-language button")).to_have_accessible_name("Español")
    # Nobody touches it: the idle reset brings back the deployment's language.
    page.wait_for_function("() => document.documentElement.lang === 'es'", timeout=RESET_WITHIN_MS)
    expect(page.locator("[data-testid=stMain] h1")).to_have_text(spanish(texts.messages.EXPLORE_TITLE))
    assert not english_sentences(page.locator("[data-testid=stApp]").inner_text(), real)
