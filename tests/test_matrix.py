"""explorer.matrix: ordering, filtering and the downloads (fixture catalogue)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

from explorer import matrix
from explorer.catalog import load_catalog

FIXTURE = Path(__file__).parent / "fixtures" / "mini"

# Categories in schema order; beta and gamma (same category) chained by similarity.
CONDITION_ORDER = ["beta", "gamma", "epsilon", "delta", "alpha"]
# Body-system order, then most-listed first.
SYMPTOM_ORDER = [
    "double_vision",
    "drooping_eyelid",
    "leg_weakness",
    "numbness",
    "hiccups",
    "fatigue",
    "trouble_breathing",
    "seizures",
]
VISION_NERVE_MUSCLE = pd.DataFrame(
    {"alpha": ["very_frequent", "very_frequent"]},
    index=pd.Index(["double_vision", "drooping_eyelid"], name="symptom_id"),
    dtype=object,  # as Catalog.matrix() returns it
).rename_axis(columns="condition_id")

MATRIX_CSV = (
    "symptom_id,symptom,hpo_id,group,alpha\n"
    "double_vision,Double vision,HP:0000651,Vision,very_frequent\n"
    "drooping_eyelid,Drooping eyelid,HP:0000508,Vision,very_frequent\n"
)


@pytest.fixture(scope="module")
def cat():
    return load_catalog(FIXTURE)


def test_order_conditions(cat):
    assert matrix.order_conditions(cat) == CONDITION_ORDER
    assert matrix.order_conditions(cat, ["alpha", "gamma"]) == ["gamma", "alpha"]


def test_order_symptoms(cat):
    assert matrix.order_symptoms(cat) == SYMPTOM_ORDER
    # Seizures are only "excluded" for gamma: not listed, so not shown.
    assert matrix.order_symptoms(cat, ["gamma"]) == ["double_vision", "leg_weakness", "numbness", "hiccups"]


def test_band_matrix_whole(cat):
    bands = matrix.band_matrix(cat)
    assert list(bands.columns) == CONDITION_ORDER
    assert list(bands.index) == SYMPTOM_ORDER
    assert bands.at["hiccups", "gamma"] == "frequent"
    assert bands.at["hiccups", "beta"] == ""
    assert bands.at["seizures", "gamma"] == "excluded"


def test_band_matrix_filtered(cat):
    got = matrix.band_matrix(cat, groups=["Vision"], categories=["Nerve-muscle junction diseases"])
    pdt.assert_frame_equal(got, VISION_NERVE_MUSCLE)


def test_band_matrix_empty_filters_mean_all(cat):
    pdt.assert_frame_equal(matrix.band_matrix(cat, [], []), matrix.band_matrix(cat))


def test_cells(cat):
    cells = matrix.cells(cat, matrix.band_matrix(cat))
    assert list(cells.columns) == matrix.CELL_COLUMNS
    assert len(cells) == len(cat.links)  # every link is one cell, "excluded" included
    row = cells[(cells["symptom_id"] == "hiccups")].iloc[0]
    assert (row["condition"], row["frequency"], row["weight"], row["group"]) == (
        "Gamma disorder",
        "frequent",
        3,
        "Speech and swallowing",
    )


def test_matrix_csv(cat):
    bands = matrix.band_matrix(cat, groups=["Vision"], categories=["Nerve-muscle junction diseases"])
    assert matrix.matrix_csv(cat, bands).decode("utf-8") == MATRIX_CSV


def test_matrix_csv_whole_round_trips(cat):
    bands = matrix.band_matrix(cat)
    table = pd.read_csv(io.BytesIO(matrix.matrix_csv(cat, bands)), dtype=str, keep_default_na=False)
    assert table["symptom_id"].tolist() == SYMPTOM_ORDER
    assert table.columns.tolist() == ["symptom_id", "symptom", "hpo_id", "group", *CONDITION_ORDER]
    assert table.set_index("symptom_id").at["seizures", "epsilon"] == "very_frequent"


def test_matrix_json(cat):
    data = json.loads(matrix.matrix_json(cat, matrix.band_matrix(cat)))
    assert data["dataset"] == {
        "title": "Test fixture catalogue (invented conditions, not medical data)",
        "version": "0.0.1-test",
        "reviewed": "2026-11-25",
        "licence": "Test data, CC0",
    }
    assert [c["condition_id"] for c in data["conditions"]] == CONDITION_ORDER
    hiccups = next(s for s in data["symptoms"] if s["symptom_id"] == "hiccups")
    assert hiccups == {
        "symptom_id": "hiccups",
        "label": "Hiccups",
        "hpo_id": "HP:0100247",
        "group": "Speech and swallowing",
        "frequencies": {"gamma": "frequent"},
    }


def test_links_table_has_sources(cat):
    table = matrix.links_table(cat)
    assert list(table.columns) == matrix.LINK_COLUMNS
    assert len(table) == len(cat.links)
    row = table[(table["condition_id"] == "gamma") & (table["symptom_id"] == "hiccups")].iloc[0]
    assert row.to_dict() == {
        "condition_id": "gamma",
        "condition": "Gamma disorder",
        "symptom_id": "hiccups",
        "symptom": "Hiccups",
        "hpo_id": "HP:0100247",
        "frequency": "frequent",
        "frequency_hpo": "HP:0040282",
        "note": "A point of difference from beta.",
        "source_id": "src_b",
        "source_title": "Fixture source B",
        "source_publisher": "Test publisher",
        "source_url": "",
        "source_identifier": "doi:10.0000/fixture",
    }


def test_links_table_filtered(cat):
    table = matrix.links_table(cat, ["alpha"], ["double_vision", "fatigue"])
    assert table[["condition_id", "symptom_id"]].values.tolist() == [["alpha", "double_vision"], ["alpha", "fatigue"]]


def test_links_csv_and_json(cat):
    table = matrix.links_table(cat, ["delta"])
    rows = list(csv.DictReader(io.StringIO(matrix.links_csv(table).decode("utf-8"))))
    assert [r["symptom_id"] for r in rows] == ["leg_weakness", "numbness", "trouble_breathing", "drooping_eyelid"]
    assert rows[0]["source_url"] == "https://example.org/a"
    data = json.loads(matrix.links_json(cat, table))
    assert data["dataset"]["version"] == "0.0.1-test"
    assert data["links"] == table.to_dict(orient="records")
