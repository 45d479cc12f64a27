"""The symptom × condition matrix for teaching: filtering, an ordering that shows patterns, downloads.

Pure functions over a :class:`Catalog` (no Streamlit). Conditions are grouped by category
(in the schema's order) and, inside a category, chained so that each one sits next to the
one whose symptom profile is closest (a greedy nearest-neighbour ordering on the weights).
Symptoms are grouped by body system, then the ones more conditions list come first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer import schema
from explorer.index import Index, as_index
from explorer.model import Catalog

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


def order_conditions(data: Index | Catalog, condition_ids: Iterable[str] | None = None) -> list[str]:
    """Conditions grouped by category (schema order), then chained by similarity of their symptom weights."""
    ix = as_index(data)
    wanted = set(ix.condition_ids if condition_ids is None else condition_ids)
    ordered: list[str] = []
    for category in schema.CATEGORIES:
        rows = [i for i, (c, k) in enumerate(zip(ix.condition_ids, ix.category_values, strict=True))
                if c in wanted and k == category]  # fmt: skip
        if rows:
            names = [ix.name_values[i].lower() for i in rows]
            ordered.extend(_chain(list(ix.condition_ids[rows]), ix.weights[rows].astype(np.int64), names))
    return ordered


def order_symptoms(data: Index | Catalog, condition_ids: Iterable[str] | None = None) -> list[str]:
    """Symptoms the conditions list (not 'excluded'): by body-system group, most-listed first, then A to Z."""
    ix = as_index(data)
    rows = [ix.condition_position[c] for c in (ix.condition_ids if condition_ids is None else condition_ids)]
    counts = (ix.weights[rows] > 0).sum(axis=0) if rows else np.zeros(len(ix.symptom_ids), dtype=int)
    group_order = {g: i for i, g in enumerate(schema.GROUPS)}
    groups = ix.symptoms["group"]
    listed = [(sid, int(n)) for sid, n in zip(ix.symptom_ids, counts, strict=True) if n > 0]
    listed.sort(key=lambda p: (group_order[groups[p[0]]], -p[1], ix.symptom_labels[p[0]].lower()))
    return [sid for sid, _ in listed]


def band_matrix(
    data: Index | Catalog,
    groups: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
    onsets: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Symptoms × conditions of frequency bands ('' = not listed), filtered and ordered to show patterns.

    ``groups`` keeps symptoms of those body systems, ``categories`` conditions of those categories,
    ``onsets`` conditions that usually start in one of those ways (None or empty = all). Symptoms no
    shown condition lists are left out.
    """
    ix = as_index(data)
    conds = ix.conditions
    if categories:
        conds = conds[conds["category"].isin(list(categories))]
    if onsets:
        wanted = set(onsets)
        conds = conds[[bool(wanted.intersection(ix.onsets[c])) for c in conds.index]]
    cids = order_conditions(ix, conds.index)
    sids = order_symptoms(ix, cids)
    if groups:
        keep = set(groups)
        sids = [s for s in sids if ix.symptoms.at[s, "group"] in keep]
    return ix.matrix().loc[sids, cids]


def cells(data: Index | Catalog, bands: pd.DataFrame) -> pd.DataFrame:
    """The non-empty cells of a band matrix, one row each (long form, for a chart or a table)."""
    ix = as_index(data)
    long = bands.stack().rename("frequency").reset_index()
    long = long[long["frequency"] != ""].reset_index(drop=True)
    long["symptom"] = [ix.symptom_labels[s] for s in long["symptom_id"]]
    long["group"] = ix.symptoms.loc[long["symptom_id"], "group"].to_numpy()
    long["condition"] = [ix.condition_names[c] for c in long["condition_id"]]
    long["category"] = ix.conditions.loc[long["condition_id"], "category"].to_numpy()
    long["weight"] = [schema.BAND[b].weight for b in long["frequency"]]
    long["weight"] = long["weight"].astype(int)
    return long[CELL_COLUMNS]


@dataclass(frozen=True)
class MatrixView:
    """Everything the Matrix page shows for its filters."""

    bands: pd.DataFrame
    """Symptoms × conditions of bands, ordered to show patterns (band_matrix)."""
    cells: pd.DataFrame
    """Its listed cells, one row each (for the heatmap)."""

    @property
    def empty(self) -> bool:
        """True when the filters leave no symptom or no condition."""
        return self.bands.empty or self.bands.columns.empty

    @property
    def n_links(self) -> int:
        """How many listed cells the matrix shows."""
        return int((self.bands != "").to_numpy().sum())


def matrix_page(
    data: Index | Catalog,
    groups: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
    onsets: Iterable[str] | None = None,
) -> MatrixView:
    """The Matrix page for the chosen body systems, kinds of condition and ways of starting."""
    ix = as_index(data)
    bands = band_matrix(ix, groups, categories, onsets)
    return MatrixView(bands=bands, cells=cells(ix, bands))


# --- downloads ---------------------------------------------------------------------------


def _dataset(cat: Index | Catalog) -> dict[str, str]:
    m = cat.manifest
    return {k: m[k] for k in ("title", "version", "reviewed", "licence")}


def matrix_csv(cat: Index | Catalog, bands: pd.DataFrame) -> bytes:
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


def matrix_json(cat: Index | Catalog, bands: pd.DataFrame) -> bytes:
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
            "frequency_hpo": [schema.BAND[b].hpo_id for b in links["frequency"]],
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


def links_json(cat: Index | Catalog, table: pd.DataFrame) -> bytes:
    """A links_table() as UTF-8 JSON: the data set's version and one object per link."""
    data = {"dataset": _dataset(cat), "links": table.to_dict(orient="records")}
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
