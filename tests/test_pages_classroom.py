"""AppTest per classroom page: Conditions, Compare, Matrix, Quiz, Handout, and 'What to ask next' on Explore.

Fixture tests run on tests/fixtures/mini. The real-data tests at the end load data/ and are
skipped only while that catalogue cannot be loaded at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from explorer import texts
from explorer.catalog import load_catalog
from explorer.markdown import md
from explorer.model import CatalogError
from tests.apptest import all_text, clear_caches, go, html_bodies, html_text, links_of, visit

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
FIXTURE = ROOT / "tests" / "fixtures" / "mini"
DISCLAIMER_START = "For learning only. This is not a diagnosis."


@pytest.fixture
def web(monkeypatch):
    monkeypatch.setenv("EXPLORER_DATA_DIR", str(FIXTURE))
    monkeypatch.delenv("EXPLORER_MODE", raising=False)
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def kiosk(web, monkeypatch):
    monkeypatch.setenv("EXPLORER_MODE", "kiosk")
    clear_caches()


# --- conditions ---------------------------------------------------------------------


def test_condition_list_and_search(web):
    at = visit("conditions")
    assert [label for label, _, _ in links_of(at)] == [
        "Alpha syndrome",
        "Beta disease",
        "Delta neuropathy",
        "Epsilon encephalitis",
        "Gamma disorder",
    ]
    assert ("Gamma disorder", "conditions", "condition=gamma") in links_of(at)
    at.text_input(key="conditions-search").set_value("G70").run()
    assert [label for label, _, _ in links_of(at)] == ["Alpha syndrome"]
    assert at.query_params["q"] == "G70"
    at.text_input(key="conditions-search").set_value("").run()
    at.selectbox(key="conditions-category").set_value("demyelinating_diseases_of_the_brain_and_spinal_cord").run()
    assert [label for label, _, _ in links_of(at)] == ["Beta disease", "Gamma disorder"]
    assert at.query_params["category"] == "demyelinating_diseases_of_the_brain_and_spinal_cord"


def test_condition_page(web):
    at = visit("conditions", {"condition": "alpha"})
    assert at.title[0].value == "Alpha syndrome"
    body = all_text(at)
    assert "An invented condition for tests\\." in body  # summary, escaped
    lines = " ".join(html_text(b) for b in html_bodies(at))
    assert "●●●●○ Most people (80 to 99 in 100) Double vision source 1 Drooping eyelid source 1" in lines
    sources = next(b for b in html_bodies(at) if "nse-notes" in b and "nse-lines" not in b)
    assert "<li><a href='https://example.org/a' target='_blank' rel='noopener noreferrer'>Fixture source A" in sources
    assert "- ORPHA: ORPHA:1\n- ICD-10: G70\\.0\n- ICD-11: 8C60" in body  # no Orphanet URL in the sources
    assert "Last reviewed on 2026\\-11\\-25." in body
    assert "- Neurologist" in body
    assert ("Compare with Delta neuropathy", "compare", "compare=alpha%2Cdelta") in links_of(at)
    assert ("Delta neuropathy", "conditions", "condition=delta") in links_of(at)


def test_condition_page_escapes_data(web):
    at = visit("conditions", {"condition": "epsilon"})
    assert "An invented \\<b\\>condition\\</b\\> for tests\\." in all_text(at)
    assert all(not m.proto.allow_html for m in at.markdown)


def test_condition_page_kiosk_has_no_external_links(kiosk):
    at = visit("conditions", {"condition": "alpha"})
    body = all_text(at) + "".join(html_bodies(at))
    assert "https://" not in body and "href=" not in body
    assert "Fixture source A (Test publisher)" in body


@pytest.mark.parametrize("bad", ["nope", "<script>alert(1)</script>", "a" * 5000])
def test_bad_condition_param_falls_back_to_list(web, bad):
    at = visit("conditions", {"condition": bad})
    assert at.title[0].value == texts.CONDITIONS_TITLE
    assert "condition" not in at.query_params
    assert "<script>" not in all_text(at)


# --- compare ------------------------------------------------------------------------


def test_compare_shows_what_tells_them_apart(web):
    at = visit("compare", {"compare": "beta,gamma"})
    best = next(m.value for m in at.markdown if m.value.startswith("- **Hiccups**"))
    assert best.splitlines()[:2] == [
        "- **Hiccups**: Beta disease: not listed; Gamma disorder: many people (a recorded point of difference)",
        "- **Tiredness**: Beta disease: most people; Gamma disorder: not listed",
    ]
    assert "Double vision" not in best  # same band in both
    body = all_text(at)
    assert "Hiccups point towards gamma rather than beta\\." in body
    table = at.dataframe[0].value
    assert list(table.columns) == ["Symptom", "Differs?", "Beta disease", "Gamma disorder"]
    # How each usually starts, and whom it affects, come first: the first questions a neurologist asks.
    assert table.iloc[0].tolist() == [
        "How it usually starts",
        "≠ differs",
        "over days to weeks",
        "over days to weeks or over months to years",
    ]
    assert table.iloc[1].tolist() == [
        "Who it usually affects",
        "≠ differs",
        "Mostly affects adults",
        "Affects children and adults",
    ]
    assert table.iloc[2].tolist() == ["Hiccups", "≠ differs", "not listed", "many people"]
    assert table.set_index("Symptom").at["Double vision", "Differs?"] == "same"


def test_compare_picker_writes_url(web):
    at = visit("compare")
    assert texts.COMPARE_NEED_TWO in all_text(at)
    at.multiselect(key="compare-pick").select("alpha").select("delta").run()
    assert at.query_params["compare"] == "alpha,delta"
    assert any(m.value.startswith("- **Double vision**") for m in at.markdown)


def test_compare_drops_bad_ids_quietly(web):
    at = visit("compare", {"compare": "beta,zzz,gamma,<b>"})
    assert at.multiselect(key="compare-pick").value == ["beta", "gamma"]
    assert at.query_params["compare"] == "beta,gamma"
    body = all_text(at)
    assert "left out: zzz" in body
    assert texts.IDS_MALFORMED in body


def test_compare_keeps_four(web):
    at = visit("compare", {"compare": "alpha,beta,gamma,delta,epsilon"})
    assert at.multiselect(key="compare-pick").value == ["alpha", "beta", "gamma", "delta"]
    assert texts.COMPARE_TOO_MANY in all_text(at)


# --- explore: what to ask next ---------------------------------------------------------


def test_explore_what_to_ask_next(web):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["symptoms"] = "numbness"
    at.run()
    assert not at.exception
    body = all_text(at)
    assert texts.NEXT_TITLE in body
    assert "Questions a clinician might ask to tell these apart — not advice." in body
    item = next(m.value for m in at.markdown if m.value.startswith("- **Hiccups?**"))
    assert "- **Numbness or tingling?**" not in item  # already chosen
    assert "compare" in [page for _, page, _ in links_of(at)]


# --- matrix ---------------------------------------------------------------------------


def _chart_spec(at: AppTest) -> str:
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    return charts[0].proto.spec


def test_matrix_chart_table_and_downloads(web):
    at = visit("matrix")
    spec = _chart_spec(at)
    assert '"text"' in spec and '"rect"' in spec  # words over the colours
    assert "Gamma disorder" in spec and "Hiccups" in spec
    table = at.dataframe[0].value
    assert table.at["Hiccups", "Gamma disorder"] == "many people"
    assert "8 symptoms and 5 conditions, with 19 sourced links." in all_text(at)
    assert [b.label for b in at.download_button] == [
        texts.MATRIX_DOWNLOAD_MATRIX_CSV,
        texts.MATRIX_DOWNLOAD_MATRIX_JSON,
        texts.MATRIX_DOWNLOAD_LINKS_CSV,
        texts.MATRIX_DOWNLOAD_LINKS_JSON,
    ]


def test_matrix_filters_from_url(web):
    at = visit("matrix", {"groups": "vision,bogus", "categories": "nerve_muscle_junction_diseases"})
    assert list(at.dataframe[0].value.columns) == ["Alpha syndrome"]
    assert list(at.dataframe[0].value.index) == ["Double vision", "Drooping eyelid"]
    assert "left out: bogus" in all_text(at)
    assert at.query_params["groups"] == "vision"


def test_matrix_kiosk_has_no_downloads(kiosk):
    at = visit("matrix")
    _chart_spec(at)
    assert len(at.download_button) == 0
    assert texts.DOWNLOADS_OFF in all_text(at)


# --- quiz ------------------------------------------------------------------------------


def _choice(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_quiz_right_answer_explains_and_moves_on(web):
    at = visit("quiz", {"seed": "3"})
    clues = next(m.value for m in at.markdown if m.value.startswith("- **Tiredness**"))
    assert clues == "- **Tiredness**\n- **Numbness or tingling**\n- **Weak legs**"
    assert sorted(b.label for b in at.button) == sorted(
        ["Epsilon encephalitis", "Delta neuropathy", "Gamma disorder", "Beta disease"]
    )
    _choice(at, "Beta disease").click().run()
    assert at.success[0].value == "Right — it is Beta disease."
    body = all_text(at)
    why = html_text(next(b for b in html_bodies(at) if "The sources for" in b))
    assert why.startswith("The sources for Beta disease list: Tiredness ●●●●○ most people source 1")
    assert "Sources Fixture source B (Test publisher) doi:10.0000/fixture" in why
    assert "Delta neuropathy lists 2 of these 3 symptoms: numbness or tingling and weak legs." in body
    assert "Your score this visit: 1 of 1." in body
    at.button(key="quiz-next").click().run()
    assert at.query_params["seed"] == "4"
    assert not at.success


def test_quiz_wrong_answer_explains(web):
    at = visit("quiz", {"seed": "3"})
    _choice(at, "Gamma disorder").click().run()
    assert at.warning[0].value == "Not quite: you chose Gamma disorder. The answer is Beta disease."
    assert "Your score this visit: 0 of 1." in all_text(at)


@pytest.mark.parametrize("bad", ["abc", "-1", "99999999999999", "<b>1</b>"])
def test_quiz_bad_seed_picks_a_new_one(web, bad):
    at = visit("quiz", {"seed": bad})
    assert texts.QUIZ_BAD_SEED in all_text(at)
    assert at.query_params["seed"].isdigit()


# --- handout ---------------------------------------------------------------------------


@pytest.fixture
def captured(monkeypatch):
    """The data handed to st.download_button (AppTest cannot fetch the file itself)."""
    seen: list[bytes] = []
    original = streamlit.download_button

    def spy(label, data, *args, **kwargs):
        seen.append(data)
        return original(label, data, *args, **kwargs)

    monkeypatch.setattr(streamlit, "download_button", spy)
    return seen


def test_handout_download_has_symptoms_and_disclaimer(web, captured):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["symptoms"] = "double_vision,seizures"
    at.run()
    go(at, "handout").run()
    assert not at.exception
    assert "**Symptoms:** Double vision, Seizures" in all_text(at)
    assert at.query_params["symptoms"] == "double_vision,seizures"
    assert [b.label for b in at.download_button] == [texts.HANDOUT_DOWNLOAD]
    page = captured[-1].decode("utf-8")
    assert "<td>Double vision</td>" in page and "<td>Seizures</td>" in page
    assert DISCLAIMER_START in page
    assert "version 0.0.1-test" in page


def test_handout_reads_symptoms_from_its_own_url(web):
    at = AppTest.from_file(str(APP), default_timeout=60)
    go(at, "handout")
    at.query_params["symptoms"] = "hiccups,nope"
    at.run()
    assert not at.exception
    body = all_text(at)
    assert "**Symptoms:** Hiccups" in body
    assert "left out: nope" in body


def test_handout_empty_selection(web):
    at = visit("handout")
    assert texts.HANDOUT_EMPTY in all_text(at)
    assert len(at.download_button) == 0


def test_handout_kiosk_has_no_download(kiosk):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["symptoms"] = "double_vision"
    at.run()
    go(at, "handout").run()
    assert not at.exception
    assert len(at.download_button) == 0
    assert texts.DOWNLOADS_OFF in all_text(at)


# --- the real catalogue in data/ -------------------------------------------------------------


@pytest.fixture
def real(monkeypatch):
    try:
        load_catalog(ROOT / "data")
    except CatalogError as err:
        pytest.skip(f"data/ does not load yet: {err}")
    monkeypatch.setenv("EXPLORER_DATA_DIR", str(ROOT / "data"))
    monkeypatch.delenv("EXPLORER_MODE", raising=False)
    clear_caches()
    yield
    clear_caches()


def test_real_compare_nmosd_ms_lists_hiccups(real):
    cat = load_catalog(ROOT / "data")
    at = visit("compare", {"compare": "nmosd,multiple_sclerosis"})
    best = next(m.value for m in at.markdown if m.value.startswith("- **"))
    for symptom in ("hiccups", "vomiting"):
        assert f"**{md(cat.symptoms.at[symptom, 'label'])}**" in best, symptom
    assert "area postrema" in all_text(at)


def test_real_condition_page_links_orphanet(real):
    at = visit("conditions", {"condition": "multiple_sclerosis"})
    assert at.title[0].value == "Multiple sclerosis"
    assert "ORPHA: [ORPHA:802](https://www.orpha.net/en/disease/detail/802)" in all_text(at)


@pytest.mark.parametrize("page", ["conditions", "matrix", "quiz", "compare"])
def test_real_pages_render(real, page):
    at = visit(page)
    assert at.title
