"""The one place that knows the catalogue's files, columns and allowed values.

Everything else (the loader, the reference checker, the data dictionary test)
reads these constants instead of spelling file or column names itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.messages import N_

# --- files -------------------------------------------------------------------

CONDITIONS_FILE = "conditions.csv"
SYMPTOMS_FILE = "symptoms.csv"
LINKS_FILE = "links.csv"
SOURCES_FILE = "sources.csv"
DIFFERENCES_FILE = "differences.csv"
DROPPED_ANNOTATIONS_FILE = "dropped_annotations.csv"
MANIFEST_FILE = "manifest.json"

# Separator inside a cell that holds a list (synonyms, source ids, ...).
LIST_SEP = ";"


@dataclass(frozen=True)
class Table:
    """A CSV file: its name, its columns in order, which of them may be left empty, its key."""

    file: str
    columns: tuple[str, ...]
    optional: tuple[str, ...]
    key: tuple[str, ...]

    @property
    def required(self) -> tuple[str, ...]:
        """The columns every row must fill."""
        return tuple(c for c in self.columns if c not in self.optional)


CONDITIONS = Table(
    file=CONDITIONS_FILE,
    columns=(
        "condition_id",
        "name",
        "aliases",
        "category",
        "summary",
        "course",
        "affects",
        "treatment",
        "specialists",
        "orpha",
        "omim",
        "icd10",
        "icd11",
        "source_ids",
        "authority_id",
        "core_symptoms",
        "doubt_symptoms",
        "onset",
        "ages",
        "onset_source_id",
        "ages_source_id",
        "compare_with",
        "reviewed",
    ),
    optional=("aliases", "orpha", "omim", "icd10", "icd11", "doubt_symptoms", "compare_with"),
    key=("condition_id",),
)

SYMPTOMS = Table(
    file=SYMPTOMS_FILE,
    columns=(
        "symptom_id",
        "label",
        "clinical_term",
        "hpo_id",
        "group",
        "synonyms",
        "red_flag",
        "red_flag_source",
    ),
    optional=("synonyms", "red_flag_source"),
    key=("symptom_id",),
)

LINKS = Table(
    file=LINKS_FILE,
    columns=("condition_id", "symptom_id", "frequency", "source_id", "note"),
    optional=("note",),
    key=("condition_id", "symptom_id"),
)

SOURCES = Table(
    file=SOURCES_FILE,
    columns=("source_id", "title", "publisher", "url", "identifier", "licence"),
    optional=("url", "identifier", "licence"),
    key=("source_id",),
)

DIFFERENCES = Table(
    file=DIFFERENCES_FILE,
    columns=("condition_id", "versus_id", "symptom_id", "note", "source_id"),
    optional=(),
    key=("condition_id", "versus_id", "symptom_id"),
)

TABLES: tuple[Table, ...] = (CONDITIONS, SYMPTOMS, LINKS, SOURCES, DIFFERENCES)

# Read only by the reference check (the dev-only reference package), never by the app: Orphanet/OMIM
# annotations that the catalogue deliberately does not turn into links, and why.
DROPPED_ANNOTATIONS = Table(
    file=DROPPED_ANNOTATIONS_FILE,
    columns=("condition_id", "hpo_id", "note", "source_id"),
    optional=(),
    key=("condition_id", "hpo_id"),
)

# --- translations of the catalogue -----------------------------------------------------------
# data/i18n/<lang>/: the catalogue's own words in another language, keyed by the same ids. Every
# row of the base table needs its translation; ids, bands, sources and codes are not repeated.
I18N_DIR = "i18n"
TRANSLATION_MANIFEST_KEYS: tuple[str, ...] = (
    "language",
    "name",
    "translated_by",
    "medical_review",
    "clinical_terms",
    "title",
    "licence",
    "notes",
)
"""``title``, ``licence`` and ``notes`` replace the base manifest's in that language; the rest is shown on About."""


def translation_tables(lang: str) -> tuple[Table, Table, Table]:
    """The symptom, condition and difference tables of ``data/i18n/<lang>/`` (file names relative to data/)."""
    folder = f"{I18N_DIR}/{lang}/"
    return (
        Table(
            file=folder + SYMPTOMS_FILE,
            columns=("symptom_id", "label", "clinical_term", "synonyms"),
            optional=(),
            key=("symptom_id",),
        ),
        Table(
            file=folder + CONDITIONS_FILE,
            columns=("condition_id", "name", "aliases", "summary", "course", "affects", "treatment", "specialists"),
            optional=("aliases",),
            key=("condition_id",),
        ),
        Table(
            file=folder + DIFFERENCES_FILE,
            columns=("condition_id", "versus_id", "symptom_id", "note"),
            optional=(),
            key=("condition_id", "versus_id", "symptom_id"),
        ),
    )


MANIFEST_KEYS: tuple[str, ...] = (
    "title",
    "version",
    "reviewed",
    "licence",
    "hpo_version",
    "notes",
)

# --- allowed values -------------------------------------------------------------

# Body-system groups, in the order the picker shows them.
GROUPS: tuple[str, ...] = (
    N_("Vision"),
    N_("Movement and strength"),
    N_("Feeling and sensation"),
    N_("Balance and coordination"),
    N_("Speech and swallowing"),
    N_("Thinking, mood and behaviour"),
    N_("Bladder, bowel and sexual function"),
    N_("Sleep and energy"),
    N_("Pain and headache"),
    N_("Breathing"),
    N_("Whole body"),
)

CATEGORIES: tuple[str, ...] = (
    N_("Demyelinating diseases of the brain and spinal cord"),
    N_("Autoimmune encephalitis"),
    N_("Paraneoplastic and other immune brain syndromes"),
    N_("Immune nerve diseases"),
    N_("Nerve-muscle junction diseases"),
    N_("Immune muscle diseases"),
    N_("Muscle stiffness and overactivity"),
    N_("Inflammatory and vascular diseases"),
    N_("Nervous system in body-wide immune diseases"),
    N_("Immune side effects of cancer medicines"),
    N_("Immune movement and sleep disorders"),
)

# How fast the symptoms usually build to their worst, and whom a condition usually affects
# (conditions.csv ``onset`` and ``ages``; the Explore page asks both). In order.
ONSETS: tuple[str, ...] = ("minutes_hours", "days_weeks", "months_years")
AGES: tuple[str, ...] = ("children", "adults")


@dataclass(frozen=True)
class Band:
    """One frequency band: HPO's term for it, how typical it is, and how the app says it.

    ``weight`` orders results that list the same number of chosen symptoms; it is not a
    probability and is never shown. ``colour`` only repeats what the words say (matrix cells).
    """

    name: str
    hpo_id: str
    weight: int
    words: str
    short: str
    range: str
    colour: str

    @property
    def meter(self) -> str:
        """Five dots, as many filled as the weight: '●●●○○' for "many people" (shape, not colour)."""
        return "●" * self.weight + "○" * (5 - self.weight)

    @property
    def typical(self) -> bool:
        """True for the bands that make a symptom typical of a condition ("many people" or more)."""
        return self.weight >= 3


# HPO's frequency scale (HP:0040279 and children), plus "excluded": a source says the condition
# does not cause this (a negative finding; never counts as listing it). Most to least typical.
# The one table of bands: everything else about a band is derived from it.
BANDS: tuple[Band, ...] = (
    Band("obligate", "HP:0040280", 5, N_("everyone with it"), N_("all"), N_("all (100 in 100)"), "#08306b"),
    Band("very_frequent", "HP:0040281", 4, N_("most people"), N_("most"), N_("80 to 99 in 100"), "#2171b5"),
    Band("frequent", "HP:0040282", 3, N_("many people"), N_("many"), N_("30 to 79 in 100"), "#6baed6"),
    Band("occasional", "HP:0040283", 2, N_("some people"), N_("some"), N_("5 to 29 in 100"), "#c6dbef"),
    Band("very_rare", "HP:0040284", 1, N_("a few people"), N_("few"), N_("1 to 4 in 100"), "#eff3ff"),
    Band("excluded", "HP:0040285", 0, N_("not usually"), N_("no"), N_("0 in 100"), "#d9d9d9"),
)
BAND: dict[str, Band] = {band.name: band for band in BANDS}
FREQUENCIES: tuple[str, ...] = tuple(band.name for band in BANDS)
BAND_BY_WEIGHT: dict[int, Band] = {band.weight: band for band in BANDS}

RED_FLAG_VALUES: dict[str, bool] = {"yes": True, "no": False}

# A condition's core symptoms (what its named authority calls core, required or typical) must be
# linked at least this typically; symptoms that its authority says cast doubt on it, at most this.
CORE_MIN_BAND = "frequent"
DOUBT_MAX_BAND = "very_rare"
# An authority (criteria or a major review) is cited by DOI or PMID.
AUTHORITY_IDENTIFIER = re.compile(r"\b(doi:10\.|PMID:\d)")

# --- formats -------------------------------------------------------------------

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
HPO_PATTERN = re.compile(r"^HP:\d{7}$")
ORPHA_PATTERN = re.compile(r"^ORPHA:\d+$")
OMIM_PATTERN = re.compile(r"^OMIM:\d{6}$")
ICD10_PATTERN = re.compile(r"^[A-Z]\d{2}(\.\d{1,2})?$")
ICD11_PATTERN = re.compile(r"^[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?(/[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?)?$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL_PATTERN = re.compile(r"^https://[^\s<>\"']+$")
