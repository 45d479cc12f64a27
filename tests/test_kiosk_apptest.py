"""Kiosk mode with AppTest: the frame's kiosk parts, "Start over", and the watchdog's phases.

AppTest cannot fire the watchdog's run_every timer, so the phase is forced by replacing
explorer.idle.idle_state; the real timing is covered by tests/browser/test_browser_kiosk.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from explorer import idle, texts
from explorer.ui import kiosk, state
from tests.apptest import clear_caches, go, picked, run_app

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"


@pytest.fixture
def make_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    def make(mode: str = "kiosk", params: dict | None = None, page: str | None = None) -> AppTest:
        env = {"EXPLORER_DATA_DIR": str(MINI), "EXPLORER_MODE": mode, "EXPLORER_IDLE_SECONDS": "60"}
        return run_app(monkeypatch, page, params, **env)

    yield make
    clear_caches()


def force_phase(monkeypatch: pytest.MonkeyPatch, *phases: tuple[str, int]) -> list[tuple]:
    """Make the watchdog see these phases, one per call, then "active"; returns the calls it saw."""
    queue = list(phases)
    calls: list[tuple] = []

    def fake(now: float, last_active: float, idle_seconds: float, warn_seconds: float) -> tuple[str, int]:
        calls.append((now, last_active, idle_seconds, warn_seconds))
        return queue.pop(0) if queue else ("active", 99)

    monkeypatch.setattr(idle, "idle_state", fake)
    return calls


def test_kiosk_frame_has_privacy_notice_start_over_and_css(make_app) -> None:
    at = make_app()
    assert not at.exception
    assert at.button(key="kiosk-start-over").label == texts.KIOSK_START_OVER
    assert any(texts.PRIVACY_NOTE in m.value for m in at.markdown)
    assert kiosk.LAST_ACTIVE in at.session_state
    assert not at.get("html") or all("<style>" in h.proto.body for h in at.get("html"))


def test_web_mode_has_no_kiosk_parts(make_app) -> None:
    at = make_app(mode="web")
    assert not at.exception
    assert "kiosk-start-over" not in [b.key for b in at.button]
    assert kiosk.LAST_ACTIVE not in at.session_state


def test_kiosk_css_is_a_constant_that_hides_the_chrome() -> None:
    css = kiosk.KIOSK_CSS
    assert css.startswith("<style>") and css.endswith("</style>") and "{}" not in css
    for test_id in ("stToolbarActions", "stMainMenu", "stAppDeployButton"):
        assert test_id in css
    assert 'stToolbar"]' not in css, "the page navigation lives in stToolbar: it must stay visible"


def test_start_over_clears_selection_url_search_and_goes_to_explore(make_app) -> None:
    at = make_app(params={"symptoms": "double_vision,fatigue"})
    assert picked(at) == ["double_vision", "fatigue"]
    at.text_input(key="search").input("zzqx").run()
    go(at, "about").run()
    assert [t.value for t in at.title] == [texts.ABOUT_TITLE]
    at.button(key="kiosk-start-over").click().run()
    assert not at.exception
    assert [t.value for t in at.title] == [texts.EXPLORE_TITLE]
    assert picked(at) == []
    assert dict(at.query_params) == {}
    assert at.session_state[state.GENERATION] == 1
    assert at.text_input(key="search-g1").value == ""
    assert at.session_state[state.SELECTION] == []


def test_warning_phase_shows_the_countdown_and_stay_button(make_app, monkeypatch) -> None:
    at = make_app(params={"symptoms": "double_vision"})
    force_phase(monkeypatch, ("warning", 7))
    at.run()
    assert not at.exception
    assert [w.value for w in at.warning if w.value.startswith("Starting")] == [texts.KIOSK_IDLE_WARNING.format(n=7)]
    stay = at.button(key="kiosk-stay")
    assert stay.label == texts.KIOSK_STAY
    stay.click().run()
    assert picked(at) == ["double_vision"], "tapping to stay keeps everything"
    assert "kiosk-stay" not in [b.key for b in at.button]


def test_reset_phase_clears_everything(make_app, monkeypatch) -> None:
    at = make_app(params={"symptoms": "double_vision,trouble_breathing"})
    assert picked(at) == ["double_vision", "trouble_breathing"]
    calls = force_phase(monkeypatch, ("reset", 0))
    at.run()
    assert not at.exception
    assert calls and calls[0][2] == 60 and calls[0][3] == idle.warn_seconds_for(60)
    assert picked(at) == []
    assert dict(at.query_params) == {}
    assert at.session_state[state.GENERATION] == 1
    assert [t.value for t in at.title] == [texts.EXPLORE_TITLE]
    assert not at.get("error") or all(texts.EMERGENCY_TITLE not in e.value for e in at.error)


def test_watchdog_measures_from_the_last_full_run(make_app, monkeypatch) -> None:
    calls = force_phase(monkeypatch)
    at = make_app()
    at.run()
    now, last_active, idle_seconds, _ = calls[-1]
    assert idle_seconds == 60
    assert 0 <= now - last_active < 5, "a full run (any interaction) marks the session active"
