"""Conditions: a browsable, searchable list, and a page per condition (``?condition=<id>``)."""

from __future__ import annotations

import streamlit as st

from explorer import conditions, texts, urlstate
from explorer.catalog import Catalog
from explorer.ui import classroom, state
from explorer.ui.widgets import md, source_text, sources_list

CATEGORY_PARAM = "category"
QUERY_PARAM = "q"
MAX_QUERY_CHARS = 80


# --- the list -------------------------------------------------------------------------


def _seed_filters() -> None:
    """Category and search words come from the URL on a first visit, so a link reproduces the list."""
    cat_key, text_key = state.wk("conditions", "category"), state.wk("conditions", "search")
    if cat_key not in st.session_state:
        parsed = urlstate.parse_ids(st.query_params.get_all(CATEGORY_PARAM), conditions.category_slugs())
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
        format_func=lambda s: slugs.get(s, texts.CONDITIONS_ALL_CATEGORIES),
        key=state.wk("conditions", "category"),
    )
    query = right.text_input(
        texts.CONDITIONS_SEARCH_LABEL,
        placeholder=texts.CONDITIONS_SEARCH_PLACEHOLDER,
        max_chars=MAX_QUERY_CHARS,
        key=state.wk("conditions", "search"),
    )
    _write_filters(picked, query)
    return slugs.get(picked), query


def _write_filters(picked: str, query: str) -> None:
    state.write_url_ids(CATEGORY_PARAM, [picked] if picked else [])
    if query.strip():
        if st.query_params.get(QUERY_PARAM) != query.strip():
            st.query_params[QUERY_PARAM] = query.strip()
    elif QUERY_PARAM in st.query_params:
        del st.query_params[QUERY_PARAM]


def _condition_row(cat: Catalog, cid: str) -> None:
    row = cat.conditions.loc[cid]
    with st.container(border=True, key=f"condition-row-{cid}"):
        classroom.condition_link(cat, cid)
        detail = md(row["category"])
        if row["aliases"]:
            detail += " · " + md(texts.CONDITION_ALSO_CALLED.format(aliases=", ".join(row["aliases"])))
        st.caption(detail)


def _list(cat: Catalog) -> None:
    st.title(texts.CONDITIONS_TITLE)
    st.markdown(texts.CONDITIONS_INTRO)
    state.show_notices()
    category, query = _filters()
    found = conditions.find_conditions(cat, query, category)
    st.caption(texts.CONDITIONS_COUNT.format(n=len(found), total=len(cat.conditions)))
    if not found:
        st.info(texts.CONDITIONS_NONE)
    for cid in found:
        _condition_row(cat, cid)


# --- one condition ---------------------------------------------------------------------


def _symptoms(cat: Catalog, cid: str, links: bool) -> None:
    st.subheader(texts.CONDITION_SYMPTOMS)
    groups = conditions.symptoms_by_band(cat, cid)
    if not groups:
        st.caption(texts.CONDITION_NO_SYMPTOMS)
    for group in groups:
        if group.frequency == "excluded":
            heading = texts.CONDITION_EXCLUDED_HEADING
        else:
            words = texts.FREQUENCY_WORDS[group.frequency]
            heading = texts.CONDITION_BAND_HEADING.format(
                words=words[:1].upper() + words[1:], range=texts.FREQUENCY_RANGES[group.frequency]
            )
        lines = []
        for link in group.links:
            label = md(cat.symptoms.at[link.symptom_id, "label"])
            src = texts.SOURCE_OF_LINK.format(source=source_text(cat, link.source_id, links))
            note = f" — {md(link.note)}" if link.note else ""
            lines.append(f"- **{label}**{note} · {src}")
        st.markdown(f"**{heading}**\n\n" + "\n".join(lines))


def _codes(cat: Catalog, cid: str, links: bool) -> None:
    st.subheader(texts.CONDITION_CODES)
    row = cat.conditions.loc[cid]
    lines = []
    for column in conditions.CODE_COLUMNS:
        for code in row[column]:
            url = conditions.orpha_url(cat, code) if column == "orpha" and links else None
            shown = f"[{md(code)}]({url})" if url else md(code)
            lines.append(f"- {texts.CODE_LABELS[column]}: {shown}")
    st.markdown("\n".join(lines) if lines else texts.CONDITION_NO_CODES)


def _compared(cat: Catalog, cid: str) -> None:
    others = conditions.compared_with(cat, cid)
    if not others:
        return
    st.subheader(texts.CONDITION_COMPARED)
    for other in others:
        name = md(cat.conditions.at[other, "name"])
        cols = st.columns(2)
        with cols[0]:
            classroom.condition_link(cat, other)
        with cols[1]:
            classroom.compare_link([cid, other], texts.CONDITION_COMPARE_LINK.format(name=name))


def _detail(cat: Catalog, cid: str, links: bool) -> None:
    row = cat.conditions.loc[cid]
    st.page_link(classroom.CONDITIONS_PAGE, label=texts.CONDITION_BACK, icon=":material/arrow_back:")
    st.title(md(row["name"]))
    caption = md(row["category"])
    if row["aliases"]:
        caption += " · " + md(texts.CONDITION_ALSO_CALLED.format(aliases=", ".join(row["aliases"])))
    st.caption(caption)
    for title, column in (
        (texts.CONDITION_SUMMARY, "summary"),
        (texts.CONDITION_COURSE, "course"),
        (texts.CONDITION_AFFECTS, "affects"),
    ):
        st.subheader(title)
        st.markdown(md(row[column]))
    _symptoms(cat, cid, links)
    st.subheader(texts.CONDITION_TREATMENT)
    st.markdown(md(row["treatment"]))
    st.caption(texts.CONDITION_TREATMENT_NOTE)
    st.subheader(texts.CONDITION_SPECIALISTS)
    st.markdown("\n".join(f"- {md(s)}" for s in row["specialists"]))
    _codes(cat, cid, links)
    _compared(cat, cid)
    st.subheader(texts.CONDITION_SOURCES)
    st.markdown(sources_list(cat, conditions.condition_sources(cat, cid), links))
    st.caption(texts.CONDITION_REVIEWED.format(date=md(row["reviewed"])))


def _wanted_condition(cat: Catalog) -> str | None:
    """The ``?condition=`` id if the catalogue knows it; a quiet notice otherwise."""
    if classroom.CONDITION_PARAM not in st.query_params:
        return None
    parsed = urlstate.parse_ids(st.query_params.get_all(classroom.CONDITION_PARAM), cat.conditions.index)
    if parsed.ids:
        return parsed.ids[0]
    if parsed.dropped:
        state.add_notice(texts.CONDITION_UNKNOWN.format(ids=md(", ".join(parsed.dropped))))
    else:
        state.add_notice(texts.IDS_MALFORMED)
    del st.query_params[classroom.CONDITION_PARAM]
    return None


def render() -> None:
    cat = state.catalog()
    links = not state.get_settings().kiosk
    cid = _wanted_condition(cat)
    if cid is None:
        _list(cat)
    else:
        _detail(cat, cid, links)
