"""The app in Spanish: the catalogue's words, plain language, search in everyday Spanish, every page."""

from __future__ import annotations

import csv
import re

import pytest
import textstat

import explorer
from explorer import evaluation, i18n, search, texts
from explorer.index import prepare
from explorer.ui import routes
from tests.apptest import all_text, fresh_app, go, html_bodies, html_text, picked, unescape
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
FAIRLY_EASY = 70  # Fernández-Huerta: 70 and above is "fairly easy" (bastante fácil) or easier
# Words that only English uses: two or more of them in one sentence mark an English sentence.
ENGLISH_ONLY = frozenset(
    "the and with you your this that are is not which what from have has for of it its was were will "
    "can could should would their there these those been being only also more most when where who".split()
)


@pytest.fixture(scope="module")
def spanish(real):
    return prepare(real.catalog, "es")


def english_sentences(text: str, real) -> list[str]:
    """Sentences of ``text`` that read as English, once every source title, publisher and id is taken out.

    Source titles stay as published (most are English); they are removed first, longest first so a
    publisher inside another source's title does not break that title.
    """
    text = " ".join(text.replace("\u2060", "").split())
    cited = {r[f] for r in real.source_records.values() for f in ("title", "publisher", "identifier", "url") if r[f]}
    for value in sorted(cited, key=len, reverse=True):
        text = text.replace(" ".join(value.split()), " ")
    found = []
    for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        if len(words & ENGLISH_ONLY) >= 2:
            found.append(sentence.strip()[:120])
    return found


# --- the catalogue's words ---------------------------------------------------------------------------


def test_every_row_has_its_spanish_words(real, spanish):
    tr = real.catalog.translations["es"]
    assert tr.manifest["name"] == "Español"
    assert tr.manifest["medical_review"] == "none", "update the About page's wording when a translator has reviewed it"
    assert spanish.symptom_labels["double_vision"] == "Visión doble"
    assert spanish.condition_names["multiple_sclerosis"] == "Esclerosis múltiple"
    assert spanish.language == "es"
    # Ids, bands and sources are the base catalogue's: only the words change.
    assert spanish.links.equals(real.links)
    assert (spanish.weights == real.weights).all()


@pytest.mark.parametrize("column", ["summary", "course", "affects", "treatment"])
def test_spanish_lay_text_is_fairly_easy(real, column):
    textstat.set_lang("es")
    try:
        scores = {
            cid: textstat.fernandez_huerta(text)
            for cid, text in real.catalog.translations["es"].conditions[column].items()
        }
    finally:
        textstat.set_lang("en_US")
    hard = {cid: score for cid, score in scores.items() if score < FAIRLY_EASY}
    assert not hard, hard


def test_spanish_difference_notes_are_fairly_easy(real):
    textstat.set_lang("es")
    try:
        hard = [(r.condition_id, r.versus_id, textstat.fernandez_huerta(r.note))
                for r in real.catalog.translations["es"].differences.itertuples()
                if textstat.fernandez_huerta(r.note) < FAIRLY_EASY]  # fmt: skip
    finally:
        textstat.set_lang("en_US")
    assert not hard, hard


def test_spanish_clinical_terms_are_the_official_hpo_labels(real):
    """Each clinical term is the official HPO Spanish label of its HPO id, or a recorded correction of it.

    A correction (data/i18n/es/clinical_term_corrections.csv) names the official label exactly and
    says why it misleads, so the test fails when HPO changes that label and the correction may go.
    """
    reference = ROOT.parent / "shared" / "reference" / "hp-es.babelon.tsv"
    if not reference.is_file():
        pytest.skip(f"{reference} is not on this machine (a build-time reference, not shipped)")
    with reference.open(encoding="utf-8") as handle:
        official = {r["subject_id"]: r["translation_value"] for r in csv.DictReader(handle, delimiter="\t")
                    if r["predicate_id"] == "rdfs:label"}  # fmt: skip
    with (ROOT / "data" / "i18n" / "es" / "clinical_term_corrections.csv").open(encoding="utf-8") as handle:
        corrections = {r["symptom_id"]: r for r in csv.DictReader(handle)}
    tr = real.catalog.translations["es"].symptoms
    expected = {sid: official.get(real.symptoms.at[sid, "hpo_id"]) for sid in tr.index}
    stale = {
        sid: (c["hpo_label"], expected.get(sid))
        for sid, c in corrections.items()
        if c["hpo_label"] != expected.get(sid)
    }
    assert not stale, f"the official label changed or the id is unknown: {stale}"
    assert all(c["reason"].strip() and c["clinical_term"] != c["hpo_label"] for c in corrections.values())
    expected |= {sid: c["clinical_term"] for sid, c in corrections.items()}
    wrong = {sid: (term, expected[sid]) for sid, term in tr["clinical_term"].items() if term != expected[sid]}
    assert not wrong, wrong


# --- search in everyday Spanish ------------------------------------------------------------------------


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["phrase"], r["symptom_id"]) for r in csv.DictReader(handle)]


@pytest.mark.parametrize(
    ("path", "floor"), [(evaluation.PHRASINGS_ES, 0.95), (evaluation.HOLDOUT_ES, 0.75)], ids=["phrasings", "holdout"]
)
def test_spanish_phrasings_are_found_first(spanish, path, floor):
    """The phrasing table (tuned on) finds 95 % first.

    The holdout, written apart and never tuned on, is reported (data/evaluation.json, the About
    page) with a floor below its measured 80 %.
    """
    rows = _rows(path)
    assert len(rows) >= 150 and len({s for _, s in rows}) >= 100
    misses = evaluation.found_first(spanish, rows)
    assert 1 - len(misses) / len(rows) >= floor, misses[:20]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("veo doble", ["double_vision"]),
        ("vision doble", ["double_vision"]),  # accents optional
        ("visión doble", ["double_vision"]),
        ("hormigueo en las manos", ["numbness_tingling"]),
        ("me cuesta tragar", ["trouble_swallowing"]),
        ("se me cae el párpado", ["drooping_eyelid"]),
        ("dolor de cabesa", ["headache"]),  # a typo
        ("mareo", ["spinning_dizziness"]),
    ],
)
def test_everyday_spanish_finds_the_symptom(spanish, text, expected):
    assert explorer.search_symptoms(spanish, text, limit=1) == expected


def test_the_public_api_searches_in_spanish_on_request(real):
    assert explorer.search_symptoms(real.catalog, "veo doble", lang="es", limit=1) == ["double_vision"]
    assert explorer.search_symptoms(real.catalog, "double vision", limit=1) == ["double_vision"]  # English by default


@pytest.mark.parametrize(
    ("text", "absent"),
    [("sin fiebre, pero veo doble", "fever"), ("no tengo dolor de cabeza, solo mareo", "headache")],
)
def test_spanish_negation_leaves_the_symptom_out(spanish, text, absent):
    found = explorer.symptoms_in_text(spanish, text)
    assert absent not in found and found, found


def test_a_capacity_after_no_is_the_symptom(spanish):
    assert "trouble_swallowing" in explorer.symptoms_in_text(spanish, "no puedo tragar")


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        ("desde hace unos días veo doble", ("days_weeks", None)),
        ("de repente se me durmió la cara", ("minutes_hours", None)),
        ("poco a poco, desde hace meses", ("months_years", None)),
        ("mi hija tiene hormigueo", (None, "children")),
        ("mi esposo ve doble desde hace dos semanas", ("days_weeks", "adults")),
    ],
)
def test_spanish_time_and_person_words_answer_the_questions(text, facets):
    assert search.facets_in_text(text, "es") == facets


# --- every page in Spanish ---------------------------------------------------------------------------

PARAMS = {
    "explore": {"symptoms": "double_vision,drooping_eyelid,trouble_breathing", "onset": "days_weeks"},
    "conditions": {"condition": "myasthenia_gravis"},
    "compare": {"compare": "myasthenia_gravis,lambert_eaton"},
    "matrix": {},
    "quiz": {"seed": "334"},
    "handout": {"symptoms": "double_vision,drooping_eyelid"},
    "about": {},
}


@pytest.mark.parametrize("mode", ["web", "kiosk"])
@pytest.mark.parametrize("page", [r.name for r in routes.ROUTES])
def test_every_page_speaks_spanish(monkeypatch, real, page, mode):
    at = fresh_app(monkeypatch, EXPLORER_MODE=mode)
    at.query_params["lang"] = "es"
    at.run()
    at.query_params.update(PARAMS[page])
    go(at, page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["lang"] == "es"
    text = unescape(all_text(at) + "\n" + "\n".join(html_text(b) for b in html_bodies(at)))
    assert "Solo para aprender. Esto no es un diagnóstico." in text
    leftover = english_sentences(text, real)
    assert not leftover, leftover[:8]
    frames = [n.proto.srcdoc for n in at._tree if getattr(n, "type", None) == "iframe"]
    assert 'document.documentElement.lang = "es";' in "".join(frames), frames  # <html lang="es"> in the browser


def test_the_deployment_language_is_the_first_a_visitor_sees(monkeypatch):
    at = fresh_app(monkeypatch, EXPLORER_LANGUAGE="es").run()
    assert unescape(at.title[0].value) == "Explorar síntomas"
    assert at.query_params["lang"] == "es"


def test_the_switch_changes_the_language_and_the_url(monkeypatch):
    at = fresh_app(monkeypatch).run()
    assert at.title[0].value == "Explore symptoms" and "lang" not in at.query_params
    switch = next(w for w in at.button_group if w.key == "language-switch")
    assert list(switch.options) == ["English", "Español"]
    switch.set_value("es").run()
    assert unescape(at.title[0].value) == "Explorar síntomas" and at.query_params["lang"] == "es"
    go(at, "about").run()  # the session keeps it from page to page
    assert unescape(at.title[0].value) == "Acerca de esta aplicación" and at.query_params["lang"] == "es"


def test_the_search_box_hears_spanish(monkeypatch):
    at = fresh_app(monkeypatch)
    at.query_params["lang"] = "es"
    at.run()
    at.text_input(key="search").input("veo doble desde hace unos días").run()
    assert not at.exception
    assert picked(at) == ["double_vision"]
    assert next(g for g in at.button_group if g.key == "onset").value == "days_weeks"
    with i18n.use("es"):
        added = texts.SEARCH_ADDED.split("{")[0]
    assert any(c.value.startswith(added) for c in at.caption), [c.value for c in at.caption]


def test_the_handout_is_written_in_spanish(real, spanish):
    from explorer import handout

    with i18n.use("es"):
        page = handout.build_handout(spanish, ["double_vision", "drooping_eyelid"], onset="months_years")
    assert page.startswith("<!DOCTYPE html>\n<html lang='es'>")
    assert "Miastenia gravis" in page and "¿Cómo empezó?" in page
    assert not english_sentences(html_text(page), real)


def test_english_on_a_spanish_first_deployment_keeps_lang_en_in_the_url(monkeypatch):
    at = fresh_app(monkeypatch, EXPLORER_LANGUAGE="es").run()
    switch = next(w for w in at.button_group if w.key == "language-switch")
    switch.set_value("en").run()
    assert at.title[0].value == "Explore symptoms" and at.query_params["lang"] == "en"
