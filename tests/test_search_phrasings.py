"""Lay phrasings, as different visitors type them, find the intended symptom first."""

from __future__ import annotations

import csv

import explorer
from tests.conftest import ROOT

PHRASINGS = ROOT / "tests" / "data" / "lay_phrasings.csv"


def load_rows():
    with PHRASINGS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_phrasing_table_is_broad(real):
    rows = load_rows()
    assert len(rows) >= 150
    ids = {r["symptom_id"] for r in rows}
    assert ids <= set(real.symptoms.index), ids - set(real.symptoms.index)
    assert len(ids) >= 70


def test_at_least_ninety_percent_found_first(real):
    rows = load_rows()
    misses = [
        (r["phrase"], r["symptom_id"], explorer.search_symptoms(real, r["phrase"], limit=3))
        for r in rows
        if explorer.search_symptoms(real, r["phrase"], limit=1) != [r["symptom_id"]]
    ]
    found = 1 - len(misses) / len(rows)
    assert found >= 0.90, f"{found:.1%} found first; misses: {misses}"
