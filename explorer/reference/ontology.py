"""A small, fast reader for the Human Phenotype Ontology's ``hp.obo``.

Only what the reference check needs: ids, names, synonyms (with their type),
obsolete flags and replacements, alternative ids and ``is_a`` parents. Plain
loops; no third-party parser.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# Synonym types that do not make a name acceptable for a current term.
IGNORED_SYNONYM_TYPES: frozenset[str] = frozenset({"obsolete_synonym"})


@dataclass(frozen=True, slots=True)
class Synonym:
    """One ``synonym:`` line: its text, scope (EXACT, BROAD, ...) and optional type (e.g. layperson)."""

    text: str
    scope: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """One ``[Term]`` stanza of hp.obo."""

    id: str
    name: str
    synonyms: tuple[Synonym, ...] = ()
    is_obsolete: bool = False
    replaced_by: tuple[str, ...] = ()
    consider: tuple[str, ...] = ()
    alt_ids: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()

    def accepted_names(self) -> frozenset[str]:
        """Lower-cased name and synonyms (except obsolete synonyms) that a clinical term may equal."""
        names = {self.name.casefold()}
        names.update(s.text.casefold() for s in self.synonyms if s.type not in IGNORED_SYNONYM_TYPES)
        return frozenset(names)


@dataclass(eq=False)
class Ontology:
    """Terms by id, with alternative ids resolved.

    There are deliberately no ancestor or descendant queries: the reference check matches an
    annotation to a symptom only when the terms are the same (no walking up or down the tree).
    """

    version: str
    terms: dict[str, Term]
    alt_ids: dict[str, str] = field(default_factory=dict)

    def __contains__(self, term_id: object) -> bool:
        return term_id in self.terms

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, term_id: str) -> Term | None:
        """The term with this primary id, or None."""
        return self.terms.get(term_id)

    def primary_id(self, term_id: str) -> str:
        """The primary id for ``term_id`` (resolving an ``alt_id``); unknown ids come back unchanged."""
        return term_id if term_id in self.terms else self.alt_ids.get(term_id, term_id)

    def name(self, term_id: str) -> str:
        """The term's name, or '' when unknown."""
        term = self.terms.get(self.primary_id(term_id))
        return term.name if term else ""


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", " ").replace("\\\\", "\\")


def _parse_synonym(value: str) -> Synonym | None:
    """``"text" SCOPE [type] [xrefs]`` → Synonym."""
    if not value.startswith('"'):
        return None
    end = 1
    while True:
        end = value.find('"', end)
        if end < 0:
            return None
        if value[end - 1] != "\\":
            break
        end += 1
    text = _unescape(value[1:end])
    rest = value[end + 1 :].split("[", 1)[0].split()
    scope = rest[0] if rest else "RELATED"
    kind = rest[1] if len(rest) > 1 else None
    return Synonym(text=text, scope=scope, type=kind)


def _first_token(value: str) -> str:
    return value.split("!", 1)[0].split("{", 1)[0].strip().split(" ", 1)[0]


def _build_term(tags: dict[str, list[str]]) -> Term | None:
    ids = tags.get("id")
    if not ids:
        return None
    synonyms = tuple(s for s in (_parse_synonym(v) for v in tags.get("synonym", ())) if s is not None)
    return Term(
        id=ids[0],
        name=_unescape(tags.get("name", [""])[0]),
        synonyms=synonyms,
        is_obsolete=tags.get("is_obsolete", ["false"])[0].strip() == "true",
        replaced_by=tuple(_first_token(v) for v in tags.get("replaced_by", ())),
        consider=tuple(_first_token(v) for v in tags.get("consider", ())),
        alt_ids=tuple(_first_token(v) for v in tags.get("alt_id", ())),
        parents=tuple(_first_token(v) for v in tags.get("is_a", ())),
    )


_WANTED_TAGS = frozenset({"id", "name", "synonym", "is_obsolete", "replaced_by", "consider", "alt_id", "is_a"})


def _stanzas(lines: Iterable[str]) -> tuple[str, list[dict[str, list[str]]]]:
    """The header's data-version and the tags of every ``[Term]`` stanza, in order."""
    version = ""
    stanzas: list[dict[str, list[str]]] = []
    tags: dict[str, list[str]] | None = None  # the current [Term] stanza, None outside one
    in_header = True
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.startswith("["):
            in_header = False
            tags = {} if line.strip() == "[Term]" else None
            if tags is not None:
                stanzas.append(tags)
            continue
        key, sep, value = line.partition(":")
        if not sep or line.startswith("!"):
            continue
        if in_header:
            if key == "data-version" and not version:
                version = value.strip().removeprefix("hp/releases/")
        elif tags is not None and key in _WANTED_TAGS:
            tags.setdefault(key, []).append(value.strip())
    return version, stanzas


def parse_obo_lines(lines: Iterable[str]) -> Ontology:
    """Parse the lines of an OBO file (only ``[Term]`` stanzas are kept)."""
    version, stanzas = _stanzas(lines)
    terms = {term.id: term for tags in stanzas if (term := _build_term(tags))}
    alt_ids = {alt: term.id for term in terms.values() for alt in term.alt_ids}
    return Ontology(version=version, terms=terms, alt_ids=alt_ids)


def parse_obo(path: str | os.PathLike[str]) -> Ontology:
    """Parse an ``hp.obo`` file."""
    with Path(path).open(encoding="utf-8") as handle:
        return parse_obo_lines(handle)
