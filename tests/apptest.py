"""Helpers for AppTest runs of the real app (caches are process-global: clear them per test)."""

from __future__ import annotations

import functools

import pytest
from streamlit.testing.v1 import AppTest

import explorer
from explorer.ui import state
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 60


def fresh_app(monkeypatch: pytest.MonkeyPatch, **env: str) -> AppTest:
    """An AppTest of app.py with only the given EXPLORER_* settings, caches cleared."""
    for name in ("EXPLORER_MODE", "EXPLORER_DATA_DIR", "EXPLORER_IDLE_SECONDS", "EXPLORER_EMERGENCY_NUMBER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    state.get_settings.clear()
    state.get_catalog.clear()
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def run_app(
    monkeypatch: pytest.MonkeyPatch, page: str | None = None, params: dict | None = None, **env: str
) -> AppTest:
    """fresh_app(), switched to ``page`` (e.g. "views/about.py") with URL ``params``, after one run."""
    at = fresh_app(monkeypatch, **env)
    if page:
        at.switch_page(page)
    at.query_params.update(params or {})
    return at.run()


def all_text(at: AppTest) -> str:
    """Every markdown, caption, alert and heading body on the page, joined."""
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "title", "subheader", "header"):
        parts.extend(str(el.value) for el in getattr(at, kind))
    parts.extend(str(e.label) for e in at.expander)
    return "\n".join(parts)


def unescape(text: str) -> str:
    """Undo widgets.md() escaping, to compare with plain strings."""
    import re

    return re.sub(r"\\(.)", r"\1", text)


@functools.cache
def _catalog(data_dir: str | None) -> explorer.Catalog:
    return explorer.load_catalog(data_dir)


def symptom_pills(at: AppTest, symptom_id: str, data_dir: str | None = None):
    """The pills group (one per body system) that offers ``symptom_id`` on the Explore page."""
    from explorer.ui.explore import group_slug

    group = _catalog(data_dir).symptoms.at[symptom_id, "group"]
    generation = at.session_state.get(state.GENERATION, 0)
    return at.button_group(key=state.widget_key("pick", group_slug(group), generation=generation))


def picked(at: AppTest) -> list[str]:
    """Symptom ids pressed in the picker, in page order (body system by body system)."""
    return [sid for g in at.button_group if g.key and "pick-" in g.key for sid in (g.value or [])]
