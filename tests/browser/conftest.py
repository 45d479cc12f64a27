"""Browser tests: one real `streamlit run` server per configuration, one system Chromium, fresh contexts.

Skipped when /usr/bin/chromium is missing, unless EXPLORER_REQUIRE_BROWSER=1 or CI=true: then they fail.
Every server is stopped (its whole process group) at the end of the session, whatever happens.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browserkit import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, TIMEOUT_MS, Server
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

# The kiosk idle-reset server: warning after 12 s without a tap, reset 4 s later. Long enough that
# no single step of a test (a tap and its rerun, even beside a CPU-heavy process) can outlast it, so
# the reset never fires while a test is still choosing; the tests then wait on the page's state.
IDLE_SECONDS = 12


def browser_required() -> bool:
    return os.environ.get("EXPLORER_REQUIRE_BROWSER") == "1" or os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing (install Debian's chromium package; see .ci/run)"
        if browser_required():
            pytest.fail(message + " and EXPLORER_REQUIRE_BROWSER=1 or CI=true", pytrace=False)
        pytest.skip(message)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _server(name: str, env: dict[str, str], *args: str) -> Iterator[Server]:
    server = Server(env=env, log_path=ARTIFACTS / "logs" / f"{name}.log", args=args)
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def web_server(browser: Browser) -> Iterator[Server]:
    """The open-web configuration on the bundled data."""
    yield from _server("web", {"EXPLORER_MODE": "web"})


@pytest.fixture(scope="session")
def kiosk_server(browser: Browser) -> Iterator[Server]:
    """A kiosk with the default idle time (long enough never to reset during a test)."""
    yield from _server("kiosk", {"EXPLORER_MODE": "kiosk"})


@pytest.fixture(scope="session")
def idle_server(browser: Browser) -> Iterator[Server]:
    """A kiosk that resets after a few seconds without interaction."""
    yield from _server("kiosk-idle", {"EXPLORER_MODE": "kiosk", "EXPLORER_IDLE_SECONDS": str(IDLE_SECONDS)})


@pytest.fixture(scope="session")
def kiosk_es_server(browser: Browser) -> Iterator[Server]:
    """A Spanish-first kiosk (EXPLORER_LANGUAGE=es) that resets after the same idle time as idle_server."""
    env = {"EXPLORER_MODE": "kiosk", "EXPLORER_LANGUAGE": "es", "EXPLORER_IDLE_SECONDS": str(IDLE_SECONDS)}
    yield from _server("kiosk-es", env)


@pytest.fixture(scope="session")
def kiosk_es_tour_server(browser: Browser) -> Iterator[Server]:
    """A Spanish-first kiosk with the default idle time: long enough to tour every page without a reset."""
    yield from _server("kiosk-es-tour", {"EXPLORER_MODE": "kiosk", "EXPLORER_LANGUAGE": "es"})


@pytest.fixture(scope="session")
def hostile_server(browser: Browser) -> Iterator[Server]:
    """The web configuration on the hostile fixture catalogue."""
    yield from _server("hostile", {"EXPLORER_MODE": "web", "EXPLORER_DATA_DIR": str(ROOT / "tests/fixtures/hostile")})


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Open a page in a fresh browser context (own cookies and storage); all closed after the test."""
    contexts: list[BrowserContext] = []

    def make(color_scheme: str = "light", **options) -> Page:
        options = {"viewport": {"width": 1280, "height": 900}, "locale": "en-GB", **options}
        context = browser.new_context(color_scheme=color_scheme, **options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
