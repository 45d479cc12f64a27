"""Every page of the app, named once: its title, icon and URL path.

``app.py`` registers each route with its render function for ``st.navigation``; every link
and page switch in the app goes through :func:`link` or :func:`switch` with a route's name,
so a URL path is spelled in this table only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import streamlit as st

from explorer import messages, texts


@dataclass(frozen=True)
class Route:
    """One page of the app."""

    name: str
    title: str
    """The title's message id (explorer.messages); :func:`page` shows it in the visitor's language."""
    icon: str
    url_path: str
    default: bool = False


ROUTES: tuple[Route, ...] = (
    Route("explore", messages.PAGE_EXPLORE, ":material/search:", "explore", default=True),
    Route("conditions", messages.PAGE_CONDITIONS, ":material/menu_book:", "conditions"),
    Route("compare", messages.PAGE_COMPARE, ":material/compare_arrows:", "compare"),
    Route("matrix", messages.PAGE_MATRIX, ":material/grid_on:", "matrix"),
    Route("quiz", messages.PAGE_QUIZ, ":material/quiz:", "quiz"),
    Route("handout", messages.PAGE_HANDOUT, ":material/print:", "handout"),
    Route("about", messages.PAGE_ABOUT, ":material/info:", "about"),
)
BY_NAME: Mapping[str, Route] = {route.name: route for route in ROUTES}


def _not_run() -> None:
    """The body of a page object made only to link to a registered page (never run)."""


def page(name: str, render: Callable[[], None] = _not_run, icon: bool = True) -> st.Page:
    """The page called ``name``: with its render function for ``st.navigation``, without one for a link."""
    route = BY_NAME[name]
    return st.Page(
        render,
        title=texts.tr(route.title),
        icon=route.icon if icon else None,
        url_path=route.url_path,
        default=route.default,
    )


def link(name: str, label: str | None = None, icon: str | None = None, query_params=None, plain=False) -> None:
    """A real link to a page of the app (works in any browser tab), with optional URL parameters.

    ``plain`` leaves out the page's icon (a link that is a title, such as a result card's).
    """
    st.page_link(page(name, icon=not plain), label=label, icon=icon, query_params=query_params)


def switch(name: str) -> None:
    """Stop this run and show another page."""
    st.switch_page(page(name))
