"""explorer.handout.build_handout: a complete, escaped, self-contained printable page."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from explorer import handout, texts
from explorer.matching import UnknownSymptomError

DISCLAIMER_PLAIN = (
    "For learning only. This is not a diagnosis. It shows which conditions medical sources list for a symptom."
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def page(mini_catalog):
    return handout.build_handout(mini_catalog, ["double_vision", "seizures"])


def test_is_a_complete_document(page):
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    tags = _parse(page).tags
    for tag in ("html", "head", "title", "style", "body", "h1"):
        assert tag in tags
    assert "@media print" in page


def test_self_contained(page):
    parsed = _parse(page)
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(parsed.tags)
    assert all(name not in {"src", "href"} for name, _ in parsed.attrs)
    assert "@import" not in page and "url(" not in page


def test_lists_symptoms_conditions_bands_and_sources(page):
    text = " ".join(_parse(page).text)
    for expected in (
        "Double vision",
        "Diplopia",
        "HP:0000651",
        "Seizures",
        "Alpha syndrome",
        "Epsilon encephalitis",
        "most people",  # alpha: double vision very_frequent
        "Fixture source A — Test publisher",
        "https://example.org/a",
        "doi:10.0000/fixture",
        "Sources say it does not usually cause seizures.",  # gamma excludes seizures
    ):
        assert expected in text, expected


def test_disclaimer_without_markdown_and_data_version(page):
    text = " ".join(_parse(page).text)
    assert DISCLAIMER_PLAIN in text
    assert "**" not in page
    assert "version 0.0.1-test" in text
    assert "reviewed on 2026-11-25" in text


def test_questions_and_emergency(page):
    text = " ".join(_parse(page).text)
    assert all(q in text for q in texts.HANDOUT_QUESTIONS)
    assert "You looked up seizures." in text  # seizures is a red flag


def test_no_emergency_without_red_flags(mini_catalog):
    assert "class='emergency'" not in handout.build_handout(mini_catalog, ["double_vision"])


def test_every_data_string_is_escaped(mini_catalog):
    symptoms = mini_catalog.symptoms.copy()
    symptoms.loc["hiccups", "label"] = "<script>alert(1)</script>"
    conds = mini_catalog.conditions.copy()
    conds.loc["gamma", "name"] = 'Gamma "<img src=x onerror=alert(1)>"'
    sources = mini_catalog.sources.copy()
    sources.loc["src_b", "title"] = "<b>bold</b> & co"
    evil = dataclasses.replace(mini_catalog, symptoms=symptoms, conditions=conds, sources=sources)
    page = handout.build_handout(evil, ["hiccups"])
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in page


def test_empty_selection_still_a_page(mini_catalog):
    page = handout.build_handout(mini_catalog, [])
    assert texts.NO_SELECTION_DESCRIPTION in page
    assert re.search(r"<h1>.*</h1>", page)


def test_unknown_symptom_raises(mini_catalog):
    with pytest.raises(UnknownSymptomError):
        handout.build_handout(mini_catalog, ["nope"])
