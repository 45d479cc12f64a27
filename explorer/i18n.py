"""The visitor's language: UI strings through gettext catalogues, one language per script run.

English is the source language: its strings are the message ids in :mod:`explorer.messages`. Every
other language is a gettext catalogue, ``explorer/locale/<lang>/LC_MESSAGES/messages.po``, kept up
to date with Babel (``make i18n``: ``pybabel extract``, ``update``, ``compile``; see
explorer/locale/README.md). ``make run`` and ``make test`` compile the ``.po`` files to ``.mo``
when they install; if a ``.mo`` is missing or older than its ``.po`` (a fresh checkout run with
``streamlit run`` directly), the catalogue is compiled in memory at start-up instead, so a page is
never shown from a stale catalogue.

The language of the current run lives in a context variable: the UI sets it at the start of every
run and callback (explorer.ui.startup), and :func:`use` sets it for a block of core code (the
public API's ``lang=`` arguments). Streamlit runs each session's script in its own thread, and a
thread starts with a fresh context, so sessions in different languages never see each other's.
Pure Python and no Streamlit: the core and the tests use it as they are.
"""

from __future__ import annotations

import contextvars
import functools
import gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_locale_dir = LOCALE_DIR
DOMAIN = "messages"
SOURCE = "en"
SOURCE_NAME = "English"
"""The source language's name; every other language names itself in its data/i18n/<lang>/manifest.json."""

_current: contextvars.ContextVar[str] = contextvars.ContextVar("explorer_language", default=SOURCE)


def use_locale_dir(path: Path) -> None:
    """Read the UI catalogues from ``path`` instead of explorer/locale (tests walk through adding a language)."""
    global _locale_dir
    _locale_dir = Path(path)
    languages.cache_clear()
    catalogue.cache_clear()


def po_path(lang: str, locale_dir: Path | None = None) -> Path:
    """Where the catalogue of ``lang`` lives."""
    return (locale_dir or _locale_dir) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def languages() -> tuple[str, ...]:
    """English, then every language with a catalogue, A to Z by code."""
    found = sorted(d.name for d in _locale_dir.iterdir() if po_path(d.name).is_file())
    return (SOURCE, *found)


def compile_po(po: Path) -> bytes:
    """The ``.mo`` bytes of a ``.po`` file (what ``pybabel compile`` writes), fuzzy entries left out."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalogue = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()


@functools.cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The translations of ``lang`` (none for English): from its ``.mo`` if current, else compiled now."""
    if lang == SOURCE:
        return gettext.NullTranslations()
    po = po_path(lang)
    if not po.is_file():
        raise ValueError(f"no catalogue for language {lang!r} (expected {po})")
    mo = po.with_suffix(".mo")
    if mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime:
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    return gettext.GNUTranslations(io.BytesIO(compile_po(po)))


def current() -> str:
    """The language of this run."""
    return _current.get()


def set_language(lang: str) -> None:
    """Make ``lang`` the language of the rest of this run (a code from :func:`languages`)."""
    if lang not in languages():
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(languages())}")
    _current.set(lang)


@contextmanager
def use(lang: str) -> Iterator[None]:
    """Run a block in ``lang``, then go back to the language before it."""
    if lang not in languages():
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(languages())}")
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def gettext_(message: str) -> str:
    """``message`` (an English message id) in the language of this run."""
    lang = _current.get()
    return message if lang == SOURCE else catalogue(lang).gettext(message)


def translate(value: object) -> object:
    """A message, or a dict or tuple of them (values only, never keys), in the language of this run."""
    if _current.get() == SOURCE:
        return value
    if isinstance(value, str):
        return gettext_(value)
    if isinstance(value, dict):
        return {key: translate(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(translate(item) for item in value)
    return value
