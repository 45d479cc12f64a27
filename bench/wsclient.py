"""A minimal Streamlit websocket client and a server launcher, shared by the server/load/replica benchmarks.

Protocol (Streamlit 1.67, read in ``streamlit/web/server/starlette/starlette_websocket.py`` and the protos):

* connect to ``ws://HOST:PORT/_stcore/stream`` with subprotocol ``streamlit``; binary frames only;
* the browser sends ``Sec-WebSocket-Protocol: streamlit, <xsrf token>, <session id>`` and an ``Origin``
  header. The XSRF token only gates reading the *auth* cookie (``st.login``), and a connection without
  an ``Origin`` header is allowed (non-browser client), so this client sends neither a cookie nor an
  Origin — the app does not use ``st.login``;
* every run is a ``BackMsg(rerun_script=ClientState(query_string, page_script_hash, widget_states))``;
  the first one has an empty ``page_script_hash`` (the server picks the default page of
  ``st.navigation``) and the server answers with ``new_session`` carrying the page's hash, which later
  reruns send back;
* the server streams ``ForwardMsg``s (``delta``s, ``page_info_changed`` when the script writes
  ``st.query_params``) and ends each run with ``script_finished``.

An interaction is what the browser sends when a visitor ticks a checkbox or presses a pill: a rerun
whose ``widget_states`` holds the value of every checkbox and pills group the page showed, with the
touched one changed (element ids come from the deltas; a pills group's value is the list of its
selected options' display strings). Only loopback addresses are used.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from websockets.asyncio.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parent.parent
STREAMLIT = Path(sys.executable).with_name("streamlit")
# The flags Streamlit's own e2e tests use, plus loopback only.
PRODUCTION_FLAGS = (
    "--server.headless",
    "true",
    "--global.developmentMode",
    "false",
    "--browser.gatherUsageStats",
    "false",
    "--server.fileWatcherType",
    "none",
    "--server.address",
    "127.0.0.1",
)
FINISHED = ForwardMsg.FINISHED_SUCCESSFULLY
FINISHED_NAMES = {v: k for k, v in ForwardMsg.ScriptFinishedStatus.items()}


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def proc_kib(pid: int, field_name: str = "VmRSS") -> int:
    """A memory figure of process ``pid`` from /proc/<pid>/status, in KiB (0 if gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds used so far by process ``pid`` (from /proc/<pid>/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    """The 1, 5 and 15 minute load averages."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


class Server:
    """``streamlit run SCRIPT`` on a loopback port in its own process group; stop() kills the group."""

    def __init__(
        self,
        script: str | Path,
        port: int | None = None,
        env: dict[str, str] | None = None,
        extra_args: tuple[str, ...] = (),
        name: str = "",
    ) -> None:
        self.script = str(script)
        self.port = port or free_port()
        self.env = {**os.environ, **(env or {})}
        self.extra_args = extra_args
        self.name = name or Path(script).stem
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        self._log = tempfile.NamedTemporaryFile(prefix=f"bench_{self.name}_", suffix=".log", delete=False)  # noqa: SIM115

    @property
    def log_path(self) -> str:
        """Where the server's stdout and stderr go."""
        return self._log.name

    @property
    def pid(self) -> int:
        """The server's process id (the streamlit Python process itself)."""
        assert self.proc is not None
        return self.proc.pid

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        """Start the process (non-blocking); remember when."""
        cmd = [str(STREAMLIT), "run", self.script, *PRODUCTION_FLAGS, "--server.port", str(self.port)]
        cmd += list(self.extra_args)
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        return self

    def wait_healthy(self, timeout: float = 60.0) -> float:
        """Poll /_stcore/health until it answers "ok"; return seconds since start()."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base_url + "/_stcore/health", timeout=2) as resp:  # noqa: S310
                    if resp.status == 200:
                        return time.perf_counter() - self.started_at
            except OSError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"{self.name} not healthy after {timeout} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        """The last lines the server printed."""
        try:
            return "\n".join(Path(self.log_path).read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def rss_kib(self) -> int:
        """The server's resident memory in KiB."""
        return proc_kib(self.pid)

    def stop(self) -> None:
        """SIGTERM the process group, then SIGKILL after 10 s; safe to call twice.

        The server's log is deleted unless BENCH_KEEP_LOGS is set (its path is printed then).
        """
        self._stop_process()
        self._log.close()
        if os.environ.get("BENCH_KEEP_LOGS"):
            print(f"{self.name} log: {self.log_path}", file=sys.stderr)
        else:
            Path(self.log_path).unlink(missing_ok=True)

    def _stop_process(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass(frozen=True)
class Pills:
    """A multi-select ``st.pills`` group as the page showed it: option display strings and the selected ones."""

    key: str
    label: str
    options: tuple[str, ...]
    selected: tuple[str, ...]

    def toggled(self, option: str) -> list[str]:
        """The group's value after pressing ``option``."""
        if option in self.selected:
            return [o for o in self.selected if o != option]
        return [*self.selected, option]


WidgetValue = bool | Sequence[str]


@dataclass
class RunResult:
    """One script run as the client saw it."""

    elapsed_ms: float
    status: str
    n_messages: int
    texts: list[str] = field(default_factory=list)
    checkboxes: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """element id -> (label, checked)"""
    pills: dict[str, Pills] = field(default_factory=dict)
    """element id -> pills group"""
    exception: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "FINISHED_SUCCESSFULLY" and not self.exception


class Session:
    """One visitor: a websocket and the page/widget state a browser tab would keep."""

    def __init__(
        self, ws_url: str, timeout: float = 60.0, parse: bool = True, headers: dict[str, str] | None = None
    ) -> None:
        self.ws_url = ws_url
        self.headers = headers or {}
        self.timeout = timeout
        self.parse = parse
        self.page_script_hash = ""
        self.query_string = ""
        self.checkboxes: dict[str, tuple[str, bool]] = {}
        self.pills: dict[str, Pills] = {}
        self.ws: ClientConnection | None = None

    async def __aenter__(self) -> Session:
        self.ws = await connect(
            self.ws_url,
            subprotocols=["streamlit"],  # type: ignore[list-item]
            additional_headers=self.headers,
            max_size=None,
            proxy=None,
            ping_interval=None,  # a browser sends no protocol pings either
            open_timeout=self.timeout,
            close_timeout=2,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.ws is not None:
            await self.ws.close()

    def checkbox_id(self, key: str) -> str:
        """The element id of the checkbox whose widget key is ``key`` (ids end with ``-<key>``)."""
        for element_id in self.checkboxes:
            if element_id.endswith("-" + key):
                return element_id
        raise KeyError(f"no checkbox with key {key!r} in the last run ({len(self.checkboxes)} checkboxes)")

    def pills_with(self, option: str) -> tuple[str, Pills]:
        """The element id and state of the pills group that offers ``option`` (a display string)."""
        for element_id, group in self.pills.items():
            if option in group.options:
                return element_id, group
        raise KeyError(f"no pills group offers {option!r} in the last run ({len(self.pills)} groups)")

    def press(self, option: str) -> dict[str, WidgetValue]:
        """The widget change a browser sends when the pill ``option`` is pressed."""
        element_id, group = self.pills_with(option)
        return {element_id: group.toggled(option)}

    def apply(self, changes: dict[str, WidgetValue]) -> None:
        """Change widget values here first, as a browser does on a click, before telling the server."""
        for element_id, value in changes.items():
            if element_id in self.pills:
                self.pills[element_id] = replace(self.pills[element_id], selected=tuple(value))  # type: ignore[arg-type]
            elif element_id in self.checkboxes:
                self.checkboxes[element_id] = (self.checkboxes[element_id][0], bool(value))

    def widget_states(self, changes: dict[str, WidgetValue] | None = None) -> WidgetStates:
        """Every checkbox and pills value the page showed, as a browser sends them with each rerun.

        ``changes`` override them (and add widgets this client did not parse, with ``parse=False``).
        """
        values: dict[str, WidgetValue] = {eid: checked for eid, (_, checked) in self.checkboxes.items()}
        values.update({eid: group.selected for eid, group in self.pills.items()})
        values.update(changes or {})
        states = WidgetStates()
        for element_id, value in values.items():
            state = states.widgets.add()
            state.id = element_id
            if isinstance(value, bool):
                state.bool_value = value
            else:
                state.string_array_value.data[:] = list(value)
        return states

    async def run(self, query_string: str | None = None, widgets: dict[str, WidgetValue] | None = None) -> RunResult:
        """Send one rerun (with every known widget value, ``widgets`` changed) and read until the script finishes."""
        assert self.ws is not None
        if query_string is not None:
            self.query_string = query_string
        self.apply(widgets or {})
        msg = BackMsg(
            rerun_script=ClientState(
                query_string=self.query_string,
                page_script_hash=self.page_script_hash,
                widget_states=self.widget_states(widgets),
            )
        )
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        result = await asyncio.wait_for(self._read_run(), self.timeout)
        result.elapsed_ms = (time.perf_counter() - start) * 1000.0
        return result

    async def _read_run(self) -> RunResult:
        assert self.ws is not None
        result = RunResult(0.0, "", 0)
        checkboxes: dict[str, tuple[str, bool]] = {}
        pills: dict[str, Pills] = {}
        while True:
            data = await self.ws.recv()
            fmsg = ForwardMsg()
            fmsg.ParseFromString(data)  # type: ignore[arg-type]
            result.n_messages += 1
            kind = fmsg.WhichOneof("type")
            if kind == "new_session":
                self.page_script_hash = fmsg.new_session.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = fmsg.page_info_changed.query_string
            elif kind == "delta" and self.parse:
                self._read_delta(fmsg, result, checkboxes, pills)
            elif kind == "script_finished":
                status = fmsg.script_finished
                if status == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY:
                    continue  # a fragment timer, not the run we asked for
                result.status = FINISHED_NAMES.get(status, str(status))
                if self.parse:
                    self.checkboxes, self.pills = checkboxes, pills
                result.checkboxes, result.pills = checkboxes, pills
                return result

    def _read_delta(
        self,
        fmsg: ForwardMsg,
        result: RunResult,
        checkboxes: dict[str, tuple[str, bool]],
        pills: dict[str, Pills],
    ) -> None:
        """Collect texts and widget values from one delta.

        Like the browser, a widget keeps the value it already had unless the server sets one
        (``set_value``); the proto's ``default`` only applies to a widget seen for the first time.
        """
        delta = fmsg.delta
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "checkbox":
            cb = element.checkbox
            if cb.set_value:
                checked = cb.value
            else:
                checked = self.checkboxes[cb.id][1] if cb.id in self.checkboxes else cb.default
            checkboxes[cb.id] = (cb.label, checked)
        elif kind == "button_group":
            bg = element.button_group
            options = tuple(o.content for o in bg.options)
            if bg.set_value:
                selected = tuple(bg.raw_values)
            elif bg.id in self.pills:
                selected = self.pills[bg.id].selected
            else:
                selected = tuple(options[i] for i in bg.default)
            pills[bg.id] = Pills(bg.id.split("-", 2)[-1], bg.label, options, selected)
        elif kind in ("markdown", "alert", "text", "heading"):
            result.texts.append(getattr(element, kind).body)
        elif kind == "exception":
            result.exception = True
            result.texts.append("EXCEPTION: " + element.exception.message)


def ws_url(port: int, host: str = "127.0.0.1") -> str:
    """The websocket endpoint of a Streamlit server."""
    return f"ws://{host}:{port}/_stcore/stream"
