"""The catalogue as data: :class:`Catalog` (what the loader read, nothing else) and its record types.

A Catalog is immutable and holds only the tables and the manifest. Every look-up built
from it for speed lives in :class:`explorer.index.Index`, prepared once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import pandas as pd


class CatalogError(ValueError):
    """The catalogue on disk is missing, malformed or inconsistent.

    The message names the file, the line (header = line 1), the column and the fix.
    """

    def __init__(
        self,
        file: str,
        problem: str,
        fix: str,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        self.fix = fix
        where = file
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {problem}. Fix: {fix}")


@dataclass(frozen=True)
class LinkedSymptom:
    """A symptom as a condition's sources list it (one row of ``links``)."""

    symptom_id: str
    frequency: str
    source_id: str
    note: str


@dataclass(frozen=True)
class Difference:
    """A sourced point of difference between two conditions (one row of ``differences``)."""

    condition_id: str
    versus_id: str
    symptom_id: str
    note: str
    source_id: str


@dataclass(frozen=True, eq=False)
class Translation:
    """The catalogue's own words in one more language (``data/i18n/<lang>/``), keyed by the same ids.

    Attributes:
        language: the language code, e.g. ``es``.
        manifest: who translated it, whether a medical translator has reviewed it, where the
            clinical terms come from.
        symptoms: indexed by ``symptom_id``: label, clinical_term, synonyms (a tuple).
        conditions: indexed by ``condition_id``: name, aliases and specialists (tuples), summary,
            course, affects, treatment.
        differences: condition_id, versus_id, symptom_id, note.
    """

    language: str
    manifest: Mapping[str, str]
    symptoms: pd.DataFrame
    conditions: pd.DataFrame
    differences: pd.DataFrame


@dataclass(frozen=True, eq=False)  # identity equality: cheap and hashable
class Catalog:
    """The whole catalogue, read-only. Build it with :func:`explorer.load_catalog`.

    Attributes:
        conditions: indexed by ``condition_id``; list cells are tuples.
        symptoms: indexed by ``symptom_id``; ``red_flag`` is bool, list cells are tuples.
        links: one row per condition–symptom link (condition_id, symptom_id, frequency,
            source_id, note), sorted by condition, then band (most typical first), then symptom.
        sources: indexed by ``source_id``.
        differences: sourced points of difference between two conditions.
        manifest: data version, review date, licence notes.
        translations: the catalogue's words in other languages (data/i18n/<lang>/), by language code.
    """

    conditions: pd.DataFrame
    symptoms: pd.DataFrame
    links: pd.DataFrame
    sources: pd.DataFrame
    differences: pd.DataFrame
    manifest: Mapping[str, str]
    translations: Mapping[str, Translation] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def version(self) -> str:
        """The data version from the manifest, e.g. '2026.12.0'."""
        return self.manifest["version"]

    def matrix(self) -> pd.DataFrame:
        """Symptoms × conditions of frequency bands ('' where a condition does not list it).

        Built on each call (a pivot of ``links``); the prepared :class:`~explorer.index.Index`
        keeps one for the pages.
        """
        wide = self.links.pivot(index="symptom_id", columns="condition_id", values="frequency")
        wide = wide.reindex(index=self.symptoms.index, columns=self.conditions.index)
        return wide.astype(object).fillna("").rename_axis(index="symptom_id", columns="condition_id")
