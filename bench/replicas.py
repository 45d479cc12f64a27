"""Scale-out check: two app replicas behind nginx (deploy/nginx.conf), load through it, lose one replica.

Needs Debian's nginx (``apt-get install -y nginx``; run as root this script installs it when missing,
otherwise it says what to run). Everything listens on 127.0.0.1 only, on free unprivileged ports::

    .venv/bin/python bench/replicas.py                       # 20 sessions x 5 interactions
    .venv/bin/python bench/replicas.py --sessions 40

Steps, all printed:

1. two replicas ``streamlit run app.py`` with the same ``server.cookieSecret`` (environment
   STREAMLIT_SERVER_COOKIE_SECRET, so it is not on the command line);
2. nginx, as the current user in the foreground (``daemon off``) with ``-p TMP -c TMP/nginx.conf``:
   deploy/nginx.conf with its two replica addresses and listen port rewritten, pid/logs/temp files in
   TMP and an access log of which replica served each request;
3. the load client (bench/load.py) through nginx: every session must finish with zero errors; the
   access log shows how sessions spread over the replicas; /_stcore/metrics must be blocked;
4. stickiness: six websockets carrying the same st_route cookie must all reach one replica;
5. that replica is killed; a fresh session through nginx with the same cookie and
   ``?symptoms=double_vision,drooping_eyelid`` must be served by the survivor and restore the selection
   from the URL (both pills pressed, a card saying it "lists all 2 symptoms you chose");
6. everything is stopped (process groups), the temp dir removed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.load import app_symptom_ids, discover, pct, run_load, symptom_pills, symptom_plan  # noqa: E402
from bench.server import APP, app_env  # noqa: E402
from bench.wsclient import Server, Session, free_port, load_average, ws_url  # noqa: E402

NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf"
RESTORE_QUERY = "symptoms=double_vision,drooping_eyelid"
RESTORE_TEXT = "lists all 2 symptoms you chose"


def find_nginx() -> str:
    """Path of the nginx binary, installing Debian's package when missing and running as root."""
    found = shutil.which("nginx") or (os.path.exists("/usr/sbin/nginx") and "/usr/sbin/nginx")
    if found:
        return str(found)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("nginx is missing: apt-get install -y nginx")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(["apt-get", "install", "-y", "nginx"], env=env, check=False).returncode != 0:
            subprocess.run(["apt-get", "update"], env=env, check=True)
            subprocess.run(["apt-get", "install", "-y", "nginx"], env=env, check=True)
        return shutil.which("nginx") or "/usr/sbin/nginx"
    raise SystemExit("nginx is not installed: run `sudo apt-get install -y nginx` and try again")


def nginx_config(tmp: Path, listen: int, replicas: list[int]) -> Path:
    """deploy/nginx.conf with the replica ports, listen port and file paths rewritten into ``tmp``."""
    text = NGINX_TEMPLATE.read_text()
    for default, port in zip(("127.0.0.1:8501", "127.0.0.1:8502"), replicas, strict=True):
        if default not in text:
            raise SystemExit(f"{NGINX_TEMPLATE} no longer has 'server {default}': update bench/replicas.py")
        text = text.replace(default, f"127.0.0.1:{port}")
    text, n = re.subn(r"listen 8080;", f"listen 127.0.0.1:{listen};", text)
    if n != 1:
        raise SystemExit(f"{NGINX_TEMPLATE} no longer has 'listen 8080;': update bench/replicas.py")
    text = text.replace("access_log off;", f"access_log {tmp}/access.log replica;")
    text = text.replace("worker_processes auto;", "worker_processes 1;")
    head = [
        "daemon off;",
        f"pid {tmp}/nginx.pid;",
        f"error_log {tmp}/error.log warn;",
    ]
    if os.geteuid() == 0:
        head.append("user root;")  # workers must read/write the temp dir below; loopback-only test
    temp = "\n".join(
        f"    {name}_temp_path {tmp}/{name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    text = "\n".join(head) + "\n" + text.replace("http {\n", "http {\n" + temp + "\n", 1)
    conf = tmp / "nginx.conf"
    conf.write_text(text)
    return conf


def http_status(url: str) -> int:
    """The HTTP status of a GET (errors included)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - loopback only
            return int(resp.status)
    except urllib.error.HTTPError as err:
        return int(err.code)


def wait_http(url: str, timeout: float = 30.0) -> None:
    """Wait until ``url`` answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if http_status(url) == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not answer 200 within {timeout} s")


def upstreams(log: Path, since: int = 0, tried: bool = False) -> list[str]:
    """The replica that served each websocket request logged after byte ``since`` of the access log.

    With ``tried``: every replica nginx tried, e.g. "dead:port, alive:port".
    """
    lines = log.read_bytes()[since:].decode(errors="replace").splitlines()
    found = [
        m.group(1) for line in lines if "/_stcore/stream" in line and (m := re.search(r"upstream=(.+?) route=", line))
    ]
    return found if tried else [f.split(", ")[-1] for f in found]


async def sessions_with_cookie(port: int, cookie: str, count: int) -> list[bool]:
    """``count`` sessions, one after another, with the same st_route cookie; first-run ok per session."""
    oks = []
    for _ in range(count):
        async with Session(ws_url(port), timeout=60, headers={"Cookie": f"st_route={cookie}"}) as session:
            oks.append((await session.run(RESTORE_QUERY)).ok)
    return oks


async def restored(port: int, cookie: str) -> tuple[bool, list[str], str]:
    """A fresh session through nginx: (selection restored from the URL, pressed pills, evidence)."""
    async with Session(ws_url(port), timeout=60, headers={"Cookie": f"st_route={cookie}"}) as session:
        result = await session.run(RESTORE_QUERY)
    pressed = sorted(option for group in result.pills.values() for option in group.selected)
    cards = [t for t in result.texts if RESTORE_TEXT in t.lower()]
    ok = result.ok and pressed == ["Double vision", "Drooping eyelid"] and bool(cards)
    evidence = cards[0].splitlines()[0] + " / " + cards[0].splitlines()[1][:60] if cards else "no card"
    return ok, pressed, evidence


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - one linear scenario
    """Run the scenario; return 0 only if every check passed."""
    parser = argparse.ArgumentParser(description="Two replicas behind nginx: load, stickiness, failover")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--interactions", type=int, default=5)
    args = parser.parse_args(argv)
    nginx = find_nginx()
    env, which = app_env()
    env = {**env, "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32)}
    tmp = Path(tempfile.mkdtemp(prefix="bench_replicas_"))
    replicas = [Server(APP, env=env, name=f"replica{i}") for i in (1, 2)]
    listen = free_port()
    proxy: subprocess.Popen[bytes] | None = None
    checks: list[tuple[str, bool]] = []
    print("# Two replicas behind nginx")
    print(f"app catalogue: {which}; nginx {nginx}; load avg at start {load_average()}")
    try:
        for replica in replicas:
            replica.start()
        for replica in replicas:
            replica.wait_healthy(timeout=120)
        by_addr = {f"127.0.0.1:{r.port}": r for r in replicas}
        conf = nginx_config(tmp, listen, [r.port for r in replicas])
        test = subprocess.run([nginx, "-t", "-p", str(tmp), "-c", str(conf)], capture_output=True, text=True)
        print("nginx -t:", (test.stderr or test.stdout).strip().splitlines()[-1])
        if test.returncode != 0:
            raise SystemExit(test.stderr)
        proxy = subprocess.Popen(
            [nginx, "-p", str(tmp), "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=open(tmp / "nginx.stderr", "wb"),  # noqa: SIM115 - closed with the process
            start_new_session=True,
        )
        front = f"http://127.0.0.1:{listen}"
        wait_http(front + "/_stcore/health")
        print(f"replicas on {', '.join(by_addr)}; nginx on 127.0.0.1:{listen}")

        metrics = http_status(front + "/_stcore/metrics")
        checks.append((f"/_stcore/metrics blocked at the proxy (HTTP {metrics})", metrics == 404))
        cookie_header = ""
        with urllib.request.urlopen(front + "/", timeout=10) as resp:  # noqa: S310 - loopback only
            cookie_header = resp.headers.get("Set-Cookie", "")
        checks.append(
            (
                f"first page sets the routing cookie ({cookie_header.split(';')[0] or 'none'})",
                "st_route=" in cookie_header,
            )
        )

        session = asyncio.run(discover(listen, RESTORE_QUERY))
        plan = symptom_plan(app_symptom_ids(env), symptom_pills(env, session), args.sessions, args.interactions)
        log = tmp / "access.log"
        mark = log.stat().st_size
        result = asyncio.run(run_load(listen, args.sessions, args.interactions, plan, timeout=120))
        spread = upstreams(log, mark)
        counts = {addr: spread.count(addr) for addr in by_addr}
        print(f"\n## Load through nginx: {args.sessions} sessions x {args.interactions} interactions\n")
        print("| interaction p50 ms | p95 ms | first run p50 ms | p95 ms | errors | wall s | sessions per replica |")
        print("|---:|---:|---:|---:|---:|---:|---|")
        print(
            f"| {statistics.median(result.interaction_ms):.0f} | {pct(result.interaction_ms, 95):.0f} "
            f"| {pct(result.first_ms, 50):.0f} | {pct(result.first_ms, 95):.0f} | {len(result.errors)} "
            f"| {result.wall_s:.1f} | {', '.join(f'{a}: {c}' for a, c in counts.items())} |"
        )
        for error in result.errors[:5]:
            print("  error:", error)
        expected = args.sessions * args.interactions
        checks.append(
            (
                f"load through nginx: {len(result.interaction_ms)}/{expected} interactions, "
                f"{len(result.errors)} errors",
                not result.errors and len(result.interaction_ms) == expected,
            )
        )
        checks.append(("sessions spread over both replicas", all(counts.values())))

        cookie = secrets.token_hex(8)
        mark = log.stat().st_size
        oks = asyncio.run(sessions_with_cookie(listen, cookie, 6))
        seen = upstreams(log, mark)
        sticky = len(set(seen)) == 1 and len(seen) == 6 and all(oks)
        checks.append((f"6 sessions with one st_route cookie -> one replica ({', '.join(sorted(set(seen)))})", sticky))

        victim = by_addr[seen[0]] if seen else replicas[0]
        victim_pid = victim.pid
        os.killpg(victim_pid, signal.SIGKILL)
        victim.proc.wait(timeout=10)  # type: ignore[union-attr]
        print(f"\nkilled {victim.name} (pid {victim_pid}, 127.0.0.1:{victim.port}), the replica of cookie {cookie}")
        mark = log.stat().st_size
        ok, pressed, evidence = asyncio.run(restored(listen, cookie))
        served = upstreams(log, mark, tried=True)
        survivor = [a for a in by_addr if by_addr[a] is not victim][0]
        print(f"fresh session after the loss: nginx tried {' then '.join(served) or '?'}; pressed {pressed}")
        print(f"  first result card: {evidence!r}")
        checks.append(
            (
                f"after losing a replica, a fresh session restores the selection from its URL via {survivor}",
                ok and bool(served) and served[-1].split(", ")[-1] == survivor,
            )
        )
    finally:
        if proxy is not None and proxy.poll() is None:
            os.killpg(proxy.pid, signal.SIGTERM)
            try:
                proxy.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proxy.pid, signal.SIGKILL)
        for replica in replicas:
            replica.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n## Checks\n")
    for text, passed in checks:
        print(f"- [{'x' if passed else ' '}] {text}")
    print(f"\nload avg at end {load_average()}")
    return 0 if checks and all(p for _, p in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
