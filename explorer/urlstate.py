"""Parse and write the view state carried in the URL (``?symptoms=id1,id2``).

URL text is untrusted: it is split, cleaned and checked against the catalogue; anything
else is dropped and reported, never rendered as HTML and never raised.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from explorer import schema

# A URL value longer than this is not a real selection; read only its start.
MAX_PARAM_CHARS = 4000
MAX_IDS = 200


@dataclass(frozen=True)
class ParsedIds:
    """What a URL parameter carried: the known ids, and what was left out."""

    ids: tuple[str, ...]
    """Known ids, de-duplicated, in the order given."""
    dropped: tuple[str, ...]
    """Well-formed ids the catalogue does not know (safe to show as text)."""
    malformed: bool
    """True if anything else was dropped (bad characters, too long, too many)."""


MAX_DROPPED = 10  # unknown ids shown back to the visitor at most


def _parts(values: Iterable[str]) -> tuple[list[str], bool]:
    """The stripped, non-empty comma-separated parts of every value; True if a value was cut short."""
    parts, cut = [], False
    for value in values:
        if len(value) > MAX_PARAM_CHARS:
            value, cut = value[:MAX_PARAM_CHARS], True
        parts.extend(p.strip() for p in value.split(",") if p.strip())
    return parts, cut


def parse_ids(values: Iterable[str] | str | None, known: Collection[str]) -> ParsedIds:
    """Parse one or more comma-separated URL values (repeated keys are joined)."""
    if values is None:
        values = []
    elif isinstance(values, str):
        values = [values]
    parts, malformed = _parts(values)
    well_formed = [p for p in parts if schema.ID_PATTERN.match(p)]
    malformed = malformed or len(well_formed) < len(parts)
    ids = list(dict.fromkeys(p for p in well_formed if p in known))
    dropped = list(dict.fromkeys(p for p in well_formed if p not in known))
    if len(ids) > MAX_IDS or len(dropped) > MAX_DROPPED:
        ids, dropped, malformed = ids[:MAX_IDS], dropped[:MAX_DROPPED], True
    return ParsedIds(tuple(ids), tuple(dropped), malformed)


def format_ids(ids: Iterable[str]) -> str:
    """Ids as one URL value: comma-separated."""
    return ",".join(ids)
