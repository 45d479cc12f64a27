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
    ids: tuple[str, ...]
    """Known ids, de-duplicated, in the order given."""
    dropped: tuple[str, ...]
    """Well-formed ids the catalogue does not know (safe to show as text)."""
    malformed: bool
    """True if anything else was dropped (bad characters, too long, too many)."""


def parse_ids(values: Iterable[str] | str | None, known: Collection[str]) -> ParsedIds:
    """Parse one or more comma-separated URL values (repeated keys are joined)."""
    if values is None:
        values = []
    elif isinstance(values, str):
        values = [values]
    ids: list[str] = []
    dropped: list[str] = []
    malformed = False
    for value in values:
        if len(value) > MAX_PARAM_CHARS:
            value, malformed = value[:MAX_PARAM_CHARS], True
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not schema.ID_PATTERN.match(part):
                malformed = True
            elif part in known:
                if part not in ids:
                    ids.append(part)
            elif part not in dropped:
                dropped.append(part)
    if len(ids) > MAX_IDS:
        ids, malformed = ids[:MAX_IDS], True
    if len(dropped) > 10:
        dropped, malformed = dropped[:10], True
    return ParsedIds(tuple(ids), tuple(dropped), malformed)


def format_ids(ids: Iterable[str]) -> str:
    return ",".join(ids)
