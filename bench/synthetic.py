"""Synthetic catalogues for benchmarks: N conditions × S symptoms with about k links per condition.

Two ways to get one, both seeded and deterministic:

* :func:`write_catalog` writes a valid catalogue directory (the real headers from ``explorer.schema``)
  that ``explorer.load_catalog(dir)`` loads and validates like the bundled ``data/``;
* :func:`build_catalog` builds the same :class:`explorer.Catalog` straight in memory, skipping CSV
  parsing and validation (for sizes where loading would take too long).

Symptom popularity is skewed (a few symptoms such as "fatigue" are listed by many conditions, most by
few), which is what the real catalogue looks like and what makes ``rank`` work hardest: a selection of
common symptoms matches many conditions.

Run ``python bench/synthetic.py OUT_DIR --conditions 1000 --symptoms 2000 --links 15`` to write one.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from explorer import schema  # noqa: E402
from explorer.model import Catalog  # noqa: E402

N_SOURCES = 20
REVIEWED = "2026-11-25"
# Share of links per band (obligate .. excluded); roughly HPO's spread.
BAND_SHARE = (0.03, 0.25, 0.35, 0.25, 0.09, 0.03)
WORDS = (
    "ache blur burn cramp drift droop fade flicker grip heavy itch jerk lag numb pins prick "
    "ring shake slur spin stiff sting tingle tremor twitch weak whirl zing"
).split()


@dataclass(frozen=True)
class Spec:
    """What to generate."""

    conditions: int
    symptoms: int = 2000
    links: int = 15
    """Links per condition (about: duplicates are dropped)."""
    seed: int = 20261125


def symptom_ids(n: int) -> list[str]:
    """Synthetic symptom ids, most popular first: ``sym_00000``, ``sym_00001``, ..."""
    return [f"sym_{i:05d}" for i in range(n)]


def condition_ids(n: int) -> list[str]:
    """Synthetic condition ids: ``cond_000000``, ..."""
    return [f"cond_{i:06d}" for i in range(n)]


def popularity(n_symptoms: int) -> np.ndarray:
    """Probability that a link picks each symptom: Zipf-like, 1 / (rank + 10), normalised."""
    p = 1.0 / (np.arange(n_symptoms) + 10.0)
    return p / p.sum()


def _link_arrays(spec: Spec) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(condition index, symptom index, band index, source index) per link, unique per pair."""
    rng = np.random.default_rng(spec.seed)
    rows = np.repeat(np.arange(spec.conditions), spec.links)
    cols = rng.choice(spec.symptoms, size=rows.size, p=popularity(spec.symptoms))
    pair = rows.astype(np.int64) * spec.symptoms + cols
    _, first = np.unique(pair, return_index=True)
    first.sort()
    rows, cols = rows[first], cols[first]
    bands = rng.choice(len(schema.FREQUENCIES), size=rows.size, p=BAND_SHARE)
    # Every condition needs a core symptom linked "frequent" or above: its first link, if none is.
    first_of_condition = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    typical = np.zeros(spec.conditions, dtype=bool)
    typical[rows[bands <= 2]] = True
    needs = first_of_condition[~typical[rows[first_of_condition]]]
    bands[needs] = 1
    sources = rng.integers(0, N_SOURCES, size=rows.size)
    return rows, cols, bands, sources


def _core_symptoms(spec: Spec) -> list[str]:
    """Each condition's core symptom: the first of its links that is "frequent" or above."""
    rows, cols, bands, _ = _link_arrays(spec)
    sym = symptom_ids(spec.symptoms)
    core = [""] * spec.conditions
    for r, c, b in zip(rows.tolist(), cols.tolist(), bands.tolist(), strict=True):
        if b <= 2 and not core[r]:
            core[r] = sym[c]
    return core


def _symptom_rows(spec: Spec) -> list[dict[str, str]]:
    rows = []
    for i, sid in enumerate(symptom_ids(spec.symptoms)):
        word = WORDS[i % len(WORDS)]
        rows.append(
            {
                "symptom_id": sid,
                "label": f"{word.capitalize()} {i}",
                "clinical_term": f"Synthetic {word} sign {i}",
                "hpo_id": f"HP:{9000000 + i:07d}",
                "group": schema.GROUPS[i % len(schema.GROUPS)],
                "synonyms": f"{word} feeling {i}{schema.LIST_SEP}{word}y {i}",
                "red_flag": "yes" if i % 97 == 0 else "no",
                "red_flag_source": "src_00" if i % 97 == 0 else "",
            }
        )
    return rows


def _condition_rows(spec: Spec) -> list[dict[str, str]]:
    ids = condition_ids(spec.conditions)
    core = _core_symptoms(spec)
    rows = []
    for i, cid in enumerate(ids):
        rows.append(
            {
                "condition_id": cid,
                "name": f"Synthetic condition {i}",
                "aliases": f"SC{i}",
                "category": schema.CATEGORIES[i % len(schema.CATEGORIES)],
                "summary": "An invented condition for benchmarks, not medical data.",
                "course": "Invented.",
                "affects": "Nobody.",
                "treatment": "None.",
                "specialists": "Neurologist",
                "orpha": f"ORPHA:{100000 + i}",
                "omim": "",
                "icd10": "G70.0",
                "icd11": "8C60",
                "source_ids": f"src_{i % N_SOURCES:02d}",
                "authority_id": f"src_{i % N_SOURCES:02d}",
                "core_symptoms": core[i],
                "doubt_symptoms": "",
                "onset": schema.ONSETS[i % len(schema.ONSETS)],
                "ages": schema.AGES[i % len(schema.AGES)],
                "onset_source_id": f"src_{i % N_SOURCES:02d}",
                "ages_source_id": f"src_{i % N_SOURCES:02d}",
                "compare_with": ids[(i + 1) % len(ids)] if len(ids) > 1 else "",
                "reviewed": REVIEWED,
            }
        )
    return rows


def _source_rows() -> list[dict[str, str]]:
    return [
        {
            "source_id": f"src_{i:02d}",
            "title": f"Synthetic source {i}",
            "publisher": "Benchmark generator",
            "url": f"https://example.org/source/{i}",
            "identifier": f"doi:10.0000/synthetic.{i}",
            "licence": "CC0",
        }
        for i in range(N_SOURCES)
    ]


def _manifest(spec: Spec) -> dict[str, str]:
    return {
        "title": f"Synthetic benchmark catalogue ({spec.conditions} x {spec.symptoms}), not medical data",
        "version": f"0.0.0-synthetic-{spec.conditions}x{spec.symptoms}x{spec.links}",
        "reviewed": REVIEWED,
        "licence": "CC0",
        "hpo_version": "2025-01-16",
        "notes": f"Generated by bench/synthetic.py with seed {spec.seed}.",
    }


def _write_csv(path: Path, table: schema.Table, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(table.columns)
        for row in rows:
            writer.writerow([row[c] for c in table.columns])


def write_catalog(directory: str | Path, spec: Spec) -> Path:
    """Write a valid catalogue for ``spec`` into ``directory`` (created if needed) and return it."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    sym = symptom_ids(spec.symptoms)
    cond = condition_ids(spec.conditions)
    rows, cols, bands, sources = _link_arrays(spec)
    _write_csv(out / schema.SOURCES_FILE, schema.SOURCES, _source_rows())
    _write_csv(out / schema.SYMPTOMS_FILE, schema.SYMPTOMS, _symptom_rows(spec))
    _write_csv(out / schema.CONDITIONS_FILE, schema.CONDITIONS, _condition_rows(spec))
    with (out / schema.LINKS_FILE).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(schema.LINKS.columns)
        writer.writerows(
            (cond[r], sym[c], schema.FREQUENCIES[b], f"src_{s:02d}", "")
            for r, c, b, s in zip(rows.tolist(), cols.tolist(), bands.tolist(), sources.tolist(), strict=True)
        )
    differences = []
    if spec.conditions > 1:
        differences.append(
            {
                "condition_id": cond[0],
                "versus_id": cond[1],
                "symptom_id": sym[0],
                "note": "An invented point of difference.",
                "source_id": "src_00",
            }
        )
    _write_csv(out / schema.DIFFERENCES_FILE, schema.DIFFERENCES, differences)
    (out / schema.MANIFEST_FILE).write_text(json.dumps(_manifest(spec), indent=2) + "\n", encoding="utf-8")
    return out


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(schema.LIST_SEP) if p.strip())


def build_catalog(spec: Spec) -> Catalog:
    """The catalogue :func:`write_catalog` would write, built in memory without CSV or validation.

    The DataFrames have the same columns, index and cell types as ``load_catalog`` produces (list cells
    as tuples, ``red_flag`` bool, links sorted by condition, band, symptom), so ``rank`` and
    ``search_symptoms`` do the same work on it.
    """
    sym = symptom_ids(spec.symptoms)
    cond = condition_ids(spec.conditions)
    symptoms = pd.DataFrame.from_records(_symptom_rows(spec), columns=list(schema.SYMPTOMS.columns))
    symptoms["synonyms"] = symptoms["synonyms"].map(_split)
    symptoms["red_flag"] = symptoms["red_flag"].map(schema.RED_FLAG_VALUES).astype(bool)
    symptoms = symptoms.set_index("symptom_id", verify_integrity=True)
    conditions = pd.DataFrame.from_records(_condition_rows(spec), columns=list(schema.CONDITIONS.columns))
    lists = ("aliases", "specialists", "orpha", "omim", "icd10", "icd11", "source_ids", "core_symptoms",
             "doubt_symptoms", "onset", "ages", "compare_with")  # fmt: skip
    for column in lists:
        conditions[column] = conditions[column].map(_split)
    conditions = conditions.set_index("condition_id", verify_integrity=True)
    rows, cols, bands, sources = _link_arrays(spec)
    order = np.lexsort((cols, bands, rows))  # condition, then band (most typical first), then symptom
    rows, cols, bands, sources = rows[order], cols[order], bands[order], sources[order]
    links = pd.DataFrame(
        {
            "condition_id": np.asarray(cond, dtype=object)[rows],
            "symptom_id": np.asarray(sym, dtype=object)[cols],
            "frequency": np.asarray(schema.FREQUENCIES, dtype=object)[bands],
            "source_id": np.asarray([f"src_{i:02d}" for i in range(N_SOURCES)], dtype=object)[sources],
            "note": "",
        },
        columns=list(schema.LINKS.columns),
    )
    sources_df = pd.DataFrame.from_records(_source_rows(), columns=list(schema.SOURCES.columns))
    differences = pd.DataFrame(columns=list(schema.DIFFERENCES.columns))
    return Catalog(
        conditions=conditions,
        symptoms=symptoms,
        links=links,
        sources=sources_df.set_index("source_id"),
        differences=differences,
        manifest=MappingProxyType(_manifest(spec)),
    )


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic catalogue directory."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write (created if needed)")
    parser.add_argument("--conditions", type=int, default=1000)
    parser.add_argument("--symptoms", type=int, default=2000)
    parser.add_argument("--links", type=int, default=15, help="links per condition (about)")
    parser.add_argument("--seed", type=int, default=Spec.seed)
    args = parser.parse_args(argv)
    spec = Spec(args.conditions, args.symptoms, args.links, args.seed)
    out = write_catalog(args.out, spec)
    print(f"wrote {spec.conditions} conditions x {spec.symptoms} symptoms (~{spec.links} links each) to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
