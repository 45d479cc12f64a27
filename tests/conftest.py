"""Shared fixtures: the tiny fixture catalogue, the bundled one (both prepared once), a writable copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import explorer

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


@pytest.fixture(scope="session")
def mini_catalog():
    """The 5-condition fixture catalogue (invented conditions, real headers), as loaded."""
    return explorer.load_catalog(MINI)


@pytest.fixture(scope="session")
def mini(mini_catalog):
    """The fixture catalogue, prepared."""
    return explorer.prepare(mini_catalog)


@pytest.fixture(scope="session")
def real():
    """The bundled catalogue in data/, prepared."""
    return explorer.prepare(explorer.load_catalog(ROOT / "data"))


@pytest.fixture
def mini_copy(tmp_path):
    """A writable copy of the fixture catalogue, for breaking it on purpose."""
    target = tmp_path / "catalog"
    shutil.copytree(MINI, target)
    return target
