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


def header(settings: Settings) -> None:
    """Top of every page (runs on every full script run, before the page)."""
    st.html(ACCESSIBILITY_CSS)
    if settings.kiosk:
        kiosk.top(settings)
    disclaimer()


def broken_catalog(err: CatalogError) -> None:
    """A friendly page instead of a traceback when the data cannot be loaded."""
    st.title(texts.CATALOG_BROKEN_TITLE)
    st.error(texts.CATALOG_BROKEN_BODY.format(detail=md(str(err))))
