"""Load and validate the catalogue's translations: ``data/i18n/<lang>/``, keyed by the base ids.

A translation folder holds ``manifest.json`` and three tables (explorer/schema.py,
``translation_tables``): ``symptoms.csv`` (label, clinical term, synonyms), ``conditions.csv``
(name, aliases, lay texts, specialists) and ``differences.csv`` (notes). Loading is as strict as
for the base tables: an unknown id, a missing row or an empty cell raises
:class:`~explorer.model.CatalogError` naming the file, the line, the column and the fix. Ids, bands,
sources and codes live only in the base tables; source titles stay as published.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import pandas as pd

from explorer import schema
from explorer.model import CatalogError, Translation
from explorer.reading import Row, check_distinct, check_unique, read_rows, split


def _read_manifest(directory: Path, lang: str) -> Mapping[str, str]:
    name = f"{schema.I18N_DIR}/{lang}/{schema.MANIFEST_FILE}"
    path = directory / name
    if not path.is_file():
        raise CatalogError(name, "the file is missing", "add it with: " + ", ".join(schema.TRANSLATION_MANIFEST_KEYS))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise CatalogError(name, f"not valid UTF-8 JSON ({err})", "fix the file") from None
    for key in schema.TRANSLATION_MANIFEST_KEYS:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise CatalogError(name, f"'{key}' is missing or empty", "add it as a non-empty string", column=key)
    if data["language"] != lang:
        raise CatalogError(
            name, f"'language' is {data['language']!r} but the folder is {lang!r}", f"write {lang!r}", column="language"
        )
    return MappingProxyType({k: str(v) for k, v in data.items()})


def _check_same_ids(table: schema.Table, rows: list[Row], base_keys: list[tuple[str, ...]]) -> None:
    """Every row translates a base row, and every base row has its translation."""
    check_unique(table, rows)
    known = set(base_keys)
    for row in rows:
        key = tuple(row[c] for c in table.key)
        if key not in known:
            raise CatalogError(
                table.file,
                f"{' + '.join(key)!r} is not in the base catalogue",
                "use the ids of data/" + table.file.rsplit("/", 1)[-1] + ", or delete the row",
                line=row["_line"],
                column=table.key[0],
            )
    have = {tuple(row[c] for c in table.key) for row in rows}
    missing = [key for key in base_keys if key not in have]
    if missing:
        shown = ", ".join(" + ".join(key) for key in missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise CatalogError(
            table.file,
            f"{len(missing)} row{'s' if len(missing) > 1 else ''} of the base catalogue have no translation: {shown}",
            "add a row for each, in the same language as the rest of the file",
        )


def _frame(table: schema.Table, rows: list[Row], lists: tuple[str, ...], index: bool = True) -> pd.DataFrame:
    frame = pd.DataFrame.from_records([{c: r[c] for c in table.columns} for r in rows], columns=list(table.columns))
    for column in lists:
        frame[column] = frame[column].map(split)
    return frame.set_index(table.key[0]) if index else frame


def load_translation(
    directory: Path, lang: str, symptoms: pd.DataFrame, conditions: pd.DataFrame, differences: pd.DataFrame
) -> Translation:
    """The translation in ``directory/i18n/<lang>/``, checked against the base tables."""
    if not schema.ID_PATTERN.match(lang):
        raise CatalogError(f"{schema.I18N_DIR}/{lang}", "a language folder is named by its code", "rename it, e.g. es")
    manifest = _read_manifest(directory, lang)
    symptom_table, condition_table, difference_table = schema.translation_tables(lang)
    symptom_rows = read_rows(directory, symptom_table)
    _check_same_ids(symptom_table, symptom_rows, [(s,) for s in symptoms.index])
    check_distinct(symptom_table, symptom_rows, "label", "label")  # the picker reports a choice by its label
    condition_rows = read_rows(directory, condition_table)
    _check_same_ids(condition_table, condition_rows, [(c,) for c in conditions.index])
    difference_rows = read_rows(directory, difference_table)
    base_differences = list(
        zip(differences["condition_id"], differences["versus_id"], differences["symptom_id"], strict=True)
    )
    _check_same_ids(difference_table, difference_rows, base_differences)
    by_key = {tuple(r[c] for c in difference_table.key): r for r in difference_rows}
    ordered = [by_key[key] for key in base_differences]  # the base table's order
    return Translation(
        language=lang,
        manifest=manifest,
        symptoms=_frame(symptom_table, symptom_rows, ("synonyms",)).reindex(symptoms.index),
        conditions=_frame(condition_table, condition_rows, ("aliases", "specialists")).reindex(conditions.index),
        differences=_frame(difference_table, ordered, (), index=False),
    )


def load_translations(
    directory: Path, symptoms: pd.DataFrame, conditions: pd.DataFrame, differences: pd.DataFrame
) -> Mapping[str, Translation]:
    """Every translation folder under ``directory/i18n/`` (none is fine), by language code."""
    folder = directory / schema.I18N_DIR
    if not folder.is_dir():
        return MappingProxyType({})
    found = {
        lang.name: load_translation(directory, lang.name, symptoms, conditions, differences)
        for lang in sorted(folder.iterdir())
        if lang.is_dir()
    }
    return MappingProxyType(found)
