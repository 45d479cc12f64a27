"""Loading: a good catalogue loads read-only; every kind of bad input names file, line, column and fix."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

import explorer
from explorer import schema
from explorer.model import CatalogError


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(directory) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        explorer.load_catalog(directory)
    return info.value


def test_fixture_loads_with_expected_shapes(mini):
    assert list(mini.conditions.index) == ["alpha", "beta", "gamma", "delta", "epsilon"]
    assert len(mini.symptoms) == 8
    assert len(mini.links) == 19
    assert mini.symptoms.at["trouble_breathing", "red_flag"]
    assert not mini.symptoms.at["double_vision", "red_flag"]
    assert mini.symptoms.at["double_vision", "synonyms"] == ("seeing double", "two of everything")
    assert mini.conditions.at["beta", "source_ids"] == ("src_a", "src_b")
    assert mini.version == "0.0.1-test"


def test_links_are_sorted_most_typical_first_per_condition(mini):
    alpha = mini.links[mini.links["condition_id"] == "alpha"]
    assert list(alpha["frequency"]) == ["very_frequent", "very_frequent", "frequent", "occasional"]


def test_matrix_has_every_symptom_and_condition(mini):
    m = mini.matrix()
    assert m.shape == (8, 5)
    assert m.at["hiccups", "gamma"] == "frequent"
    assert m.at["hiccups", "alpha"] == ""
    assert m.at["seizures", "gamma"] == "excluded"


def test_catalog_is_frozen(mini):
    with pytest.raises(AttributeError):
        mini.catalog.conditions = pd.DataFrame()


def test_catalog_holds_only_what_the_loader_read(mini):
    fields = [f.name for f in dataclasses.fields(mini.catalog)]
    assert fields == ["conditions", "symptoms", "links", "sources", "differences", "manifest", "translations"]


def test_environment_variable_selects_data_dir(monkeypatch):
    from tests.conftest import MINI

    monkeypatch.setenv("EXPLORER_DATA_DIR", str(MINI))
    assert explorer.load_catalog().version == "0.0.1-test"


# --- each kind of bad input ---------------------------------------------------------


def test_missing_file(mini_copy):
    (mini_copy / "links.csv").unlink()
    err = load_error(mini_copy)
    assert err.file == "links.csv"
    assert "missing" in str(err) and "condition_id,symptom_id,frequency,source_id,note" in str(err)


def test_missing_manifest(mini_copy):
    (mini_copy / "manifest.json").unlink()
    assert load_error(mini_copy).file == "manifest.json"


def test_missing_column(mini_copy):
    edit(mini_copy / "symptoms.csv", ",red_flag,red_flag_source\n", ",red_flag_source\n")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("symptoms.csv", 1, "red_flag")
    assert "missing column" in str(err)


def test_extra_column(mini_copy):
    path = mini_copy / "sources.csv"
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([header + ",colour", *(row + ",x" for row in rows)]) + "\n", encoding="utf-8")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("sources.csv", 1, "colour")
    assert "unexpected column" in str(err) and "data/README.md" in str(err)


def test_empty_file(mini_copy):
    (mini_copy / "conditions.csv").write_text("", encoding="utf-8")
    err = load_error(mini_copy)
    assert (err.file, err.line) == ("conditions.csv", 1)
    assert "empty" in str(err)


def test_duplicate_id(mini_copy):
    path = mini_copy / "symptoms.csv"
    with path.open("a", encoding="utf-8") as f:
        f.write("hiccups,Hiccups again,Recurrent singultus,HP:0100247,Speech and swallowing,,no,\n")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("symptoms.csv", 10, "symptom_id")
    assert "duplicate" in str(err) and "first on line 6" in str(err)


def test_duplicate_label(mini_copy):
    with (mini_copy / "symptoms.csv").open("a", encoding="utf-8") as f:
        f.write("hiccups_again,HICCUPS ,Recurrent singultus,HP:0100247,Speech and swallowing,,no,\n")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("symptoms.csv", 10, "label")
    assert "'HICCUPS' is already used on line 6" in str(err)  # cells are stripped when read


def test_duplicate_link(mini_copy):
    with (mini_copy / "links.csv").open("a", encoding="utf-8") as f:
        f.write("alpha,fatigue,occasional,src_b,\n")
    err = load_error(mini_copy)
    assert (err.file, err.line) == ("links.csv", 21)
    assert "alpha + fatigue" in str(err)


def test_link_to_unknown_condition(mini_copy):
    edit(mini_copy / "links.csv", "epsilon,fatigue", "zeta,fatigue")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("links.csv", 20, "condition_id")
    assert "'zeta' does not exist in conditions.csv" in str(err)


def test_link_to_unknown_symptom(mini_copy):
    edit(mini_copy / "links.csv", "alpha,fatigue", "alpha,fatigues")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("links.csv", 5, "symptom_id")
    assert "symptoms.csv" in str(err)


def test_unknown_frequency_band(mini_copy):
    edit(mini_copy / "links.csv", "alpha,fatigue,frequent", "alpha,fatigue,often")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("links.csv", 5, "frequency")
    assert "'often' is not an allowed value" in str(err)
    assert "very_frequent" in err.fix


def test_malformed_hpo_id(mini_copy):
    edit(mini_copy / "symptoms.csv", "HP:0100247", "HP:100247")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("symptoms.csv", 6, "hpo_id")
    assert "HP:0000651" in err.fix


def test_link_without_source(mini_copy):
    edit(mini_copy / "links.csv", "alpha,fatigue,frequent,src_a", "alpha,fatigue,frequent,")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("links.csv", 5, "source_id")
    assert "empty" in str(err)


def test_source_that_does_not_exist(mini_copy):
    edit(mini_copy / "links.csv", "alpha,fatigue,frequent,src_a", "alpha,fatigue,frequent,src_z")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("links.csv", 5, "source_id")
    assert "'src_z' does not exist in sources.csv" in str(err)


def test_condition_source_that_does_not_exist(mini_copy):
    edit(mini_copy / "conditions.csv", "src_a;src_b", "src_a;src_q")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 3, "source_ids")


def test_text_that_is_not_utf8(mini_copy):
    path = mini_copy / "conditions.csv"
    data = path.read_bytes().replace(b"Delta neuropathy", "Délta neuropathy".encode("latin-1"))
    path.write_bytes(data)
    err = load_error(mini_copy)
    assert (err.file, err.line) == ("conditions.csv", 5)
    assert "not UTF-8" in str(err) and "save the file as UTF-8" in str(err)


def test_ragged_row(mini_copy):
    edit(mini_copy / "sources.csv", "src_a,Fixture source A,", "src_a,Fixture, source A,")
    err = load_error(mini_copy)
    assert (err.file, err.line) == ("sources.csv", 2)
    assert "comma" in err.fix


def test_unknown_group_and_category(mini_copy):
    edit(mini_copy / "symptoms.csv", ",Breathing,", ",Lungs,")
    err = load_error(mini_copy)
    assert (err.file, err.column) == ("symptoms.csv", "group")
    assert schema.GROUPS[0] in err.fix


def test_bad_codes_and_dates(mini_copy):
    edit(mini_copy / "conditions.csv", "ORPHA:1,", "ORPHA1,")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, "orpha")


def test_source_needs_url_or_identifier(mini_copy):
    edit(mini_copy / "sources.csv", "https://example.org/a,", ",")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("sources.csv", 2, "url")


def test_http_url_rejected(mini_copy):
    edit(mini_copy / "sources.csv", "https://example.org/a", "javascript:alert(1)")
    err = load_error(mini_copy)
    assert err.column == "url"


def test_missing_folder(tmp_path):
    err = load_error(tmp_path / "nope")
    assert "does not exist" in str(err)


# --- the named authority, its core features, and red-flag advice ------------------------------------


def test_authority_needs_a_doi_or_pmid(mini_copy):
    edit(mini_copy / "conditions.csv", "src_a,src_b,double_vision", "src_a,src_a,double_vision")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, "authority_id")
    assert "no DOI or PMID" in err.problem and "criteria" in err.fix


def test_authority_must_exist(mini_copy):
    edit(mini_copy / "conditions.csv", "src_a,src_b,double_vision", "src_a,src_x,double_vision")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, "authority_id")


def test_core_symptom_must_be_linked_frequent_or_above(mini_copy):
    edit(mini_copy / "links.csv", "alpha,double_vision,very_frequent", "alpha,double_vision,occasional")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, "core_symptoms")
    assert "'double_vision' is a core symptom" in err.problem and "'occasional'" in err.problem
    assert "'frequent' or above" in err.fix


def test_core_symptom_must_be_linked_at_all(mini_copy):
    edit(mini_copy / "conditions.csv", "src_b,double_vision,", "src_b,double_vision;hiccups,")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, "core_symptoms")
    assert "does not list it" in err.problem


def test_core_symptom_must_be_a_symptom(mini_copy):
    edit(mini_copy / "conditions.csv", "src_b,double_vision,", "src_b,third_eye,")
    err = load_error(mini_copy)
    assert (err.file, err.column) == ("conditions.csv", "core_symptoms")
    assert "'third_eye' does not exist in symptoms.csv" in str(err)


def test_doubt_symptom_must_not_be_listed_as_common(mini_copy):
    edit(mini_copy / "links.csv", "gamma,seizures,excluded", "gamma,seizures,frequent")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 4, "doubt_symptoms")
    assert "casts doubt" in err.problem and "'very_rare' or 'excluded'" in err.fix


def test_red_flag_needs_its_emergency_advice_source(mini_copy):
    edit(mini_copy / "symptoms.csv", ",yes,src_a", ",yes,")
    err = load_error(mini_copy)
    assert (err.file, err.column) == ("symptoms.csv", "red_flag_source")
    assert "emergency-advice source" in err.problem


def test_only_red_flags_cite_emergency_advice(mini_copy):
    edit(mini_copy / "symptoms.csv", "two of everything,no,", "two of everything,no,src_a")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("symptoms.csv", 2, "red_flag_source")


def test_hpo_id_is_unique_per_symptom(mini_copy):
    edit(mini_copy / "symptoms.csv", "HP:0000508", "HP:0000651")
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("symptoms.csv", 3, "hpo_id")
    assert "already used on line 2" in err.problem


# --- how it started and whom it affects ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "column", "message"),
    [
        (",months_years,adults,src_b,", ",slowly,adults,src_b,", "onset", "'slowly' is not an allowed value"),
        (",months_years,adults,src_b,", ",months_years;weeks,adults,src_b,", "onset", "'weeks' is not an allowed"),
        (",months_years,adults,src_b,", ",months_years,teenagers,src_b,", "ages", "'teenagers' is not an allowed"),
        (",months_years,adults,src_b,", ",months_years,adults,src_x,", "onset_source_id", "'src_x' does not exist"),
        (",adults,src_b,src_b,", ",adults,src_b,src_y,", "ages_source_id", "'src_y' does not exist"),
    ],
    ids=["onset-value", "onset-list-item", "ages-value", "onset-source", "ages-source"],
)
def test_onset_and_ages_are_validated(mini_copy, old, new, column, message):
    edit(mini_copy / "conditions.csv", old, new)
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, column)
    assert message in err.problem


@pytest.mark.parametrize("column", ["onset", "ages", "onset_source_id", "ages_source_id"])
def test_onset_and_ages_are_required(mini_copy, column):
    cells = {
        "onset": ",,adults,src_b,src_b,",
        "ages": ",months_years,,src_b,src_b,",
        "onset_source_id": ",months_years,adults,,src_b,",
        "ages_source_id": ",months_years,adults,src_b,,",
    }
    edit(mini_copy / "conditions.csv", ",months_years,adults,src_b,src_b,", cells[column])
    err = load_error(mini_copy)
    assert (err.file, err.line, err.column) == ("conditions.csv", 2, column)


def test_onset_and_ages_load_as_tuples(mini):
    assert mini.conditions.at["gamma", "onset"] == ("days_weeks", "months_years")
    assert mini.conditions.at["epsilon", "ages"] == ("children",)
