"""The visitor's session and the URL: the selection, the two answers, widget keys, quiet notices, URL parameters.

Session state holds only the visitor's choices; the selection and the answers to "How did it
start?" and "Who is this about?" are mirrored into the URL (``?symptoms=&onset=&age=``) so a
link reproduces the view on any server replica. A widget that the
URL can set is seeded from its ``?param=`` on a first visit (or when a link brings a new
value) and written back on every run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

import streamlit as st

from explorer import i18n, messages, texts, urlstate
from explorer.markdown import md

SELECTION = "selection"
LANGUAGE = "language"
LANG_PARAM = "lang"
CHOICES = "choices"
ONSET_PARAM = "onset"
AGE_PARAM = "age"
GENERATION = "generation"
NOTICES = "notices"
SYMPTOMS_PARAM = "symptoms"


@dataclass(frozen=True)
class Facet:
    """An optional question the Explore page asks, its URL parameter and its answers (value -> words).

    ``question`` and ``options`` are message ids (explorer.messages): the properties ``asked`` and
    ``answers`` give them in the visitor's language.
    """

    name: str
    param: str
    question: str
    options: Mapping[str, str]

    @property
    def asked(self) -> str:
        """The question, in the visitor's language."""
        return texts.tr(self.question)

    @property
    def answers(self) -> dict[str, str]:
        """Value -> the answer's words, in the visitor's language."""
        return texts.tr_dict(dict(self.options))


FACETS = (
    Facet("onset", ONSET_PARAM, messages.ONSET_QUESTION, messages.ONSET_OPTIONS),
    Facet("age", AGE_PARAM, messages.AGE_QUESTION, messages.AGE_OPTIONS),
)


# --- widget keys --------------------------------------------------------------------------


def widget_key(*parts: str, generation: int = 0) -> str:
    """A widget key; the generation changes on "start over" so widgets come back fresh."""
    base = "-".join(parts)
    return base if generation == 0 else f"{base}-g{generation}"


def wk(*parts: str) -> str:
    """The key of a widget in this session's current generation."""
    return widget_key(*parts, generation=st.session_state.get(GENERATION, 0))


# --- the language ----------------------------------------------------------------------------


def language(default: str, available: Collection[str]) -> str:
    """The visitor's language: chosen in this session, else the link's ``?lang=``, else the deployment's."""
    default = default if default in available else next(iter(available))
    if LANGUAGE not in st.session_state:
        wanted = str(st.query_params.get(LANG_PARAM, "")).strip().lower()
        st.session_state[LANGUAGE] = wanted if wanted in available else default
    chosen = st.session_state[LANGUAGE]
    return chosen if chosen in available else default


def set_language(lang: str) -> None:
    """Switch this session to ``lang`` (from the next run on)."""
    st.session_state[LANGUAGE] = lang


def write_url_language(lang: str, default: str = i18n.SOURCE) -> None:
    """Keep the language in the URL (``?lang=es``) so a shared link opens in it anywhere.

    Only English on an English-first deployment goes without; on a deployment whose default is
    another language, English is written too (``?lang=en``), or a shared link would open in that one.
    """
    write_url_ids(LANG_PARAM, [] if lang == default == i18n.SOURCE else [lang])


def localized(callback: Callable[..., None]) -> Callable[..., None]:
    """A widget callback that runs in the session's language (callbacks run before the page's script)."""

    @functools.wraps(callback)
    def run(*args, **kwargs) -> None:
        lang = st.session_state.get(LANGUAGE)
        if lang in i18n.languages():
            i18n.set_language(lang)
        callback(*args, **kwargs)

    return run


# --- the selection ---------------------------------------------------------------------------


def selection() -> list[str]:
    """The chosen symptom ids, in the order chosen."""
    return list(st.session_state.get(SELECTION, []))


def set_selection(ids: Iterable[str]) -> None:
    """Replace the selection (duplicates dropped, order kept)."""
    st.session_state[SELECTION] = list(dict.fromkeys(ids))


def init_selection(known: Collection[str]) -> None:
    """On a session's first run, take the selection from the URL (dropping what is unknown)."""
    if SELECTION in st.session_state:
        return
    parsed = read_ids(SYMPTOMS_PARAM, known)
    set_selection(parsed.ids)
    notice_dropped(parsed, texts.URL_DROPPED, texts.URL_DROPPED_MANY)


# --- quiet notices ---------------------------------------------------------------------------


def add_notice(text: str) -> None:
    """Queue a quiet notice (Markdown, already escaped) for the next run of the page."""
    st.session_state.setdefault(NOTICES, []).append(text)


def show_notices() -> None:
    """Show, once, the quiet notices queued by callbacks and URL parsing."""
    for notice in st.session_state.pop(NOTICES, []):
        st.caption(notice)


def notice_dropped(
    parsed: urlstate.ParsedIds, dropped_message: str | None = None, malformed_message: str | None = None
) -> None:
    """Queue the quiet notices for what a link carried that was left out (ids shown as text)."""
    if parsed.dropped:
        add_notice((dropped_message or texts.IDS_DROPPED).format(ids=", ".join(md(i) for i in parsed.dropped)))
    if parsed.malformed:
        add_notice(malformed_message or texts.IDS_MALFORMED)


# --- the URL --------------------------------------------------------------------------------------


def read_ids(name: str, known: Collection[str]) -> urlstate.ParsedIds:
    """The known ids in ``?name=`` (comma-separated, repeated keys joined), with what was dropped."""
    return urlstate.parse_ids(st.query_params.get_all(name), known)


def write_url_ids(name: str, ids: list[str]) -> None:
    """Mirror ids into the URL; an empty list removes the parameter."""
    value = urlstate.format_ids(ids)
    if value:
        if st.query_params.get_all(name) != [value]:
            st.query_params[name] = value
    elif name in st.query_params:
        del st.query_params[name]


def write_url_text(name: str, text: str) -> None:
    """Mirror a free-text value into the URL; empty text removes the parameter."""
    text = text.strip()
    if text:
        if st.query_params.get(name) != text:
            st.query_params[name] = text
    elif name in st.query_params:
        del st.query_params[name]


def choice(facet: Facet) -> str | None:
    """The visitor's answer to an optional question: kept in the session, first taken from ``?param=``.

    An answer the app does not offer is dropped with a quiet notice.
    """
    choices = st.session_state.setdefault(CHOICES, {})
    if facet.name not in choices:
        parsed = read_ids(facet.param, facet.options)
        choices[facet.name] = parsed.ids[0] if parsed.ids else None
        if parsed.dropped or parsed.malformed:
            add_notice(texts.IDS_MALFORMED)
    return choices[facet.name]


def facets() -> tuple[str | None, str | None]:
    """How it started and whom it is about, as answered in this session or given by the link."""
    onset, age = (choice(facet) for facet in FACETS)
    return onset, age


def write_url_facets(onset: str | None, age: str | None) -> None:
    """Mirror both answers into the URL (``?onset=&age=``), so a link reproduces the view."""
    for facet, value in zip(FACETS, (onset, age), strict=True):
        write_url_choice(facet.param, value)


def set_choice(name: str, value: str | None) -> None:
    """Remember the answer to the optional question ``name`` for this session (None: not answered)."""
    st.session_state.setdefault(CHOICES, {})[name] = value


def write_url_choice(param: str, value: str | None) -> None:
    """Mirror one optional choice into the URL (none removes the parameter)."""
    write_url_ids(param, [value] if value else [])


def _marker(key: str) -> str:
    return f"url-seen-{key}"


def seed_ids_from_url(key: str, param: str, known: Collection[str], limit: int | None = None) -> None:
    """Put the ids in ``?param=`` into widget ``key`` when the widget is new or a link brought new ids.

    Unknown ids are dropped with a quiet notice; nothing from the URL is ever rendered as markup.
    """
    raw = urlstate.format_ids(st.query_params.get_all(param))
    if key in st.session_state and (not raw or st.session_state.get(_marker(key)) == raw):
        return
    parsed = read_ids(param, known)
    ids = list(parsed.ids)
    if limit is not None and len(ids) > limit:
        ids = ids[:limit]
        add_notice(texts.COMPARE_TOO_MANY)
    st.session_state[key] = ids
    st.session_state[_marker(key)] = raw
    notice_dropped(parsed)


def write_ids_to_url(key: str, param: str, ids: list[str]) -> None:
    """Mirror the widget's ids into the URL and remember them, so the next run does not re-seed."""
    write_url_ids(param, ids)
    st.session_state[_marker(key)] = urlstate.format_ids(ids)
