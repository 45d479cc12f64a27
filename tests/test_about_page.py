"""The About page: what it is and is not, ordering, data version, sources and licences."""

from __future__ import annotations

import explorer.evaluation
from explorer import texts
from tests.apptest import all_text, fresh_app, go, unescape
from tests.conftest import MINI


def test_about_page_content(monkeypatch, real):
    at = fresh_app(monkeypatch)
    at.run()
    go(at, "about").run()
    assert not at.exception
    text = unescape(all_text(at))
    assert texts.DISCLAIMER in text
    assert "What this is not" in text and "How results are ordered" in text
    assert f"Data version **{real.manifest['version']}**" in text
    assert f"reviewed on **{real.manifest['reviewed']}**" in text
    assert "Orphanet: Myasthenia gravis" in text
    assert "CC BY 4.0" in text
    assert len(at.table) == 1


def test_about_page_says_how_well_this_works_and_who_checked_it(monkeypatch, real):
    at = fresh_app(monkeypatch)
    at.run()
    go(at, "about").run()
    figures = explorer.evaluation.read_figures()
    text = unescape(all_text(at))
    assert "How well this works" in text
    assert f"in the top three {figures.vignettes_top3} times" in text
    assert f"With the symptoms alone, it was in the top three {figures.vignettes_top3_symptoms_only} times" in text
    assert f"found the right symptom first for {figures.phrasings_first}" in text
    assert f"Measured on {figures.measured_on} for data version {real.version}" in text
    assert "What these figures do not mean" in text
    assert "No independent clinician has reviewed the content yet." in text


def test_about_page_without_figures_for_this_data_says_so(monkeypatch):
    at = fresh_app(monkeypatch, EXPLORER_DATA_DIR=str(MINI))
    at.run()
    go(at, "about").run()
    assert texts.ABOUT_HOW_WELL_NONE in unescape(all_text(at))
