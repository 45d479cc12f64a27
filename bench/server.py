"""Server benchmark: one visitor's round trip and the cold start, the real app against a one-checkbox app.

Starts ``streamlit run app.py`` and ``streamlit run bench/bare_app.py`` on free loopback ports with the
production flags, talks to both over Streamlit's websocket protocol (bench/wsclient.py), prints
figures, and always stops both servers. Run from the repository root::

    .venv/bin/python bench/server.py                 # 3 cold starts each, 60 interactions each
    .venv/bin/python bench/server.py --reruns 30 --cold 1
    .venv/bin/python bench/server.py --lang es       # the app in Spanish (EXPLORER_LANGUAGE=es)

* cold start = process start -> /_stcore/health answers -> first run of a new session finished
  (for the app that run loads the catalogue into st.cache_resource);
* round trip = one interaction (a rerun carrying the page's widget values, one of them changed, as a
  browser sends it) -> script_finished. The app's interaction presses/unpresses one symptom pill on
  top of ``?symptoms=double_vision,drooping_eyelid``; the bare app's ticks/unticks its checkbox.
  Blocks of 10 alternate between the apps so background load hits both alike; interactions are
  0.2 s apart (``--pause``), as a visitor's taps are.

If ``data/`` does not load, the app is pointed at tests/fixtures/mini (EXPLORER_DATA_DIR) and the
output says so.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.wsclient import Server, Session, WidgetValue, load_average, proc_cpu_s, ws_url  # noqa: E402

APP = ROOT / "app.py"
BARE = ROOT / "bench" / "bare_app.py"
MINI = ROOT / "tests" / "fixtures" / "mini"
START_QUERY = "symptoms=double_vision,drooping_eyelid"
# The symptom pill the app interaction presses and unpresses (its label), first one the picker offers.
# Spanish label after the English ones, so a --lang es run presses the same symptom.
TOGGLE_CANDIDATES = ("Numbness or tingling", "Numbness", "Fatigue", "Leg weakness", "Entumecimiento u hormigueo")
TARGET_RATIO = 1.5
TARGET_COLD_DIFF_S = 2.0


def app_env() -> tuple[dict[str, str], str]:
    """Environment for the app server and which catalogue it will serve."""
    import explorer

    try:
        explorer.load_catalog()
    except explorer.CatalogError as err:
        return {"EXPLORER_DATA_DIR": str(MINI)}, f"tests/fixtures/mini (data/ does not load: {err})"
    env = {"EXPLORER_DATA_DIR": os.environ["EXPLORER_DATA_DIR"]} if os.environ.get("EXPLORER_DATA_DIR") else {}
    return env, env.get("EXPLORER_DATA_DIR", "data/")


def toggle(session: Session, is_bare: bool) -> dict[str, WidgetValue]:
    """What the next interaction sends: the bare app's checkbox flipped, or one symptom pill pressed."""
    if is_bare:
        box = session.checkbox_id("box")
        return {box: not session.checkboxes[box][1]}
    return app_toggle(session)


def app_toggle(session: Session) -> dict[str, WidgetValue]:
    """One symptom pill pressed or unpressed: the first of TOGGLE_CANDIDATES offered, else the first unpressed."""
    offered = {option: group for group in session.pills.values() for option in group.options}
    for label in TOGGLE_CANDIDATES:
        if label in offered:
            return session.press(label)
    for option, group in offered.items():
        if option not in group.selected:
            return session.press(option)
    raise RuntimeError("the app rendered no symptom pill to press")


async def first_run(port: int, timeout: float = 120.0) -> tuple[float, bool]:
    """A new session's first run: (ms, ok)."""
    async with Session(ws_url(port), timeout=timeout) as session:
        result = await session.run(START_QUERY)
        return result.elapsed_ms, result.ok


def cold_start(script: Path, env: dict[str, str], name: str) -> dict[str, float]:
    """Start a server, time health and the first finished run, stop it."""
    server = Server(script, env=env, name=name).start()
    try:
        health_s = server.wait_healthy(timeout=120)
        run_ms, ok = asyncio.run(first_run(server.port))
        if not ok:
            raise RuntimeError(f"{name}: first run did not finish successfully:\n{server.log_tail()}")
        return {"health_s": health_s, "first_run_s": time.perf_counter() - server.started_at, "run_ms": run_ms}
    finally:
        server.stop()


async def round_trips(
    ports: dict[str, int], reruns: int, block: int = 10, pids: dict[str, int] | None = None, pause: float = 0.2
) -> dict[str, dict[str, object]]:
    """Interleaved blocks of interactions against each server; per app: times, messages, failures.

    Each interaction comes ``pause`` seconds after the previous one finished, as a visitor's taps
    do: back to back, a rerun would also wait for the server to finish the previous run's
    after-work (Streamlit's post-run garbage collection), which is not what a visitor meets.
    """
    out: dict[str, dict[str, object]] = {}
    sessions: dict[str, Session] = {}
    try:
        for name, port in ports.items():
            session = Session(ws_url(port), timeout=60)
            await session.__aenter__()
            sessions[name] = session
            first = await session.run(START_QUERY)
            warm_second = await first_run(port)  # a second visitor on a warm server
            out[name] = {"times": [], "messages": [], "failures": 0, "first_ms": first.elapsed_ms}
            out[name]["new_session_ms"] = warm_second[0]
            for _ in range(3):  # warm-up, untimed
                await session.run(widgets=toggle(session, name != "app"))
        cpu_before = {name: proc_cpu_s(pid) for name, pid in (pids or {}).items()}
        done = 0
        while done < reruns:
            n = min(block, reruns - done)
            for name, session in sessions.items():
                for _ in range(n):
                    await asyncio.sleep(pause)  # untimed: the visitor looks at the page
                    result = await session.run(widgets=toggle(session, name != "app"))
                    out[name]["times"].append(result.elapsed_ms)  # type: ignore[union-attr]
                    out[name]["messages"].append(result.n_messages)  # type: ignore[union-attr]
                    if not result.ok:
                        out[name]["failures"] += 1  # type: ignore[operator]
            done += n
        for name, before in cpu_before.items():
            out[name]["cpu_ms"] = 1000.0 * (proc_cpu_s((pids or {})[name]) - before) / reruns
    finally:
        for session in sessions.values():
            await session.__aexit__()
    return out


def pct(times: list[float], q: float) -> float:
    """The q-th percentile."""
    return float(np.percentile(times, q))


def main(argv: list[str] | None = None) -> int:
    """Run cold starts and round trips for both apps and print the tables."""
    parser = argparse.ArgumentParser(description="Server round-trip and cold-start benchmark (prints figures)")
    parser.add_argument("--reruns", type=int, default=60, help="timed interactions per app (>= 30)")
    parser.add_argument("--cold", type=int, default=3, help="cold starts per app")
    parser.add_argument(
        "--pause", type=float, default=0.2, help="seconds between interactions, untimed (0: back to back)"
    )
    parser.add_argument(
        "--checkboxes",
        type=int,
        default=0,
        metavar="N",
        help="also measure the bare app with N checkboxes (e.g. as many as the app has symptoms)",
    )
    parser.add_argument(
        "--lang",
        default="",
        metavar="CODE",
        help="serve the app in this language (EXPLORER_LANGUAGE, e.g. es); default: the deployment default",
    )
    args = parser.parse_args(argv)
    env, which = app_env()
    if args.lang:
        env = {**env, "EXPLORER_LANGUAGE": args.lang}
        which = f"{which}, EXPLORER_LANGUAGE={args.lang}"
    print("# Server benchmark")
    print(f"app catalogue: {which}")
    print(f"nproc {os.cpu_count()}, load avg at start {load_average()}")

    colds: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for _ in range(args.cold):  # alternate, so drifting background load hits both
        colds["bare"].append(cold_start(BARE, {}, "bare"))
        colds["app"].append(cold_start(APP, env, "app"))

    servers = {"bare": Server(BARE, name="bare"), "app": Server(APP, env=env, name="app")}
    if args.checkboxes > 1:
        name = f"bare, {args.checkboxes} checkboxes"
        servers[name] = Server(BARE, env={"BENCH_CHECKBOXES": str(args.checkboxes)}, name="bare_n")
    try:
        for server in servers.values():
            server.start()
        for server in servers.values():
            server.wait_healthy(timeout=120)
        pids = {n: s.pid for n, s in servers.items()}
        ports = {n: s.port for n, s in servers.items()}
        results = asyncio.run(round_trips(ports, args.reruns, pids=pids, pause=args.pause))
        rss = {n: s.rss_kib() / 1024 for n, s in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
    load_end = load_average()

    print(
        f"\n## Round trip of one interaction ({args.reruns} per app, interleaved blocks of 10, "
        f"{args.pause:g} s between interactions)\n"
    )
    print("| app | median ms | p95 ms | min ms | messages per run | failures | first run ms | new session ms", end="")
    print(" | server CPU ms per run | RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        times: list[float] = r["times"]  # type: ignore[assignment]
        print(
            f"| {name} | {statistics.median(times):.1f} | {pct(times, 95):.1f} | {min(times):.1f} "
            f"| {statistics.median(r['messages']):.0f} | {r['failures']} | {r['first_ms']:.0f} "  # type: ignore[arg-type]
            f"| {r['new_session_ms']:.0f} | {r.get('cpu_ms', float('nan')):.0f} | {rss[name]:.0f} |"
        )
    med = {n: statistics.median(results[n]["times"]) for n in results}  # type: ignore[arg-type]
    p95 = {n: pct(results[n]["times"], 95) for n in results}  # type: ignore[arg-type]
    ratio, ratio95 = med["app"] / med["bare"], p95["app"] / p95["bare"]
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"\nratio app/bare: median {ratio:.2f}x, p95 {ratio95:.2f}x -> target <= {TARGET_RATIO}x: {verdict}")

    print(f"\n## Cold start ({args.cold} each; process start -> health -> first run finished)\n")
    print("| app | health s (median) | first run finished s (median) | all first-run s | first run ms |")
    print("|---|---:|---:|---|---:|")
    for name in ("bare", "app"):
        c = colds[name]
        firsts = [x["first_run_s"] for x in c]
        print(
            f"| {name} | {statistics.median(x['health_s'] for x in c):.2f} | {statistics.median(firsts):.2f} "
            f"| {', '.join(f'{x:.2f}' for x in firsts)} | {statistics.median(x['run_ms'] for x in c):.0f} |"
        )
    diff = statistics.median(x["first_run_s"] for x in colds["app"]) - statistics.median(
        x["first_run_s"] for x in colds["bare"]
    )
    verdict = "met" if diff <= TARGET_COLD_DIFF_S else "NOT met"
    print(f"\ncold start difference app - bare: {diff:.2f} s -> target <= {TARGET_COLD_DIFF_S} s: {verdict}")
    print(f"load avg at end {load_end}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
