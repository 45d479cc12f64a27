"""data/README.md documents every file, column and manifest key that explorer/schema.py defines."""

from __future__ import annotations

import re

import pytest

from explorer import schema
from tests.conftest import ROOT

README = (ROOT / "data" / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.M | re.S)
    assert match, f"data/README.md has no section '## {title}'"
    return match.group(1)


@pytest.mark.parametrize("table", [*schema.TABLES, schema.DROPPED_ANNOTATIONS], ids=lambda t: t.file)
def test_every_column_is_documented_in_its_section(table):
    # Column rows say whether the column is required: "| `name` | yes |".
    documented = set(re.findall(r"^\| `([a-z_0-9]+)` \| (?:yes|no|one of)", section(table.file), flags=re.M))
    missing = [c for c in table.columns if c not in documented]
    assert not missing, f"document these {table.file} columns in data/README.md: {missing}"
    stale = documented - set(table.columns)
    assert not stale, f"data/README.md documents columns {table.file} does not have: {stale}"


def test_manifest_keys_documented():
    documented = set(re.findall(r"^\| `([a-z_0-9]+)` \|", section(schema.MANIFEST_FILE), flags=re.M))
    assert set(schema.MANIFEST_KEYS) <= documented


@pytest.mark.parametrize(
    ("values", "title"),
    [(schema.GROUPS, "symptoms.csv"), (schema.CATEGORIES, "conditions.csv")],
)
def test_allowed_values_documented(values, title):
    text = " ".join(section(title).split())
    for value in values:
        assert value in text, f"data/README.md does not list the allowed value {value!r}"


def test_frequency_bands_documented():
    text = section(schema.LINKS_FILE)
    for band in schema.BANDS:
        assert re.search(rf"^\| `{band.name}` \| {band.hpo_id} \|", text, flags=re.M), band.name
