"""Every page in the navigation, in both modes and both colour schemes: loads cleanly, passes axe-core.

Axe checks WCAG 2.1 A/AA rules (contrast included) in light and dark; serious or critical violations fail.
"""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from browserkit import ARTIFACTS, nav_paths, open_app, screenshot
from playwright.sync_api import Page, expect

from explorer import texts

pytestmark = pytest.mark.browser

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
BLOCKING = ("serious", "critical")
# On pages with a selection, results and emergency box are checked too.
PAGE_QUERY = "?symptoms=double_vision,trouble_breathing"


def serious_violations(page: Page) -> list[dict]:
    results = Axe().run(page, options=AXE_OPTIONS)
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING]


def summarise(violations: list[dict]) -> str:
    return "; ".join(f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:4]}" for v in violations)


def app_background_is_dark(page: Page) -> bool:
    rgb = page.evaluate("getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor")
    red, green, blue = (int(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])
    return red + green + blue < 3 * 80


def check_every_page(server, new_page, mode: str, scheme: str) -> None:
    page = new_page(color_scheme=scheme)
    open_app(page, server.url + "/" + PAGE_QUERY)
    assert app_background_is_dark(page) == (scheme == "dark"), "the colour scheme was not applied"
    paths = nav_paths(page)
    assert len(paths) >= 2, paths
    problems: dict[str, str] = {}
    for path in paths:
        open_app(page, server.url + path + PAGE_QUERY)
        name = path.strip("/") or "explore"
        assert page.locator("[data-testid=stException]").count() == 0, f"{path}: exception shown"
        assert page.get_by_text(texts.DISCLAIMER.split("**")[1]).first.is_visible(), f"{path}: no disclaimer"
        violations = serious_violations(page)
        if violations:
            problems[path] = summarise(violations)
            (ARTIFACTS / "axe").mkdir(parents=True, exist_ok=True)
            (ARTIFACTS / "axe" / f"{mode}-{scheme}-{name}.json").write_text(json.dumps(violations, indent=1))
        screenshot(page, f"{mode}-{scheme}-{name}")
    assert not problems, problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_web_pages_load_and_pass_axe(web_server, new_page, scheme: str) -> None:
    check_every_page(web_server, new_page, "web", scheme)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_kiosk_pages_load_and_pass_axe(kiosk_server, new_page, scheme: str) -> None:
    check_every_page(kiosk_server, new_page, "kiosk", scheme)


def test_kiosk_has_no_way_out(kiosk_server, new_page) -> None:
    """On every page: no downloads, no link to another site, no Streamlit menu; Start over and privacy visible."""
    page = new_page()
    open_app(page, kiosk_server.url + "/" + PAGE_QUERY)
    for path in nav_paths(page):
        open_app(page, kiosk_server.url + path + PAGE_QUERY)
        # Collapsed sections are in the DOM too, so their links are counted.
        hrefs = page.locator("a[href]").evaluate_all("els => els.map(e => e.href)")
        outside = [h for h in hrefs if not h.startswith(kiosk_server.url)]
        assert not outside, f"{path}: links leave the app: {outside[:5]}"
        assert page.locator("[data-testid=stDownloadButton]").count() == 0, f"{path}: download button"
        assert (
            page.locator("[data-testid=stMainMenu]").count() == 0
            or not page.locator("[data-testid=stMainMenu]").is_visible()
        ), f"{path}: Streamlit menu visible"
        assert not page.locator("[data-testid=stToolbarActions]").is_visible()
        # expect() retries: the kiosk watchdog reruns its fragment every second.
        expect(page.locator(".st-key-kiosk-start-over button"), f"{path}: no Start over").to_be_visible()
        expect(page.get_by_text(texts.PRIVACY_NOTE).first, f"{path}: no privacy notice").to_be_visible()


def test_web_mode_has_no_kiosk_parts(web_server, new_page) -> None:
    page = new_page()
    open_app(page, web_server.url)
    assert page.locator(".st-key-kiosk-start-over").count() == 0
    assert page.locator(".st-key-kiosk-bar").count() == 0
