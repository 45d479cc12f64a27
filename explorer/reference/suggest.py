"""Candidate ``links.csv`` rows from the exact HPO annotations (``python -m explorer.reference --suggest``)."""

from __future__ import annotations

import pandas as pd

from explorer import schema
from explorer.model import Catalog
from explorer.reference.annotations import Annotation
from explorer.reference.check import (
    ORPHA_PREFIX,
    Reference,
    annotated_band,
    codes_of,
    condition_annotations,
    exact_annotations,
    orphanet_source_id,
    symptom_terms,
)

SUGGESTION_COLUMNS: tuple[str, ...] = schema.LINKS.columns


def _suggestion(condition_id: str, symptom_id: str, annotations: list[Annotation], orphanet: str, onto) -> dict:
    positive = [a for a in annotations if not a.negated]
    band = (annotated_band(positive)[0] or "") if positive else "excluded"
    notes = sorted(
        {f"{a.hpo_id} {onto.name(a.hpo_id)} ({a.database_id}: {'NOT' if a.negated else a.band or 'no frequency'})"
         for a in annotations}
    )  # fmt: skip
    from_orphanet = any(a.database_id.startswith(ORPHA_PREFIX) for a in positive or annotations)
    return {
        "condition_id": condition_id,
        "symptom_id": symptom_id,
        "frequency": band,
        "source_id": orphanet if from_orphanet else "",
        "note": "HPO annotation: " + "; ".join(notes),
    }


def suggest_links(cat: Catalog, ref: Reference) -> pd.DataFrame:
    """Candidate links.csv rows from the exact annotations of every annotated condition.

    Each symptom whose term is exactly an annotated term is suggested with the annotations' band ('' when none
    has a frequency), or ``excluded`` for a NOT annotation without a positive one. ``source_id`` is the
    condition's Orphanet source when an ORPHA annotation supports the row, else ''. A curator still decides
    each row against the condition's named authority.
    """
    terms = symptom_terms(cat, ref.ontology)
    records = []
    for condition_id in cat.conditions.index:
        database_ids = [c for c in codes_of(cat.conditions.loc[condition_id]) if c in ref.annotations]
        orphanet = orphanet_source_id(cat, str(condition_id))
        exact = exact_annotations(condition_annotations(ref, database_ids), terms)
        rows = [
            _suggestion(str(condition_id), symptom_id, rows, orphanet, ref.ontology)
            for symptom_id, rows in exact.items()
        ]
        rows.sort(key=lambda r: (-(schema.BAND[r["frequency"]].weight if r["frequency"] else -1), r["symptom_id"]))
        records.extend(rows)
    return pd.DataFrame.from_records(records, columns=list(SUGGESTION_COLUMNS))
