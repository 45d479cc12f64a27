"""Per-visitor state at the UI edge: the shared catalogue, the selection, widget keys, the URL.

Session state holds only the visitor's choices; the selection is mirrored into the URL
(``?symptoms=``) so a link reproduces the view on any server replica.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import sys
from collections.abc import Iterable
from functools import cached_property

import streamlit as st

from explorer import search, texts, urlstate
from explorer import settings as settings_mod
from explorer.catalog import Catalog, load_catalog
from explorer.ui.widgets import md

SELECTION = "selection"
GENERATION = "generation"
NOTICES = "notices"
SYMPTOMS_PARAM = "symptoms"


@st.cache_resource(show_spinner=False)
def get_settings() -> settings_mod.Settings:
    return settings_mod.from_env()


@st.cache_resource(show_spinner=False)
def get_catalog(data_dir: str | None = None) -> Catalog:
    """The catalogue, loaded once per server process and shared read-only by all sessions."""
    cat = load_catalog(data_dir)
    settle_process(cat)
    return cat


# Every module of explorer.ui: the pages and what they import on first visit (Altair for the
# matrix). Read from the package, so a new page cannot be forgotten; settle_process imports them.
PAGE_MODULES = tuple(f"{__package__}.{m.name}" for m in pkgutil.iter_modules(sys.modules[__package__].__path__))
_settled = False


def settle_process(cat: Catalog) -> None:
    """Build the catalogue's derived tables and import every page, then freeze the heap.

    Streamlit runs a full garbage collection after every script run (``runner.postScriptGC``).
    Its cost grows with every object alive in the process: with pandas, numpy, Altair and
    the catalogue that is ~35-50 ms per rerun, most of an interaction's server time.
    ``gc.freeze()`` moves everything alive now (modules, the shared catalogue, its caches)
    into a permanent generation that later collections skip, so the post-run collection
    only looks at what sessions allocate. Reference counting still frees objects as usual;
    only cyclic garbage among these long-lived objects would never be collected.

    Done once per process: a later catalogue (only tests load more than one) is not frozen.
    """
    global _settled
    if _settled:
        return
    _settled = True
    for name, attribute in vars(Catalog).items():  # every derived view the pages use
        if isinstance(attribute, cached_property):
            getattr(cat, name)
    search.find(cat, "warm up", limit=1)  # builds the search index
    for name in PAGE_MODULES:
        importlib.import_module(name)
    gc.collect()
    gc.freeze()


def catalog() -> Catalog:
    return get_catalog(get_settings().data_dir)


def widget_key(*parts: str, generation: int = 0) -> str:
    """A widget key; the generation changes on "start over" so widgets come back fresh."""
    base = "-".join(parts)
    return base if generation == 0 else f"{base}-g{generation}"


def wk(*parts: str) -> str:
    """The key of a widget in this session's current generation."""
    return widget_key(*parts, generation=st.session_state.get(GENERATION, 0))


def selection() -> list[str]:
    return list(st.session_state.get(SELECTION, []))


def set_selection(ids: Iterable[str]) -> None:
    st.session_state[SELECTION] = list(dict.fromkeys(ids))


def add_notice(text: str) -> None:
    st.session_state.setdefault(NOTICES, []).append(text)


def pop_notices() -> list[str]:
    return st.session_state.pop(NOTICES, [])


def show_notices() -> None:
    """Show, once, the quiet notices queued by callbacks and URL parsing."""
    for notice in pop_notices():
        st.caption(notice)


def notice_dropped(
    parsed: urlstate.ParsedIds, dropped_message: str = texts.IDS_DROPPED, malformed_message: str = texts.IDS_MALFORMED
) -> None:
    """Queue the quiet notices for what a link carried that was left out (ids shown as text)."""
    if parsed.dropped:
        add_notice(dropped_message.format(ids=", ".join(md(i) for i in parsed.dropped)))
    if parsed.malformed:
        add_notice(malformed_message)


def read_ids_param(name: str, known) -> urlstate.ParsedIds:
    return urlstate.parse_ids(st.query_params.get_all(name), known)


def init_selection(cat: Catalog) -> None:
    """On a session's first run, take the selection from the URL (dropping what is unknown)."""
    if SELECTION in st.session_state:
        return
    parsed = read_ids_param(SYMPTOMS_PARAM, cat.symptoms.index)
    set_selection(parsed.ids)
    notice_dropped(parsed, texts.URL_DROPPED, texts.URL_DROPPED_MANY)


def write_url_ids(name: str, ids: list[str]) -> None:
    """Mirror ids into the URL; an empty list removes the parameter."""
    value = urlstate.format_ids(ids)
    if value:
        if st.query_params.get_all(name) != [value]:
            st.query_params[name] = value
    elif name in st.query_params:
        del st.query_params[name]
