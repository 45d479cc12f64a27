"""Find symptoms from the words people type: labels, clinical terms and lay synonyms.

Matching ignores case, accents, punctuation and word order, tolerates small typos
("dubble vison"), and works on a whole sentence as well as on a few words: every
symptom whose phrase appears in the text is found ("I see double and my eyelids
droop" finds both). Plain Python, no index server, no network.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from explorer.lexicons import ENGLISH, Lexicon, lexicon
from explorer.model import Catalog

if TYPE_CHECKING:
    from explorer.index import Index


def normalize(text: str, lex: Lexicon = ENGLISH) -> str:
    """Lower case, accents removed ("ñ" becomes "n"), punctuation turned into spaces, contractions folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    for pattern, repl in lex.rewrites:
        text = pattern.sub(repl, text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def stem(word: str, lex: Lexicon = ENGLISH) -> str:
    """The language's light stem of ``word`` (explorer.lexicons)."""
    return lex.stem(word)


def tokens(text: str, lex: Lexicon = ENGLISH) -> tuple[str, ...]:
    """Normalised, stemmed content words of ``text`` in order."""
    return tuple(lex.stem(w) for w in normalize(text, lex).split() if w not in lex.stopwords)


def _phrase_tokens(text: str, lex: Lexicon) -> tuple[tuple[str, bool], ...]:
    """(stem, is_content) pairs for a phrase of the catalogue.

    A phrase with a single content word keeps its small words ("seeing things", "feeling down"):
    alone, "see" or "down" would match far too much.
    """
    words = [w for w in normalize(text, lex).split() if w not in lex.empty]
    content = [w for w in words if w not in lex.stopwords]
    if len(content) >= 2 or len(words) == len(content):
        return tuple((lex.stem(w), True) for w in content)
    return tuple((lex.stem(w), w not in lex.stopwords) for w in words)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (swaps count as one), stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _allowed_typos(word: str) -> int:
    if len(word) >= 8:
        return 2
    if len(word) >= 5:
        return 1
    return 0


def skeleton(word: str) -> str:
    """First letter, then consonants with repeats collapsed: 'dubbl' and 'doubl' both give 'dbl'."""
    out = word[:1]
    for ch in word[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


@lru_cache(maxsize=8192)
def token_similarity(query_token: str, phrase_token: str, last: bool = False) -> float:
    """How alike two stems are: 1.0 the same, 0.8 a small typo, 0.75 the same sound-skeleton.

    0.7 when the query's last word is the start of the phrase word (still typing), else 0.
    """
    if query_token == phrase_token:
        return 1.0
    shorter, longer = sorted((query_token, phrase_token), key=len)
    # Typos rarely hit the first letter; requiring it keeps "peeing" away from "seeing".
    limit = _allowed_typos(longer) if len(shorter) >= 4 and query_token[0] == phrase_token[0] else 0
    if limit and _edit_distance(query_token, phrase_token, limit) <= limit:
        return 0.8
    if len(shorter) >= 5 and query_token[0] == phrase_token[0] and query_token[-1] == phrase_token[-1]:
        sk = skeleton(query_token)
        if len(sk) >= 3 and sk == skeleton(phrase_token):
            return 0.75
    if last and len(query_token) >= 4 and len(phrase_token) > len(query_token) and phrase_token.startswith(query_token):
        return 0.7
    return 0.0


def _fold_typo(word: str, vocabulary, lex: Lexicon) -> str:
    """A misspelt everyday word ("confussion", "memery") becomes its group's form."""
    if word in lex.canonical or word in lex.no_guess or len(word) < 5 or lex.stem(word) in vocabulary:
        return word
    limit = _allowed_typos(word)
    for known, canon in lex.canonical.items():
        if known[0] == word[0] and abs(len(known) - len(word)) <= limit and _edit_distance(word, known, limit) <= limit:
            return canon
    return word


@dataclass(frozen=True)
class Hit:
    """One symptom found for a query."""

    symptom_id: str
    score: float
    confident: bool
    """True when a whole phrase of the symptom was found (the view chooses these)."""
    phrase: str
    """The label, clinical term or synonym that matched best."""


@dataclass(frozen=True)
class _Phrase:
    symptom_id: str
    text: str
    tokens: tuple[str, ...]
    weights: tuple[float, ...]


class SearchIndex:
    """Phrases of every symptom with word weights: built once per catalogue, by :func:`explorer.index.prepare`."""

    SMALL_WORD_WEIGHT = 0.5

    def __init__(self, cat: Catalog, lex: Lexicon = ENGLISH) -> None:
        self.lexicon = lex
        raw = []
        symptoms = cat.symptoms
        for sid, label, clinical, synonyms in zip(
            symptoms.index, symptoms["label"], symptoms["clinical_term"], symptoms["synonyms"], strict=True
        ):
            for text in (label, clinical, *synonyms):
                pairs = _phrase_tokens(text, lex)
                if pairs:
                    raw.append((sid, text, pairs))
        # Inverse document frequency over symptoms: a word used by many symptoms
        # ("pain", "weak") tells less than a rare one ("eyelid").
        users: dict[str, set[str]] = {}
        for sid, _, pairs in raw:
            for t, _content in pairs:
                users.setdefault(t, set()).add(sid)
        n = len(symptoms)
        idf = {t: 1.0 + math.log(n / len(s)) for t, s in users.items()}
        self.phrases = [
            _Phrase(
                sid,
                text,
                tuple(t for t, _ in pairs),
                tuple(idf[t] if content else self.SMALL_WORD_WEIGHT for t, content in pairs),
            )
            for sid, text, pairs in raw
        ]
        self.vocabulary = tuple(users)
        self.vocabulary_set = frozenset(users)
        self.order = {sid: i for i, sid in enumerate(symptoms.index)}


def _search_index(data: Index | Catalog) -> SearchIndex:
    """The prepared search index of an Index; for a plain Catalog, one built for this call only."""
    return SearchIndex(data) if isinstance(data, Catalog) else data.search


def _match_positions(
    query: tuple[str, ...], words: list[str], vocabulary: tuple[str, ...], content_positions: set[int], lex: Lexicon
) -> dict[str, list[tuple[int, float]]]:
    """For each vocabulary word, where it occurs in the query and how well.

    Small words ("with", "while") must match exactly: no typo or prefix guessing.
    """
    found: dict[str, list[tuple[int, float]]] = {}
    vocab = set(vocabulary)
    for pos, qt in enumerate(query):
        # Small words, everyday words and words the catalogue knows match only exactly:
        # "droop" is a word of its own, not a typo of "drool".
        if pos not in content_positions or qt in vocab or words[pos] in lex.no_guess:
            if qt in vocab:
                found.setdefault(qt, []).append((pos, 1.0))
            continue
        last = pos == len(query) - 1
        for vt in vocabulary:
            sim = token_similarity(qt, vt, last)
            if sim:
                found.setdefault(vt, []).append((pos, sim))
    return found


def _negated_positions(words: list[str], lex: Lexicon) -> set[int]:
    """Positions of the two words after a negation (a short scope is right for lay text).

    Not after a negation that is followed by a capacity, where the negation is the symptom:
    "no energy", "no puedo tragar", "no tengo fuerza".
    """
    return {
        i + k
        for i, w in enumerate(words)
        if w in lex.negations and not lex.capacities.intersection(words[i + 1 : i + 3])
        for k in (1, 2)
    }


def _score_phrase(
    phrase: _Phrase, found, content_positions: set[int], negated: set[int], lex: Lexicon
) -> tuple[float, bool]:
    """(score, whole phrase found close together) for one phrase against the query.

    The score adds how much of the phrase was found (weighted by word rarity), how much
    of the query the phrase explains, and the weight of evidence (longer, rarer phrases win).
    """
    best: dict[int, tuple[int, float]] = {}
    for i, t in enumerate(phrase.tokens):
        if t in found:
            best[i] = max(found[t], key=lambda ps: ps[1])
    if not best:
        return 0.0, False
    got = sum(phrase.weights[i] * sim for i, (_, sim) in best.items())
    recall = got / sum(phrase.weights)
    positions = [p for p, _ in best.values()]
    if min(positions) in negated and not lex.negations.intersection(phrase.tokens):
        return 0.0, False  # "no numbness" is not numbness ("no feeling" phrases keep their "no")
    close = max(positions) - min(positions) + 1 <= len(phrase.tokens) + lex.slack
    if not close:
        recall *= 0.5
    explained = len(content_positions.intersection(positions)) / max(1, len(content_positions))
    whole = len(best) == len(phrase.tokens) and close and min(s for _, s in best.values()) >= 0.7
    return (4.0 if whole else 0.0) + 2.0 * recall + explained + 0.15 * got, whole


def find(data: Index | Catalog, text: str, limit: int | None = 10) -> list[Hit]:
    """Symptoms matching ``text``, best first, with how sure the match is.

    Pass the prepared :class:`~explorer.index.Index`; a plain Catalog works too, but its phrases are
    indexed again on every call.
    """
    index = _search_index(data)
    lex = index.lexicon
    words = [
        _fold_typo(w, index.vocabulary_set, lex)
        for w in normalize(text, lex).split()
        if w not in lex.empty and len(w) > 1
    ]
    query = tuple(lex.stem(w) for w in words)
    content_positions = {i for i, w in enumerate(words) if w not in lex.stopwords}
    if not content_positions:
        return []
    negated = _negated_positions(words, lex)
    found = _match_positions(query, words, index.vocabulary, content_positions, lex)
    if not found:
        return []
    best: dict[str, Hit] = {}
    for phrase in index.phrases:
        if not any(t in found for t in phrase.tokens):
            continue
        score, whole = _score_phrase(phrase, found, content_positions, negated, lex)
        current = best.get(phrase.symptom_id)
        if current is None or score > current.score:
            best[phrase.symptom_id] = Hit(phrase.symptom_id, round(score, 4), whole, phrase.text)
    hits = [h for h in best.values() if h.confident or h.score >= 1.5]
    hits.sort(key=lambda h: (-h.score, index.order[h.symptom_id]))
    return hits[:limit] if limit is not None else hits


def _in_language(data: Index | Catalog, lang: str | None) -> Index | Catalog:
    """``data`` as an index in ``lang`` (None: as it is)."""
    if lang is None:
        return data
    from explorer.index import as_index  # index builds on this module

    return as_index(data, lang)


def search_symptoms(data: Index | Catalog, text: str, limit: int | None = 10, lang: str | None = None) -> list[str]:
    """Symptom ids matching ``text``, best first (see :func:`find` for the details).

    ``lang`` ("es") searches the catalogue's words in that language; without it, the language of
    ``data`` (a Catalog: English). In a loop, prepare the index once: ``explorer.prepare(cat, "es")``.
    """
    return [hit.symptom_id for hit in find(_in_language(data, lang), text, limit)]


def symptoms_in_text(data: Index | Catalog, text: str, lang: str | None = None) -> list[str]:
    """Every symptom a sentence or paragraph names with a whole phrase, best first."""
    return [hit.symptom_id for hit in find(_in_language(data, lang), text, limit=None) if hit.confident]


# --- how it started, and whom it is about, heard in the same words ----------------------------


def facets_in_text(text: str, lang: str = "en") -> tuple[str | None, str | None]:
    """How fast it came on (a schema.ONSETS value) and whom it is about (schema.AGES), if the words say.

    "my legs got weak over a few days" -> ("days_weeks", None); "mi hija ve doble desde hace unos
    días" (lang="es") -> ("days_weeks", "children"). The first time phrase in the text wins; None
    where the text says nothing.
    """
    lex = lexicon(lang)
    plain = unicodedata.normalize("NFKD", text)
    plain = " ".join("".join(ch for ch in plain if not unicodedata.combining(ch)).lower().replace("’", "'").split())
    found = [(m.start(), onset) for onset, pattern in lex.onset_patterns for m in [pattern.search(plain)] if m]
    onset = min(found)[1] if found else None
    age = "children" if lex.child.search(plain) else "adults" if lex.adult.search(plain) else None
    return onset, age
