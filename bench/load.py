"""Load benchmark: 50 and 100 concurrent sessions against the app and the bare app, two scenarios.

- **Taps**: each session is a visitor arriving with its own link (``?symptoms=a,b``, different per
  session), then pressing five more symptom pills one after another; every press is a rerun carrying
  the value of every body system's pills group (what the browser sends) and the query string the
  server last wrote. Against the bare one-checkbox app the same sessions send the same query strings
  and toggle its checkbox.
- **First views**: a class opens one shared link at the same moment. Each session connects and runs
  the page once from that link (``FIRST_VIEW_QUERY``), as a browser's first run does, with no widget
  state; the figure is that first run.

All sessions of a scenario start at once.

For every (app, sessions) pair a fresh server is started, warmed by one visitor (so the catalogue is
in st.cache_resource), and its RSS (VmRSS from /proc) read before the sessions and again while all of
them are still connected: (after - before) / sessions = memory per added session. Run from the
repository root::

    .venv/bin/python bench/load.py                    # 50 and 100 sessions, both apps, both scenarios, 3 trials
    .venv/bin/python bench/load.py --scenario first --sessions 100 --trials 1

Only 127.0.0.1; every wait is bounded (per-run timeout, overall timeout); servers are always stopped.
The client runs on the same machine and takes CPU from the server: the figures are a lower bound of
what a dedicated server would do.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.server import APP, BARE, app_env  # noqa: E402
from bench.wsclient import Server, Session, WidgetValue, load_average, ws_url  # noqa: E402

TARGET_KIB_PER_SESSION = 512
TARGET_TAP_RATIO = 1.0
TARGET_FIRST_RATIO = 1.3
FIRST_VIEW_QUERY = "symptoms=double_vision,drooping_eyelid,trouble_swallowing&onset=days_weeks"
SCENARIOS = ("taps", "first")


@dataclass
class LoadResult:
    """What one load scenario measured."""

    sessions: int
    first_ms: list[float] = field(default_factory=list)
    interaction_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    rss_before_kib: int = 0
    rss_during_kib: int = 0
    server_cpu_s: float = 0.0
    client_cpu_s: float = 0.0

    @property
    def runs(self) -> int:
        return len(self.first_ms) + len(self.interaction_ms)

    @property
    def kib_per_session(self) -> float:
        return (self.rss_during_kib - self.rss_before_kib) / self.sessions


@dataclass(frozen=True)
class Plan:
    """What each session sends: its start query string and the widget values of each interaction."""

    queries: list[str]
    """One start query string per session (cycled)."""
    steps: list[list[dict[str, WidgetValue]]]
    """Per session (cycled), per interaction (cycled): the widget values the rerun carries."""


def symptom_plan(symptom_ids: list[str], pills: dict[str, tuple[str, str]], sessions: int, interactions: int) -> Plan:
    """Sessions start on two different symptoms each and press ``interactions`` other ones.

    ``pills`` maps a symptom id to (element id of its body system's pills group, its pill's display
    string). Each step carries every group's selection, in the order the symptoms were chosen.
    """
    n = len(symptom_ids)
    groups = sorted({element_id for element_id, _ in pills.values()})
    queries, steps = [], []
    for i in range(sessions):
        start = list(dict.fromkeys([symptom_ids[(3 * i) % n], symptom_ids[(3 * i + 7) % n]]))
        queries.append("symptoms=" + ",".join(start))
        picks: list[str] = []
        for k in range(n):  # the next symptoms 13, 18, 23, ... along, skipping the start ones
            sid = symptom_ids[(3 * i + 13 + 5 * k) % n]
            if sid not in start and sid not in picks and sid in pills:
                picks.append(sid)
            if len(picks) == interactions:
                break
        picks = picks or start[:1]  # a tiny catalogue: unpress and press a start symptom
        chosen, session_steps = list(start), []
        for k in range(interactions):
            sid = picks[k % len(picks)]
            chosen = [s for s in chosen if s != sid] if sid in chosen else [*chosen, sid]
            values: dict[str, WidgetValue] = {g: [] for g in groups}
            for s in chosen:
                if s in pills:
                    values[pills[s][0]].append(pills[s][1])  # type: ignore[union-attr]
            session_steps.append(values)
        steps.append(session_steps)
    return Plan(queries, steps)


def bare_plan(box_id: str, like: Plan, interactions: int) -> Plan:
    """The same query strings; every interaction toggles the one checkbox."""
    return Plan(like.queries, [[{box_id: k % 2 == 0} for k in range(interactions)]])


async def _visitor(
    port: int,
    host: str,
    index: int,
    plan: Plan,
    interactions: int,
    result: LoadResult,
    all_done: asyncio.Event,
    done_count: list[int],
    timeout: float,
) -> None:
    query = plan.queries[index % len(plan.queries)]
    steps = plan.steps[index % len(plan.steps)]
    try:
        start = time.perf_counter()
        async with Session(ws_url(port, host), timeout=timeout, parse=False) as session:
            first = await session.run(query)
            result.first_ms.append((time.perf_counter() - start) * 1000.0)
            if first.status != "FINISHED_SUCCESSFULLY":
                result.errors.append(f"session {index}: first run {first.status}")
            for k in range(interactions):
                run = await session.run(widgets=steps[k % len(steps)])
                result.interaction_ms.append(run.elapsed_ms)
                if run.status != "FINISHED_SUCCESSFULLY":
                    result.errors.append(f"session {index}: interaction {k} {run.status}")
            done_count[0] += 1
            if done_count[0] == result.sessions:
                all_done.set()
            await asyncio.wait_for(all_done.wait(), timeout)  # stay connected until RSS is read
    except Exception as exc:  # noqa: BLE001 - count every failure, keep the others running
        result.errors.append(f"session {index}: {type(exc).__name__}: {exc}"[:200])
        done_count[0] += 1
        if done_count[0] == result.sessions:
            all_done.set()


async def run_load(
    port: int,
    sessions: int,
    interactions: int,
    plan: Plan,
    server_pid: int | None = None,
    host: str = "127.0.0.1",
    timeout: float = 300.0,
) -> LoadResult:
    """Start ``sessions`` visitors at once; each does its first run and ``interactions`` ticks."""
    from bench.wsclient import proc_cpu_s, proc_kib

    result = LoadResult(sessions)
    cpu_before = proc_cpu_s(server_pid) if server_pid else 0.0
    client_before = time.process_time()
    if server_pid:
        result.rss_before_kib = proc_kib(server_pid)
    all_done = asyncio.Event()
    done_count = [0]
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(_visitor(port, host, i, plan, interactions, result, all_done, done_count, timeout))
        for i in range(sessions)
    ]
    await asyncio.wait_for(all_done.wait(), timeout * (interactions + 2))
    result.wall_s = time.perf_counter() - start
    if server_pid:
        await asyncio.sleep(0.5)  # let the server finish bookkeeping of the last runs
        result.rss_during_kib = proc_kib(server_pid)
    await asyncio.wait_for(asyncio.gather(*tasks), 60)
    if server_pid:
        result.server_cpu_s = proc_cpu_s(server_pid) - cpu_before
    result.client_cpu_s = time.process_time() - client_before
    return result


async def discover(port: int, start_query: str, host: str = "127.0.0.1") -> Session:
    """One warm-up visitor (two runs); returns its session, which holds the page's widgets.

    Element ids are the same in every session: they derive from the widget keys.
    """
    async with Session(ws_url(port, host), timeout=120) as session:
        first = await session.run(start_query)
        if not first.ok:
            raise RuntimeError(f"warm-up run failed: {first.status} {first.texts[-3:]}")
        await session.run()  # a second, warm run
        return session


def symptom_pills(env: dict[str, str], session: Session) -> dict[str, tuple[str, str]]:
    """Symptom id -> (element id of its body system's pills group, its pill's display string)."""
    import explorer
    from explorer.markdown import md
    from explorer.ui.explore import group_slug

    cat = explorer.load_catalog(env.get("EXPLORER_DATA_DIR"))
    by_key = {group.key: element_id for element_id, group in session.pills.items()}
    return {
        sid: (by_key["pick-" + group_slug(row.group)], md(row.label))  # a pill shows its escaped label
        for sid, row in zip(cat.symptoms.index, cat.symptoms.itertuples(), strict=True)
        if "pick-" + group_slug(row.group) in by_key
    }


def app_symptom_ids(env: dict[str, str]) -> list[str]:
    """Symptom ids of the catalogue the app serves."""
    import explorer

    return list(explorer.load_catalog(env.get("EXPLORER_DATA_DIR")).symptoms.index)


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nan if empty)."""
    return float(np.percentile(values, q)) if values else float("nan")


def scenario(name: str, sessions: int, interactions: int, env: dict[str, str], kind: str = "taps") -> LoadResult:
    """A fresh server, one warm-up visitor, then the load (``kind`` taps or first); the server is always stopped."""
    script = APP if name == "app" else BARE
    server = Server(script, env=env if name == "app" else {}, name=name).start()
    try:
        server.wait_healthy(timeout=120)
        session = asyncio.run(discover(server.port, "symptoms=double_vision,drooping_eyelid"))
        if kind == "first":
            plan = Plan([FIRST_VIEW_QUERY], [[]])
            return asyncio.run(run_load(server.port, sessions, 0, plan, server.pid))
        symptoms = app_symptom_ids(env)
        if name == "app":
            plan = symptom_plan(symptoms, symptom_pills(env, session), sessions, interactions)
        else:
            like = symptom_plan(symptoms, {}, sessions, interactions)
            plan = bare_plan(session.checkbox_id("box"), like, interactions)
        return asyncio.run(run_load(server.port, sessions, interactions, plan, server.pid))
    finally:
        server.stop()


def _table(rows: dict[tuple[str, str, int, int], LoadResult], kind: str) -> None:
    print(
        "| app | sessions | trial | tap p50 ms | p95 ms | first run p50 ms | p95 ms | errors | wall s "
        "| RSS before MB | RSS with sessions MB | KiB per session | server CPU ms per run | client CPU ms per run |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (which, name, n, trial), r in rows.items():
        if which != kind:
            continue
        taps = (
            f"{statistics.median(r.interaction_ms):.0f} | {pct(r.interaction_ms, 95):.0f}"
            if r.interaction_ms
            else "- | -"
        )
        print(
            f"| {name} | {n} | {trial} | {taps} | {pct(r.first_ms, 50):.0f} | {pct(r.first_ms, 95):.0f} "
            f"| {len(r.errors)} | {r.wall_s:.1f} | {r.rss_before_kib / 1024:.0f} | {r.rss_during_kib / 1024:.0f} "
            f"| {r.kib_per_session:.0f} | {1000 * r.server_cpu_s / max(r.runs, 1):.0f} "
            f"| {1000 * r.client_cpu_s / max(r.runs, 1):.0f} |"
        )
    print()


def _verdicts(rows: dict[tuple[str, str, int, int], LoadResult], kind: str, sizes: list[int], trials: int) -> None:
    label, target, measured = {
        "taps": ("tap p95", TARGET_TAP_RATIO, "interaction_ms"),
        "first": ("first-view p95", TARGET_FIRST_RATIO, "first_ms"),
    }[kind]
    for n in sizes:
        each = [
            pct(getattr(rows[(kind, "app", n, t)], measured), 95)
            / pct(getattr(rows[(kind, "bare", n, t)], measured), 95)
            for t in range(1, trials + 1)
        ]
        ratio = statistics.median(each)
        listed = ", ".join(f"{r:.2f}x" for r in each)
        verdict = "met" if ratio <= target else "NOT met"
        print(f"{n} sessions, {label} app/bare: median of {trials} trials {ratio:.2f}x ({listed})", end="")
        print(f" -> target <= {target}x: {verdict}")
        kib = statistics.median(rows[(kind, "app", n, t)].kib_per_session for t in range(1, trials + 1))
        verdict = "met" if kib < TARGET_KIB_PER_SESSION else "NOT met"
        print(f"{n} sessions, {kind}: app memory per added session (median) {kib:.0f} KiB", end="")
        print(f" -> target < {TARGET_KIB_PER_SESSION} KiB: {verdict}")
        errors = [e for t in range(1, trials + 1) for name in ("bare", "app") for e in rows[(kind, name, n, t)].errors]
        print(f"{n} sessions, {kind}: errors {len(errors)} -> target 0: {'met' if not errors else 'NOT met'}")
        for error in errors[:3]:
            print(f"  error: {error}")


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios (bare and app back to back, ``--trials`` times) and print the tables."""
    parser = argparse.ArgumentParser(description="Concurrent-session load benchmark (prints figures)")
    parser.add_argument("--sessions", type=int, nargs="+", default=[50, 100])
    parser.add_argument("--interactions", type=int, default=5)
    parser.add_argument("--scenario", choices=(*SCENARIOS, "both"), default="both")
    parser.add_argument(
        "--trials", type=int, default=3, help="pairs of runs per size; the verdict uses the median pair (default 3)"
    )
    args = parser.parse_args(argv)
    kinds = SCENARIOS if args.scenario == "both" else (args.scenario,)
    env, which = app_env()
    print("# Load benchmark")
    print(f"app catalogue: {which}; first-view link: ?{FIRST_VIEW_QUERY}")
    print(f"nproc {os.cpu_count()}, load avg at start {load_average()}")
    rows: dict[tuple[str, str, int, int], LoadResult] = {}
    for kind in kinds:
        for n in args.sessions:
            for trial in range(1, args.trials + 1):
                for name in ("bare", "app"):  # back to back, so background load hits both alike
                    rows[(kind, name, n, trial)] = scenario(name, n, args.interactions, env, kind)
                    print(f"  {kind}: {name} x {n}, trial {trial}: done (load avg {load_average()})", file=sys.stderr)
    for kind in kinds:
        what = (
            f"{args.interactions} taps per session after its own first run"
            if kind == "taps"
            else "one first run per session, all from the same link"
        )
        print(f"\n## {'Taps' if kind == 'taps' else 'First views'}: {what}; all sessions start together; "
              f"fresh server each row; {args.trials} trials, bare and app back to back\n")  # fmt: skip
        _table(rows, kind)
        _verdicts(rows, kind, args.sessions, args.trials)
    print(f"load avg at end {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
