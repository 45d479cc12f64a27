"""A small, fast reader for the Human Phenotype Ontology's ``hp.obo``.

Only what the reference check needs: ids, names, synonyms (with their type),
obsolete flags and replacements, alternative ids and ``is_a`` parents, plus
memoised ancestor and descendant queries. Plain loops; no third-party parser.
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
    """Terms by id, with ancestor/descendant queries over ``is_a`` (memoised, computed on demand)."""

    version: str
    terms: dict[str, Term]
    alt_ids: dict[str, str] = field(default_factory=dict)
    children: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _descendants: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

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

    def ancestors(self, term_id: str) -> frozenset[str]:
        """All proper ancestors of ``term_id`` (not the term itself) along ``is_a``."""
        return self._closure(term_id, self._parents_of, self._ancestors)

    def self_and_ancestors(self, term_id: str) -> frozenset[str]:
        """``term_id`` together with all its ancestors."""
        return self.ancestors(term_id) | {term_id}

    def descendants(self, term_id: str) -> frozenset[str]:
        """All proper descendants of ``term_id`` (not the term itself) along ``is_a``."""
        return self._closure(term_id, self._children_of, self._descendants)

    def _parents_of(self, term_id: str) -> tuple[str, ...]:
        term = self.terms.get(term_id)
        return tuple(term.parents) if term else ()

    def _children_of(self, term_id: str) -> tuple[str, ...]:
        return tuple(self.children.get(term_id, ()))

    @staticmethod
    def _closure(term_id: str, step, cache: dict[str, frozenset[str]]) -> frozenset[str]:
        """Everything reachable from ``term_id`` by ``step`` (memoised in ``cache``, reused mid-walk)."""
        cached = cache.get(term_id)
        if cached is not None:
            return cached
        result: set[str] = set()
        stack = list(step(term_id))
        while stack:
            node = stack.pop()
            if node in result:
                continue
            result.add(node)
            known = cache.get(node)
            if known is not None:
                result.update(known)
            else:
                stack.extend(step(node))
        frozen = frozenset(result)
        cache[term_id] = frozen
        return frozen

    def is_same_or_descendant(self, term_id: str, of: str) -> bool:
        """True when ``term_id`` is ``of`` or lies below it."""
        return term_id == of or of in self.ancestors(term_id)


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


def parse_obo_lines(lines: Iterable[str]) -> Ontology:
    """Parse the lines of an OBO file (only ``[Term]`` stanzas are kept)."""
    version = ""
    terms: dict[str, Term] = {}
    tags: dict[str, list[str]] | None = None  # the current [Term] stanza, None outside one
    in_header = True
    wanted = {"id", "name", "synonym", "is_obsolete", "replaced_by", "consider", "alt_id", "is_a"}
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.startswith("["):
            in_header = False
            if tags is not None and (term := _build_term(tags)):
                terms[term.id] = term
            tags = {} if line.strip() == "[Term]" else None
            continue
        if not line or line.startswith("!"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        value = value.strip()
        if in_header:
            if key == "data-version" and not version:
                version = value.removeprefix("hp/releases/")
            continue
        if tags is not None and key in wanted:
            tags.setdefault(key, []).append(value)
    if tags is not None and (term := _build_term(tags)):
        terms[term.id] = term

    alt_ids: dict[str, str] = {}
    children: dict[str, list[str]] = {}
    for term in terms.values():
        for alt in term.alt_ids:
            alt_ids[alt] = term.id
        for parent in term.parents:
            children.setdefault(parent, []).append(term.id)
    return Ontology(
        version=version,
        terms=terms,
        alt_ids=alt_ids,
        children={k: tuple(sorted(v)) for k, v in children.items()},
    )


def parse_obo(path: str | os.PathLike[str]) -> Ontology:
    """Parse an ``hp.obo`` file."""
    with Path(path).open(encoding="utf-8") as handle:
        return parse_obo_lines(handle)
