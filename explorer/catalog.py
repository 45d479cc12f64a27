"""Load and validate the curated catalogue in ``data/`` into an immutable :class:`Catalog`.

Loading is strict: the first problem found raises :class:`CatalogError` with the
file, the line, the column and what to do about it. A catalogue that loads is
internally consistent (unique ids, every link points at a known condition,
symptom and source, frequencies from the fixed list, well-formed codes).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd

from explorer import schema

DATA_DIR_ENV = "EXPLORER_DATA_DIR"
BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data"


class CatalogError(ValueError):
    """The catalogue on disk is missing, malformed or inconsistent.

    The message names the file, the line (header = line 1), the column and the fix.
    """

    def __init__(
        self,
        file: str,
        problem: str,
        fix: str,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        self.fix = fix
        where = file
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {problem}. Fix: {fix}")


@dataclass(frozen=True)
class LinkedSymptom:
    """A symptom as a condition's sources list it (one row of ``links``)."""

    symptom_id: str
    frequency: str
    source_id: str
    note: str


@dataclass(frozen=True)
class Difference:
    """A sourced point of difference between two conditions (one row of ``differences``)."""

    condition_id: str
    versus_id: str
    symptom_id: str
    note: str
    source_id: str


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)  # identity equality: cheap, hashable, weak-referenceable
class Catalog:
    """The whole catalogue, read-only. Build it with :func:`load_catalog`.

    Attributes:
        conditions: indexed by ``condition_id``; list cells are tuples.
        symptoms: indexed by ``symptom_id``; ``red_flag`` is bool, list cells are tuples.
        links: one row per condition–symptom link: condition_id, symptom_id,
            frequency, source_id, note.
        sources: indexed by ``source_id``.
        differences: sourced points of difference between two conditions.
        manifest: data version, review date, licence notes.
    """

    conditions: pd.DataFrame
    symptoms: pd.DataFrame
    links: pd.DataFrame
    sources: pd.DataFrame
    differences: pd.DataFrame
    manifest: Mapping[str, str]
    # Precomputed for matching: typicality weight of each (condition, symptom),
    # rows in ``conditions.index`` order, columns in ``symptoms.index`` order.
    weights: np.ndarray = field(repr=False)

    @property
    def version(self) -> str:
        return self.manifest["version"]

    # Derived views, computed once per catalogue on first use (a Catalog never changes).

    @cached_property
    def _matrix(self) -> pd.DataFrame:
        wide = self.links.pivot(index="symptom_id", columns="condition_id", values="frequency")
        wide = wide.reindex(index=self.symptoms.index, columns=self.conditions.index)
        return wide.astype(object).fillna("").rename_axis(index="symptom_id", columns="condition_id")

    def matrix(self) -> pd.DataFrame:
        """Symptoms × conditions of frequency bands ('' where a condition does not list it)."""
        return self._matrix.copy(deep=False)  # copy-on-write: callers cannot change the shared one

    @cached_property
    def link_rows(self) -> Mapping[str, slice]:
        """Each condition's rows in ``links`` (which is sorted by condition)."""
        bounds = self.links.groupby("condition_id", sort=False).indices
        return MappingProxyType({cid: slice(int(rows[0]), int(rows[-1]) + 1) for cid, rows in bounds.items()})

    @cached_property
    def source_records(self) -> Mapping[str, Mapping[str, str]]:
        """Each source as a plain read-only mapping (fast look-ups for views that list many)."""
        records = self.sources.to_dict(orient="index")
        return MappingProxyType({sid: MappingProxyType(row) for sid, row in records.items()})

    @cached_property
    def symptoms_by_group(self) -> Mapping[str, tuple[tuple[str, str], ...]]:
        """(symptom_id, label) pairs per body-system group, in schema order, A to Z within a group."""
        grouped = {}
        for group in schema.GROUPS:
            rows = self.symptoms[self.symptoms["group"] == group]
            pairs = sorted(zip(rows.index, rows["label"], strict=True), key=lambda pair: pair[1].lower())
            if pairs:
                grouped[group] = tuple(pairs)
        return MappingProxyType(grouped)

    # Plain look-ups for the per-rerun engine work (matching, conditions): a dict or tuple
    # read costs nanoseconds where a DataFrame .at/.loc/.isin costs microseconds.

    @cached_property
    def symptom_positions(self) -> Mapping[str, int]:
        """symptom_id -> its position in ``symptoms.index`` (a column of ``weights`` and ``bands``)."""
        return MappingProxyType({sid: i for i, sid in enumerate(self.symptoms.index.tolist())})

    @cached_property
    def condition_positions(self) -> Mapping[str, int]:
        """condition_id -> its position in ``conditions.index`` (a row of ``weights`` and ``bands``)."""
        return MappingProxyType({cid: i for i, cid in enumerate(self.conditions.index.tolist())})

    @cached_property
    def symptom_id_values(self) -> np.ndarray:
        """Read-only object array of ``symptoms.index`` (the columns of ``weights`` and ``bands``)."""
        return _read_only(np.array(self.symptoms.index.tolist(), dtype=object))

    @cached_property
    def symptom_label_values(self) -> np.ndarray:
        """Read-only object array of ``symptoms['label']``, in ``symptoms.index`` order."""
        return _read_only(np.array(self.symptoms["label"].tolist(), dtype=object))

    @cached_property
    def condition_id_values(self) -> np.ndarray:
        """Read-only object array of ``conditions.index`` (the rows of ``weights`` and ``bands``)."""
        return _read_only(np.array(self.conditions.index.tolist(), dtype=object))

    @cached_property
    def condition_name_values(self) -> np.ndarray:
        """Read-only object array of ``conditions['name']``, in ``conditions.index`` order."""
        return _read_only(np.array(self.conditions["name"].tolist(), dtype=object))

    @cached_property
    def condition_category_values(self) -> np.ndarray:
        """Read-only object array of ``conditions['category']``, in ``conditions.index`` order."""
        return _read_only(np.array(self.conditions["category"].tolist(), dtype=object))

    @cached_property
    def symptom_labels(self) -> Mapping[str, str]:
        """symptom_id -> label."""
        return MappingProxyType(dict(zip(self.symptoms.index.tolist(), self.symptoms["label"].tolist(), strict=True)))

    @cached_property
    def condition_names(self) -> Mapping[str, str]:
        """condition_id -> name."""
        return MappingProxyType(
            dict(zip(self.conditions.index.tolist(), self.conditions["name"].tolist(), strict=True))
        )

    @cached_property
    def red_flag_symptoms(self) -> frozenset[str]:
        """The ids of the symptoms that can signal an emergency (``red_flag`` True)."""
        return frozenset(self.symptoms.index[self.symptoms["red_flag"].to_numpy(dtype=bool)].tolist())

    @cached_property
    def linked_symptoms(self) -> Mapping[str, tuple[LinkedSymptom, ...]]:
        """condition_id -> its links, in ``links`` order (most typical band first); () if it has none."""
        grouped: dict[str, list[LinkedSymptom]] = {cid: [] for cid in self.conditions.index.tolist()}
        columns = (self.links[c].tolist() for c in ("condition_id", "symptom_id", "frequency", "source_id", "note"))
        for cid, sid, frequency, source_id, note in zip(*columns, strict=True):
            grouped[cid].append(LinkedSymptom(sid, frequency, source_id, note))
        return MappingProxyType({cid: tuple(links) for cid, links in grouped.items()})

    @cached_property
    def linked_symptom_index(self) -> Mapping[str, Mapping[str, LinkedSymptom]]:
        """condition_id -> {symptom_id: link}, in ``links`` order."""
        return MappingProxyType(
            {
                cid: MappingProxyType({link.symptom_id: link for link in links})
                for cid, links in self.linked_symptoms.items()
            }
        )

    @cached_property
    def difference_records(self) -> tuple[Difference, ...]:
        """The rows of ``differences`` as :class:`Difference` records, in order."""
        columns = (
            self.differences[c].tolist() for c in ("condition_id", "versus_id", "symptom_id", "note", "source_id")
        )
        return tuple(Difference(*row) for row in zip(*columns, strict=True))

    @cached_property
    def label_order(self) -> np.ndarray:
        """Read-only int array: each symptom's rank when sorted by label (codepoint order, ties in index order)."""
        labels = self.symptoms["label"].tolist()
        order = np.empty(len(labels), dtype=np.int64)
        order[sorted(range(len(labels)), key=labels.__getitem__)] = np.arange(len(labels))
        return _read_only(order)

    def source_label(self, source_id: str) -> str:
        """'Title — Publisher' for a source id."""
        row = self.source_records[source_id]
        return f"{row['title']} — {row['publisher']}"


# --- reading -------------------------------------------------------------------


def _read_rows(directory: Path, table: schema.Table) -> list[dict[str, str]]:
    """Read one CSV strictly: exact header, UTF-8, no ragged rows, required cells filled."""
    path = directory / table.file
    if not path.is_file():
        raise CatalogError(
            table.file,
            f"the file is missing from {directory}",
            f"add {table.file} with the header: {','.join(table.columns)}",
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CatalogError(
            table.file,
            f"the text is not UTF-8 (byte 0x{raw[err.start]:02x})",
            "save the file as UTF-8",
            line=line,
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header or header == [""]:
        raise CatalogError(
            table.file,
            "the file is empty",
            f"add the header line: {','.join(table.columns)}",
            line=1,
        )
    header = [h.strip() for h in header]
    missing = [c for c in table.columns if c not in header]
    if missing:
        raise CatalogError(
            table.file,
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}",
            f"the header must be exactly: {','.join(table.columns)}",
            line=1,
            column=missing[0],
        )
    extra = [c for c in header if c not in table.columns]
    if extra:
        raise CatalogError(
            table.file,
            f"unexpected column {', '.join(extra)}",
            f"remove it, or add it to explorer/schema.py and data/README.md; "
            f"the header must be exactly: {','.join(table.columns)}",
            line=1,
            column=extra[0],
        )
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise CatalogError(
                table.file,
                f"the row has {len(cells)} cells but the header has {len(header)}",
                "check for a missing or extra comma; quote cells that contain commas",
                line=number,
            )
        row = {name: cell.strip() for name, cell in zip(header, cells, strict=True)}
        for column in table.required:
            if not row[column]:
                raise CatalogError(table.file, "this cell is empty", "fill it in", line=number, column=column)
        row["_line"] = number
        rows.append(row)
    return rows


def _check_unique(table: schema.Table, rows: list[dict[str, str]]) -> None:
    seen: dict[tuple[str, ...], int] = {}
    for row in rows:
        key = tuple(row[c] for c in table.key)
        if key in seen:
            raise CatalogError(
                table.file,
                f"duplicate {' + '.join(table.key)} {' + '.join(key)!r} (first on line {seen[key]})",
                "give each row its own id, or merge the two rows",
                line=row["_line"],
                column=table.key[-1],
            )
        seen[key] = row["_line"]


def _check_pattern(table, row, column, pattern, what, allow_list=False):
    values = _split(row[column]) if allow_list else ([row[column]] if row[column] else [])
    for value in values:
        if not pattern.match(value):
            raise CatalogError(
                table.file,
                f"{value!r} is not a valid {what}",
                f"write it like {_EXAMPLES[what]}",
                line=row["_line"],
                column=column,
            )


_EXAMPLES = {
    "id": "'myasthenia_gravis' (lower case letters, digits, underscores)",
    "HPO id": "'HP:0000651' (HP: and seven digits)",
    "ORPHA code": "'ORPHA:589'",
    "OMIM code": "'OMIM:254200'",
    "ICD-10 code": "'G70.0'",
    "ICD-11 code": "'8C60'",
    "date": "'2026-11-25' (YYYY-MM-DD)",
    "https URL": "'https://example.org/page' (https only)",
}


def _check_member(table, row, column, allowed, fix):
    if row[column] not in allowed:
        raise CatalogError(
            table.file,
            f"{row[column]!r} is not an allowed value",
            f"{fix}: {', '.join(allowed)}",
            line=row["_line"],
            column=column,
        )


def _check_refs(table, row, column, known, target_file, allow_list=False):
    values = _split(row[column]) if allow_list else [row[column]]
    for value in values:
        if value not in known:
            raise CatalogError(
                table.file,
                f"{value!r} does not exist in {target_file}",
                f"use an id from {target_file}, or add it there first",
                line=row["_line"],
                column=column,
            )


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(schema.LIST_SEP) if part.strip())


# --- validation per table ----------------------------------------------------------


def _validate_sources(rows):
    t = schema.SOURCES
    _check_unique(t, rows)
    for row in rows:
        _check_pattern(t, row, "source_id", schema.ID_PATTERN, "id")
        _check_pattern(t, row, "url", schema.URL_PATTERN, "https URL")
        if not row["url"] and not row["identifier"]:
            raise CatalogError(
                t.file,
                "the source has neither a URL nor an identifier",
                "add a URL, or an identifier such as a DOI, PMID or ORPHA code",
                line=row["_line"],
                column="url",
            )


def _validate_symptoms(rows):
    t = schema.SYMPTOMS
    _check_unique(t, rows)
    labels: dict[str, int] = {}
    for row in rows:
        _check_pattern(t, row, "symptom_id", schema.ID_PATTERN, "id")
        _check_pattern(t, row, "hpo_id", schema.HPO_PATTERN, "HPO id")
        _check_member(t, row, "group", schema.GROUPS, "use one of the body-system groups")
        _check_member(t, row, "red_flag", tuple(schema.RED_FLAG_VALUES), "write")
        # Visitors tell symptoms apart by label, and the picker's pills report a choice by its label.
        label = " ".join(row["label"].casefold().split())
        if label in labels:
            raise CatalogError(
                t.file,
                f"the label {row['label']!r} is already used on line {labels[label]}",
                "give each symptom its own label, or merge the two rows",
                line=row["_line"],
                column="label",
            )
        labels[label] = row["_line"]


def _validate_conditions(rows, source_ids):
    t = schema.CONDITIONS
    _check_unique(t, rows)
    ids = {r["condition_id"] for r in rows}
    for row in rows:
        _check_pattern(t, row, "condition_id", schema.ID_PATTERN, "id")
        _check_member(t, row, "category", schema.CATEGORIES, "use one of the categories")
        _check_pattern(t, row, "orpha", schema.ORPHA_PATTERN, "ORPHA code", allow_list=True)
        _check_pattern(t, row, "omim", schema.OMIM_PATTERN, "OMIM code", allow_list=True)
        _check_pattern(t, row, "icd10", schema.ICD10_PATTERN, "ICD-10 code", allow_list=True)
        _check_pattern(t, row, "icd11", schema.ICD11_PATTERN, "ICD-11 code", allow_list=True)
        _check_pattern(t, row, "reviewed", schema.DATE_PATTERN, "date")
        _check_refs(t, row, "source_ids", source_ids, schema.SOURCES_FILE, allow_list=True)
        _check_refs(t, row, "compare_with", ids, schema.CONDITIONS_FILE, allow_list=True)


def _validate_links(rows, condition_ids, symptom_ids, source_ids):
    t = schema.LINKS
    _check_unique(t, rows)
    for row in rows:
        _check_refs(t, row, "condition_id", condition_ids, schema.CONDITIONS_FILE)
        _check_refs(t, row, "symptom_id", symptom_ids, schema.SYMPTOMS_FILE)
        _check_member(t, row, "frequency", schema.FREQUENCIES, "use one of the frequency bands")
        _check_refs(t, row, "source_id", source_ids, schema.SOURCES_FILE)


def _validate_differences(rows, condition_ids, symptom_ids, source_ids):
    t = schema.DIFFERENCES
    _check_unique(t, rows)
    for row in rows:
        _check_refs(t, row, "condition_id", condition_ids, schema.CONDITIONS_FILE)
        _check_refs(t, row, "versus_id", condition_ids, schema.CONDITIONS_FILE)
        _check_refs(t, row, "symptom_id", symptom_ids, schema.SYMPTOMS_FILE)
        _check_refs(t, row, "source_id", source_ids, schema.SOURCES_FILE)


def _read_manifest(directory: Path) -> Mapping[str, str]:
    path = directory / schema.MANIFEST_FILE
    name = schema.MANIFEST_FILE
    if not path.is_file():
        raise CatalogError(name, "the file is missing", "add it with: " + ", ".join(schema.MANIFEST_KEYS))
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise CatalogError(name, "the text is not UTF-8", "save the file as UTF-8") from None
    except json.JSONDecodeError as err:
        raise CatalogError(name, f"not valid JSON ({err.msg})", "fix the JSON syntax", line=err.lineno) from None
    if not isinstance(data, dict):
        raise CatalogError(name, "the top level is not an object", 'write {"version": ..., ...}')
    for key in schema.MANIFEST_KEYS:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise CatalogError(name, f"'{key}' is missing or empty", "add it as a non-empty string", column=key)
    if not schema.DATE_PATTERN.match(data["reviewed"]):
        raise CatalogError(name, f"{data['reviewed']!r} is not a date", "write YYYY-MM-DD", column="reviewed")
    return MappingProxyType({k: str(v) for k, v in data.items()})


# --- building ----------------------------------------------------------------------


def _frame(table: schema.Table, rows, list_columns=(), index=True) -> pd.DataFrame:
    records = [{c: row[c] for c in table.columns} for row in rows]
    frame = pd.DataFrame.from_records(records, columns=list(table.columns))
    for column in list_columns:
        frame[column] = frame[column].map(_split)
    if index:
        frame = frame.set_index(table.key[0])  # uniqueness already checked, with a better message
    return frame


def _weights(conditions: pd.DataFrame, symptoms: pd.DataFrame, links: pd.DataFrame) -> np.ndarray:
    weights = np.zeros((len(conditions), len(symptoms)), dtype=np.int8)
    rows = conditions.index.get_indexer(links["condition_id"])
    cols = symptoms.index.get_indexer(links["symptom_id"])
    weights[rows, cols] = links["frequency"].map(schema.FREQUENCY_WEIGHT).to_numpy()
    weights.setflags(write=False)
    return weights


def resolve_data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The directory to load: ``path``, else ``$EXPLORER_DATA_DIR``, else the bundled ``data/``."""
    if path is not None:
        return Path(path)
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env) if env else BUNDLED_DATA


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Load, validate and return the catalogue in ``path`` (see :func:`resolve_data_dir`).

    Raises:
        CatalogError: naming the file, line, column and fix for the first problem found.
    """
    directory = resolve_data_dir(path)
    if not directory.is_dir():
        raise CatalogError(str(directory), "the data folder does not exist", f"create it or set {DATA_DIR_ENV}")
    manifest = _read_manifest(directory)
    sources = _read_rows(directory, schema.SOURCES)
    _validate_sources(sources)
    source_ids = {r["source_id"] for r in sources}
    symptoms = _read_rows(directory, schema.SYMPTOMS)
    _validate_symptoms(symptoms)
    symptom_ids = {r["symptom_id"] for r in symptoms}
    conditions = _read_rows(directory, schema.CONDITIONS)
    _validate_conditions(conditions, source_ids)
    condition_ids = {r["condition_id"] for r in conditions}
    links = _read_rows(directory, schema.LINKS)
    _validate_links(links, condition_ids, symptom_ids, source_ids)
    differences = _read_rows(directory, schema.DIFFERENCES)
    _validate_differences(differences, condition_ids, symptom_ids, source_ids)

    symptoms_df = _frame(schema.SYMPTOMS, symptoms, list_columns=("synonyms",))
    symptoms_df["red_flag"] = symptoms_df["red_flag"].map(schema.RED_FLAG_VALUES).astype(bool)
    conditions_df = _frame(
        schema.CONDITIONS,
        conditions,
        list_columns=("aliases", "specialists", "orpha", "omim", "icd10", "icd11", "source_ids", "compare_with"),
    )
    links_df = _frame(schema.LINKS, links, index=False)
    order = pd.Categorical(links_df["frequency"], categories=schema.FREQUENCIES, ordered=True)
    links_df["frequency"] = order
    links_df = links_df.sort_values(["condition_id", "frequency", "symptom_id"], ignore_index=True)
    links_df["frequency"] = links_df["frequency"].astype(str)
    return Catalog(
        conditions=conditions_df,
        symptoms=symptoms_df,
        links=links_df,
        sources=_frame(schema.SOURCES, sources),
        differences=_frame(schema.DIFFERENCES, differences, index=False),
        manifest=manifest,
        weights=_weights(conditions_df, symptoms_df, links_df),
    )
