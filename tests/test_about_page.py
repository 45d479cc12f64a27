"""The About page: what it is and is not, ordering, data version, sources and licences."""

from __future__ import annotations

from explorer import texts
from tests.apptest import all_text, fresh_app, go, unescape


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
