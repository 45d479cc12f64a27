"""Conditions: a browsable, searchable list, and a page per condition (``?condition=<id>``)."""

from __future__ import annotations

from html import escape

import pandas as pd
import streamlit as st

from explorer import conditions, i18n, schema, texts, urlstate
from explorer.index import Index
from explorer.markdown import md
from explorer.ui import cards, routes, state
from explorer.ui.startup import Context

CATEGORY_PARAM = "category"
QUERY_PARAM = "q"
CONDITION_PARAM = "condition"
COMPARE_PARAM = "compare"
MAX_QUERY_CHARS = 80


def condition_link(ix: Index, condition_id: str, label: str | None = None) -> None:
    """A link to a condition's own page."""
    name = ix.name_md[condition_id]
    routes.link(
        "conditions",
        label=label.format(name=name) if label else name,
        icon=":material/description:",
        query_params={CONDITION_PARAM: condition_id},
    )


def compare_link(condition_ids: list[str], label: str) -> None:
    """A link that opens the Compare page with these conditions."""
    routes.link(
        "compare",
        label,
        icon=":material/compare_arrows:",
        query_params={COMPARE_PARAM: urlstate.format_ids(condition_ids)},
    )


# --- the list -------------------------------------------------------------------------


def _seed_filters() -> None:
    """Category and search words come from the URL on a first visit, so a link reproduces the list."""
    cat_key, text_key = state.wk("conditions", "category"), state.wk("conditions", "search")
    if cat_key not in st.session_state:
        parsed = state.read_ids(CATEGORY_PARAM, conditions.category_slugs())
        st.session_state[cat_key] = parsed.ids[0] if parsed.ids else ""
    if text_key not in st.session_state:
        st.session_state[text_key] = st.query_params.get(QUERY_PARAM, "")[:MAX_QUERY_CHARS]


def _filters() -> tuple[str | None, str]:
    _seed_filters()
    slugs = conditions.category_slugs()
    left, right = st.columns([2, 3])
    picked = left.selectbox(
        texts.CONDITIONS_CATEGORY_LABEL,
        ["", *slugs],
        format_func=lambda s: texts.tr(slugs[s]) if s in slugs else texts.CONDITIONS_ALL_CATEGORIES,
        key=state.wk("conditions", "category"),
    )
    query = right.text_input(
        texts.CONDITIONS_SEARCH_LABEL,
        placeholder=texts.CONDITIONS_SEARCH_PLACEHOLDER,
        max_chars=MAX_QUERY_CHARS,
        key=state.wk("conditions", "search"),
    )
    state.write_url_ids(CATEGORY_PARAM, [picked] if picked else [])
    state.write_url_text(QUERY_PARAM, query)
    return slugs.get(picked), query


def _onset_line(ix: Index, row: pd.Series, links: bool) -> str:
    """'Usually builds up over days to weeks · Mostly affects adults', each with its source (once if the same)."""
    onset = md(texts.CARD_ONSET.format(onset=texts.onset_words(row["onset"])))
    ages = md(texts.ages_words(row["ages"]))
    onset_source, ages_source = (ix.source_md[row[column], links] for column in ("onset_source_id", "ages_source_id"))
    if row["onset_source_id"] == row["ages_source_id"]:
        return texts.CONDITION_ONSET_LINE.format(onset=onset, ages=ages, source=onset_source)
    return texts.CONDITION_ONSET_LINES.format(
        onset=onset, onset_source=onset_source, ages=ages, ages_source=ages_source
    )


def _also_called(row) -> str:
    return " · " + md(texts.CONDITION_ALSO_CALLED.format(aliases=", ".join(row["aliases"]))) if row["aliases"] else ""


def _list(ix: Index) -> None:
    st.title(texts.CONDITIONS_TITLE)
    st.markdown(texts.CONDITIONS_INTRO)
    state.show_notices()
    category, query = _filters()
    found = conditions.find_conditions(ix, query, category)
    st.caption(texts.CONDITIONS_COUNT.format(n=len(found), total=len(ix.condition_ids)))
    if not found:
        st.info(texts.CONDITIONS_NONE)
    for cid in found:
        row = ix.conditions.loc[cid]
        with st.container(border=True, key=f"condition-row-{cid}"):
            condition_link(ix, cid)
            st.caption(md(texts.tr(row["category"])) + _also_called(row))


# --- one condition ---------------------------------------------------------------------


def _symptoms(ix: Index, view: conditions.ConditionView, notes: cards.Notes) -> None:
    """Its symptoms grouped by how often, one line each, citing the numbered sources at the end of the page."""
    st.subheader(texts.CONDITION_SYMPTOMS)
    if not view.bands:
        st.caption(texts.CONDITION_NO_SYMPTOMS)
        return
    parts = []
    english = ix.language == i18n.SOURCE
    for group in view.bands:
        band = schema.BAND[group.frequency]
        if group.frequency == "excluded":
            heading = texts.CONDITION_EXCLUDED_HEADING
        else:
            words = texts.band_words(band.name)
            heading = texts.CONDITION_BAND_HEADING.format(
                words=words[:1].upper() + words[1:], range=texts.band_range(band.name)
            )
        meter = "" if group.frequency == "excluded" else cards.meter(group.frequency) + " "
        parts.append(f"<p class='nse-group'>{meter}<strong>{escape(heading)}</strong></p>")
        parts.append(cards.symptom_items(ix, group.links, notes, band=False, note=english))
    st.html("<div class='nse-card'>" + "".join(parts) + "</div>")
    if not english:  # the curators' notes on each source are written in English only
        st.caption(texts.CONDITION_NOTES_IN_ENGLISH)


def _codes(view: conditions.ConditionView, links: bool) -> None:
    st.subheader(texts.CONDITION_CODES)
    lines = []
    for column, code, url in view.codes:
        shown = f"[{md(code)}]({url})" if url and links else md(code)
        lines.append(f"- {texts.CODE_LABELS[column]}: {shown}")
    st.markdown("\n".join(lines) if lines else texts.CONDITION_NO_CODES)


def _compared(ix: Index, view: conditions.ConditionView) -> None:
    if not view.compared_with:
        return
    st.subheader(texts.CONDITION_COMPARED)
    for other in view.compared_with:
        cols = st.columns(2)
        with cols[0]:
            condition_link(ix, other)
        with cols[1]:
            label = texts.CONDITION_COMPARE_LINK.format(name=ix.name_md[other])
            compare_link([view.condition_id, other], label)


def _detail(ix: Index, cid: str, links: bool) -> None:
    view = conditions.condition_page(ix, cid)
    row = view.row
    routes.link("conditions", label=texts.CONDITION_BACK, icon=":material/arrow_back:")
    st.title(ix.name_md[cid])
    st.caption(md(texts.tr(row["category"])) + _also_called(row))
    for title, column in (
        (texts.CONDITION_SUMMARY, "summary"),
        (texts.CONDITION_COURSE, "course"),
        (texts.CONDITION_AFFECTS, "affects"),
    ):
        st.subheader(title)
        st.markdown(md(row[column]))
        if column == "course":
            st.caption(_onset_line(ix, row, links))
    notes = cards.Notes()
    _symptoms(ix, view, notes)
    st.subheader(texts.CONDITION_TREATMENT)
    st.markdown(md(row["treatment"]))
    st.caption(texts.CONDITION_TREATMENT_NOTE)
    st.subheader(texts.CONDITION_SPECIALISTS)
    st.markdown("\n".join(f"- {md(s)}" for s in row["specialists"]))
    _codes(view, links)
    _compared(ix, view)
    st.subheader(texts.CONDITION_SOURCES)
    for source_id in view.source_ids:
        notes.cite(source_id)
    st.html("<div class='nse-card'>" + notes.html(ix, links, title=False) + "</div>")
    st.caption(texts.CONDITION_REVIEWED.format(date=md(row["reviewed"])))


def _wanted_condition(ix: Index) -> str | None:
    """The ``?condition=`` id if the catalogue knows it; a quiet notice otherwise."""
    if CONDITION_PARAM not in st.query_params:
        return None
    parsed = state.read_ids(CONDITION_PARAM, ix.condition_position)
    if parsed.ids:
        return parsed.ids[0]
    if parsed.dropped:
        state.add_notice(texts.CONDITION_UNKNOWN.format(ids=md(", ".join(parsed.dropped))))
    else:
        state.add_notice(texts.IDS_MALFORMED)
    del st.query_params[CONDITION_PARAM]
    return None


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    cid = _wanted_condition(ctx.index)
    if cid is None:
        _list(ctx.index)
    else:
        _detail(ctx.index, cid, ctx.links)
