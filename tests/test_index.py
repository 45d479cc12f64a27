"""The prepared index: every look-up matches the catalogue's tables, and nothing in it can be changed."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import subprocess
import sys

import numpy as np
import pytest

import explorer
from explorer import schema
from explorer.index import as_index
from explorer.model import Difference, LinkedSymptom
from tests.conftest import ROOT


@pytest.fixture(params=["mini", "real"])
def ix(request):
    return request.getfixturevalue(request.param)


def test_positions_and_values_match_the_frames(ix):
    assert list(ix.symptom_position.items()) == [(s, i) for i, s in enumerate(ix.symptoms.index)]
    assert list(ix.condition_position.items()) == [(c, i) for i, c in enumerate(ix.conditions.index)]
    assert ix.symptom_ids.tolist() == ix.symptoms.index.tolist()
    assert ix.label_values.tolist() == ix.symptoms["label"].tolist()
    assert ix.condition_ids.tolist() == ix.conditions.index.tolist()
    assert ix.name_values.tolist() == ix.conditions["name"].tolist()
    assert ix.category_values.tolist() == ix.conditions["category"].tolist()
    for values in (ix.symptom_ids, ix.label_values, ix.name_values):
        assert values.dtype == object and all(type(v) is str for v in values)


def test_weights_are_the_links_band_weights(ix):
    expected = np.zeros((len(ix.conditions), len(ix.symptoms)), dtype=np.int8)
    for link in ix.links.itertuples():
        expected[ix.condition_position[link.condition_id], ix.symptom_position[link.symptom_id]] = schema.BAND[
            link.frequency
        ].weight
    assert np.array_equal(ix.weights, expected)


def test_labels_names_and_red_flags_match_the_frames(ix):
    assert dict(ix.symptom_labels) == ix.symptoms["label"].to_dict()
    assert list(ix.symptom_labels) == ix.symptoms.index.tolist()
    assert dict(ix.condition_names) == ix.conditions["name"].to_dict()
    assert ix.red_flags == set(ix.symptoms.index[ix.symptoms["red_flag"]])


def test_links_of_are_the_links_rows_in_order(ix):
    assert list(ix.links_of) == ix.conditions.index.tolist()
    for cid in ix.conditions.index:
        rows = ix.links[ix.links["condition_id"] == cid]
        expected = tuple(LinkedSymptom(r.symptom_id, r.frequency, r.source_id, r.note) for r in rows.itertuples())
        assert ix.links_of[cid] == expected
        assert list(ix.link_of[cid].items()) == [(link.symptom_id, link) for link in expected]


def test_difference_records_are_the_differences_rows(ix):
    columns = [f.name for f in dataclasses.fields(Difference)]
    assert sorted(columns) == sorted(schema.DIFFERENCES.columns)
    expected = [Difference(*row) for row in ix.differences[columns].itertuples(index=False)]
    assert list(ix.difference_records) == expected


def test_label_order_sorts_symptoms_by_label(ix):
    assert sorted(ix.label_order.tolist()) == list(range(len(ix.symptoms)))
    by_label = ix.label_values[np.argsort(ix.label_order)].tolist()
    assert by_label == sorted(ix.symptoms["label"].tolist())


def test_label_order_ties_keep_index_order(mini):
    symptoms = mini.symptoms.copy()
    symptoms.loc[["seizures", "double_vision"], "label"] = "Same"
    ix = explorer.prepare(dataclasses.replace(mini.catalog, symptoms=symptoms))
    order = ix.label_order
    assert order[ix.symptom_position["double_vision"]] + 1 == order[ix.symptom_position["seizures"]]


def test_a_changed_catalogue_gets_its_own_weights(mini):
    """Nothing derived lives on the Catalog, so a replaced table cannot leave stale look-ups behind."""
    links = mini.links[mini.links["condition_id"] != "alpha"].reset_index(drop=True)
    ix = explorer.prepare(dataclasses.replace(mini.catalog, links=links))
    assert not ix.weights[ix.condition_position["alpha"]].any()
    assert ix.links_of["alpha"] == ()


def test_escaped_strings_are_the_markdown_of_the_data(mini):
    assert mini.label_md["double_vision"] == "Double vision"
    assert mini.name_md["epsilon"] == explorer.markdown.md(mini.condition_names["epsilon"])
    assert "\\<b\\>" in mini.name_md["epsilon"] or "<b>" not in mini.condition_names["epsilon"]
    source = mini.source_records["src_a"]
    assert mini.source_md["src_a", True].startswith("[") and source["url"] in mini.source_md["src_a", True]
    assert source["url"] not in mini.source_md["src_a", False]


@pytest.mark.parametrize(
    "name", ["weights", "symptom_ids", "label_values", "condition_ids", "name_values", "category_values", "label_order"]
)
def test_arrays_are_read_only(mini, name):
    with pytest.raises(ValueError):
        getattr(mini, name)[0] = 0


@pytest.mark.parametrize(
    "name", ["symptom_position", "condition_position", "symptom_labels", "condition_names", "links_of", "label_md"]
)
def test_mappings_are_read_only(mini, name):
    with pytest.raises(TypeError):
        getattr(mini, name)["alpha"] = "x"


def test_records_are_read_only(mini):
    with pytest.raises(TypeError):
        mini.link_of["gamma"]["seizures"] = None
    with pytest.raises(dataclasses.FrozenInstanceError):
        mini.links_of["gamma"][0].frequency = "obligate"
    with pytest.raises(dataclasses.FrozenInstanceError):
        mini.difference_records[0].note = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        mini.weights = None
    assert isinstance(mini.difference_records, tuple)
    assert isinstance(mini.red_flags, frozenset)


def test_as_index_prepares_a_catalog_and_passes_an_index_through(mini):
    assert as_index(mini) is mini
    fresh = as_index(mini.catalog)
    assert fresh is not mini and fresh.catalog is mini.catalog
    assert fresh.symptom_labels == mini.symptom_labels


def test_an_unused_index_is_freed():
    """No cache keeps a catalogue or its index alive (the old per-catalogue caches did)."""
    import weakref

    ix = explorer.prepare(explorer.load_catalog(ROOT / "tests" / "fixtures" / "mini"))
    explorer.rank(ix, ["double_vision"])
    explorer.search_symptoms(ix, "seeing double")
    refs = [weakref.ref(ix), weakref.ref(ix.catalog)]
    del ix
    gc.collect()
    assert [r() for r in refs] == [None, None]


# Runs in its own interpreter: the server freezes the heap once per process, and freezing the
# test process's heap would hide what it does.
PROBE = """
import gc, json, sys
import app_imports  # noqa: F401  (stands in for app.py importing every page first)
import explorer
from explorer.index import prepare_server

before = {"frozen": gc.get_freeze_count(), "altair": "altair" in sys.modules}
ix = prepare_server(explorer.load_catalog())["en"]
first = gc.get_freeze_count()
second = prepare_server(explorer.load_catalog())["en"]
print(json.dumps({
    "before": before,
    "frozen": first,
    "pages": all(m in sys.modules for m in app_imports.PAGES),
    "index_frozen": not any(obj is ix for obj in gc.get_objects()),
    "second_frozen": not any(obj is second for obj in gc.get_objects()),
    "refrozen": gc.get_freeze_count() != first,
}))
"""
APP_IMPORTS = """
import importlib, ast, pathlib
tree = ast.parse(pathlib.Path("app.py").read_text())
PAGES = [
    f"explorer.ui.{a.name}"
    for node in tree.body
    if isinstance(node, ast.ImportFrom) and node.module == "explorer.ui"
    for a in node.names
]
for name in PAGES:
    importlib.import_module(name)
"""


def test_prepare_server_freezes_the_heap_once(tmp_path):
    (tmp_path / "app_imports.py").write_text(APP_IMPORTS)
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}:{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True, env=env
    )
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["before"] == {"frozen": 0, "altair": True}, "app.py imports every page (and Altair) first"
    assert got["pages"]
    assert got["frozen"] > 50_000, "pandas, numpy, Altair and the index are in the permanent generation"
    assert got["index_frozen"], "the shared index is skipped by later collections"
    assert not got["second_frozen"] and not got["refrozen"], "the heap is frozen once per process"


def test_remembered_emoji_scans_answer_as_streamlit_does():
    """startup.remember_emoji_scans wraps Streamlit's label scan once; every answer is Streamlit's own."""
    import streamlit.string_util as st_string_util

    from explorer.ui import startup

    startup.remember_emoji_scans()
    startup.remember_emoji_scans()
    scan = st_string_util.extract_leading_emoji
    original = scan.__wrapped__
    assert not hasattr(original, "cache_info"), "wrapped once, however often start-up runs"
    for text in ("Visión doble", "🚨 Alerta", "🧠", "Double vision", ""):
        assert scan(text) == original(text)
    assert scan("🚨 Alerta") == ("🚨", "Alerta")
    hits = scan.cache_info().hits
    scan("Visión doble")
    assert scan.cache_info().hits == hits + 1
