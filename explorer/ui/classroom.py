"""Helpers shared by the classroom pages (conditions, compare, matrix, quiz, handout).

URL state: a widget is seeded from its ``?param=`` on a first visit or when a link brings a
new value, and the URL is rewritten from the widget on every run, so a link reproduces the view.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import streamlit as st

from explorer import texts, urlstate
from explorer.catalog import Catalog
from explorer.ui import state
from explorer.ui.widgets import md

COMPARE_PAGE = "views/compare.py"
CONDITIONS_PAGE = "views/conditions.py"
EXPLORE_PAGE = "views/explore.py"
CONDITION_PARAM = "condition"
COMPARE_PARAM = "compare"


def _marker(key: str) -> str:
    return f"url-seen-{key}"


def seed_ids_from_url(key: str, param: str, known: Collection[str], limit: int | None = None) -> None:
    """Put the ids in ``?param=`` into widget ``key`` when the widget is new or a link brought new ids.

    Unknown ids are dropped with a quiet notice; nothing from the URL is ever rendered as markup.
    """
    raw = urlstate.format_ids(st.query_params.get_all(param))
    if key in st.session_state and (not raw or st.session_state.get(_marker(key)) == raw):
        return
    parsed = urlstate.parse_ids(st.query_params.get_all(param), known)
    ids = list(parsed.ids)
    if limit is not None and len(ids) > limit:
        ids = ids[:limit]
        state.add_notice(texts.COMPARE_TOO_MANY)
    st.session_state[key] = ids
    st.session_state[_marker(key)] = raw
    state.notice_dropped(parsed)


def write_ids_to_url(key: str, param: str, ids: list[str]) -> None:
    """Mirror the widget's ids into the URL and remember them, so the next run does not re-seed."""
    state.write_url_ids(param, ids)
    st.session_state[_marker(key)] = urlstate.format_ids(ids)


def band_words(band: str) -> str:
    """A band in words, or 'not listed' for an empty cell."""
    return texts.FREQUENCY_WORDS[band] if band else texts.NOT_LISTED_WORD


def bands_sentence(cat: Catalog, row, condition_ids: Iterable[str]) -> str:
    """'Alpha syndrome: most people; Beta disease: not listed' (markdown-escaped)."""
    names = cat.condition_names
    parts = [texts.COMPARE_BAND_OF.format(name=md(names[cid]), words=band_words(row[cid])) for cid in condition_ids]
    return "; ".join(parts)


def compare_link(condition_ids: list[str], label: str) -> None:
    """A link that opens the Compare page with these conditions (a real link: works in any browser tab)."""
    st.page_link(
        COMPARE_PAGE,
        label=label,
        icon=":material/compare_arrows:",
        query_params={COMPARE_PARAM: urlstate.format_ids(condition_ids)},
    )


def condition_link(cat: Catalog, condition_id: str, label: str | None = None) -> None:
    """A link to a condition's own page."""
    name = md(cat.conditions.at[condition_id, "name"])
    st.page_link(
        CONDITIONS_PAGE,
        label=label.format(name=name) if label else name,
        icon=":material/description:",
        query_params={CONDITION_PARAM: condition_id},
    )
