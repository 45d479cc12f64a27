"""Two versions of the app, one run: this checkout's round trip against another checkout's, interleaved.

``bench/server.py`` compares the app with a bare app; runs of it an hour apart differ by more than
a change under test does on this shared machine. This script puts both versions in the same run,
in alternating blocks of 10 interactions, so background load hits them alike. Make the other
checkout with git, then run from the repository root::

    git worktree add /tmp/before <commit>
    .venv/bin/python bench/versions.py /tmp/before               # this checkout, English, against it
    .venv/bin/python bench/versions.py /tmp/before --lang es     # ... and this checkout in Spanish too
    git worktree remove /tmp/before

Every server runs with this checkout's interpreter and ``.streamlit/config.toml``; each imports
its own ``explorer`` package and serves its own ``data/``. The interaction is ``bench/server.py``'s:
one symptom pill pressed and unpressed on top of ``?symptoms=double_vision,drooping_eyelid``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import server as bench_server  # noqa: E402
from bench.wsclient import Server, load_average  # noqa: E402


def press_a_pill(session: bench_server.Session, is_bare: bool) -> dict[str, bench_server.WidgetValue]:
    """Every server here is a version of the app: always press a symptom pill."""
    del is_bare
    return bench_server.app_toggle(session)


def main(argv: list[str] | None = None) -> int:
    """Start the servers, run interleaved round trips, print one table."""
    parser = argparse.ArgumentParser(description="Round trip of this checkout against another (prints figures)")
    parser.add_argument("other", type=Path, help="the other checkout (a directory holding app.py)")
    parser.add_argument("--reruns", type=int, default=90, help="timed interactions per version (>= 30)")
    parser.add_argument("--trials", type=int, default=3, help="fresh servers and a new run, this many times")
    parser.add_argument("--lang", action="append", default=[], metavar="CODE", help="also this checkout in CODE")
    args = parser.parse_args(argv)
    other = args.other.resolve()
    if not (other / "app.py").is_file():
        parser.error(f"{other} holds no app.py")
    versions = {"other": (other / "app.py", {}), "this": (ROOT / "app.py", {})}
    for code in args.lang:
        versions[f"this, {code}"] = (ROOT / "app.py", {"EXPLORER_LANGUAGE": code})

    print("# Two versions, one run")
    print(f"other: {other}\nthis: {ROOT}")
    medians: dict[str, list[float]] = {name: [] for name in versions}
    bench_server.toggle = press_a_pill  # round_trips asks this module-level function what to send
    print("\n| trial | version | median ms | p95 ms | messages per run | failures | server CPU ms per run | load avg |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for trial in range(1, args.trials + 1):
        servers = {
            name: Server(script, env=env, name=name.replace(", ", "_")) for name, (script, env) in versions.items()
        }
        try:
            for srv in servers.values():
                srv.start()
            for srv in servers.values():
                srv.wait_healthy(timeout=120)
            results = asyncio.run(
                bench_server.round_trips(
                    {n: s.port for n, s in servers.items()}, args.reruns, pids={n: s.pid for n, s in servers.items()}
                )
            )
        finally:
            for srv in servers.values():
                srv.stop()
        for name, r in results.items():
            times: list[float] = r["times"]  # type: ignore[assignment]
            medians[name].append(statistics.median(times))
            print(
                f"| {trial} | {name} | {statistics.median(times):.1f} | {bench_server.pct(times, 95):.1f} "
                f"| {statistics.median(r['messages']):.0f} | {r['failures']} "  # type: ignore[arg-type]
                f"| {r.get('cpu_ms', float('nan')):.0f} | {load_average()} |"
            )
    print("\nmedian of the trials' medians, and the ratio to the other checkout:")
    base = statistics.median(medians["other"])
    for name, values in medians.items():
        mid = statistics.median(values)
        print(f"- {name}: {mid:.1f} ms ({mid / base:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
