"""`python -m explorer validate [DIR]`: a one-line OK with counts, or the CatalogError on stderr and exit 1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import explorer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "EXPLORER_DATA_DIR"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_ok_line_with_counts_and_version() -> None:
    result = run_cli("validate", str(FIXTURES / "mini"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OK: 5 conditions, 8 symptoms, 19 links (version 0.0.1-test)\n"
    assert result.stderr == ""


def test_broken_catalogue_names_file_line_column_and_fix_on_stderr() -> None:
    result = run_cli("validate", str(FIXTURES / "broken"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "links.csv, line 3, column 'symptom_id'" in result.stderr
    assert "'no_such_symptom' does not exist in symptoms.csv" in result.stderr
    assert "Fix:" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_folder_is_a_catalogue_error() -> None:
    result = run_cli("validate", str(FIXTURES / "no_such_folder"))
    assert result.returncode == 1
    assert "the data folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_defaults_to_environment_variable() -> None:
    result = run_cli("validate", env={"EXPLORER_DATA_DIR": str(FIXTURES / "hostile")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 5 conditions, 8 symptoms, 19 links (version 0.0.1-")


def test_bundled_data_validates_and_matches_the_api() -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    cat = explorer.load_catalog()
    expected = f"OK: {len(cat.conditions)} conditions, {len(cat.symptoms)} symptoms, {len(cat.links)} links"
    assert result.stdout.startswith(expected)
    assert re.fullmatch(r"OK: \d+ conditions, \d+ symptoms, \d+ links \(version [^)]+\)\n", result.stdout)


def test_without_a_command_prints_usage_and_fails() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert "usage: python -m explorer" in result.stderr
