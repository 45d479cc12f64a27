"""Every page at a phone (390×844), a laptop (1366×768) and a portrait kiosk (1080×1920).

Nothing scrolls the page sideways, nothing is cut off with an ellipsis, result cards link to their
condition's page and cite each source once, the kiosk keeps "Start over" within reach, and axe-core
finds no serious or critical problem in light and dark. Pictures of every page go to
artifacts/screenshots/<screen>/ (``make screenshots`` writes the same set without the checks).
"""

from __future__ import annotations

import re

import pytest
from browserkit import CARD_TITLE, SCREENS, SCREENSHOTS, TOUR, open_app, whole_page
from playwright.sync_api import Page, expect
from test_browser_pages import serious_violations, summarise

pytestmark = pytest.mark.browser

KIOSK_TARGET_PX = 48
# Sideways overflow of the document and of Streamlit's scrolling main block, and every element whose
# text is cut off with an ellipsis (text-overflow: ellipsis and content wider than its box).
LAYOUT_JS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const doc = document.documentElement;
  const cut = [];
  for (const el of main.querySelectorAll('*')) {
    if (getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1
        && el.textContent.trim()) {
      cut.push(el.textContent.trim().slice(0, 80));
    }
  }
  return {document: doc.scrollWidth - doc.clientWidth, main: main.scrollWidth - main.clientWidth, cut: cut};
}"""


def page_for(request, new_page, screen: str, scheme: str = "light") -> tuple[Page, str]:
    width, height = SCREENS[screen]
    server = request.getfixturevalue("kiosk_server" if screen == "kiosk" else "web_server")
    page = new_page(
        color_scheme=scheme,
        viewport={"width": width, "height": height},
        has_touch=screen != "laptop",
        is_mobile=screen == "phone",
    )
    return page, server.url


@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_page_scrolls_sideways_and_nothing_is_cut_off(request, new_page, screen: str) -> None:
    page, url = page_for(request, new_page, screen)
    problems = {}
    for name, path in TOUR:
        open_app(page, url + path)
        layout = page.evaluate(LAYOUT_JS)
        if layout["document"] > 0 or layout["main"] > 0 or layout["cut"]:
            problems[name] = layout
        whole_page(page, SCREENSHOTS / screen / f"{name}.png")
    assert not problems, problems


@pytest.mark.parametrize("screen", list(SCREENS))
def test_result_cards_link_to_their_page_and_cite_each_source_once(request, new_page, screen: str) -> None:
    page, url = page_for(request, new_page, screen)
    open_app(page, url + dict(TOUR)["explore"])
    cards = page.locator("[class*='st-key-result-']")
    expect(cards.first).to_be_visible()
    assert cards.count() >= 4
    for i in range(cards.count()):
        card = cards.nth(i)
        cid = re.search(r"st-key-result-(\S+)", card.get_attribute("class")).group(1)
        title = card.locator("a[href*='conditions?condition=']")
        assert re.search(rf"(^|/)conditions\?condition={cid}$", title.get_attribute("href")), cid
        lines = card.locator("ul.nse-lines li").all_inner_texts()
        notes = card.locator("ol.nse-notes li").all_inner_texts()
        assert lines and notes, cid
        assert len(notes) == len(set(notes)), f"{cid}: a source listed twice"
        for note in notes:
            title_words = note.split(" (")[0][:40]
            assert not any(title_words in line for line in lines), f"{cid}: a source title on a symptom line"
    # The title link opens the condition's page, in the same tab.
    first = page.locator(CARD_TITLE).first
    name = first.inner_text().strip()
    first.click()
    expect(page.locator("h1").filter(has_text=name)).to_be_visible()


def test_phone_can_jump_past_the_picker_to_the_results(request, new_page) -> None:
    page, url = page_for(request, new_page, "phone")
    open_app(page, url + dict(TOUR)["explore"])
    jump = page.locator(".st-key-jump-to-results a")
    expect(jump).to_be_visible()
    results = page.locator("#results")
    assert results.bounding_box()["y"] > SCREENS["phone"][1], "the results start below the first screen"
    jump.click()
    page.wait_for_function("() => document.querySelector('#results').getBoundingClientRect().top < 200")


def test_laptop_has_no_jump_because_the_results_are_beside_the_picker(request, new_page) -> None:
    page, url = page_for(request, new_page, "laptop")
    open_app(page, url + dict(TOUR)["explore"])
    expect(page.locator(".st-key-jump-to-results")).to_be_hidden()


def test_kiosk_keeps_start_over_within_reach_and_targets_large(request, new_page) -> None:
    page, url = page_for(request, new_page, "kiosk")
    width, height = SCREENS["kiosk"]
    open_app(page, url + dict(TOUR)["explore"])
    start_over = page.locator(".st-key-kiosk-start-over button")
    for scroll in (0, 2000):  # at the top and far down the page
        page.evaluate(f"document.querySelector('[data-testid=stMain]').scrollTo(0, {scroll})")
        page.wait_for_timeout(200)
        box = start_over.bounding_box()
        assert box["y"] > height * 0.8 and box["y"] + box["height"] <= height, box  # the bottom fifth
        assert box["height"] >= KIOSK_TARGET_PX
    main = page.locator("[data-testid=stMainBlockContainer]").bounding_box()
    assert main["width"] >= width * 0.9, "the kiosk uses the screen's width"
    sizes = page.locator("[data-testid=stMain] button:visible").evaluate_all(
        "els => els.map(e => [e.textContent.trim(), e.getBoundingClientRect().height])"
    )
    small = [(text, h) for text, h in sizes if h < KIOSK_TARGET_PX and text]
    assert not small, small[:5]


@pytest.mark.parametrize(("screen", "scheme"), [("phone", "light"), ("phone", "dark"), ("kiosk", "dark")])
def test_every_page_passes_axe_at_this_screen(request, new_page, screen: str, scheme: str) -> None:
    page, url = page_for(request, new_page, screen, scheme)
    problems = {}
    for name, path in TOUR:
        open_app(page, url + path)
        violations = serious_violations(page)
        if violations:
            problems[name] = summarise(violations)
    assert not problems, problems
