"""Hostile input never breaks a page or renders as markup.

Bad URL parameters, a hostile catalogue, a broken catalogue: AppTest, every page in the navigation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from explorer import texts
from explorer.markdown import md
from explorer.ui import routes
from tests.apptest import clear_caches, html_bodies, picked, run_app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = tuple(route.name for route in routes.ROUTES)
# Every parameter a page reads from the URL, now or soon (a page ignores the ones it does not use).
PARAMS = ("symptoms", "condition", "compare", "seed", "q", "group", "page")

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
BAD_VALUES: dict[str, Any] = {
    "unknown_ids": "no_such_thing,another_unknown",
    "very_long": "a" * 10_000,
    "long_list": ",".join(f"id_{i}" for i in range(3_000)),
    "repeated_keys": ["no_such_thing", "zzz_unknown", "no_such_thing"],
    "script": SCRIPT,
    "img_onerror": IMG,
    "markdown_link": "[x](javascript:alert(1))",
    "bad_utf8": b"\xff\xfe",  # sent as %FF%FE; the server decodes it to U+FFFD
    "nul": "\x00double_vision\x00",
    "mixed_unicode": "ｄｏｕｂｌｅ_ｖｉｓｉｏｎ,😀,\u202eevil,ДВОЙНОЕ",
    "empty": ",,, ,",
    "negative_number": "-1e309",
}
# Markup that must never reach the page unescaped (a backslash before it means escaped).
UNESCAPED = re.compile(r"(?<!\\)<\s*(script|img|iframe|b)\b|(?<!\\)\]\(javascript|(?<!\\)\*\*bold", re.IGNORECASE)


@pytest.fixture
def make_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Build and run the app on a page, with a data folder, mode and URL parameters."""

    def make(page: str | None = None, data: str = "mini", mode: str = "web", params: dict | None = None) -> AppTest:
        return run_app(monkeypatch, page, params, EXPLORER_DATA_DIR=str(FIXTURES / data), EXPLORER_MODE=mode)

    yield make
    clear_caches()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def markdown_texts(at: AppTest) -> list[str]:
    """Every string Streamlit renders as markdown: bodies, labels, help, radio options, expander labels."""
    found: list[str] = []
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        if getattr(node, "type", None) == "html":  # HTML, not Markdown: assert_no_markup checks html_bodies()
            continue
        data = MessageToDict(proto, preserving_proto_field_name=True)
        values = list(data.values())
        inner = values[0] if len(values) == 1 and isinstance(values[0], dict) else data
        for field in ("body", "label", "help"):
            found.extend(_strings(inner.get(field)))
        if "radio" in data:
            found.extend(_strings(inner.get("options")))
        found.extend(_strings(data.get("expandable", {}).get("label")))
    return found


# In the app's own HTML, only its own tags may appear; catalogue text is entity-escaped (&lt;script&gt;).
HTML_TAG = re.compile(r"<\s*/?\s*([a-zA-Z]+)")
OWN_TAGS = {"div", "p", "br", "em", "strong", "ul", "ol", "li", "span", "sup", "a", "style"}


def all_text(at: AppTest) -> str:
    return "\n".join([*markdown_texts(at), *html_bodies(at)])


def assert_no_markup(at: AppTest) -> None:
    for text in markdown_texts(at):
        assert not UNESCAPED.search(text), f"unescaped markup rendered: {text[:200]!r}"
    for body in html_bodies(at):
        tags = {tag.lower() for tag in HTML_TAG.findall(body)}
        assert tags <= OWN_TAGS, f"markup from the data rendered as HTML: {tags - OWN_TAGS} in {body[:200]!r}"
        attributes = " ".join(re.findall(r"<[^<>]*>", body))  # inside tags only: text may quote anything
        assert not re.search(r"\son\w+=", attributes), body[:200]
        hrefs = re.findall(r"href='([^']*)'", body)
        assert all(h.startswith("https://") and "'" not in h for h in hrefs), hrefs  # only https links


# --- URL parameters --------------------------------------------------------------------


def test_every_route_is_registered_in_app_py() -> None:
    assert "explore" in PAGES and "about" in PAGES
    app = (ROOT / "app.py").read_text()
    assert all(f'"{name}": ' in app for name in PAGES), "app.py maps every route to its render function"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("case", list(BAD_VALUES))
def test_bad_url_parameters_are_ignored_on_every_page(make_app, page: str, case: str) -> None:
    at = make_app(page, params={name: BAD_VALUES[case] for name in PARAMS})
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "the page rendered nothing"
    assert_no_markup(at)
    assert "Traceback" not in all_text(at)


@pytest.mark.parametrize("case", list(BAD_VALUES))
def test_explore_keeps_known_ids_and_drops_the_rest_quietly(make_app, case: str) -> None:
    value = BAD_VALUES[case]
    values = value if isinstance(value, list) else [value]
    at = make_app("explore", params={"symptoms": ["fatigue", *values]})
    assert not at.exception
    assert picked(at) == ["fatigue"]
    assert at.query_params["symptoms"] == "fatigue", "the URL is rewritten to the clean selection"
    notices = [c.value for c in at.caption]
    if case not in ("empty",):
        assert any(n.startswith(texts.URL_DROPPED.split(":")[0]) or n == texts.URL_DROPPED_MANY for n in notices)
    assert not at.error, "a bad link is a quiet notice, not an error"


def test_unknown_but_well_formed_ids_are_named_in_the_notice(make_app) -> None:
    at = make_app("explore", params={"symptoms": "double_vision,no_such_thing"})
    captions = [c.value for c in at.caption]
    assert texts.URL_DROPPED.format(ids=md("no_such_thing")) in captions
    assert picked(at) == ["double_vision"]


def test_repeated_symptoms_keys_are_joined(make_app) -> None:
    at = make_app("explore", params={"symptoms": ["double_vision", "fatigue", "double_vision"]})
    assert picked(at) == ["double_vision", "fatigue"]
    assert at.query_params["symptoms"] == "double_vision,fatigue"


def test_hostile_url_text_is_never_echoed(make_app) -> None:
    at = make_app("explore", params={"symptoms": [SCRIPT, IMG]})
    text = all_text(at)
    assert "alert" not in text and "onerror" not in text
    assert texts.URL_DROPPED_MANY in [c.value for c in at.caption]


# --- a hostile catalogue ----------------------------------------------------------------


HOSTILE_SYMPTOMS = ["double_vision", "trouble_breathing", "fatigue", "numbness", "seizures", "hiccups"]


def test_hostile_catalogue_renders_as_text_on_explore(make_app) -> None:
    at = make_app("explore", data="hostile", params={"symptoms": ",".join(HOSTILE_SYMPTOMS)})
    assert not at.exception
    assert sum(len(g.options) for g in at.button_group if g.key.startswith("pick-")) == 8
    assert_no_markup(at)
    text = all_text(at)
    # The payloads are there, shown as written: escaped for markdown.
    assert md("<script>alert('xss-script')</script>") in text  # a condition name, a label, a source title
    assert md('"><img src=x onerror=alert("xss-img")>') in text
    assert md("[click me](javascript:alert('xss-link'))") in text
    cards = "\n".join(html_bodies(at))  # the result cards: HTML-escaped instead
    assert "Source src_a &lt;script&gt;alert(&#x27;xss-script&#x27;)&lt;/script&gt;" in cards
    assert "&quot;&gt;&lt;img src=x onerror=alert(&quot;xss-img&quot;)&gt;" in cards
    assert md("**bold** _it_ `code` :red[red] $x^2$") in text
    assert r"Alpha syndrome \<script\>alert\('xss\-script'\)\</script\>" in text
    assert "javascript:alert(1)" not in text.replace("\\", ""), "the source URL is never a live link"


def test_hostile_catalogue_search_notice_is_escaped(make_app) -> None:
    at = make_app("explore", data="hostile")
    at.text_input(key="search").input("seeing double").run()
    assert not at.exception
    assert picked(at) == ["double_vision"]
    assert_no_markup(at)


@pytest.mark.parametrize("mode", ["web", "kiosk"])
@pytest.mark.parametrize("page", PAGES)
def test_hostile_catalogue_renders_as_text_on_every_page(make_app, page: str, mode: str) -> None:
    params = {"symptoms": ",".join(HOSTILE_SYMPTOMS), "condition": "alpha", "compare": "beta,gamma"}
    at = make_app(page, data="hostile", mode=mode, params=params)
    assert not at.exception, [e.value for e in at.exception]
    assert_no_markup(at)


def test_about_page_shows_hostile_manifest_escaped(make_app) -> None:
    at = make_app("about", data="hostile")
    text = all_text(at)
    assert md("Notes **bold** _it_ `code` :red[red] $x^2$") in text
    assert md('0.0.1-"><img src=x onerror=alert("xss-img")>') in text


# --- a broken catalogue -------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["web", "kiosk"])
@pytest.mark.parametrize("page", PAGES)
def test_broken_catalogue_gives_a_friendly_page(make_app, page: str, mode: str) -> None:
    at = make_app(page, data="broken", mode=mode)
    assert not at.exception
    assert [t.value for t in at.title] == [texts.CATALOG_BROKEN_TITLE]
    error = at.error[0].value
    assert error.startswith(texts.CATALOG_BROKEN_BODY.split("{")[0])
    assert "links.csv, line 3, column 'symptom_id'" in error.replace("\\", "")
    assert not at.button_group


def test_missing_data_folder_gives_a_friendly_page(make_app) -> None:
    at = make_app("explore", data="no_such_folder")
    assert not at.exception
    assert [t.value for t in at.title] == [texts.CATALOG_BROKEN_TITLE]
