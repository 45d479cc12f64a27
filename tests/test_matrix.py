"""explorer.matrix: ordering, filtering and the downloads (fixture catalogue)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pandas.testing as pdt

from explorer import matrix

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


def test_order_conditions(mini_catalog):
    assert matrix.order_conditions(mini_catalog) == CONDITION_ORDER
    assert matrix.order_conditions(mini_catalog, ["alpha", "gamma"]) == ["gamma", "alpha"]


def test_order_symptoms(mini_catalog):
    assert matrix.order_symptoms(mini_catalog) == SYMPTOM_ORDER
    # Seizures are only "excluded" for gamma: not listed, so not shown.
    assert matrix.order_symptoms(mini_catalog, ["gamma"]) == ["double_vision", "leg_weakness", "numbness", "hiccups"]


def test_band_matrix_whole(mini_catalog):
    bands = matrix.band_matrix(mini_catalog)
    assert list(bands.columns) == CONDITION_ORDER
    assert list(bands.index) == SYMPTOM_ORDER
    assert bands.at["hiccups", "gamma"] == "frequent"
    assert bands.at["hiccups", "beta"] == ""
    assert bands.at["seizures", "gamma"] == "excluded"


def test_band_matrix_filtered(mini_catalog):
    got = matrix.band_matrix(mini_catalog, groups=["Vision"], categories=["Nerve-muscle junction diseases"])
    pdt.assert_frame_equal(got, VISION_NERVE_MUSCLE)


def test_band_matrix_empty_filters_mean_all(mini_catalog):
    pdt.assert_frame_equal(matrix.band_matrix(mini_catalog, [], []), matrix.band_matrix(mini_catalog))


def test_cells(mini_catalog):
    cells = matrix.cells(mini_catalog, matrix.band_matrix(mini_catalog))
    assert list(cells.columns) == matrix.CELL_COLUMNS
    assert len(cells) == len(mini_catalog.links)  # every link is one cell, "excluded" included
    row = cells[(cells["symptom_id"] == "hiccups")].iloc[0]
    assert (row["condition"], row["frequency"], row["weight"], row["group"]) == (
        "Gamma disorder",
        "frequent",
        3,
        "Speech and swallowing",
    )


def test_matrix_csv(mini_catalog):
    bands = matrix.band_matrix(mini_catalog, groups=["Vision"], categories=["Nerve-muscle junction diseases"])
    assert matrix.matrix_csv(mini_catalog, bands).decode("utf-8") == MATRIX_CSV


def test_matrix_csv_whole_round_trips(mini_catalog):
    bands = matrix.band_matrix(mini_catalog)
    table = pd.read_csv(io.BytesIO(matrix.matrix_csv(mini_catalog, bands)), dtype=str, keep_default_na=False)
    assert table["symptom_id"].tolist() == SYMPTOM_ORDER
    assert table.columns.tolist() == ["symptom_id", "symptom", "hpo_id", "group", *CONDITION_ORDER]
    assert table.set_index("symptom_id").at["seizures", "epsilon"] == "very_frequent"


def test_matrix_json(mini_catalog):
    data = json.loads(matrix.matrix_json(mini_catalog, matrix.band_matrix(mini_catalog)))
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


def test_links_table_has_sources(mini_catalog):
    table = matrix.links_table(mini_catalog)
    assert list(table.columns) == matrix.LINK_COLUMNS
    assert len(table) == len(mini_catalog.links)
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


def test_links_table_filtered(mini_catalog):
    table = matrix.links_table(mini_catalog, ["alpha"], ["double_vision", "fatigue"])
    assert table[["condition_id", "symptom_id"]].values.tolist() == [["alpha", "double_vision"], ["alpha", "fatigue"]]


def test_links_csv_and_json(mini_catalog):
    table = matrix.links_table(mini_catalog, ["delta"])
    rows = list(csv.DictReader(io.StringIO(matrix.links_csv(table).decode("utf-8"))))
    assert [r["symptom_id"] for r in rows] == ["leg_weakness", "numbness", "trouble_breathing", "drooping_eyelid"]
    assert rows[0]["source_url"] == "https://example.org/a"
    data = json.loads(matrix.links_json(mini_catalog, table))
    assert data["dataset"]["version"] == "0.0.1-test"
    assert data["links"] == table.to_dict(orient="records")
