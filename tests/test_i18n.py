"""The UI's gettext catalogues: complete, placeholders intact, template current, compiled catalogues fresh."""

from __future__ import annotations

import gettext
import io
import os
import re
import subprocess
import sys
import time

import pytest
from babel.messages.pofile import read_po

from explorer import i18n, messages, schema, texts
from tests.conftest import ROOT

PLACEHOLDER = re.compile(r"\{(\w*)\}")
TRANSLATED = [lang for lang in i18n.languages() if lang != i18n.SOURCE]


def po(lang: str):
    with i18n.po_path(lang).open("rb") as handle:
        return read_po(handle)


def template_ids() -> set[str]:
    with (i18n.LOCALE_DIR / "messages.pot").open("rb") as handle:
        return {m.id for m in read_po(handle) if m.id}


def message_ids() -> set[str]:
    """Every message the code marks with N_: in explorer/messages.py and the names in explorer/schema.py."""
    found = set()
    for name, value in vars(messages).items():
        if not name.isupper():
            continue
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            found.update(v for v in value.values() if isinstance(v, str))
        elif isinstance(value, tuple):
            found.update(v for v in value if isinstance(v, str))
    found.update(schema.GROUPS, schema.CATEGORIES)
    for band in schema.BANDS:
        found.update((band.words, band.short, band.range))
    return found - {messages.APP_ICON, *messages.CODE_LABELS.values()}


def test_there_is_a_spanish_catalogue():
    assert "es" in TRANSLATED


def test_the_template_holds_every_message_of_the_code():
    """explorer/locale/messages.pot is what `make i18n` extracts from the code today (re-run it after a change)."""
    assert template_ids() == message_ids()


def test_the_template_is_what_pybabel_extracts(tmp_path):
    out = tmp_path / "messages.pot"
    command = [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_",
               "--no-location", "--sort-output", "--omit-header", "-o", str(out), "."]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=120)
    with out.open("rb") as handle:
        assert {m.id for m in read_po(handle) if m.id} == template_ids()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(lang):
    catalogue = po(lang)
    ids = {m.id for m in catalogue if m.id}
    assert ids == template_ids(), "run `make i18n`: the catalogue is not up to date with the template"
    problems = []
    for m in catalogue:
        if not m.id:
            continue
        if not m.string or m.fuzzy:
            problems.append(("untranslated", m.id[:60]))
        elif sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string)):
            problems.append(("placeholders differ", m.id[:60], m.string[:60]))
        elif m.id.count("**") != m.string.count("**") or m.id.count("\n") != m.string.count("\n"):
            problems.append(("markdown differs", m.id[:60]))
    assert not problems, problems
    assert not catalogue.fuzzy, "the catalogue's header is marked fuzzy: pybabel compile would skip it"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_compiled_catalogue_is_not_stale(lang):
    """A .mo made at install says what its .po says (the app would compile a stale one in memory instead)."""
    mo = i18n.po_path(lang).with_suffix(".mo")
    fresh = gettext.GNUTranslations(io.BytesIO(i18n.compile_po(i18n.po_path(lang))))
    if not mo.is_file():
        pytest.skip(f"{mo} is not compiled here (make compiles it at install)")
    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert compiled._catalog == fresh._catalog, f"{mo} is stale: run `make i18n` (or pybabel compile)"


def test_a_stale_compiled_catalogue_is_not_used(tmp_path):
    """With a .mo older than its .po, the app compiles the .po in memory instead."""
    folder = tmp_path / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_bytes(i18n.po_path("es").read_bytes())
    (folder / "messages.mo").write_bytes(b"not a catalogue")  # older than the .po once touched below
    old = time.time() - 3600
    os.utime(folder / "messages.mo", (old, old))
    try:
        i18n.use_locale_dir(tmp_path)
        with i18n.use("es"):
            assert texts.EXPLORE_TITLE == "Explorar síntomas"
    finally:
        i18n.use_locale_dir(i18n.LOCALE_DIR)


def test_texts_follow_the_language_of_the_run():
    assert texts.EXPLORE_TITLE == "Explore symptoms"
    with i18n.use("es"):
        assert texts.EXPLORE_TITLE == "Explorar síntomas"
        assert texts.ONSET_OPTIONS["days_weeks"] == "En días o semanas"  # dict values translated, keys kept
        assert texts.band_words("very_frequent") == "la mayoría"
        assert texts.tr("Vision") == "Visión"
        assert texts.onset_words(("minutes_hours", "days_weeks")) == "en minutos u horas o en días o semanas"
    assert texts.EXPLORE_TITLE == "Explore symptoms", "the block's language ends with it"


@pytest.mark.parametrize(
    ("items", "conjunction", "expected"),
    [
        (["fiebre", "hipo"], "and", "fiebre e hipo"),  # "y" before an i- sound
        (["fiebre", "hielo"], "and", "fiebre y hielo"),  # but not before "hie-"
        (["siete", "ocho"], "or", "siete u ocho"),  # "o" before an o- sound
        (["visión doble", "mareo", "dolor"], "and", "visión doble, mareo y dolor"),
    ],
)
def test_spanish_lists_read_naturally(items, conjunction, expected):
    with i18n.use("es"):
        assert texts.join_words(items, conjunction) == expected


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        i18n.set_language("xx")
    with pytest.raises(ValueError, match="unknown language"), i18n.use("xx"):
        pass
