"""The hostile fixture catalogue in a real browser: payloads show as text, none becomes an element or runs."""

from __future__ import annotations

import pytest
from browserkit import nav_paths, open_app, search

pytestmark = pytest.mark.browser

SYMPTOMS = "double_vision,trouble_breathing,fatigue,numbness,seizures,hiccups,leg_weakness,drooping_eyelid"
QUERY = f"?symptoms={SYMPTOMS}&condition=alpha&compare=beta,gamma"
INJECTED = (
    "img[onerror]",
    "[onerror], [onload]:not(body), [onclick]",
    "iframe[src*='evil']",
    "a[href^='javascript:' i]",
    "a[href*='evil.example']",
)


def test_payloads_render_as_text_and_never_run(hostile_server, new_page) -> None:
    page = new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_app(page, hostile_server.url + "/" + QUERY)
    assert "<script>alert('xss-script')</script>" in page.locator("[data-testid=stMain]").inner_text()
    search(page, "seeing double")
    paths = nav_paths(page)
    for path in paths:
        open_app(page, hostile_server.url + path + QUERY)
        scripts = page.locator("script").evaluate_all("els => els.filter(e => /alert|xss/.test(e.textContent))")
        assert not scripts, f"{path}: a script element from data"
        for selector in INJECTED:
            found = page.locator(selector).evaluate_all("els => els.map(e => e.outerHTML.slice(0, 200))")
            assert not found, f"{path}: {selector} from data: {found}"
        text = page.locator("[data-testid=stMain]").inner_text()
        assert "xss-" in text or path != "/", f"{path}: the payload text is shown as text"
    assert not dialogs, dialogs
