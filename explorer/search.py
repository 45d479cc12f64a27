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
import weakref
from dataclasses import dataclass
from functools import lru_cache

from explorer.catalog import Catalog

# Words that carry no symptom meaning. Negations ("not", "cant") are kept on purpose:
# "can't catch my breath" is a symptom phrase.
STOPWORDS = frozenset(
    (
        "a an the i im ive id me my mine myself you your we our he she his her they them their it its "
        "is am are was were be been being do does did doing have has had having get gets got getting "
        "of in on at to for from by with about into over under up out off as than then so too very really "
        "just quite bit little lot lots kind sort like feel feels felt feeling seem seems and or but "
        "if when while because also even still again always sometimes often this that these those there "
        "here what which who whom how some any all every each can could would should will may might must "
        "shall thing things stuff something someone one ones way times time day days "
    ).split()
)

# Spelling variants and contractions folded before stemming.
_REWRITES = (
    (re.compile(r"\bcan\s*not\b|\bcannot\b|\bcan't\b|\bcant\b"), " cant "),
    (re.compile(r"\b(don't|dont|do not)\b"), " dont "),
    (re.compile(r"\b(won't|wont)\b"), " wont "),
    (re.compile(r"\bcouldn't\b|\bcouldnt\b"), " cant "),
)
_BRITISH = {
    "behaviour": "behavior",
    "colour": "color",
    "tumour": "tumor",
    "oesophagus": "esophagus",
    "anaemia": "anemia",
    "paralysed": "paralyzed",
    "paralyse": "paralyze",
    "numbed": "numb",
}


def normalize(text: str) -> str:
    """Lower case, accents removed, punctuation turned into spaces, contractions folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'seeing'/'see', 'eyelids'/'eyelid', 'dizziness'/'dizzy'."""
    word = _BRITISH.get(word, word)
    for suffix, repl in (
        ("iness", "y"),
        ("ness", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ed", ""),
        ("es", ""),
        ("ly", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + repl
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "stopp(ing)" -> "stop", "dizz" stays short enough
    return word


def tokens(text: str) -> tuple[str, ...]:
    """Normalised, stemmed content words of ``text`` in order."""
    return tuple(stem(w) for w in normalize(text).split() if w not in STOPWORDS)


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
def token_similarity(query_token: str, phrase_token: str) -> float:
    """1.0 for the same stem, 0.8 for a small typo, 0.75 for the same sound-skeleton,
    0.7 for a typed prefix, else 0."""
    if query_token == phrase_token:
        return 1.0
    limit = min(_allowed_typos(query_token), _allowed_typos(phrase_token))
    if limit and _edit_distance(query_token, phrase_token, limit) <= limit:
        return 0.8
    if min(len(query_token), len(phrase_token)) >= 5:
        sk = skeleton(query_token)
        if len(sk) >= 3 and sk == skeleton(phrase_token):
            return 0.75
    if len(query_token) >= 4 and len(phrase_token) > len(query_token) and phrase_token.startswith(query_token):
        return 0.7
    return 0.0


@dataclass(frozen=True)
class Hit:
    """One symptom found for a query."""

    symptom_id: str
    score: float
    confident: bool
    """True when a whole phrase of the symptom was found (the view ticks these)."""
    phrase: str
    """The label, clinical term or synonym that matched best."""


@dataclass(frozen=True)
class _Phrase:
    symptom_id: str
    text: str
    tokens: tuple[str, ...]


class _Index:
    def __init__(self, cat: Catalog) -> None:
        phrases = []
        for sid, row in cat.symptoms.iterrows():
            for text in (row["label"], row["clinical_term"], *row["synonyms"]):
                toks = tokens(text)
                if toks:
                    phrases.append(_Phrase(sid, text, toks))
        self.phrases = phrases
        # Inverse document frequency over symptoms: a word used by many symptoms
        # ("pain", "weak") tells less than a rare one ("eyelid").
        users: dict[str, set[str]] = {}
        for p in phrases:
            for t in p.tokens:
                users.setdefault(t, set()).add(p.symptom_id)
        n = len(cat.symptoms)
        self.idf = {t: 1.0 + math.log(n / len(s)) for t, s in users.items()}
        self.vocabulary = tuple(users)
        self.order = {sid: i for i, sid in enumerate(cat.symptoms.index)}


_INDEXES: weakref.WeakKeyDictionary[Catalog, _Index] = weakref.WeakKeyDictionary()


def _index(cat: Catalog) -> _Index:
    index = _INDEXES.get(cat)
    if index is None:
        index = _INDEXES[cat] = _Index(cat)
    return index


def _match_positions(query: tuple[str, ...], vocabulary: tuple[str, ...]) -> dict[str, list[tuple[int, float]]]:
    """For each vocabulary word, where it occurs in the query and how well."""
    found: dict[str, list[tuple[int, float]]] = {}
    for pos, qt in enumerate(query):
        for vt in vocabulary:
            sim = token_similarity(qt, vt)
            if sim:
                found.setdefault(vt, []).append((pos, sim))
    return found


def _score_phrase(phrase: _Phrase, found, idf, n_query: int) -> tuple[float, bool]:
    """(score, whole phrase found close together) for one phrase against the query."""
    total = sum(idf[t] for t in phrase.tokens)
    best: dict[str, tuple[int, float]] = {}
    for t in phrase.tokens:
        if t in found:
            best[t] = max(found[t], key=lambda ps: ps[1])
    if not best:
        return 0.0, False
    got = sum(idf[t] * best[t][1] for t in best)
    recall = got / total
    positions = [p for p, _ in best.values()]
    span = max(positions) - min(positions) + 1
    close = span <= len(phrase.tokens) + 2
    if not close:
        recall *= 0.5
    precision = len(set(positions)) / n_query
    whole = len(best) == len(phrase.tokens) and close and min(s for _, s in best.values()) >= 0.7
    return 2.0 * recall + precision, whole


def find(cat: Catalog, text: str, limit: int | None = 10) -> list[Hit]:
    """Symptoms matching ``text``, best first, with how sure the match is."""
    query = tokens(text)
    if not query:
        return []
    index = _index(cat)
    found = _match_positions(query, index.vocabulary)
    if not found:
        return []
    best: dict[str, Hit] = {}
    for phrase in index.phrases:
        if not any(t in found for t in phrase.tokens):
            continue
        score, whole = _score_phrase(phrase, found, index.idf, len(query))
        # A whole phrase beats any partial one.
        score += 3.0 if whole else 0.0
        current = best.get(phrase.symptom_id)
        if current is None or score > current.score:
            best[phrase.symptom_id] = Hit(phrase.symptom_id, score, whole, phrase.text)
    hits = [h for h in best.values() if h.confident or h.score >= 1.2]
    hits.sort(key=lambda h: (-h.score, index.order[h.symptom_id]))
    return hits[:limit] if limit is not None else hits


def search_symptoms(cat: Catalog, text: str, limit: int | None = 10) -> list[str]:
    """Symptom ids matching ``text``, best first (see :func:`find` for the details)."""
    return [hit.symptom_id for hit in find(cat, text, limit)]
