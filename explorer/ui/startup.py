"""What the server builds once per process: the deployment settings and the prepared indexes.

These two ``st.cache_resource`` functions are the app's only caches of its own. The indexes (one
per language) are shared read-only by every session; building them also freezes the heap (see
:func:`explorer.index.prepare_server`), so ``app.py`` calls it after every page is imported.
Before that, :func:`remember_emoji_scans` memoizes one pure function inside Streamlit.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
import streamlit.string_util as st_string_util

from explorer import settings as settings_mod
from explorer.catalog import BUNDLED_DATA, load_catalog
from explorer.evaluation import Figures, read_figures
from explorer.index import Index, prepare_server


@dataclass(frozen=True)
class Context:
    """What every page is given: the prepared index in the visitor's language, and the deployment settings."""

    index: Index
    settings: settings_mod.Settings
    languages: tuple[str, ...] = ("en",)
    """Every language the app can be shown in (the language switch offers them)."""

    @property
    def language(self) -> str:
        """The language of this run: the index's."""
        return self.index.language

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
def indexes(data_dir: str | None) -> Mapping[str, Index]:
    """The catalogue in ``data_dir`` (None: the bundled data), loaded, prepared in every language and frozen.

    Once per process. A CatalogError is raised again on every run until the data is fixed (errors
    are not cached).
    """
    remember_emoji_scans()
    return prepare_server(load_catalog(data_dir))


def remember_emoji_scans() -> None:
    """Make Streamlit's leading-emoji scan of a label a lookup after its first time (idempotent).

    Streamlit 1.67 looks for an emoji at the start of every pill label on every rerun, and for a
    label whose first word is not ASCII ("Visión doble", 30 of the Spanish symptom labels) that is a
    ``re.search`` with its whole emoji pattern, about 60 µs each: 2 ms of every Spanish tap, more
    than all the rest the translation costs (docs/BENCHMARKS.md, section 8). The scan is a pure
    function of the text and the labels are the catalogue's, so remembering its answers changes no
    output. If Streamlit renames the function this does nothing, and only that speed-up is lost.
    """
    scan = getattr(st_string_util, "extract_leading_emoji", None)
    if scan is None or hasattr(scan, "cache_info"):
        return
    st_string_util.extract_leading_emoji = functools.lru_cache(maxsize=4096)(scan)
