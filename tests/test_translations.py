"""Catalogue translations (data/i18n/<lang>/) load strictly, and a new language is new files and no code.

The walkthrough follows explorer/locale/README.md ("Adding a language") step by step on the mini
fixture catalogue, with a made-up French whose every string starts with "[fr]".
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

import explorer
from explorer import i18n, texts
from explorer.index import language_names, prepare
from explorer.model import CatalogError
from tests.apptest import fresh_app, unescape
from tests.conftest import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini"
MANIFEST = {
    "language": "fr",
    "name": "Français",
    "translated_by": "Test team",
    "medical_review": "none",
    "clinical_terms": "Made up for the test",
    "title": "[fr] Catalogue",
    "licence": "[fr] Licence",
    "notes": "[fr] Notes",
}


def _write(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def add_french_data(data: Path) -> Path:
    """Step 2 of 'Adding a language': data/i18n/fr/ with a manifest and the three tables."""
    folder = data / "i18n" / "fr"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    _write(
        folder / "symptoms.csv",
        ["symptom_id", "label", "clinical_term", "synonyms"],
        [
            {
                "symptom_id": r["symptom_id"],
                "label": "[fr] " + r["label"],
                "clinical_term": "[fr] " + r["clinical_term"],
                "synonyms": "fr " + r["label"].lower(),
            }
            for r in _rows(data / "symptoms.csv")
        ],  # fmt: skip
    )
    columns = ["condition_id", "name", "aliases", "summary", "course", "affects", "treatment", "specialists"]
    _write(
        folder / "conditions.csv",
        columns,
        [
            {c: (r[c] if c in ("condition_id", "aliases", "specialists") else "[fr] " + r[c]) for c in columns}
            for r in _rows(data / "conditions.csv")
        ],  # fmt: skip
    )
    _write(
        folder / "differences.csv",
        ["condition_id", "versus_id", "symptom_id", "note"],
        [
            {**{k: r[k] for k in ("condition_id", "versus_id", "symptom_id")}, "note": "[fr] " + r["note"]}
            for r in _rows(data / "differences.csv")
        ],  # fmt: skip
    )
    return folder


@pytest.fixture
def french_data(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    add_french_data(data)
    return data


# --- loading -----------------------------------------------------------------------------------------


def test_a_translation_loads_beside_the_catalogue(french_data):
    cat = explorer.load_catalog(french_data)
    tr = cat.translations["fr"]
    assert tr.manifest["name"] == "Français"
    assert tr.symptoms.at["double_vision", "label"] == "[fr] Double vision"
    assert list(tr.conditions.index) == list(cat.conditions.index)
    assert len(tr.differences) == len(cat.differences)


def _load_error(data: Path) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        explorer.load_catalog(data)
    return info.value


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_unknown_id_names_the_file_line_and_fix(french_data):
    _edit(french_data / "i18n/fr/symptoms.csv", "double_vision,", "triple_vision,")
    err = _load_error(french_data)
    assert (err.file, err.line, err.column) == ("i18n/fr/symptoms.csv", 2, "symptom_id")
    assert "'triple_vision' is not in the base catalogue" in err.problem
    assert "data/symptoms.csv" in err.fix


def test_a_missing_row_is_named(french_data):
    path = french_data / "i18n/fr/conditions.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("gamma,")), encoding="utf-8")
    err = _load_error(french_data)
    assert err.file == "i18n/fr/conditions.csv"
    assert "1 row of the base catalogue have no translation: gamma" in err.problem


def test_an_empty_cell_names_its_line_and_column(french_data):
    _edit(french_data / "i18n/fr/conditions.csv", "[fr] Alpha syndrome", "")
    err = _load_error(french_data)
    assert (err.file, err.line, err.column) == ("i18n/fr/conditions.csv", 2, "name")
    assert "empty" in err.problem


def test_two_symptoms_may_not_share_a_label(french_data):
    _edit(french_data / "i18n/fr/symptoms.csv", "[fr] Drooping eyelid", "[fr] Double vision")
    err = _load_error(french_data)
    assert (err.file, err.column) == ("i18n/fr/symptoms.csv", "label")


def test_the_manifest_names_its_own_language(french_data):
    path = french_data / "i18n/fr/manifest.json"
    path.write_text(json.dumps({**MANIFEST, "language": "de"}), encoding="utf-8")
    err = _load_error(french_data)
    assert err.column == "language" and "'de'" in err.problem
    path.write_text(json.dumps({k: v for k, v in MANIFEST.items() if k != "medical_review"}), encoding="utf-8")
    assert _load_error(french_data).column == "medical_review"


# --- adding a language, step by step ------------------------------------------------------------------


def _french_ui(locale: Path) -> None:
    """Step 1 of 'Adding a language': pybabel init from the template, every msgstr filled, compiled."""
    shutil.copy(i18n.LOCALE_DIR / "messages.pot", locale / "messages.pot")
    babel = [sys.executable, "-m", "babel.messages.frontend"]
    subprocess.run([*babel, "init", "-i", str(locale / "messages.pot"), "-d", str(locale), "-l", "fr"],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    po = locale / "fr" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as handle:
        catalogue = read_po(handle)
    for message in catalogue:
        if message.id:
            message.string = "[fr] " + message.id
    catalogue.fuzzy = False
    with po.open("wb") as handle:
        write_po(handle, catalogue)
    subprocess.run(
        [*babel, "compile", "-d", str(locale), "-D", "messages"], check=True, capture_output=True, timeout=60
    )


def test_adding_a_language_is_new_files_and_no_code(tmp_path, french_data, monkeypatch):
    locale = tmp_path / "locale"
    locale.mkdir()
    _french_ui(locale)
    try:
        i18n.use_locale_dir(locale)
        assert i18n.languages() == ("en", "fr")
        cat = explorer.load_catalog(french_data)
        assert language_names(cat) == {"en": "English", "fr": "Français"}
        ix = prepare(cat, "fr")
        assert ix.symptom_labels["double_vision"] == "[fr] Double vision"
        assert explorer.search_symptoms(ix, "fr double vision") == ["double_vision"]
        with i18n.use("fr"):
            assert texts.EXPLORE_TITLE == "[fr] Explore symptoms"
            assert texts.band_words("frequent") == "[fr] many people"
        # Step 3: the app offers it, in the URL.
        at = fresh_app(monkeypatch, EXPLORER_DATA_DIR=str(french_data))
        at.query_params["lang"] = "fr"
        at.query_params["symptoms"] = "double_vision"
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert unescape(at.title[0].value) == "[fr] Explore symptoms"
        assert at.query_params["lang"] == "fr"
    finally:
        i18n.use_locale_dir(i18n.LOCALE_DIR)
