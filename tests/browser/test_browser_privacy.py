"""Privacy in a real browser: no request leaves the app's own host, nothing chosen reaches the server log."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from browserkit import ARTIFACTS, CARD_TITLE, Server, choose, nav_paths, open_app, search, wait_idle

pytestmark = pytest.mark.browser

SEARCH_TEXT = "seeing double"
TICKED = {
    "double_vision": "Double vision",
    "drooping_eyelid": "Drooping eyelid",
    "trouble_breathing": "Trouble breathing",
}


def visit_everything(page, url: str) -> None:
    """A full session: load, search, choose, results, then every page with the selection in the URL."""
    open_app(page, url)
    search(page, SEARCH_TEXT)
    choose(page, TICKED["drooping_eyelid"])
    choose(page, TICKED["trouble_breathing"])
    query = "?" + page.url.split("?", 1)[1]
    page.locator(CARD_TITLE).first.click()  # a card's title opens its condition page
    page.wait_for_url("**/conditions?condition=*")
    wait_idle(page)
    for path in nav_paths(page):
        open_app(page, url + path + query)


def test_every_request_goes_to_the_app_itself(web_server, new_page) -> None:
    page = new_page()
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    page.on("websocket", lambda socket: requests.append(socket.url))
    visit_everything(page, web_server.url)
    assert len(requests) > 10
    origins = {(urlparse(u).scheme, urlparse(u).hostname, urlparse(u).port) for u in requests}
    allowed = {("http", "localhost", web_server.port), ("ws", "localhost", web_server.port)}
    foreign = sorted(u for u in requests if urlparse(u).scheme not in ("data", "blob") and
                     (urlparse(u).scheme, urlparse(u).hostname, urlparse(u).port) not in allowed)  # fmt: skip
    assert not foreign, foreign[:10]
    assert ("ws", "localhost", web_server.port) in origins, "the websocket was observed"


def test_nothing_chosen_reaches_the_server_log(browser, new_page) -> None:
    server = Server(env={"EXPLORER_MODE": "web"}, log_path=ARTIFACTS / "logs" / "privacy.log")
    try:
        server.start()
        visit_everything(new_page(), server.url)
    finally:
        server.stop()
    log = server.log()
    assert str(server.port) in log, "the log was captured"
    lowered = log.lower()
    for symptom_id, label in TICKED.items():
        assert symptom_id not in lowered
        assert label.lower() not in lowered
    assert SEARCH_TEXT not in lowered
    assert "symptoms=" not in lowered
