"""Where one Explore rerun spends its time: per-part timings (and optionally cProfile) of the page script.

Runs the app in ``streamlit.testing.v1.AppTest`` (same process, no websocket), opens
``?symptoms=double_vision,drooping_eyelid`` and ticks/unticks one symptom ``--runs`` times, timing the
page's parts by wrapping them (the wrappers only measure; nothing in explorer/ is changed on disk)::

    .venv/bin/python bench/app_profile.py              # table of parts, ms per rerun
    .venv/bin/python bench/app_profile.py --cprofile   # plus the top functions inside the page script

Figures are script time only; bench/server.py measures the whole round trip.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.wsclient import load_average  # noqa: E402

# (module, attribute) of the parts to time; missing ones are skipped (the UI changes often).
PARTS: tuple[tuple[str, str], ...] = (
    ("explorer.ui.explore", "render"),
    ("explorer.ui.explore", "_picker"),
    ("explorer.ui.explore", "_results"),
    ("explorer.ui.explore", "_result_card"),
    ("explorer.ui.explore", "_chosen_summary"),
    ("explorer.ui.explore", "_next_questions"),
    ("explorer.ui.frame", "header"),
    ("explorer.ui.frame", "footer"),
    ("explorer.ui.widgets", "emergency_box"),
    ("explorer.explore", "explore_page"),
    ("explorer.matching", "rank_checked"),
    ("explorer.matching", "explain_checked"),
    ("explorer.matching", "discriminators_checked"),
)
TOGGLE = ("numbness_tingling", "numbness", "fatigue")


def _wrap(totals: dict[str, list[float]], label: str, fn: Callable, profiler: cProfile.Profile | None) -> Callable:
    def timed(*args, **kwargs):
        start = time.perf_counter()
        outer = profiler is not None and label == "explorer.ui.explore.render"
        if outer:
            profiler.enable()
        try:
            return fn(*args, **kwargs)
        finally:
            if outer:
                profiler.disable()
            totals[label].append((time.perf_counter() - start) * 1000.0)

    timed.__wrapped__ = fn  # type: ignore[attr-defined]
    return timed


def install(totals: dict[str, list[float]], profiler: cProfile.Profile | None) -> list[str]:
    """Wrap each part that exists, also where other modules imported it by name; return their labels."""
    labels = []
    for module_name, attr in PARTS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        owner, _, name = attr.rpartition(".")
        target = getattr(module, owner) if owner else module
        fn = getattr(target, name, None)
        if fn is None:
            continue
        label = f"{module_name}.{attr}"
        wrapped = _wrap(totals, label, fn, profiler)
        setattr(target, name, wrapped)
        if not owner:  # `from explorer.ui.widgets import emergency_box` style imports elsewhere
            for other in list(sys.modules.values()):
                if getattr(other, "__name__", "").startswith("explorer") and getattr(other, name, None) is fn:
                    setattr(other, name, wrapped)
        labels.append(label)
    return labels


def main(argv: list[str] | None = None) -> int:
    """Run the app in AppTest and print where a rerun's time goes."""
    parser = argparse.ArgumentParser(description="Per-part timings of one Explore rerun (prints figures)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args(argv)
    from streamlit.testing.v1 import AppTest

    import explorer
    import explorer.ui.explore  # import the views before wrapping

    totals: dict[str, list[float]] = defaultdict(list)
    profiler = cProfile.Profile() if args.cprofile else None
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["symptoms"] = "double_vision,drooping_eyelid"
    at.run()
    cat = explorer.load_catalog()
    key = next((s for s in TOGGLE if s in cat.symptoms.index), None)
    if key is None:
        raise SystemExit("no symptom pill to press")
    group_key = "pick-" + explorer.ui.explore.group_slug(cat.symptoms.at[key, "group"])
    labels = install(totals, profiler)
    walls = []
    for _ in range(args.runs):
        group = at.button_group(key=group_key)
        group.unselect(key) if key in (group.value or []) else group.select(key)
        start = time.perf_counter()
        at.run()
        walls.append((time.perf_counter() - start) * 1000.0)
    if at.exception:
        print("the app raised:", [e.message for e in at.exception])
    print(f"# Explore rerun, pressing/unpressing the {key} pill on ?symptoms=double_vision,drooping_eyelid")
    print(f"{args.runs} reruns in AppTest; load avg {load_average()}")
    print()
    print("| part | calls per rerun | ms per rerun (median) |")
    print("|---|---:|---:|")
    print(f"| AppTest run (whole script + AppTest overhead) | 1 | {statistics.median(walls):.1f} |")
    for label in labels:
        calls = totals.get(label, [])
        if not calls:
            continue
        per_run = sum(calls) / args.runs
        print(f"| {label} | {len(calls) / args.runs:.1f} | {per_run:.1f} |")
    print("\n(nested parts are included in their callers; mean per rerun for repeated calls)")
    if profiler is not None:
        print("\n## cProfile of explore.render, by cumulative time\n")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
