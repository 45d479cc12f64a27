"""The frame around every page: disclaimer on top, data facts at the bottom, error page.

In kiosk mode the top also carries the kiosk's CSS, privacy notice, "Start over" and idle reset.
"""

from __future__ import annotations

import json

import streamlit as st

from explorer import i18n, texts
from explorer.markdown import md
from explorer.model import CatalogError
from explorer.settings import Settings
from explorer.ui import kiosk, state
from explorer.ui.widgets import disclaimer, footer

__all__ = ["header", "footer", "broken_catalog"]

# Constant CSS, in both modes. Streamlit's caption grey (#828180 on white, 3.9:1) fails WCAG AA
# contrast in the light theme; captions take the body text colour, faded by opacity (about 6:1
# in light, 10:1 in dark) so they still read as secondary. A pressed symptom pill is red text on
# pale red (under 4.5:1): it keeps the body text colour, and shows its state by more than colour
# too (a thicker border, bold text and a tick, which screen readers skip: they hear "pressed").
# A one-choice pill group (a radio group: "How did it start?") shows its chosen answer the same
# way, and wraps onto more lines instead of scrolling sideways, where a phone would hide answers.
ACCESSIBILITY_CSS = """<style>
[data-testid="stCaptionContainer"] { color: inherit; opacity: 0.78; }
[data-testid="stButtonGroup"] button[aria-pressed="true"],
[data-testid="stButtonGroup"] button[aria-checked="true"] {
  color: inherit !important; border-width: 2px; font-weight: 600;
}
[data-testid="stButtonGroup"] button[aria-pressed="true"] p::before,
[data-testid="stButtonGroup"] button[aria-checked="true"] p::before { content: "✓ " / ""; }
[data-testid="stButtonGroup"] [role="radiogroup"] { flex-wrap: wrap; overflow-x: visible; }
</style>"""

# Nothing is cut off with an ellipsis: long names in links, buttons and pills wrap onto more lines
# (a phone, a portrait kiosk); a wide matrix chart scrolls inside its own frame, never the page.
LAYOUT_CSS = """<style>
[data-testid="stPageLink-NavLink"], [data-testid="stButtonGroup"] button, [data-testid="stBaseButton-secondary"],
[data-testid="stBaseButton-primary"], [data-testid="stMultiSelect"] [data-tag] { height: auto; max-width: 100%; }
[data-testid="stPageLink-NavLink"] *, [data-testid="stButtonGroup"] button *,
[data-testid="stMultiSelect"] [data-tag] *, [data-testid="stBaseButton-secondary"] *,
[data-testid="stBaseButton-primary"] * {
  white-space: normal !important; text-overflow: clip !important; overflow: visible !important;
}
.st-key-matrix-frame { overflow-x: auto; max-width: 100%; }
/* Side by side (wider than Streamlit's 640 px column break) the results are in view: no jump needed. */
@media (min-width: 640px) { .st-key-jump-to-results { display: none; } }
</style>"""

# Result cards and symptom lines (explorer/ui/cards.py). Link text is underlined, so it is told from
# the text around it by more than colour; the notes and meta lines are slightly faded like captions.
CARD_CSS = """<style>
[class*="st-key-result-"] > [data-testid="stElementContainer"]:first-child [data-testid="stPageLink-NavLink"] {
  padding-left: 0;
}
[class*="st-key-result-"] > [data-testid="stElementContainer"]:first-child [data-testid="stPageLink-NavLink"] p {
  font-size: 1.3rem; font-weight: 700; text-decoration: underline; text-underline-offset: 0.18em;
}
.nse-card p { margin: 0 0 0.5rem; }
.nse-card .nse-meta, .nse-card .nse-muted { opacity: 0.85; }
.nse-card ul.nse-lines { margin: 0.2rem 0 0.6rem 1.1rem; padding: 0; }
.nse-card ul.nse-lines li { margin: 0.2rem 0; }
.nse-card .nse-meter { letter-spacing: 0.06em; font-size: 0.85em; white-space: nowrap; }
.nse-card sup { font-size: 0.7em; margin-left: 0.1em; }
.nse-card .nse-notes-title { font-weight: 600; margin: 0.6rem 0 0.2rem; }
.nse-card ol.nse-notes { font-size: 0.88rem; margin: 0 0 0.2rem 1.4rem; padding: 0; opacity: 0.9; }
.nse-card ol.nse-notes li { margin: 0.15rem 0; overflow-wrap: anywhere; }
.nse-card a { color: inherit; text-decoration: underline; }
.nse-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
</style>"""


# The language switch sits at the top right on the web; the html-lang frame takes no space.
# Both are styled through their own element (no container around them: each is one element
# fewer on every run).
LANGUAGE_CSS = """<style>
.st-key-language-switch { align-self: flex-end; }
[data-testid="stElementContainer"]:has(iframe[srcdoc*="documentElement.lang"]) {
  position: absolute; width: 0; height: 0; overflow: hidden; margin: 0; padding: 0;
}
iframe[srcdoc*="documentElement.lang"] { width: 0; height: 0; border: 0; }
</style>"""


def page_language(lang: str) -> None:
    """Tell the browser (and screen readers) the page's language: ``<html lang="es">``.

    Streamlit 1.67 writes ``<html lang="en">`` itself and has no setting for it. A component frame
    is served from the app's own origin, so a one-line script in it can set the attribute on the
    page around it. It runs again whenever the language changes (its text changes).
    """
    st.iframe(
        f"<script>window.parent.document.documentElement.lang = {json.dumps(lang)};</script>",
        height=1,
        width=1,
        tab_index=-1,
        alt=texts.PAGE_LANGUAGE_FRAME,
    )


def language_switch(current: str, names: dict[str, str]) -> None:
    """Every language by its own name ("English", "Español"), in the URL as ``?lang=``; one choice at a time."""
    key = "language-switch"
    st.session_state[key] = current  # the session's language is the truth
    st.segmented_control(
        texts.LANGUAGE_LABEL,
        list(names),
        format_func=names.__getitem__,
        key=key,
        on_change=_switch,
        args=(key,),
        label_visibility="collapsed",
    )


def _switch(key: str) -> None:
    chosen = st.session_state.get(key)
    if chosen:
        state.set_language(chosen)


def header(settings: Settings, lang: str = i18n.SOURCE, names: dict[str, str] | None = None) -> None:
    """Top of every page (runs on every full script run, before the page).

    ``names``: every language the app can show, by its own name (explorer.index.language_names).
    """
    names = names or {i18n.SOURCE: i18n.SOURCE_NAME}
    st.html(ACCESSIBILITY_CSS + CARD_CSS + LAYOUT_CSS + LANGUAGE_CSS)
    page_language(lang)
    if settings.kiosk:
        kiosk.top(settings, lang, names)
    elif len(names) > 1:
        language_switch(lang, names)
    disclaimer()


def broken_catalog(err: CatalogError) -> None:
    """A friendly page instead of a traceback when the data cannot be loaded."""
    st.title(texts.CATALOG_BROKEN_TITLE)
    st.error(texts.CATALOG_BROKEN_BODY.format(detail=md(str(err))))
