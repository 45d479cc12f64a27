"""Load and validate the curated catalogue in ``data/`` into an immutable :class:`~explorer.model.Catalog`.

Loading is strict: the first problem found raises :class:`~explorer.model.CatalogError`
with the file, the line, the column and what to do about it. A catalogue that loads is
internally consistent (unique ids, every link points at a known condition, symptom and
source, frequencies from the fixed list, well-formed codes).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from explorer import schema, settings
from explorer.model import Catalog, CatalogError
from explorer.reading import (
    Row,
    check_distinct,
    check_member,
    check_pattern,
    check_refs,
    check_unique,
    read_manifest,
    read_rows,
    split,
)
from explorer.translations import load_translations

BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data"

__all__ = ["BUNDLED_DATA", "Catalog", "CatalogError", "load_catalog"]


# --- each table ---------------------------------------------------------------------------


def _validate_sources(rows: list[Row]) -> None:
    t = schema.SOURCES
    check_unique(t, rows)
    for row in rows:
        check_pattern(t, row, "source_id", schema.ID_PATTERN, "id")
        check_pattern(t, row, "url", schema.URL_PATTERN, "https URL")
        if not row["url"] and not row["identifier"]:
            raise CatalogError(
                t.file,
                "the source has neither a URL nor an identifier",
                "add a URL, or an identifier such as a DOI, PMID or ORPHA code",
                line=row["_line"],
                column="url",
            )


def _check_red_flag_source(row: Row, source_ids: set[str]) -> None:
    """A red flag cites the public emergency advice it follows; a symptom that is not one cites none."""
    t = schema.SYMPTOMS
    if row["red_flag"] == "yes" and not row["red_flag_source"]:
        raise CatalogError(
            t.file,
            "a red-flag symptom needs the emergency-advice source it follows",
            "add the sources.csv id of an agency page (NHS, NINDS, MedlinePlus) that says to get help for it",
            line=row["_line"],
            column="red_flag_source",
        )
    if row["red_flag"] == "no" and row["red_flag_source"]:
        raise CatalogError(
            t.file, "only red-flag symptoms cite emergency advice", "empty this cell, or set red_flag to yes",
            line=row["_line"], column="red_flag_source",
        )  # fmt: skip
    if row["red_flag_source"]:
        check_refs(t, row, "red_flag_source", source_ids, schema.SOURCES_FILE)


def _validate_symptoms(rows: list[Row], source_ids: set[str]) -> None:
    t = schema.SYMPTOMS
    check_unique(t, rows)
    for row in rows:
        check_pattern(t, row, "symptom_id", schema.ID_PATTERN, "id")
        check_pattern(t, row, "hpo_id", schema.HPO_PATTERN, "HPO id")
        check_member(t, row, "group", schema.GROUPS, "use one of the body-system groups")
        check_member(t, row, "red_flag", tuple(schema.RED_FLAG_VALUES), "write")
        _check_red_flag_source(row, source_ids)
    check_distinct(t, rows, "label", "label")  # the picker's pills report a choice by its label
    check_distinct(t, rows, "hpo_id", "HPO id")


def _check_authority(row: Row, sources: dict[str, Row]) -> None:
    """The condition names its authority: a source cited by DOI or PMID (its criteria or a major review)."""
    t = schema.CONDITIONS
    check_refs(t, row, "authority_id", sources, schema.SOURCES_FILE)
    if not schema.AUTHORITY_IDENTIFIER.search(sources[row["authority_id"]]["identifier"]):
        raise CatalogError(
            t.file,
            f"the authority {row['authority_id']!r} has no DOI or PMID",
            "name the condition's diagnostic criteria or a current major review, with 'doi:...' or 'PMID:...' "
            "in its sources.csv identifier",
            line=row["_line"],
            column="authority_id",
        )


def _validate_conditions(rows: list[Row], sources: dict[str, Row], symptom_ids: set[str]) -> None:
    t = schema.CONDITIONS
    check_unique(t, rows)
    ids = {r["condition_id"] for r in rows}
    source_ids = set(sources)
    for row in rows:
        _check_authority(row, sources)
        check_member(t, row, "onset", schema.ONSETS, "use one or more of", many=True)
        check_member(t, row, "ages", schema.AGES, "use one or both of", many=True)
        check_refs(t, row, "onset_source_id", source_ids, schema.SOURCES_FILE)
        check_refs(t, row, "ages_source_id", source_ids, schema.SOURCES_FILE)
        check_refs(t, row, "core_symptoms", symptom_ids, schema.SYMPTOMS_FILE, many=True)
        check_refs(t, row, "doubt_symptoms", symptom_ids, schema.SYMPTOMS_FILE, many=True)
        check_pattern(t, row, "condition_id", schema.ID_PATTERN, "id")
        check_member(t, row, "category", schema.CATEGORIES, "use one of the categories")
        check_pattern(t, row, "orpha", schema.ORPHA_PATTERN, "ORPHA code", many=True)
        check_pattern(t, row, "omim", schema.OMIM_PATTERN, "OMIM code", many=True)
        check_pattern(t, row, "icd10", schema.ICD10_PATTERN, "ICD-10 code", many=True)
        check_pattern(t, row, "icd11", schema.ICD11_PATTERN, "ICD-11 code", many=True)
        check_pattern(t, row, "reviewed", schema.DATE_PATTERN, "date")
        check_refs(t, row, "source_ids", source_ids, schema.SOURCES_FILE, many=True)
        check_refs(t, row, "compare_with", ids, schema.CONDITIONS_FILE, many=True)


def _validate_links(rows: list[Row], condition_ids: set[str], symptom_ids: set[str], source_ids: set[str]) -> None:
    t = schema.LINKS
    check_unique(t, rows)
    for row in rows:
        check_refs(t, row, "condition_id", condition_ids, schema.CONDITIONS_FILE)
        check_refs(t, row, "symptom_id", symptom_ids, schema.SYMPTOMS_FILE)
        check_member(t, row, "frequency", schema.FREQUENCIES, "use one of the frequency bands")
        check_refs(t, row, "source_id", source_ids, schema.SOURCES_FILE)


def _check_core_and_doubt(conditions: list[Row], links: list[Row]) -> None:
    """Every core symptom is linked at least 'frequent'; no symptom that casts doubt is linked above 'very rare'."""
    band = {(r["condition_id"], r["symptom_id"]): r["frequency"] for r in links}
    core_min, doubt_max = schema.BAND[schema.CORE_MIN_BAND].weight, schema.BAND[schema.DOUBT_MAX_BAND].weight
    for row in conditions:
        for sid in split(row["core_symptoms"]):
            listed = band.get((row["condition_id"], sid))
            if listed is None or schema.BAND[listed].weight < core_min:
                raise CatalogError(
                    schema.CONDITIONS_FILE,
                    f"{sid!r} is a core symptom of its authority, but links.csv "
                    + (f"lists it as {listed!r}" if listed else "does not list it"),
                    f"link it at '{schema.CORE_MIN_BAND}' or above (as the authority says), or take it out of "
                    "core_symptoms",
                    line=row["_line"],
                    column="core_symptoms",
                )
        for sid in split(row["doubt_symptoms"]):
            listed = band.get((row["condition_id"], sid))
            if listed is not None and schema.BAND[listed].weight > doubt_max:
                raise CatalogError(
                    schema.CONDITIONS_FILE,
                    f"its authority says {sid!r} casts doubt on it, but links.csv lists it as {listed!r}",
                    f"link it at '{schema.DOUBT_MAX_BAND}' or 'excluded', or take it out of doubt_symptoms",
                    line=row["_line"],
                    column="doubt_symptoms",
                )


def _validate_differences(
    rows: list[Row], condition_ids: set[str], symptom_ids: set[str], source_ids: set[str]
) -> None:
    t = schema.DIFFERENCES
    check_unique(t, rows)
    for row in rows:
        check_refs(t, row, "condition_id", condition_ids, schema.CONDITIONS_FILE)
        check_refs(t, row, "versus_id", condition_ids, schema.CONDITIONS_FILE)
        check_refs(t, row, "symptom_id", symptom_ids, schema.SYMPTOMS_FILE)
        check_refs(t, row, "source_id", source_ids, schema.SOURCES_FILE)


# --- building the frames -------------------------------------------------------------------


def _frame(table: schema.Table, rows: list[Row], list_columns: tuple[str, ...] = (), index: bool = True):
    records = [{c: row[c] for c in table.columns} for row in rows]
    frame = pd.DataFrame.from_records(records, columns=list(table.columns))
    for column in list_columns:
        frame[column] = frame[column].map(split)
    if index:
        frame = frame.set_index(table.key[0])  # uniqueness already checked, with a better message
    return frame


def _links_frame(rows: list[Row]) -> pd.DataFrame:
    """Links sorted by condition, then band (most typical first), then symptom."""
    links = _frame(schema.LINKS, rows, index=False)
    links["frequency"] = pd.Categorical(links["frequency"], categories=schema.FREQUENCIES, ordered=True)
    links = links.sort_values(["condition_id", "frequency", "symptom_id"], ignore_index=True)
    links["frequency"] = links["frequency"].astype(str)
    return links


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Load, validate and return the catalogue in ``path``.

    Without a path: the folder the deployment settings name (``EXPLORER_DATA_DIR``), else the
    bundled ``data/``.

    Raises:
        CatalogError: naming the file, line, column and fix for the first problem found.
    """
    directory = Path(path or settings.from_env().data_dir or BUNDLED_DATA)
    if not directory.is_dir():
        raise CatalogError(
            str(directory), "the data folder does not exist", "create it, or point EXPLORER_DATA_DIR at a catalogue"
        )
    manifest = read_manifest(directory)
    sources = read_rows(directory, schema.SOURCES)
    _validate_sources(sources)
    source_ids = {r["source_id"] for r in sources}
    symptoms = read_rows(directory, schema.SYMPTOMS)
    _validate_symptoms(symptoms, source_ids)
    symptom_ids = {r["symptom_id"] for r in symptoms}
    conditions = read_rows(directory, schema.CONDITIONS)
    _validate_conditions(conditions, {r["source_id"]: r for r in sources}, symptom_ids)
    condition_ids = {r["condition_id"] for r in conditions}
    links = read_rows(directory, schema.LINKS)
    _validate_links(links, condition_ids, symptom_ids, source_ids)
    _check_core_and_doubt(conditions, links)
    differences = read_rows(directory, schema.DIFFERENCES)
    _validate_differences(differences, condition_ids, symptom_ids, source_ids)

    symptoms_df = _frame(schema.SYMPTOMS, symptoms, list_columns=("synonyms",))
    symptoms_df["red_flag"] = symptoms_df["red_flag"].map(schema.RED_FLAG_VALUES).astype(bool)
    condition_lists = (
        "aliases", "specialists", "orpha", "omim", "icd10", "icd11", "source_ids", "core_symptoms", "doubt_symptoms",
        "onset", "ages", "compare_with",
    )  # fmt: skip
    conditions_df = _frame(schema.CONDITIONS, conditions, list_columns=condition_lists)
    differences_df = _frame(schema.DIFFERENCES, differences, index=False)
    return Catalog(
        conditions=conditions_df,
        symptoms=symptoms_df,
        links=_links_frame(links),
        sources=_frame(schema.SOURCES, sources),
        differences=differences_df,
        manifest=manifest,
        translations=load_translations(directory, symptoms_df, conditions_df, differences_df),
    )
