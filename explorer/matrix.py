"""The symptom × condition matrix for teaching: filtering, an ordering that shows patterns, downloads.

Pure functions over a :class:`Catalog` (no Streamlit). Conditions are grouped by category
(in the schema's order) and, inside a category, chained so that each one sits next to the
one whose symptom profile is closest (a greedy nearest-neighbour ordering on the weights).
Symptoms are grouped by body system, then the ones more conditions list come first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from explorer import schema
from explorer.catalog import Catalog

LINK_COLUMNS = [
    "condition_id",
    "condition",
    "symptom_id",
    "symptom",
    "hpo_id",
    "frequency",
    "frequency_hpo",
    "note",
    "source_id",
    "source_title",
    "source_publisher",
    "source_url",
    "source_identifier",
]
CELL_COLUMNS = [
    "symptom_id",
    "symptom",
    "group",
    "condition_id",
    "condition",
    "category",
    "frequency",
    "weight",
]


def _chain(ids: list[str], vectors: np.ndarray, names: Sequence[str]) -> list[str]:
    """Greedy nearest-neighbour chain: start at the richest profile, then always step to the closest."""
    left = list(range(len(ids)))
    start = min(left, key=lambda i: (-int(vectors[i].sum()), names[i]))
    order = [start]
    left.remove(start)
    while left:
        last = vectors[order[-1]]
        nearest = min(left, key=lambda i: (int(np.abs(vectors[i] - last).sum()), names[i]))
        order.append(nearest)
        left.remove(nearest)
    return [ids[i] for i in order]


def order_conditions(cat: Catalog, condition_ids: Iterable[str] | None = None) -> list[str]:
    """Conditions grouped by category (schema order), then chained by similarity of their symptom weights."""
    wanted = set(cat.conditions.index if condition_ids is None else condition_ids)
    ordered: list[str] = []
    for category in schema.CATEGORIES:
        in_cat = [c for c in cat.conditions.index if c in wanted and cat.conditions.at[c, "category"] == category]
        if not in_cat:
            continue
        rows = cat.conditions.index.get_indexer(in_cat)
        vectors = cat.weights[rows].astype(np.int64)
        names = [cat.conditions.at[c, "name"].lower() for c in in_cat]
        ordered.extend(_chain(in_cat, vectors, names))
    return ordered


def order_symptoms(cat: Catalog, condition_ids: Iterable[str] | None = None) -> list[str]:
    """Symptoms the conditions list (not 'excluded'): by body-system group, most-listed first, then A to Z."""
    cids = list(cat.conditions.index if condition_ids is None else condition_ids)
    rows = cat.conditions.index.get_indexer(cids)
    counts = (cat.weights[rows] > 0).sum(axis=0) if len(rows) else np.zeros(len(cat.symptoms), dtype=int)
    group_order = {g: i for i, g in enumerate(schema.GROUPS)}
    listed = [(sid, int(n)) for sid, n in zip(cat.symptoms.index, counts, strict=True) if n > 0]
    listed.sort(
        key=lambda p: (group_order[cat.symptoms.at[p[0], "group"]], -p[1], cat.symptoms.at[p[0], "label"].lower())
    )
    return [sid for sid, _ in listed]


def band_matrix(
    cat: Catalog, groups: Iterable[str] | None = None, categories: Iterable[str] | None = None
) -> pd.DataFrame:
    """Symptoms × conditions of frequency bands ('' = not listed), filtered and ordered to show patterns.

    ``groups`` keeps symptoms of those body systems, ``categories`` conditions of those categories
    (None or empty = all). Symptoms no shown condition lists are left out.
    """
    conds = cat.conditions
    if categories:
        conds = conds[conds["category"].isin(list(categories))]
    cids = order_conditions(cat, conds.index)
    sids = order_symptoms(cat, cids)
    if groups:
        keep = set(groups)
        sids = [s for s in sids if cat.symptoms.at[s, "group"] in keep]
    return cat.matrix().loc[sids, cids]


def cells(cat: Catalog, bands: pd.DataFrame) -> pd.DataFrame:
    """The non-empty cells of a band matrix, one row each (long form, for a chart or a table)."""
    long = bands.stack().rename("frequency").reset_index()
    long = long[long["frequency"] != ""].reset_index(drop=True)
    long["symptom"] = cat.symptoms.loc[long["symptom_id"], "label"].to_numpy()
    long["group"] = cat.symptoms.loc[long["symptom_id"], "group"].to_numpy()
    long["condition"] = cat.conditions.loc[long["condition_id"], "name"].to_numpy()
    long["category"] = cat.conditions.loc[long["condition_id"], "category"].to_numpy()
    long["weight"] = long["frequency"].map(schema.FREQUENCY_WEIGHT).astype(int)
    return long[CELL_COLUMNS]


# --- downloads ---------------------------------------------------------------------------


def _dataset(cat: Catalog) -> dict[str, str]:
    m = cat.manifest
    return {k: m[k] for k in ("title", "version", "reviewed", "licence")}


def matrix_csv(cat: Catalog, bands: pd.DataFrame) -> bytes:
    """The band matrix as UTF-8 CSV: symptom_id, symptom, hpo_id, group, then one column per condition id."""
    front = pd.DataFrame(
        {
            "symptom_id": bands.index,
            "symptom": cat.symptoms.loc[bands.index, "label"].to_numpy(),
            "hpo_id": cat.symptoms.loc[bands.index, "hpo_id"].to_numpy(),
            "group": cat.symptoms.loc[bands.index, "group"].to_numpy(),
        }
    )
    table = pd.concat([front, bands.reset_index(drop=True)], axis=1)
    return table.to_csv(index=False, lineterminator="\n").encode("utf-8")


def matrix_json(cat: Catalog, bands: pd.DataFrame) -> bytes:
    """The band matrix as UTF-8 JSON with the data set's version, the conditions and one row per symptom."""
    data = {
        "dataset": _dataset(cat),
        "frequencies": list(schema.FREQUENCIES),
        "conditions": [
            {"condition_id": c, "name": cat.conditions.at[c, "name"], "category": cat.conditions.at[c, "category"]}
            for c in bands.columns
        ],
        "symptoms": [
            {
                "symptom_id": s,
                "label": cat.symptoms.at[s, "label"],
                "hpo_id": cat.symptoms.at[s, "hpo_id"],
                "group": cat.symptoms.at[s, "group"],
                "frequencies": {c: band for c, band in bands.loc[s].items() if band},
            }
            for s in bands.index
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def links_table(
    cat: Catalog, condition_ids: Iterable[str] | None = None, symptom_ids: Iterable[str] | None = None
) -> pd.DataFrame:
    """The long link table with names, HPO ids and each link's source spelled out (optionally filtered)."""
    links = cat.links
    if condition_ids is not None:
        links = links[links["condition_id"].isin(list(condition_ids))]
    if symptom_ids is not None:
        links = links[links["symptom_id"].isin(list(symptom_ids))]
    src = cat.sources.loc[links["source_id"]]
    table = pd.DataFrame(
        {
            "condition_id": links["condition_id"].to_numpy(),
            "condition": cat.conditions.loc[links["condition_id"], "name"].to_numpy(),
            "symptom_id": links["symptom_id"].to_numpy(),
            "symptom": cat.symptoms.loc[links["symptom_id"], "label"].to_numpy(),
            "hpo_id": cat.symptoms.loc[links["symptom_id"], "hpo_id"].to_numpy(),
            "frequency": links["frequency"].to_numpy(),
            "frequency_hpo": links["frequency"].map(schema.FREQUENCY_HPO).to_numpy(),
            "note": links["note"].to_numpy(),
            "source_id": links["source_id"].to_numpy(),
            "source_title": src["title"].to_numpy(),
            "source_publisher": src["publisher"].to_numpy(),
            "source_url": src["url"].to_numpy(),
            "source_identifier": src["identifier"].to_numpy(),
        }
    )
    return table[LINK_COLUMNS]


def links_csv(table: pd.DataFrame) -> bytes:
    """A links_table() as UTF-8 CSV."""
    return table.to_csv(index=False, lineterminator="\n").encode("utf-8")


def links_json(cat: Catalog, table: pd.DataFrame) -> bytes:
    """A links_table() as UTF-8 JSON: the data set's version and one object per link."""
    data = {"dataset": _dataset(cat), "links": table.to_dict(orient="records")}
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
