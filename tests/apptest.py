"""The one AppTest helper for the page tests (the app's caches are process-global: cleared per app)."""

from __future__ import annotations

import html
import re

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

import explorer
from explorer.ui import routes, startup, state
from explorer.ui.explore import group_slug
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 60
SETTINGS = ("EXPLORER_MODE", "EXPLORER_DATA_DIR", "EXPLORER_IDLE_SECONDS", "EXPLORER_EMERGENCY_NUMBER")


def clear_caches() -> None:
    """Forget the settings and the prepared index, so the next run reads its environment afresh."""
    startup.settings.clear()
    startup.indexes.clear()


def fresh_app(monkeypatch: pytest.MonkeyPatch, **env: str) -> AppTest:
    """An AppTest of app.py with only the given EXPLORER_* settings, caches cleared."""
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    clear_caches()
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def go(at: AppTest, page: str) -> AppTest:
    """Switch to the page named ``page`` in routes.ROUTES (does not run).

    AppTest.switch_page() finds only file-based pages; a page registered with a render
    function is selected the way Streamlit selects it, by the hash of its URL path.
    """
    at._page_hash = calc_hash(routes.BY_NAME[page].url_path)
    return at


def run_app(
    monkeypatch: pytest.MonkeyPatch, page: str | None = None, params: dict | None = None, **env: str
) -> AppTest:
    """fresh_app() on the page named ``page`` (e.g. "about") with URL ``params``, after one run."""
    at = fresh_app(monkeypatch, **env)
    if page:
        go(at, page)
    at.query_params.update(params or {})
    return at.run()


def open_page(at: AppTest, page: str, params: dict | None = None) -> AppTest:
    """In a session that has run once, go to ``page`` with ``params`` in the URL, and run."""
    at.query_params.update(params or {})
    go(at, page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def visit(page: str, params: dict | None = None) -> AppTest:
    """A new session in the current environment: run the default page, then go to ``page`` with ``params``."""
    return open_page(AppTest.from_file(APP, default_timeout=TIMEOUT).run(), page, params)


def links_of(at: AppTest) -> list[tuple[str, str, str]]:
    """(label, page URL path, query string) of every page link on the page."""
    return [(p.proto.label, p.proto.page, p.proto.query_string) for p in at.page_link]


def all_text(at: AppTest) -> str:
    """Every markdown, caption, alert and heading body on the page, joined."""
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "title", "subheader", "header"):
        parts.extend(str(el.value) for el in getattr(at, kind))
    parts.extend(str(e.label) for e in at.expander)
    return "\n".join(parts)


def html_bodies(at: AppTest) -> list[str]:
    """The HTML blocks the app writes (st.html): result cards, symptom lines, source notes."""
    return [node.proto.body for node in at._tree if getattr(node, "type", None) == "html"]


def result_cards(at: AppTest) -> list[tuple[str, str]]:
    """(condition id, HTML body) of each result card on the page, in order."""
    found = (re.search(r"data-condition='([^']+)'", body) for body in html_bodies(at))
    return [(match.group(1), match.string) for match in found if match]


def result_titles(at: AppTest) -> list[str]:
    """The title of each result card: its condition's name, the link to its page."""
    names = {query: unescape(label) for label, _, query in links_of(at)}
    return [names[f"condition={cid}"] for cid, _ in result_cards(at)]


def html_text(body: str) -> str:
    """The text of an HTML block: style sheets and tags removed, entities decoded, white space collapsed."""
    body = re.sub(r"<style>.*?</style>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def card_text(at: AppTest, condition_id: str) -> str:
    """A result card's text (see :func:`html_text`)."""
    return html_text(dict(result_cards(at))[condition_id])


def unescape(text: str) -> str:
    """Undo markdown.md() escaping, to compare with plain strings."""
    return re.sub(r"\\(.)", r"\1", text)


def symptom_pills(at: AppTest, symptom_id: str, data_dir: str | None = None):
    """The pills group (one per body system) that offers ``symptom_id`` on the Explore page."""
    group = explorer.load_catalog(data_dir).symptoms.at[symptom_id, "group"]
    generation = at.session_state.get(state.GENERATION, 0)
    return at.button_group(key=state.widget_key("pick", group_slug(group), generation=generation))


def picked(at: AppTest) -> list[str]:
    """Symptom ids pressed in the picker, in page order (body system by body system)."""
    return [sid for g in at.button_group if g.key and "pick-" in g.key for sid in (g.value or [])]
