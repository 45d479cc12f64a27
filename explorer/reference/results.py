"""What the reference check finds, as plain records (see :mod:`explorer.reference.check`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer import schema
from explorer.reference.decisions import DroppedAnnotation

FREQUENT_BANDS: tuple[str, ...] = tuple(band.name for band in schema.BANDS if band.typical)


@dataclass(frozen=True)
class HpoProblem:
    """A symptom whose HPO id is unknown, an alternative id, obsolete, or whose clinical term is not an HPO name."""

    symptom_id: str
    hpo_id: str
    clinical_term: str
    kind: str  # unknown | alt_id | obsolete | term_mismatch
    detail: str


@dataclass(frozen=True)
class LinkCheck:
    """One link against the exact annotations of its symptom's term."""

    symptom_id: str
    frequency: str
    source_id: str
    note: str
    annotation_band: str | None = None
    """The annotations' band ('excluded' for a NOT annotation; None when unannotated or without a frequency)."""
    band_from: tuple[str, ...] = ()
    """The databases (ORPHA:..., OMIM:...) that give ``annotation_band``."""
    cites_annotation: bool = False
    """True when the link's source is the annotations themselves (the condition's Orphanet/OMIM entry)."""

    @property
    def explained(self) -> bool:
        """An override is explained when it has a note and cites another source than the annotations."""
        return bool(self.note.strip()) and not self.cites_annotation


@dataclass(frozen=True)
class AnnotationRow:
    """An exact annotation that the condition does not link."""

    hpo_id: str
    hpo_name: str
    band: str | None
    symptom_id: str
    database_ids: tuple[str, ...]


@dataclass(frozen=True)
class ConditionCheck:
    """The comparison for one condition with annotations."""

    condition_id: str
    name: str
    database_ids: tuple[str, ...]
    agrees: tuple[LinkCheck, ...] = ()
    overrides: tuple[LinkCheck, ...] = ()
    contradictions: tuple[LinkCheck, ...] = ()
    own_source: tuple[LinkCheck, ...] = ()
    dropped: tuple[DroppedAnnotation, ...] = ()
    missed: tuple[AnnotationRow, ...] = ()
    not_linked: tuple[AnnotationRow, ...] = ()

    @property
    def decided(self) -> int:
        """Exact frequent-or-above annotations the catalogue links or drops with a note."""
        frequent = [c for c in (*self.agrees, *self.overrides) if c.annotation_band in FREQUENT_BANDS]
        return len(frequent) + sum(1 for d in self.dropped if d.band in FREQUENT_BANDS)

    @property
    def frequent_total(self) -> int:
        """Exact frequent-or-above annotations some symptom expresses."""
        return self.decided + len(self.missed)


@dataclass(frozen=True)
class ReferenceResult:
    """Everything :func:`check_catalog` found."""

    catalog_version: str
    catalog_hpo_version: str
    hpo_version: str
    annotations_version: str
    n_symptoms: int
    n_conditions: int
    n_links: int
    hpo_problems: tuple[HpoProblem, ...]
    per_condition: dict[str, ConditionCheck]
    uncovered: tuple[tuple[str, str], ...]  # (condition_id, why) for conditions without annotations
    hard_failures: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())

    def total(self, name: str) -> int:
        """The number of items of one kind (``"overrides"``, ``"dropped"``, ...) over all conditions."""
        return sum(len(getattr(c, name)) for c in self.per_condition.values())

    @property
    def ok(self) -> bool:
        """True when there is no hard failure."""
        return not self.hard_failures
