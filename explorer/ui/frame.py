"""The frame around every page: disclaimer on top, data facts at the bottom, error page."""

from __future__ import annotations

import streamlit as st

from explorer import texts
from explorer.catalog import CatalogError
from explorer.settings import Settings
from explorer.ui.widgets import disclaimer, footer, md

__all__ = ["header", "footer", "broken_catalog"]


def header(settings: Settings) -> None:
    disclaimer()


def broken_catalog(err: CatalogError) -> None:
    """A friendly page instead of a traceback when the data cannot be loaded."""
    st.title(texts.CATALOG_BROKEN_TITLE)
    st.error(texts.CATALOG_BROKEN_BODY.format(detail=md(str(err))))
