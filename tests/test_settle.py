"""state.settle_process: the server process builds everything once, then freezes its heap (in a fresh process)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

# Runs in its own interpreter: settle_process acts once per process, and freezing the test
# process's heap would hide what it does.
PROBE = """
import gc, json, sys
from functools import cached_property
import explorer
from explorer.catalog import Catalog
from explorer.ui import state

cat = explorer.load_catalog()
before = {"frozen": gc.get_freeze_count(), "altair": "altair" in sys.modules}
state.settle_process(cat)
after_first = gc.get_freeze_count()
second = explorer.load_catalog()
state.settle_process(second)  # a second call does nothing
views = [name for name, attr in vars(Catalog).items() if isinstance(attr, cached_property)]
print(json.dumps({
    "before": before,
    "frozen": after_first,
    "second_frozen": not any(obj is second for obj in gc.get_objects()),
    "pages": all(name in sys.modules for name in state.PAGE_MODULES),
    "altair": "altair" in sys.modules,
    "views": views,
    "built": [name for name in views if name in cat.__dict__],
    "catalog_frozen": not any(obj is cat for obj in gc.get_objects()),
}))
"""


def probe() -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_settle_process_builds_imports_and_freezes_once() -> None:
    got = probe()
    assert got["before"] == {"frozen": 0, "altair": False}
    assert got["pages"] and got["altair"], "every page module (and Altair) is imported before freezing"
    assert len(got["views"]) >= 10
    assert got["built"] == got["views"], "every cached view of the Catalog is built before freezing"
    assert got["frozen"] > 50_000, "pandas, numpy, Altair and the catalogue are in the permanent generation"
    assert got["catalog_frozen"], "the shared catalogue is skipped by later collections"
    assert not got["second_frozen"], "settle_process acts once per process"
