"""The shipped catalogue: breadth, depth, wording and sourcing that the product promises."""

from __future__ import annotations

import re

import pytest
import textstat

from explorer import schema, texts

REQUIRED_CONDITIONS = {
    "multiple_sclerosis",
    "nmosd",
    "mogad",
    "adem",
    "transverse_myelitis",
    "optic_neuritis",
    "anti_nmdar_encephalitis",
    "limbic_encephalitis",
    "bickerstaff_encephalitis",
    "rasmussen_encephalitis",
    "paraneoplastic_cerebellar_degeneration",
    "opsoclonus_myoclonus",
    "guillain_barre",
    "miller_fisher",
    "cidp",
    "multifocal_motor_neuropathy",
    "myasthenia_gravis",
    "lambert_eaton",
    "stiff_person",
    "isaacs_syndrome",
    "neurosarcoidosis",
    "neuro_behcet",
    "pacns",
    "susac_syndrome",
    "sydenham_chorea",
    "narcolepsy_type_1",
}

# Wording the app must never use about a visitor: no diagnosis, no chances.
FORBIDDEN = re.compile(r"\byou (may|might|could|probably) have\b|\bprobabilit|\blikelihood\b|\bchance of\b", re.I)


def test_breadth(real):
    assert len(real.conditions) >= 30
    assert set(real.conditions.index) >= REQUIRED_CONDITIONS
    assert len(real.symptoms) >= 90  # exact counts: test_shipped_counts_are_pinned


def test_every_body_system_has_symptoms(real):
    counts = real.symptoms["group"].value_counts()
    assert set(schema.GROUPS) <= set(counts.index)
    assert counts.min() >= 3


def test_synonyms_average_at_least_three(real):
    assert real.symptoms["synonyms"].map(len).mean() >= 3


def test_red_flags_include_emergencies(real):
    flagged = set(real.symptoms.index[real.symptoms["red_flag"]])
    assert {"trouble_breathing", "trouble_swallowing", "seizures", "confusion", "vision_loss"} <= flagged


def test_links_depth(real):
    per_condition = real.links.groupby("condition_id").size()
    assert set(per_condition.index) == set(real.conditions.index), "every condition needs links"
    assert per_condition.mean() >= 10
    assert per_condition.min() >= 5


def test_every_condition_has_sources_and_review_date(real):
    for cid, row in real.conditions.iterrows():
        assert row["source_ids"], cid
        assert schema.DATE_PATTERN.match(row["reviewed"]), cid


def test_every_source_is_used(real):
    used = set(real.links["source_id"]) | set(real.differences["source_id"]) | set(real.conditions["authority_id"])
    used |= set(real.symptoms["red_flag_source"]) - {""}
    for ids in real.conditions["source_ids"]:
        used |= set(ids)
    assert set(real.sources.index) <= used, set(real.sources.index) - used


@pytest.mark.parametrize("column", ["summary"])
def test_lay_summaries_read_at_grade_eight_or_lower(real, column):
    too_hard = {
        cid: round(textstat.flesch_kincaid_grade(text), 1)
        for cid, text in real.conditions[column].items()
        if textstat.flesch_kincaid_grade(text) > 8.0
    }
    assert not too_hard, f"simplify these {column}s (Flesch-Kincaid grade > 8): {too_hard}"


def test_app_texts_read_at_grade_eight_or_lower():
    lay = [texts.EXPLORE_INTRO, texts.EMPTY_STATE, texts.NO_MATCH, texts.NONE_LISTS_ALL, texts.ORDER_NOTE]
    for text in lay:
        assert textstat.flesch_kincaid_grade(text) <= 8.0, text


def test_no_diagnostic_or_probabilistic_wording(real):
    lay_columns = ["summary", "course", "affects", "treatment"]
    for cid, row in real.conditions[lay_columns].iterrows():
        for column in lay_columns:
            assert not FORBIDDEN.search(row[column]), (cid, column)
    for name in dir(texts):
        value = getattr(texts, name)
        if isinstance(value, str) and not name.startswith("_"):
            assert not FORBIDDEN.search(value), name


def test_myasthenia_lists_double_vision_and_drooping_eyelid(real):
    m = real.matrix()
    assert m.at["double_vision", "myasthenia_gravis"] in ("very_frequent", "frequent")
    assert m.at["drooping_eyelid", "myasthenia_gravis"] in ("very_frequent", "frequent")


def test_narcolepsy_autoimmune_basis_is_sourced(real):
    row = real.conditions.loc["narcolepsy_type_1"]
    assert "immune" in row["summary"].lower()
    assert row["source_ids"]


def test_points_of_difference_are_recorded(real):
    d = real.differences
    nmosd_vs_ms = d[(d["condition_id"] == "nmosd") & (d["versus_id"] == "multiple_sclerosis")]
    assert {"hiccups", "vomiting"} <= set(nmosd_vs_ms["symptom_id"])


def test_manifest(real):
    assert re.match(r"^\d{4}\.\d{1,2}\.\d+$", real.manifest["version"])
    assert real.manifest["hpo_version"] == "2025-01-16"


# The shipped catalogue's size, pinned: a change to the data must change these on purpose.
# Reproduce: `make validate` prints "OK: 48 conditions, 151 symptoms, 645 links (version 2026.12.1)";
# the rest: `.venv/bin/python -c "import explorer; c = explorer.load_catalog(); print(len(c.sources),
# len(c.differences), int(c.symptoms.red_flag.sum()))"` prints "297 129 28".
SHIPPED = {"conditions": 48, "symptoms": 151, "links": 645, "sources": 297, "differences": 129, "red_flags": 28}


def test_shipped_counts_are_pinned(real):
    got = {
        "conditions": len(real.conditions),
        "symptoms": len(real.symptoms),
        "links": len(real.links),
        "sources": len(real.sources),
        "differences": len(real.differences),
        "red_flags": len(real.red_flags),
    }
    assert got == SHIPPED
    assert real.version == "2026.12.1"
