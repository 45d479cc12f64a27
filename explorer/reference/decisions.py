"""``dropped_annotations.csv``: the annotations a curator decided not to turn into links, and why.

Read only by the reference check. Each row names the condition, the annotated HPO term, a
note saying why (the condition's authority contradicts it, it is not this lay symptom, ...)
and the source that supports the decision. Rows are checked like the catalogue's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer import schema
from explorer.model import Catalog
from explorer.reading import check_pattern, check_refs, check_unique, read_rows


@dataclass(frozen=True)
class DroppedAnnotation:
    """One row of dropped_annotations.csv; the check fills in what the annotation says."""

    condition_id: str
    hpo_id: str
    note: str
    source_id: str
    hpo_name: str = ""
    band: str | None = None
    annotated: bool = True
    """False when the condition has no such annotation (a stale decision)."""


def load_dropped(directory: str | Path, cat: Catalog) -> tuple[DroppedAnnotation, ...]:
    """The decisions in ``directory`` (none when the file is absent), checked against ``cat``."""
    t = schema.DROPPED_ANNOTATIONS
    if not (Path(directory) / t.file).is_file():
        return ()
    rows = read_rows(Path(directory), t)
    check_unique(t, rows)
    for row in rows:
        check_refs(t, row, "condition_id", cat.conditions.index, schema.CONDITIONS_FILE)
        check_pattern(t, row, "hpo_id", schema.HPO_PATTERN, "HPO id")
        check_refs(t, row, "source_id", cat.sources.index, schema.SOURCES_FILE)
    return tuple(DroppedAnnotation(r["condition_id"], r["hpo_id"], r["note"], r["source_id"]) for r in rows)
