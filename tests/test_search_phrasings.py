"""Lay phrasings, as different visitors type them, find the intended symptom first."""

from __future__ import annotations

import csv

import pytest

import explorer
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
PHRASINGS = DATA / "lay_phrasings.csv"
# Written separately from the synonyms, by other "visitors"; measured, not tuned on.
HOLDOUT = DATA / "lay_descriptions_holdout.csv"
# Short lay accounts of a condition, as a patient or parent might type them.
DESCRIPTIONS = DATA / "condition_descriptions.csv"


def load_rows(path=PHRASINGS):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_phrasing_table_is_broad(real):
    rows = load_rows()
    assert len(rows) >= 150
    ids = {r["symptom_id"] for r in rows}
    assert ids <= set(real.symptoms.index), ids - set(real.symptoms.index)
    assert len(ids) >= 70


# The phrasing table is what the search is tuned on: 97 % found first. The holdout, written apart and
# never tuned on, is measured and reported (data/evaluation.json, the About page) with a floor of 90 %.
@pytest.mark.parametrize(("path", "floor"), [(PHRASINGS, 0.97), (HOLDOUT, 0.90)], ids=["phrasings", "holdout"])
def test_phrasings_found_first(real, path, floor):
    rows = load_rows(path)
    misses = [
        (r["phrase"], r["symptom_id"], explorer.search_symptoms(real, r["phrase"], limit=3))
        for r in rows
        if explorer.search_symptoms(real, r["phrase"], limit=1) != [r["symptom_id"]]
    ]
    found = 1 - len(misses) / len(rows)
    assert found >= floor, f"{found:.1%} found first; misses: {misses}"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # A clinical read found each of these finding the wrong symptom.
        ("swollen optic nerve", "swollen_optic_disc"),  # found Anxiety
        ("weakness that moves up my body over days", "weakness_spreading_fast"),  # found weakness on one side
        ("learning problems", "thinking_problems"),  # found changes in behaviour
        ("trouble speaking", "slurred_speech"),  # found nasal voice
        ("staring spells", "staring_spells"),
    ],
)
def test_phrases_a_clinical_read_flagged_find_the_right_symptom(real, phrase, expected):
    assert explorer.search_symptoms(real, phrase, limit=1) == [expected]


@pytest.mark.parametrize(
    "phrase",
    ["over a few days", "for months", "suddenly", "since childhood", "it started a few weeks ago", "for years now"],
)
def test_a_time_course_alone_finds_no_symptom(real, phrase):
    """How fast something came on is not a symptom: the search offers nothing rather than a wrong guess."""
    assert [h.symptom_id for h in explorer.find(real, phrase) if h.confident] == []
    assert explorer.search_symptoms(real, phrase) == []


def test_condition_descriptions_rank_the_condition_near_the_top(real):
    """One or two lay accounts per condition, every condition covered.

    Some conditions share most symptoms with look-alikes (and their telling clues, such as a thyroid problem or a
    recent strep throat, are not symptoms), so the bar is the top three for most and the top
    ten for all: measured 28 of 34 and 34 of 34 when this set was written, and 44 of 50 and 50 of 50 with the
    48-condition catalogue (2026.12.1), where more encephalitis look-alikes share the vaguer accounts.
    """
    rows = load_rows(DESCRIPTIONS)
    assert {r["condition_id"] for r in rows} == set(real.conditions.index)
    top3_misses, top10_misses = [], []
    for row in rows:
        ranked = list(explorer.rank(real, explorer.symptoms_in_text(real, row["description"]))["condition_id"])
        if row["condition_id"] not in ranked[:3]:
            top3_misses.append((row["condition_id"], ranked[:3]))
        if row["condition_id"] not in ranked[:10]:
            top10_misses.append((row["condition_id"], ranked[:10]))
    assert len(top3_misses) <= len(rows) // 5, top3_misses
    assert not top10_misses


def test_sentence_finds_the_symptoms_it_names(real):
    text = "My eyelids droop and I see double by the end of the day, and chewing makes my jaw tired."
    found = explorer.symptoms_in_text(real, text)
    assert {"drooping_eyelid", "double_vision", "jaw_tires_chewing"} <= set(found)
    assert "drooling" not in found  # "droop" is its own word, not a typo of "drool"
