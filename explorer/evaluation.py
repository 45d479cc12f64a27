"""How well the explorer does on its own checks: criteria vignettes and lay phrasings.

``python -m explorer.evaluation`` (``make evaluate``) measures the bundled catalogue and writes
``data/evaluation.json``, which the About page shows; a test fails when the file is not current.

- **Criteria vignettes** (``tests/data/criteria_vignettes.csv``): for every condition, the core
  features its diagnostic criteria or authority name, written as a selection of symptoms, with how
  it started and the person's age (the two questions the Explore page asks). The figure is how
  often the condition comes first, and in the top three, of the ranked list; the top-three count
  is also given for the symptoms alone, without the two answers.
- **Lay phrasings** (``tests/data/lay_phrasings.csv``, and a holdout written separately and never
  tuned on): how often the search box finds the intended symptom first; the same in Spanish
  (``lay_phrasings_es.csv`` and ``lay_descriptions_holdout_es.csv``, searched in the Spanish catalogue).

These measure agreement with the catalogue's own sources; they are not a measure of diagnostic
accuracy, and nothing here says how likely any condition is.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from explorer import matching, search
from explorer.catalog import BUNDLED_DATA, load_catalog
from explorer.index import Index, as_index, prepare
from explorer.model import Catalog

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = ROOT / "tests" / "data"
VIGNETTES = TEST_DATA / "criteria_vignettes.csv"
PHRASINGS = TEST_DATA / "lay_phrasings.csv"
HOLDOUT = TEST_DATA / "lay_descriptions_holdout.csv"
PHRASINGS_ES = TEST_DATA / "lay_phrasings_es.csv"
HOLDOUT_ES = TEST_DATA / "lay_descriptions_holdout_es.csv"
RESULT_FILE = "evaluation.json"


@dataclass(frozen=True)
class Vignette:
    """A condition's core features (from its criteria) as a selection of symptoms."""

    condition_id: str
    symptom_ids: tuple[str, ...]
    basis: str
    onset: str | None = None
    """How it started in this vignette (a schema.ONSETS value), as a visitor would answer."""
    age: str | None = None
    """Whom it is about (a schema.AGES value)."""


@dataclass(frozen=True)
class Figures:
    """The figures the About page shows."""

    catalogue_version: str
    measured_on: str
    conditions: int
    vignettes: int
    vignettes_top1: int
    vignettes_top3: int
    conditions_top3: int
    """Conditions all of whose vignettes rank them in the top three."""
    vignettes_top3_symptoms_only: int
    """Vignettes in the top three when only their symptoms are given (no onset, no age)."""
    phrasings: int
    phrasings_first: int
    holdout: int
    holdout_first: int
    phrasings_es: int = 0
    phrasings_es_first: int = 0
    holdout_es: int = 0
    holdout_es_first: int = 0


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_vignettes(path: Path = VIGNETTES) -> list[Vignette]:
    """The criteria vignettes, one row each (symptom ids separated by ';')."""
    return [
        Vignette(
            r["condition_id"],
            tuple(s for s in r["symptom_ids"].split(";") if s),
            r.get("basis", ""),
            r.get("onset") or None,
            r.get("age") or None,
        )
        for r in _rows(path)
    ]


def read_phrasings(path: Path) -> list[tuple[str, str]]:
    """(phrase, symptom_id) pairs."""
    return [(r["phrase"], r["symptom_id"]) for r in _rows(path)]


def vignette_rank(ix: Index, vignette: Vignette, facets: bool = True) -> int | None:
    """The condition's place (1 = first) when its vignette is chosen; None when it is not listed at all.

    With ``facets`` (the default) the vignette's onset and age are given too, as a visitor answers them.
    """
    onset, age = (vignette.onset, vignette.age) if facets else (None, None)
    ranked = matching.rank(ix, vignette.symptom_ids, onset=onset, age=age)["condition_id"].tolist()
    return ranked.index(vignette.condition_id) + 1 if vignette.condition_id in ranked else None


def found_first(ix: Index, phrasings: Sequence[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """The phrasings whose intended symptom is not found first: (phrase, intended, what was found)."""
    misses = []
    for phrase, symptom_id in phrasings:
        got = search.search_symptoms(ix, phrase, limit=3)
        if got[:1] != [symptom_id]:
            misses.append((phrase, symptom_id, got))
    return misses


def measure(
    data: Index | Catalog,
    vignettes: Sequence[Vignette],
    phrasings: Sequence[tuple[str, str]],
    holdout: Sequence[tuple[str, str]],
    today: str | None = None,
    spanish: tuple[Index, Sequence[tuple[str, str]], Sequence[tuple[str, str]]] | None = None,
) -> Figures:
    """Run every check on ``data`` (and the Spanish phrasings on ``spanish``: its index and two tables)."""
    ix = as_index(data)
    places = [(v.condition_id, vignette_rank(ix, v)) for v in vignettes]
    in_top3 = {cid: True for cid, _ in places}
    for cid, place in places:
        in_top3[cid] = in_top3[cid] and place is not None and place <= 3
    return Figures(
        catalogue_version=ix.version,
        measured_on=today or date.today().isoformat(),
        conditions=len(ix.condition_ids),
        vignettes=len(places),
        vignettes_top1=sum(1 for _, p in places if p == 1),
        vignettes_top3=sum(1 for _, p in places if p is not None and p <= 3),
        conditions_top3=sum(in_top3.values()),
        vignettes_top3_symptoms_only=sum(1 for v in vignettes if (vignette_rank(ix, v, facets=False) or 99) <= 3),
        phrasings=len(phrasings),
        phrasings_first=len(phrasings) - len(found_first(ix, phrasings)),
        holdout=len(holdout),
        holdout_first=len(holdout) - len(found_first(ix, holdout)),
        **(_spanish(*spanish) if spanish else {}),
    )


def _spanish(ix: Index, phrasings: Sequence[tuple[str, str]], holdout: Sequence[tuple[str, str]]) -> dict[str, int]:
    return {
        "phrasings_es": len(phrasings),
        "phrasings_es_first": len(phrasings) - len(found_first(ix, phrasings)),
        "holdout_es": len(holdout),
        "holdout_es_first": len(holdout) - len(found_first(ix, holdout)),
    }


def measure_bundled(today: str | None = None) -> Figures:
    """:func:`measure` on the bundled catalogue and the test tables."""
    cat = load_catalog(BUNDLED_DATA)
    spanish = (
        (prepare(cat, "es"), read_phrasings(PHRASINGS_ES), read_phrasings(HOLDOUT_ES))
        if "es" in cat.translations
        else None
    )
    return measure(prepare(cat), read_vignettes(), read_phrasings(PHRASINGS), read_phrasings(HOLDOUT), today, spanish)


def read_figures(directory: Path = BUNDLED_DATA) -> Figures | None:
    """The figures last written for the catalogue in ``directory`` (None when there are none)."""
    path = directory / RESULT_FILE
    if not path.is_file():
        return None
    return Figures(**json.loads(path.read_text(encoding="utf-8")))


def write_figures(figures: Figures, directory: Path = BUNDLED_DATA) -> Path:
    """Write ``evaluation.json`` (sorted keys, LF line ends) and return its path."""
    path = directory / RESULT_FILE
    path.write_text(json.dumps(asdict(figures), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m explorer.evaluation``: measure the bundled catalogue and write data/evaluation.json."""
    parser = argparse.ArgumentParser(prog="python -m explorer.evaluation", description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    figures = measure_bundled()
    path = write_figures(figures)
    print(json.dumps(asdict(figures), indent=2))
    print(f"Written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
