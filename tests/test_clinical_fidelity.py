"""The shipped catalogue against its own authorities: what a clinical read must not find.

Each condition names its authority (criteria or a major review, by DOI or PMID); its core
features are linked at "many people" or more; nothing rests only on a glossary; every symptom
is linked; red flags follow public emergency advice; lay text is plain and gentle; the
criteria's core features, chosen as a selection, put the condition in the top three.
"""

from __future__ import annotations

import re

import pytest
import textstat

import explorer
from explorer import evaluation, schema
from explorer.catalog import BUNDLED_DATA
from explorer.reference.decisions import load_dropped

LAY = ("summary", "course", "affects", "treatment")
# Sources a clinical read rejected: glossaries, dictionaries, aggregator records, a conference abstract.
REJECTED = {
    "pallipedia_ms",
    "gpnotebook_neurosarcoidosis",
    "nci_gbs",
    "korean_aps_aqp4_mog",
    "iglon5_sleep_scoping_review",
    "oxford_mog_outcome_cohort",
    "hpo_annotations",
}
NOT_A_SOURCE = re.compile(r"glossary|dictionary|journal not verified|conference abstract|notebook", re.I)
PEER_REVIEWED = re.compile(r"\b(doi:10\.|PMID:\d|PMC\d)")
EMERGENCY_PUBLISHERS = re.compile(r"\bNHS\b|MedlinePlus|Library of Medicine|Stroke Association|Ambulance", re.I)
# Words a visitor should not meet unexplained: each first use shares its sentence with a plain gloss.
JARGON = ("IgM", "MAG", "GQ1b", "LGI1", "CASPR2", "GAD", "aquaporin", "myelin", "IgLON5", "NMDA", "MOG", "hypocretin")
GLOSS = re.compile(r"protein|antibod|chemical|coating|channel|signal|cells? use|called|helps|lets|that |which ", re.I)
UNGENTLE = re.compile(r"slowly die|slowly shrinks|fights a cancer|fatal|incurable|wasting away", re.I)


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def test_every_condition_names_a_peer_reviewed_authority(real):
    for cid, row in real.conditions.iterrows():
        source = real.source_records[row["authority_id"]]
        assert PEER_REVIEWED.search(source["identifier"]), (cid, row["authority_id"])
        assert row["authority_id"] in row["source_ids"], cid


def test_core_features_are_linked_at_many_people_or_more(real):
    typical = schema.BAND[schema.CORE_MIN_BAND].weight
    for cid, row in real.conditions.iterrows():
        assert row["core_symptoms"], cid
        for sid in row["core_symptoms"]:
            link = real.link_of[cid].get(sid)
            assert link and schema.BAND[link.frequency].weight >= typical, (cid, sid)


def test_symptoms_that_cast_doubt_are_not_listed_as_common(real):
    for cid, row in real.conditions.iterrows():
        for sid in row["doubt_symptoms"]:
            link = real.link_of[cid].get(sid)
            assert link is None or schema.BAND[link.frequency].weight <= schema.BAND["very_rare"].weight, (cid, sid)


def test_depth(real):
    listed = real.links[real.links["frequency"] != "excluded"].groupby("condition_id").size()
    assert listed.min() >= 8, listed[listed < 8].to_dict()
    assert listed["multiple_sclerosis"] >= 20


def test_no_rejected_or_glossary_sources(real):
    assert not REJECTED & set(real.sources.index)
    for sid, row in real.sources.iterrows():
        assert not NOT_A_SOURCE.search(f"{row['title']} {row['publisher']}"), sid
        assert row["url"] or row["identifier"], sid


def test_no_condition_rests_only_on_pages_without_peer_review(real):
    """A quarter or more of every condition's links (and at least two) cite a peer-reviewed paper or Orphanet."""
    for cid, links in real.links_of.items():
        backed = [
            link
            for link in links
            if PEER_REVIEWED.search(real.source_records[link.source_id]["identifier"])
            or link.source_id.startswith("orphanet_")
        ]
        assert len(backed) >= max(2, len(links) / 4), cid


def test_every_symptom_is_linked_or_kept_for_its_emergency_advice(real):
    """A symptom no condition's sources list is removed, unless it is a red flag.

    Choosing a red flag must still show the emergency box (fainting, choking, ...); the results then
    say that no condition here lists it.
    """
    linked = set(real.links["symptom_id"])  # an "excluded" link is a sourced statement too
    emergency_only = set(real.symptoms.index) - linked
    assert emergency_only <= set(real.red_flags), emergency_only - set(real.red_flags)
    assert len(emergency_only) <= 6, emergency_only


def test_red_flags_follow_public_emergency_advice(real):
    flagged = real.symptoms[real.symptoms["red_flag"]]
    assert len(flagged) >= 20
    for sid, row in flagged.iterrows():
        source = real.source_records[row["red_flag_source"]]
        assert EMERGENCY_PUBLISHERS.search(source["publisher"]), (sid, source["publisher"])


def test_the_emergency_signs_a_clinical_read_asked_for_are_red_flags(real):
    asked = {"weakness_spreading_fast", "double_vision", "staring_spells", "seizures", "confusion", "trouble_breathing"}
    assert asked <= set(real.red_flags)
    assert "seizure" in real.symptom_labels["staring_spells"].lower()


def test_lay_text_reads_at_grade_eight_or_lower(real):
    too_hard = {
        (cid, column): round(textstat.flesch_kincaid_grade(text), 1)
        for cid, row in real.conditions[list(LAY)].iterrows()
        for column, text in row.items()
        if textstat.flesch_kincaid_grade(text) > 8.0
    }
    assert not too_hard, f"simplify (Flesch-Kincaid grade > 8): {too_hard}"


def test_jargon_is_explained_where_it_first_appears(real):
    for cid, row in real.conditions.iterrows():
        text = " ".join(row[c] for c in LAY)
        for name in sorted([row["name"], *row["aliases"]], key=len, reverse=True):
            text = text.replace(name, "the condition")  # a name is not jargon to explain
        for word in JARGON:
            first = next((s for s in sentences(text) if re.search(rf"\b{word}\b", s)), None)
            assert first is None or GLOSS.search(first), (cid, word, first)


def test_frightening_facts_are_said_gently(real):
    for cid, row in real.conditions.iterrows():
        for column in LAY:
            assert not UNGENTLE.search(row[column]), (cid, column)


def test_summaries_promise_only_what_is_linked(real):
    """A body part or sign a summary names must be a symptom the condition lists (spot checks from the read)."""
    promises = {
        "lambert_eaton": ["weak_hips_shoulders", "dry_mouth", "lost_reflexes"],
        "sreat": ["confusion", "seizures", "thinking_problems"],
        "neuro_behcet": ["headache", "weakness_one_side"],
        "opsoclonus_myoclonus": ["fast_eye_movements", "irritability", "trouble_sleeping"],
    }
    for cid, sids in promises.items():
        for sid in sids:
            assert sid in real.link_of[cid], (cid, sid)


def test_omim_codes_are_diseases_not_susceptibility_entries(real):
    codes = {code for codes in real.conditions["omim"] for code in codes}
    assert not codes & {"OMIM:126200", "OMIM:161400"}


def test_differences_point_the_right_way(real):
    for d in real.difference_records:
        mine = real.link_of[d.condition_id].get(d.symptom_id)
        theirs = real.link_of[d.versus_id].get(d.symptom_id)
        assert mine and mine.frequency != "excluded", d
        weight = schema.BAND[theirs.frequency].weight if theirs else 0
        assert schema.BAND[mine.frequency].weight >= weight, d


def test_dropped_annotations_are_sourced(real):
    dropped = load_dropped(BUNDLED_DATA, real.catalog)
    assert dropped, "the catalogue records why it does not use some Orphanet rows"
    for d in dropped:
        assert d.note.strip() and d.source_id in real.source_records, d


# --- criteria vignettes --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vignettes():
    return evaluation.read_vignettes()


def test_every_condition_has_a_criteria_vignette(real, vignettes):
    assert {v.condition_id for v in vignettes} == set(real.condition_ids)
    for v in vignettes:
        assert 3 <= len(v.symptom_ids) <= 7 and v.basis, v


def test_each_criteria_vignette_puts_its_condition_in_the_top_three(real, vignettes):
    """With the vignette's onset and age answered, as a visitor would: every condition, old and new."""
    assert all(v.onset in schema.ONSETS and v.age in schema.AGES for v in vignettes)
    misses = [
        (
            v.condition_id,
            evaluation.vignette_rank(real, v),
            list(explorer.rank(real, v.symptom_ids, onset=v.onset, age=v.age)["condition_id"][:3]),
        )
        for v in vignettes
        if (evaluation.vignette_rank(real, v) or 99) > 3
    ]
    assert misses == []


def test_a_vignette_answers_fit_its_own_condition(real, vignettes):
    """A vignette's onset and age are ones its condition usually has (else the answers would mislead)."""
    for v in vignettes:
        assert v.onset in real.conditions.at[v.condition_id, "onset"], v
        assert v.age in real.conditions.at[v.condition_id, "ages"], v


def test_the_evaluation_figures_are_current(real, vignettes):
    """data/evaluation.json is what `make evaluate` writes for this catalogue (re-run it after a change)."""
    shown = evaluation.read_figures()
    assert shown is not None, "run `make evaluate`"
    measured = evaluation.measure_bundled(today=shown.measured_on)
    assert shown == measured
