"""Kiosk mode: big touch targets, no browser chrome, "Start over", and the idle reset watchdog.

Turned on only by the installer (``EXPLORER_MODE=kiosk``); nothing in the URL can change it.

How the watchdog tells a visitor from itself: every interaction with a widget outside a
fragment reruns the whole script, and :func:`top` (called from the frame on every full run)
marks the session active. The watchdog is a fragment that reruns on its own every second;
those reruns execute only the fragment, so they never mark the session active. Widgets inside
*other* fragments rerun only their fragment, so the watchdog also treats any change in the
session's state since its last tick as an interaction.
"""

from __future__ import annotations

import hashlib
import time
from typing import NoReturn

import streamlit as st

from explorer import idle, texts
from explorer.settings import Settings
from explorer.ui import routes, state

HOME_PAGE = "explore"
LAST_ACTIVE = "kiosk-last-active"
FINGERPRINT = "kiosk-fingerprint"
OWN_PREFIX = "kiosk-"

# Constant CSS, never built from data. Streamlit's test ids and the .st-key-<key> classes
# of keyed widgets are its stable hooks.
KIOSK_CSS = """<style>
/* No browser-like chrome: Streamlit's toolbar actions, main menu, deploy button, heading anchors.
   (The page navigation lives inside stToolbar, so that one stays.) */
[data-testid="stToolbarActions"], [data-testid="stMainMenu"], [data-testid="stAppDeployButton"],
[data-testid="stDecoration"], [data-testid="stStatusWidget"], [data-testid="stHeaderActionElements"] {
  display: none !important;
}
/* Big text and touch targets (at least 48 px). */
html { font-size: 19px; }
[data-testid="stMain"] p, [data-testid="stMain"] li, [data-testid="stMain"] label { font-size: 1.1rem; }
[data-testid="stMain"] button, [data-testid="stTopNavLink"], [data-testid="stExpander"] summary {
  min-height: 3rem;
}
[data-testid="stButtonGroup"] button[data-variant="pills"] { padding: 0.25rem 1.1rem; margin: 0.15rem; }
[data-testid="stTextInput"] input { min-height: 3rem; font-size: 1.1rem; }
/* Nothing leaves the app: links that would open another site do nothing here. */
a[target="_blank"] { pointer-events: none; }
/* No long-press menus or text selection on a touch screen; typing still works. */
body { -webkit-touch-callout: none; -webkit-user-select: none; user-select: none; }
input, textarea { -webkit-user-select: text; user-select: text; }
/* A portrait screen is used edge to edge. */
[data-testid="stMainBlockContainer"] { padding-left: 1.5rem; padding-right: 1.5rem; max-width: none; }
/* "Start over" stays at the bottom of the screen, within a thumb's reach, while the page scrolls. */
.st-key-kiosk-bar {
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 990;
  background-color: #ffffff; padding: 0.5rem 1.5rem; box-shadow: 0 -0.25rem 1rem rgba(0, 0, 0, 0.18);
}
[data-testid="stMain"] { padding-bottom: 7rem; }
/* The countdown floats above everything, wherever the visitor scrolled to. */
.st-key-kiosk-idle {
  position: fixed; left: 50%; bottom: 7rem; transform: translateX(-50%); z-index: 1000;
  width: min(40rem, 92vw); padding: 1rem; border-radius: 0.75rem;
  background-color: #ffffff; box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.45);
}
/* Streamlit follows the system colour scheme (no theme.base is set): match its dark background. */
@media (prefers-color-scheme: dark) {
  .st-key-kiosk-bar, .st-key-kiosk-idle { background-color: #171614; }
}
</style>"""


def inject_css() -> None:
    """Send the kiosk CSS (style-only st.html takes no space on the page)."""
    st.html(KIOSK_CSS)


def mark_active() -> None:
    """Remember that the visitor just did something."""
    st.session_state[LAST_ACTIVE] = time.time()


def reset_session() -> None:
    """Forget everything: session state, widget values (new key generation), URL parameters."""
    generation = int(st.session_state.get(state.GENERATION, 0)) + 1
    st.session_state.clear()
    st.session_state[state.GENERATION] = generation
    st.query_params.clear()


def start_over() -> NoReturn:
    """Reset the session and show the Explore page afresh."""
    reset_session()
    routes.switch(HOME_PAGE)
    raise AssertionError("st.switch_page returns only by rerunning")  # pragma: no cover


def _fingerprint() -> str:
    """A digest of the visitor's state, ignoring the kiosk's own bookkeeping."""
    items = sorted((str(k), repr(v)) for k, v in st.session_state.items() if not str(k).startswith(OWN_PREFIX))
    return hashlib.blake2b(repr(items).encode(), digest_size=16).hexdigest()


def _note_interactions(now: float) -> None:
    """Count a change of state made by a widget in another fragment as an interaction."""
    fingerprint = _fingerprint()
    if st.session_state.get(FINGERPRINT) != fingerprint:
        st.session_state[FINGERPRINT] = fingerprint
        st.session_state[LAST_ACTIVE] = now


def _countdown(seconds_left: int) -> None:
    with st.container(key="kiosk-idle"):
        st.warning(texts.KIOSK_IDLE_WARNING.format(n=seconds_left), icon=":material/hourglass_top:")
        st.button(texts.KIOSK_STAY, key="kiosk-stay", on_click=mark_active, type="primary", width="stretch")


@st.fragment(run_every=1)
def watchdog(idle_seconds: int) -> None:
    """Every second: nothing, a countdown, or a full reset back to Explore."""
    now = time.time()
    _note_interactions(now)
    last = float(st.session_state.get(LAST_ACTIVE, now))
    phase, seconds_left = idle.idle_state(now, last, idle_seconds, idle.warn_seconds_for(idle_seconds))
    if phase == "reset":
        start_over()
    if phase == "warning":
        _countdown(seconds_left)


def _next_language(current: str, languages: tuple[str, ...]) -> str:
    return languages[(languages.index(current) + 1) % len(languages)] if current in languages else languages[0]


def top(settings: Settings, lang: str = "en", names: dict[str, str] | None = None) -> None:
    """The kiosk's part of the frame: CSS, privacy notice, the language button, "Start over", the watchdog.

    The bar sits at the bottom of the screen, within a thumb's reach. The language button names the
    language it switches to, in that language ("Español" on an English page); the idle reset brings
    back the deployment's language (EXPLORER_LANGUAGE).
    """
    mark_active()
    inject_css()
    names = names or {lang: lang}
    languages = tuple(names)
    with st.container(key="kiosk-bar"):
        switch = len(languages) > 1
        notice, *actions = st.columns([3, 1, 1] if switch else [3, 1], vertical_alignment="center")
        notice.markdown(f":material/lock: **{texts.PRIVACY_NOTE}**")
        if switch:
            other = _next_language(lang, languages)
            if actions[0].button(
                names[other],
                key="kiosk-language",
                icon=":material/translate:",
                width="stretch",
                help=None,
            ):
                state.set_language(other)
                st.rerun()
        if actions[-1].button(
            texts.KIOSK_START_OVER,
            key="kiosk-start-over",
            icon=":material/restart_alt:",
            width="stretch",
        ):
            start_over()
    watchdog(settings.idle_seconds)
