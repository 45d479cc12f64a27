"""The frame around every page: disclaimer on top, data facts at the bottom, error page.

In kiosk mode the top also carries the kiosk's CSS, privacy notice, "Start over" and idle reset.
"""

from __future__ import annotations

import streamlit as st

from explorer import texts
from explorer.markdown import md
from explorer.model import CatalogError
from explorer.settings import Settings
from explorer.ui import kiosk
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


def header(settings: Settings) -> None:
    """Top of every page (runs on every full script run, before the page)."""
    st.html(ACCESSIBILITY_CSS + CARD_CSS + LAYOUT_CSS)
    if settings.kiosk:
        kiosk.top(settings)
    disclaimer()


def broken_catalog(err: CatalogError) -> None:
    """A friendly page instead of a traceback when the data cannot be loaded."""
    st.title(texts.CATALOG_BROKEN_TITLE)
    st.error(texts.CATALOG_BROKEN_BODY.format(detail=md(str(err))))
