"""Helpers for the browser tests: a real `streamlit run` server and Playwright waits.

Kept apart from conftest.py so test modules can import them (``from browserkit import ...``).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SERVER_START_SECONDS = 60
TIMEOUT_MS = 20_000
APP_IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
APP_CONNECTED = "[data-testid=stApp][data-test-connection-state=CONNECTED]"
FOOTER = ".st-key-footer [data-testid=stCaptionContainer]"
# Settings the servers get only when a test asks for them (so the host's environment cannot leak in).
EXPLORER_ENV = (
    "EXPLORER_MODE", "EXPLORER_IDLE_SECONDS", "EXPLORER_EMERGENCY_NUMBER", "EXPLORER_DATA_DIR", "EXPLORER_LANGUAGE",
)  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A `streamlit run app.py` child process in its own process group, its output in a log file."""

    env: dict[str, str]
    log_path: Path
    args: tuple[str, ...] = ()
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}"

    @property
    def origin(self) -> tuple[str, int]:
        return ("localhost", self.port)

    def start(self) -> Server:
        env = {k: v for k, v in os.environ.items() if k not in EXPLORER_ENV} | self.env
        command = [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.headless", "true", "--global.developmentMode", "false",
            "--server.port", str(self.port), "--server.address", "localhost",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
            *self.args,
        ]  # fmt: skip
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"streamlit not healthy after {SERVER_START_SECONDS} s:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        """Stop the whole process group: politely, then by force."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


# --- waiting on the app -------------------------------------------------------------------------


def wait_idle(page: Page, settle_ms: int = 150) -> None:
    """Wait until the script has finished and nothing is stale (after a short settle: a rerun starts late)."""
    page.wait_for_timeout(settle_ms)
    page.wait_for_selector(APP_IDLE, timeout=TIMEOUT_MS)
    page.wait_for_function("() => !document.querySelector('[data-stale=true]')", timeout=TIMEOUT_MS)


def open_app(page: Page, url: str) -> None:
    """Load a URL of the app and wait until it is connected and the whole page has rendered.

    The footer (data version) is the last thing every page writes, so it marks a finished first run.
    """
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(APP_CONNECTED, timeout=TIMEOUT_MS)
    page.wait_for_selector(FOOTER, timeout=TIMEOUT_MS)
    wait_idle(page)
    # Widgets are drawn as grey skeletons until the browser has loaded their code (lazily, on first use).
    page.wait_for_function("() => !document.querySelector('[data-testid=stSkeleton]')", timeout=TIMEOUT_MS)


def page_language(page: Page, lang: str) -> None:
    """Wait until ``<html lang>`` is ``lang`` (set by the app's page-language frame once it has loaded)."""
    page.wait_for_function(f"() => document.documentElement.lang === {lang!r}", timeout=TIMEOUT_MS)


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# --- the three screens, and a tour of every page with something on it ------------------------------

SCREENS = {"phone": (390, 844), "laptop": (1366, 768), "kiosk": (1080, 1920)}
TOUR = (
    ("explore-empty", "/"),
    ("explore", "/?symptoms=double_vision,drooping_eyelid,trouble_swallowing,trouble_breathing&onset=days_weeks"),
    ("conditions", "/conditions"),
    ("condition", "/conditions?condition=myasthenia_gravis"),
    ("compare", "/compare?compare=myasthenia_gravis,lambert_eaton,cidp,guillain_barre"),
    ("matrix", "/matrix"),
    ("quiz", "/quiz?seed=334"),
    ("handout", "/handout?symptoms=double_vision,drooping_eyelid&onset=months_years"),
    ("about", "/about"),
)
MAIN = "[data-testid=stMain]"


def whole_page(page: Page, path: Path) -> Path:
    """A picture of the whole page at the current width.

    Streamlit scrolls inside its main block, not the document, so a full-page screenshot shows only
    the first screen: the viewport is stretched to the content's height first, then put back.
    """
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    content = page.evaluate(f"() => document.querySelector('{MAIN}').scrollHeight")
    page.set_viewport_size({"width": width, "height": max(height, min(content + 80, 16_000))})
    wait_idle(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": width, "height": height})
    return path


CARD_TITLE = "[class*='st-key-result-'] a[href*='conditions?condition=']"  # a result card's title link
PILL = "[class*=st-key-pick-] [data-testid=stButtonGroup] button[data-variant=pills]"  # the symptom picker's
ANSWER = ".st-key-facets [data-testid=stButtonGroup] button[data-variant=pills]"  # "How did it start?", ...


def pill(page: Page, label: str):
    """The symptom pill (a toggle button) whose visible label is exactly ``label``."""
    return page.locator(PILL).filter(has=page.get_by_text(label, exact=True))


def poll(page: Page, read: Callable[[Page], list[str]], done: Callable[[list[str]], bool]) -> list[str]:
    """Read the page until ``done`` holds or the timeout passes (a loaded machine renders late); the last read."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not done(got := read(page)) and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    return got


def press(page: Page, button) -> None:
    """Focus a button and press Space: the key reaches exactly that element (see :func:`choose`)."""
    button.first.focus()
    button.first.press("Space")
    wait_idle(page)


def answer(page: Page, label: str) -> None:
    """Choose an answer to one of the two optional questions, from the keyboard."""
    press(page, page.locator(ANSWER).filter(has=page.get_by_text(label, exact=True)))
    assert label in poll(page, chosen_answers, lambda got: label in got), f"{label} did not get chosen"


def assert_answers(page: Page, expected: list[str]) -> None:
    """The chosen answers become exactly ``expected``."""
    assert poll(page, chosen_answers, lambda got: got == expected) == expected


def chosen_answers(page: Page) -> list[str]:
    """The chosen answers to the two questions (radio buttons, aria-checked), in page order."""
    return page.locator(ANSWER + "[aria-checked=true]").evaluate_all("els => els.map(e => e.textContent.trim())")


def choose(page: Page, label: str) -> None:
    """Open the body system if needed and press a symptom's pill by its label, from the keyboard.

    Focus and a key press reach exactly that element: a mouse click goes to coordinates, and
    on a loaded machine the page can still be shifting (a group opening, a rerun's output
    arriving, the kiosk's sticky bar) so that the click lands on a neighbour or on "Start over".
    While the script reruns, Streamlit can briefly show a group twice (its label "(n chosen)"
    changed), so the result is read once the app is idle, by polling rather than a strict locator.
    """
    button = pill(page, label)
    if not button.first.is_visible():
        group = page.locator("[data-testid=stExpander]").filter(has=button.first).locator("summary")
        group.first.focus()
        group.first.press("Enter")
        expect(button.first).to_be_visible(timeout=TIMEOUT_MS)  # let the group finish opening
    press(page, button)
    assert label in poll(page, chosen_labels, lambda got: label in got), f"{label} did not get chosen"


def search(page: Page, text: str) -> None:
    field = page.locator(".st-key-search input")
    field.fill(text)
    field.press("Enter")
    wait_idle(page)


def chosen_labels(page: Page) -> list[str]:
    """Labels of all pressed symptom pills, in page order (collapsed groups included)."""
    return page.locator(PILL + "[aria-pressed=true]").evaluate_all("els => els.map(e => e.textContent.trim())")


def assert_chosen(page: Page, expected: list[str]) -> None:
    """The pressed pills become exactly ``expected``."""
    assert poll(page, chosen_labels, lambda got: got == expected) == expected


def result_ids(page: Page) -> list[str]:
    """Condition ids of the result cards, in order (from their .st-key-result-<id> class)."""
    return page.locator("[class*='st-key-result-']").evaluate_all(
        "els => els.map(e => [...e.classList].find(c => c.startsWith('st-key-result-')).slice(14))"
    )


def nav_paths(page: Page) -> list[str]:
    """The URL path of every page in the app's navigation."""
    hrefs = page.locator("[data-testid=stTopNavLink], [data-testid=stSidebarNavLink]").evaluate_all(
        "els => els.map(e => new URL(e.href).pathname)"
    )
    return list(dict.fromkeys(hrefs))
