"""Strict reading of the catalogue's files, and the checks every table uses.

Every problem raises :class:`~explorer.model.CatalogError` with the file, the line, the
column and what to do about it. Rows come back as plain dicts of stripped strings, each
with its line number under ``"_line"``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from explorer import schema
from explorer.model import CatalogError

Row = dict[str, str]

EXAMPLES = {
    "id": "'myasthenia_gravis' (lower case letters, digits, underscores)",
    "HPO id": "'HP:0000651' (HP: and seven digits)",
    "ORPHA code": "'ORPHA:589'",
    "OMIM code": "'OMIM:254200'",
    "ICD-10 code": "'G70.0'",
    "ICD-11 code": "'8C60'",
    "date": "'2026-11-25' (YYYY-MM-DD)",
    "https URL": "'https://example.org/page' (https only)",
}


def split(cell: str) -> tuple[str, ...]:
    """The items of a list cell ('a; b;' -> ('a', 'b'))."""
    return tuple(part.strip() for part in cell.split(schema.LIST_SEP) if part.strip())


def _decode(path: Path, name: str) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CatalogError(
            name, f"the text is not UTF-8 (byte 0x{raw[err.start]:02x})", "save the file as UTF-8", line=line
        ) from None


def _check_header(table: schema.Table, header: list[str] | None) -> list[str]:
    expected = f"the header must be exactly: {','.join(table.columns)}"
    if not header or header == [""]:
        raise CatalogError(table.file, "the file is empty", f"add the header line: {','.join(table.columns)}", line=1)
    header = [h.strip() for h in header]
    missing = [c for c in table.columns if c not in header]
    extra = [c for c in header if c not in table.columns]
    for wrong, problem, fix in (
        (missing, f"missing column{'s' if len(missing) > 1 else ''}", expected),
        (extra, "unexpected column", f"remove it, or add it to explorer/schema.py and data/README.md; {expected}"),
    ):
        if wrong:
            raise CatalogError(table.file, f"{problem} {', '.join(wrong)}", fix, line=1, column=wrong[0])
    return header


def read_rows(directory: Path, table: schema.Table) -> list[Row]:
    """Read one CSV strictly: exact header, UTF-8, no ragged rows, required cells filled."""
    path = directory / table.file
    if not path.is_file():
        raise CatalogError(
            table.file,
            f"the file is missing from {directory}",
            f"add {table.file} with the header: {','.join(table.columns)}",
        )
    reader = csv.reader(io.StringIO(_decode(path, table.file), newline=""))
    header = _check_header(table, next(reader, None))
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


def read_manifest(directory: Path) -> Mapping[str, str]:
    """``manifest.json``: an object with every key of schema.MANIFEST_KEYS as a non-empty string."""
    path = directory / schema.MANIFEST_FILE
    name = schema.MANIFEST_FILE
    if not path.is_file():
        raise CatalogError(name, "the file is missing", "add it with: " + ", ".join(schema.MANIFEST_KEYS))
    try:
        data = json.loads(_decode(path, name))
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


# --- checks shared by the tables ------------------------------------------------------------


def check_unique(table: schema.Table, rows: Iterable[Row], columns: tuple[str, ...] | None = None) -> None:
    """No two rows share the key (or ``columns``); 'already used' names the first line."""
    columns = columns or table.key
    seen: dict[tuple[str, ...], int] = {}
    for row in rows:
        key = tuple(row[c] for c in columns)
        if key in seen:
            raise CatalogError(
                table.file,
                f"duplicate {' + '.join(columns)} {' + '.join(key)!r} (first on line {seen[key]})",
                "give each row its own id, or merge the two rows",
                line=row["_line"],
                column=columns[-1],
            )
        seen[key] = row["_line"]


def _values(row: Row, column: str, many: bool) -> list[str]:
    """The cell's value (each item of it when ``many``); an empty single cell has none."""
    return list(split(row[column])) if many else ([row[column]] if row[column] else [])


def _fail(table: schema.Table, row: Row, column: str, problem: str, fix: str) -> CatalogError:
    return CatalogError(table.file, problem, fix, line=row["_line"], column=column)


def check_pattern(table: schema.Table, row: Row, column: str, pattern: re.Pattern, what: str, many=False) -> None:
    """Every value of the cell (each item when ``many``) matches ``pattern``."""
    for value in _values(row, column, many):
        if not pattern.match(value):
            raise _fail(table, row, column, f"{value!r} is not a valid {what}", f"write it like {EXAMPLES[what]}")


def check_member(table: schema.Table, row: Row, column: str, allowed: Collection[str], fix: str, many=False) -> None:
    """The cell (each item when ``many``) is one of ``allowed``."""
    for value in _values(row, column, many) if many else [row[column]]:
        if value not in allowed:
            raise _fail(table, row, column, f"{value!r} is not an allowed value", f"{fix}: {', '.join(allowed)}")


def check_refs(table: schema.Table, row: Row, column: str, known: Collection[str], target: str, many=False) -> None:
    """The cell (each item when ``many``) is an id that exists in ``target``."""
    for value in _values(row, column, many) if many else [row[column]]:
        if value not in known:
            raise _fail(
                table,
                row,
                column,
                f"{value!r} does not exist in {target}",
                f"use an id from {target}, or add it there first",
            )


def check_distinct(table: schema.Table, rows: list[Row], column: str, what: str) -> None:
    """No two rows share ``column`` (ignoring case and spacing): visitors and the picker tell rows apart by it."""
    seen: dict[str, int] = {}
    for row in rows:
        value = " ".join(row[column].casefold().split())
        if value in seen:
            raise CatalogError(
                table.file,
                f"the {what} {row[column]!r} is already used on line {seen[value]}",
                "give each symptom its own " + what + ", or merge the two rows",
                line=row["_line"],
                column=column,
            )
        seen[value] = row["_line"]
