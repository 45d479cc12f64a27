"""Engine benchmark: ``rank`` and ``search_symptoms`` on the real catalogue, ``rank`` on synthetic ones.

Prints figures; asserts nothing about time. Run from the repository root::

    .venv/bin/python bench/engine.py                     # real catalogue + 1k, 10k, 100k conditions
    .venv/bin/python bench/engine.py --sizes 1000 10000  # fewer sizes
    .venv/bin/python bench/engine.py --profile 10000     # cProfile of rank at 10,000 conditions

Each synthetic size runs in a fresh child process, so its memory figures (catalogue DataFrames deep
size + weights array, and the process RSS growth from loading) are not polluted by the other sizes.
Synthetic catalogues are written as CSV and loaded through ``explorer.load_catalog`` (validation
included) unless ``--in-memory`` is given.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import explorer  # noqa: E402
from bench import synthetic  # noqa: E402
from explorer.model import Catalog, CatalogError  # noqa: E402

MINI = ROOT / "tests" / "fixtures" / "mini"
TARGET_MS_AT_10K = 5.0

# Typical selections on the real catalogue, by id; ids the catalogue lacks are skipped.
REAL_SELECTIONS: tuple[tuple[str, ...], ...] = (
    ("double_vision",),
    ("double_vision", "drooping_eyelid"),
    ("numbness", "leg_weakness"),
    ("fatigue",),
    ("double_vision", "drooping_eyelid", "fatigue"),
    ("trouble_swallowing", "double_vision"),
    ("leg_weakness", "numbness", "fatigue", "bladder_problems"),
    ("seizures", "confusion", "memory_problems"),
)
# What visitors type: short phrases, sentences, typos, British spelling, contractions.
QUERIES: tuple[str, ...] = (
    "seeing double",
    "dubble vison",
    "my eyelids droop and I see double",
    "numb legs",
    "pins and needles in my feet",
    "can't catch my breath",
    "trouble swallowing",
    "tired all the time",
    "dizzy",
    "weakness in both legs getting worse over weeks",
    "behaviour changes and memory loss",
    "stiff muscles and spasms",
    "xyzzy",
)


def rss_kib() -> int:
    """This process's resident set size in KiB (VmRSS from /proc; Linux only)."""
    return _proc_status_kib(os.getpid(), "VmRSS")


def _proc_status_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def load_average() -> str:
    """The 1, 5 and 15 minute load averages."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def timed(fn: Callable[[], object], runs: int, warmup: int = 5) -> list[float]:
    """Milliseconds per call of ``fn`` over ``runs`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def timed_each(fn: Callable[[object], object], inputs: Sequence[object], runs: int) -> list[float]:
    """Milliseconds per call, cycling through ``inputs`` for ``runs`` calls (one untimed pass first)."""
    for item in inputs:
        fn(item)
    times = []
    for i in range(runs):
        item = inputs[i % len(inputs)]
        start = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def summary(times: Sequence[float]) -> tuple[float, float]:
    """(median, 95th percentile) of ``times``."""
    return statistics.median(times), float(np.percentile(times, 95))


def frames_bytes(cat: Catalog) -> int:
    """Deep memory of the catalogue's DataFrames (index included)."""
    frames = (cat.conditions, cat.symptoms, cat.links, cat.sources, cat.differences)
    return int(sum(f.memory_usage(deep=True, index=True).sum() for f in frames))


def synthetic_selections(n_symptoms: int, count: int = 200, seed: int = 11) -> list[list[str]]:
    """Selections of 1–5 symptoms drawn by popularity (common symptoms are chosen more often)."""
    rng = np.random.default_rng(seed)
    ids = synthetic.symptom_ids(n_symptoms)
    p = synthetic.popularity(n_symptoms)
    return [
        list(dict.fromkeys(ids[i] for i in rng.choice(n_symptoms, size=rng.integers(1, 6), p=p))) for _ in range(count)
    ]


# --- real catalogue -----------------------------------------------------------------


def load_real() -> tuple[Catalog, str]:
    """The bundled catalogue, or the test fixture if data/ does not load (and why)."""
    try:
        return explorer.load_catalog(), "data/"
    except CatalogError as err:
        return explorer.load_catalog(MINI), f"tests/fixtures/mini (data/ does not load: {err})"


def bench_real(runs: int) -> None:
    """Rank and search_symptoms on the real catalogue (or the fixture)."""
    cat, which = load_real()
    n_links = len(cat.links)
    print(f"\n## Real catalogue: {which}")
    print(f"{len(cat.conditions)} conditions x {len(cat.symptoms)} symptoms, {n_links} links")
    print(f"load avg {load_average()}")
    known = set(cat.symptoms.index)
    selections = [[s for s in sel if s in known] for sel in REAL_SELECTIONS]
    selections = [s for s in selections if s]
    if len(selections) < 4:  # the fixture or a catalogue with other ids: take common symptoms
        by_use = cat.links["symptom_id"].value_counts().index.tolist()
        selections += [by_use[:k] for k in range(1, 5)]
    start = time.perf_counter()
    ix = explorer.prepare(cat)  # what the server does once at start-up
    prepare_ms = (time.perf_counter() - start) * 1000.0
    rank_ms = summary(timed_each(lambda sel: explorer.rank(ix, sel), selections, runs))
    page_ms = summary(timed_each(lambda sel: explorer.explore_page(ix, sel), selections, runs))
    search_ms = summary(timed_each(lambda q: explorer.search_symptoms(ix, q), QUERIES, runs))
    per_query = {q: statistics.median(timed(lambda q=q: explorer.search_symptoms(ix, q), 20, 1)) for q in QUERIES}
    print(f"{len(selections)} typical selections, {len(QUERIES)} typical queries, {runs} timed calls each\n")
    print("| operation | median ms | p95 ms |")
    print("|---|---:|---:|")
    print(f"| rank (explorer.matching) | {rank_ms[0]:.3f} | {rank_ms[1]:.3f} |")
    print(f"| explore_page (everything the Explore page shows) | {page_ms[0]:.3f} | {page_ms[1]:.3f} |")
    print(f"| search_symptoms | {search_ms[0]:.3f} | {search_ms[1]:.3f} |")
    print(f"| prepare (once per server process) | {prepare_ms:.1f} | |")
    slowest = sorted(per_query.items(), key=lambda kv: -kv[1])[:3]
    print("\nslowest queries (median ms): " + "; ".join(f"{q!r} {ms:.2f}" for q, ms in slowest))


# --- synthetic catalogues -------------------------------------------------------------


def measure_one(directory: str | None, spec: synthetic.Spec, runs: int) -> dict[str, float | int | str]:
    """In this (fresh) process: load or build one catalogue, then time rank; return the figures."""
    # Warm the code paths first (pandas/pyarrow import submodules lazily on first use), so the RSS
    # delta below is the catalogue, not the libraries.
    warm = explorer.prepare(explorer.load_catalog(MINI))
    explorer.rank(warm, list(warm.symptoms.index[:2]))
    synthetic.build_catalog(synthetic.Spec(50, 100, 5))
    gc.collect()
    rss_before = rss_kib()
    start = time.perf_counter()
    if directory:
        cat = explorer.load_catalog(directory)
        how = "load_catalog"
    else:
        cat = synthetic.build_catalog(spec)
        how = "in memory"
    ix = explorer.prepare(cat)
    load_s = time.perf_counter() - start
    gc.collect()
    rss_after = rss_kib()
    hwm = _proc_status_kib(os.getpid(), "VmHWM")
    selections = synthetic_selections(spec.symptoms)
    hits = [int(np.count_nonzero(ix.weights[:, ix.symptoms.index.get_indexer(s)].any(axis=1))) for s in selections]
    current = summary(timed_each(lambda sel: explorer.rank(ix, sel), selections, runs))
    return {
        "conditions": spec.conditions,
        "symptoms": spec.symptoms,
        "links": len(cat.links),
        "how": how,
        "load_s": load_s,
        "median_hits": float(statistics.median(hits)),
        "rank_median": current[0],
        "rank_p95": current[1],
        "weights_bytes": int(ix.weights.nbytes),
        "frames_bytes": frames_bytes(cat),
        "rss_delta_kib": rss_after - rss_before,
        "peak_delta_kib": hwm - rss_before,
        "load_avg": load_average(),
    }


def run_child(size: int, symptoms: int, links: int, runs: int, in_memory: bool, workdir: Path) -> dict:
    """Write the catalogue (unless in memory) and measure it in a child process."""
    spec = synthetic.Spec(size, symptoms, links)
    directory = ""
    write_s = 0.0
    if not in_memory:
        start = time.perf_counter()
        directory = str(synthetic.write_catalog(workdir / f"synthetic_{size}", spec))
        write_s = time.perf_counter() - start
    cmd = [sys.executable, __file__, "--child", str(size), "--symptoms", str(symptoms), "--links", str(links)]
    cmd += ["--runs", str(runs), "--dir", directory]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=1800, cwd=ROOT)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["write_s"] = write_s
    return result


def bench_synthetic(sizes: Sequence[int], symptoms: int, links: int, runs: int, in_memory: bool) -> None:
    """The growth table over synthetic catalogue sizes."""
    print(f"\n## rank on synthetic catalogues ({symptoms} symptoms, ~{links} links per condition)")
    print("selections: 200 of 1-5 symptoms drawn by popularity (the same for every size)\n")
    results = []
    with tempfile.TemporaryDirectory(prefix="bench_engine_") as tmp:
        for size in sizes:
            n_runs = runs if size < 100_000 else max(50, runs // 3)
            results.append(run_child(size, symptoms, links, n_runs, in_memory, Path(tmp)))
            print(f"  measured {size} conditions (load avg {results[-1]['load_avg']})", file=sys.stderr)
    print(
        "| conditions | links | built by | load + prepare s | median hits | rank median ms | p95 ms | ms per 1k cond "
        "| weights MB | DataFrames MB | RSS delta MB | peak delta MB |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        k = r["conditions"] / 1000.0
        print(
            f"| {r['conditions']:,} | {r['links']:,} | {r['how']} | {r['load_s']:.1f} | {r['median_hits']:.0f} "
            f"| {r['rank_median']:.2f} | {r['rank_p95']:.2f} | {r['rank_median'] / k:.2f} "
            f"| {r['weights_bytes'] / 1e6:.1f} | {r['frames_bytes'] / 1e6:.1f} "
            f"| {r['rss_delta_kib'] / 1024:.1f} | {r['peak_delta_kib'] / 1024:.1f} |"
        )
    at_10k = [r for r in results if r["conditions"] == 10_000]
    if at_10k:
        r = at_10k[0]
        verdict = "met" if r["rank_median"] < TARGET_MS_AT_10K else "NOT met"
        print(f"\ntarget median rank < {TARGET_MS_AT_10K} ms at 10,000 conditions: {verdict}", end=" ")
        print(f"({r['rank_median']:.2f} ms)")


def profile(size: int, symptoms: int, links: int) -> None:
    """CProfile of explorer.matching.rank over 50 typical selections at ``size`` conditions."""
    cat = explorer.prepare(synthetic.build_catalog(synthetic.Spec(size, symptoms, links)))
    selections = synthetic_selections(symptoms, count=50)
    profiler = cProfile.Profile()
    profiler.enable()
    for sel in selections:
        explorer.rank(cat, sel)
    profiler.disable()
    print(f"cProfile: explorer.rank x 50 at {size} conditions (load avg {load_average()})")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the benchmark (or one child measurement)."""
    parser = argparse.ArgumentParser(description="Engine benchmark (prints figures)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--symptoms", type=int, default=2000)
    parser.add_argument("--links", type=int, default=15, help="links per condition (about)")
    parser.add_argument("--runs", type=int, default=300, help="timed calls per figure")
    parser.add_argument("--in-memory", action="store_true", help="build synthetic catalogues without CSV")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--profile", type=int, metavar="N", help="only profile rank at N conditions")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dir", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = synthetic.Spec(args.child, args.symptoms, args.links)
        print(json.dumps(measure_one(args.dir or None, spec, args.runs)))
        return 0
    if args.profile:
        profile(args.profile, args.symptoms, args.links)
        return 0
    print("# Engine benchmark")
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, pandas {pd.__version__}")
    print(f"nproc {os.cpu_count()}, load avg at start {load_average()}")
    if not args.skip_real:
        bench_real(args.runs)
    bench_synthetic(args.sizes, args.symptoms, args.links, args.runs, args.in_memory)
    print(f"\nload avg at end {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
