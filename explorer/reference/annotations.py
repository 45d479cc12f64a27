"""A small, fast reader for HPO's disease annotations, ``phenotype.hpoa``.

Each row says that a disease (``ORPHA:589``, ``OMIM:254200``, ...) has, or with
the ``NOT`` qualifier does not have, an HPO term, sometimes with a frequency.
Frequencies come as an HPO frequency term (``HP:0040281``), a count ``n/m`` or
a percentage ``x%``; :func:`frequency_band` maps all three to the catalogue's
bands (see :data:`explorer.schema.FREQUENCIES`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from explorer import schema

# HPO frequency term -> catalogue band.
HPO_FREQUENCY_BAND: dict[str, str] = {band.hpo_id: band.name for band in schema.BANDS}

PHENOTYPE_ASPECT = "P"
NOT_QUALIFIER = "NOT"


@dataclass(frozen=True, slots=True)
class Annotation:
    """One row of phenotype.hpoa (only the columns the reference check uses)."""

    database_id: str
    disease_name: str
    hpo_id: str
    negated: bool = False
    frequency: str = ""
    band: str | None = None
    aspect: str = PHENOTYPE_ASPECT
    reference: str = ""


class Annotations:
    """Annotations grouped by disease id, plus the file's version line.

    Rows are kept as raw lines and turned into :class:`Annotation` objects the first time a disease is asked for,
    so that reading the whole file stays fast.
    """

    def __init__(
        self,
        version: str,
        by_disease: Mapping[str, Iterable[Annotation]] | None = None,
        *,
        raw: dict[str, list[str]] | None = None,
        columns: Mapping[str, int] | None = None,
        aspects: Iterable[str] | None = (PHENOTYPE_ASPECT,),
    ) -> None:
        self.version = version
        self._parsed: dict[str, tuple[Annotation, ...]] = {k: tuple(v) for k, v in (by_disease or {}).items()}
        self._raw = raw or {}
        self._columns = dict(columns or {})
        self._aspects = None if aspects is None else frozenset(aspects)

    def __contains__(self, database_id: object) -> bool:
        return bool(self.for_disease(database_id)) if isinstance(database_id, str) else False

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.by_disease.values())

    @property
    def by_disease(self) -> dict[str, tuple[Annotation, ...]]:
        """Every disease's annotations (parses all rows; prefer :meth:`for_disease`)."""
        for database_id in list(self._raw):
            self.for_disease(database_id)
        return {k: v for k, v in self._parsed.items() if v}

    def for_disease(self, database_id: str) -> tuple[Annotation, ...]:
        """The annotations of one disease (empty when it has none)."""
        parsed = self._parsed.get(database_id)
        if parsed is None:
            lines = self._raw.pop(database_id, [])
            parsed = tuple(a for a in (self._row(line) for line in lines) if a is not None)
            self._parsed[database_id] = parsed
        return parsed

    def _row(self, line: str) -> Annotation | None:
        cells = line.rstrip("\r\n").split("\t")
        get = self._columns.get

        def cell(name: str) -> str:
            i = get(name, -1)
            return cells[i].strip() if 0 <= i < len(cells) else ""

        aspect = cell("aspect") or PHENOTYPE_ASPECT
        if self._aspects is not None and aspect not in self._aspects:
            return None
        frequency = cell("frequency")
        return Annotation(
            database_id=cell("database_id"),
            disease_name=cell("disease_name"),
            hpo_id=cell("hpo_id"),
            negated=cell("qualifier") == NOT_QUALIFIER,
            frequency=frequency,
            band=frequency_band(frequency),
            aspect=aspect,
            reference=cell("reference"),
        )


def percent_band(percent: float) -> str | None:
    """HPO's band for a percentage; out-of-range values give None.

    100 obligate, 80–99 very frequent, 30–79 frequent, 5–29 occasional, 1–4 very rare, 0 excluded.
    """
    if percent < 0 or percent > 100:
        return None
    if percent == 100:
        return "obligate"
    if percent >= 80:
        return "very_frequent"
    if percent >= 30:
        return "frequent"
    if percent >= 5:
        return "occasional"
    if percent > 0:
        return "very_rare"
    return "excluded"


@lru_cache(maxsize=4096)
def frequency_band(value: str) -> str | None:
    """The catalogue band for an hpoa frequency cell (HP:00402xx, ``n/m`` or ``x%``); None when empty or unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.startswith("HP:"):
        return HPO_FREQUENCY_BAND.get(value)
    try:
        if value.endswith("%"):
            return percent_band(float(value[:-1]))
        if "/" in value:
            numerator, denominator = value.split("/", 1)
            n, m = int(numerator), int(denominator)
            if m <= 0 or n > m:
                return None
            return percent_band(100.0 * n / m)
    except ValueError:
        return None
    return None


def parse_hpoa_lines(lines: Iterable[str], aspects: Iterable[str] | None = (PHENOTYPE_ASPECT,)) -> Annotations:
    """Read the lines of a phenotype.hpoa file; only rows whose aspect is in ``aspects`` (None = all) are kept."""
    version = ""
    columns: dict[str, int] | None = None
    raw: dict[str, list[str]] = {}
    for line in lines:
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if key.strip() == "version" and not version:
                version = value.strip()
            continue
        if not line.strip():
            continue
        database_id, _, _ = line.partition("\t")
        if columns is None:
            columns = {name.strip(): i for i, name in enumerate(line.rstrip("\r\n").split("\t"))}
            missing = {"database_id", "hpo_id"} - set(columns)
            if missing:
                raise ValueError(f"phenotype.hpoa header lacks {', '.join(sorted(missing))}: {line.strip()!r}")
            continue
        raw.setdefault(database_id, []).append(line)
    return Annotations(version, raw=raw, columns=columns, aspects=aspects)


def parse_hpoa(path: str | os.PathLike[str], aspects: Iterable[str] | None = (PHENOTYPE_ASPECT,)) -> Annotations:
    """Parse a ``phenotype.hpoa`` file (phenotype rows only by default)."""
    with Path(path).open(encoding="utf-8") as handle:
        return parse_hpoa_lines(handle, aspects=aspects)
