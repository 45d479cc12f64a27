"""What the server builds once per process: the deployment settings and the prepared index.

These two ``st.cache_resource`` functions are the app's only caches. The index is shared
read-only by every session; building it also freezes the heap (see
:func:`explorer.index.prepare_server`), so ``app.py`` calls it after every page is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from explorer import settings as settings_mod
from explorer.catalog import BUNDLED_DATA, load_catalog
from explorer.evaluation import Figures, read_figures
from explorer.index import Index, prepare_server


@dataclass(frozen=True)
class Context:
    """What every page is given: the prepared index and the deployment settings."""

    index: Index
    settings: settings_mod.Settings

    @property
    def links(self) -> bool:
        """Whether links may leave the app (never on a kiosk)."""
        return not self.settings.kiosk

    @property
    def figures(self) -> Figures | None:
        """The evaluation figures written for this data (None when missing or for another data version)."""
        figures = read_figures(Path(self.settings.data_dir or BUNDLED_DATA))
        return figures if figures and figures.catalogue_version == self.index.version else None


@st.cache_resource(show_spinner=False)
def settings() -> settings_mod.Settings:
    """The ``EXPLORER_*`` settings, read once per server process."""
    return settings_mod.from_env()


@st.cache_resource(show_spinner=False)
def index(data_dir: str | None) -> Index:
    """The catalogue in ``data_dir`` (None: the bundled data), loaded, prepared and frozen once per process.

    A CatalogError is raised again on every run until the data is fixed (errors are not cached).
    """
    return prepare_server(load_catalog(data_dir))
