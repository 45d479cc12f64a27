"""The one place that knows the catalogue's files, columns and allowed values.

Everything else (the loader, the reference checker, the data dictionary test)
reads these constants instead of spelling file or column names itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- files -------------------------------------------------------------------

CONDITIONS_FILE = "conditions.csv"
SYMPTOMS_FILE = "symptoms.csv"
LINKS_FILE = "links.csv"
SOURCES_FILE = "sources.csv"
DIFFERENCES_FILE = "differences.csv"
MANIFEST_FILE = "manifest.json"

# Separator inside a cell that holds a list (synonyms, source ids, ...).
LIST_SEP = ";"


@dataclass(frozen=True)
class Table:
    """A CSV file: its name, its columns in order, which of them must be filled."""

    file: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...]


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
        "compare_with",
        "reviewed",
    ),
    required=(
        "condition_id",
        "name",
        "category",
        "summary",
        "course",
        "affects",
        "treatment",
        "specialists",
        "source_ids",
        "reviewed",
    ),
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
    ),
    required=("symptom_id", "label", "clinical_term", "hpo_id", "group", "red_flag"),
    key=("symptom_id",),
)

LINKS = Table(
    file=LINKS_FILE,
    columns=("condition_id", "symptom_id", "frequency", "source_id", "note"),
    required=("condition_id", "symptom_id", "frequency", "source_id"),
    key=("condition_id", "symptom_id"),
)

SOURCES = Table(
    file=SOURCES_FILE,
    columns=("source_id", "title", "publisher", "url", "identifier", "licence"),
    required=("source_id", "title", "publisher"),
    key=("source_id",),
)

DIFFERENCES = Table(
    file=DIFFERENCES_FILE,
    columns=("condition_id", "versus_id", "symptom_id", "note", "source_id"),
    required=("condition_id", "versus_id", "symptom_id", "note", "source_id"),
    key=("condition_id", "versus_id", "symptom_id"),
)

TABLES: tuple[Table, ...] = (CONDITIONS, SYMPTOMS, LINKS, SOURCES, DIFFERENCES)

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
    "Vision",
    "Movement and strength",
    "Feeling and sensation",
    "Balance and coordination",
    "Speech and swallowing",
    "Thinking, mood and behaviour",
    "Bladder, bowel and sexual function",
    "Sleep and energy",
    "Pain and headache",
    "Breathing",
    "Whole body",
)

CATEGORIES: tuple[str, ...] = (
    "Demyelinating diseases of the brain and spinal cord",
    "Autoimmune encephalitis",
    "Paraneoplastic and other immune brain syndromes",
    "Immune nerve diseases",
    "Nerve-muscle junction diseases",
    "Muscle stiffness and overactivity",
    "Inflammatory and vascular diseases",
    "Immune movement and sleep disorders",
)

# HPO's frequency scale (HP:0040279 and children), plus "excluded": a source says
# the condition does not cause this. Order = most to least typical.
FREQUENCIES: tuple[str, ...] = (
    "obligate",
    "very_frequent",
    "frequent",
    "occasional",
    "very_rare",
    "excluded",
)

FREQUENCY_HPO: dict[str, str] = {
    "obligate": "HP:0040280",
    "very_frequent": "HP:0040281",
    "frequent": "HP:0040282",
    "occasional": "HP:0040283",
    "very_rare": "HP:0040284",
    "excluded": "HP:0040285",
}

# How typical a band is, used only to order results that list the same number
# of chosen symptoms. Not a probability and never shown.
FREQUENCY_WEIGHT: dict[str, int] = {
    "obligate": 5,
    "very_frequent": 4,
    "frequent": 3,
    "occasional": 2,
    "very_rare": 1,
    "excluded": 0,
}

RED_FLAG_VALUES: dict[str, bool] = {"yes": True, "no": False}

# --- formats -------------------------------------------------------------------

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
HPO_PATTERN = re.compile(r"^HP:\d{7}$")
ORPHA_PATTERN = re.compile(r"^ORPHA:\d+$")
OMIM_PATTERN = re.compile(r"^OMIM:\d{6}$")
ICD10_PATTERN = re.compile(r"^[A-Z]\d{2}(\.\d{1,2})?$")
ICD11_PATTERN = re.compile(r"^[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?(/[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?)?$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL_PATTERN = re.compile(r"^https://[^\s<>\"']+$")
