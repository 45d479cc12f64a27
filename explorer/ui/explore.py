"""Explore: pick or describe symptoms, see which conditions list them, how often, and why."""

from __future__ import annotations

import re
from functools import lru_cache

import streamlit as st

from explorer import matching, search, texts
from explorer.catalog import Catalog
from explorer.ui import next_questions, state
from explorer.ui.widgets import emergency_box, md, source_text, sources_list

RESULTS_SHOWN = 8  # more are built only when asked for ("Show N more")
SHOW_ALL = "show-all-for"  # the selection for which the visitor asked to see every result


# --- callbacks (run before the script, so the page renders the new state) -------


def _pick(key: str, group_ids: tuple[str, ...]) -> None:
    """A pill in one body system (widget ``key``) was pressed: add or drop it, keeping the order of choosing."""
    picked = st.session_state[key] or []
    chosen = [s for s in state.selection() if s not in group_ids or s in picked]
    state.set_selection(chosen + [s for s in picked if s not in chosen])


def _search(cat: Catalog) -> None:
    key = state.wk("search")
    query = st.session_state.get(key, "").strip()
    if not query:
        return
    hits = search.find(cat, query, limit=None)
    confident = [h.symptom_id for h in hits if h.confident]
    chosen = state.selection()
    label = lambda ids: texts.join_words([md(matching.lay_label(cat, s)) for s in ids])  # noqa: E731
    if confident:
        new = [s for s in confident if s not in chosen]
        old = [s for s in confident if s in chosen]
        state.set_selection(chosen + new)
        if new:
            state.add_notice(texts.SEARCH_ADDED.format(symptoms=label(new)))
        if old:
            state.add_notice(texts.SEARCH_ALREADY.format(symptoms=label(old)))
        st.session_state[key] = ""
    elif hits:
        state.add_notice(texts.SEARCH_SUGGEST.format(symptoms=label([h.symptom_id for h in hits[:3]])))
    else:
        state.add_notice(texts.SEARCH_NOTHING.format(query=md(query[:80])))


def _show_all(chosen: tuple[str, ...]) -> None:
    st.session_state[SHOW_ALL] = chosen


def _clear_all() -> None:
    state.set_selection([])
    st.session_state[state.wk("search")] = ""


# --- page parts ---------------------------------------------------------------------


def _search_box(cat: Catalog) -> None:
    st.text_input(
        texts.SEARCH_LABEL,
        key=state.wk("search"),
        placeholder=texts.SEARCH_PLACEHOLDER,
        on_change=_search,
        args=(cat,),
        max_chars=300,
    )


def _chosen_summary(cat: Catalog, chosen: list[str]) -> None:
    if not chosen:
        return
    cols = st.columns([4, 1], vertical_alignment="center")
    labels = ", ".join(md(cat.symptoms.at[s, "label"]) for s in chosen)
    cols[0].markdown(f"**{texts.CHOSEN_TITLE}:** {labels}")
    cols[1].button(texts.CLEAR_ALL, key=state.wk("clear"), on_click=_clear_all, use_container_width=True)


def group_slug(group: str) -> str:
    """A body system's name as a widget-key part: 'Eyes and vision' -> 'eyes-and-vision'."""
    return re.sub(r"[^a-z0-9]+", "-", group.lower()).strip("-")


@lru_cache(maxsize=4096)  # every rerun formats every pill: escape each label once
def pill_text(label: str) -> str:
    """What a symptom's pill shows (and what the browser sends back as its value): the escaped label."""
    return md(label)


def _picker(cat: Catalog, chosen: list[str]) -> None:
    """One multi-select row of pills per body system, inside an expander that opens once something is chosen.

    Pills are toggle buttons (``aria-pressed``) in a group named after the body system, so a
    screen reader hears "Double vision, toggle button, pressed"; one widget per body system
    instead of one per symptom keeps a tap's rerun small (see docs/BENCHMARKS.md).
    """
    st.subheader(texts.PICKER_TITLE)
    chosen_set = set(chosen)
    for group, pairs in cat.symptoms_by_group.items():
        names = dict(pairs)
        group_ids = tuple(names)
        picked = [sid for sid in group_ids if sid in chosen_set]
        title = texts.PICKER_GROUP_COUNT.format(group=group, n=len(picked)) if picked else group
        key = state.wk("pick", group_slug(group))
        if st.session_state.get(key) != picked:  # the selection is the truth; set only what changed
            st.session_state[key] = picked
        with st.expander(title, expanded=bool(picked)):
            st.pills(
                group,
                group_ids,
                selection_mode="multi",
                format_func=lambda sid, names=names: pill_text(names[sid]),
                key=key,
                on_change=_pick,
                args=(key, group_ids),
                label_visibility="collapsed",
            )


def _how_often(cat: Catalog, explanation: matching.Explanation, links: bool) -> str:
    lines = []
    for link in explanation.matched:
        words = texts.FREQUENCY_WORDS[link.frequency]
        label = md(cat.symptoms.at[link.symptom_id, "label"])
        src = texts.SOURCE_OF_LINK.format(source=source_text(cat, link.source_id, links))
        lines.append(f"- **{label}**: {words} · {src}")
    return "\n".join(lines)


def _result_card(cat: Catalog, row, chosen: list[str], links: bool) -> None:
    cid = row.condition_id
    explanation = matching.explain(cat, cid, chosen)
    if row.n_matched == row.n_chosen:
        count = texts.LISTS_ONE if row.n_chosen == 1 else texts.LISTS_ALL.format(m=row.n_chosen)
    else:
        count = texts.LISTS_N_OF_M.format(n=row.n_matched, m=row.n_chosen)
    parts = [
        f"#### {md(row.name)}\n{md(count.capitalize())} · *{md(row.category)}*",
        _how_often(cat, explanation, links),
    ]
    if explanation.excluded:
        names = [matching.lay_label(cat, link.symptom_id) for link in explanation.excluded]
        parts.append(md(texts.EXCLUDED.format(symptoms=texts.join_words(names))))
    if explanation.not_listed:
        names = [matching.lay_label(cat, s) for s in explanation.not_listed]
        parts.append(md(texts.NOT_LISTED.format(symptoms=texts.join_words(names))))
    used = [link.source_id for link in explanation.matched]
    cond_sources = cat.conditions.at[cid, "source_ids"]
    # One markdown block for what the card says (fewer elements make a faster rerun), sources on request.
    with st.container(border=True, key=f"result-{cid}"):
        st.markdown("\n\n".join(parts))
        with st.expander(texts.SOURCES_LABEL):
            summary = md(cat.conditions.at[cid, "summary"])
            st.markdown(f"{summary}\n\n{sources_list(cat, [*used, *cond_sources], links)}")


def _results(cat: Catalog, chosen: list[str], links: bool) -> None:
    st.subheader(texts.RESULTS_TITLE)
    if not chosen:
        st.info(texts.EMPTY_STATE, icon=":material/touch_app:")
        return
    ranked = matching.rank(cat, chosen)
    st.caption(md(matching.describe_selection(cat, chosen)))
    st.warning(texts.DISCLAIMER_SHORT, icon=":material/warning:")
    if ranked.empty:
        st.info(texts.NO_MATCH)
        return
    if len(chosen) > 1 and not matching.lists_all(ranked):
        st.info(texts.NONE_LISTS_ALL)
    st.caption(texts.RESULT_COUNT.format(n=len(ranked)) + " " + texts.ORDER_NOTE)
    rows = list(ranked.itertuples(index=False))
    show_all = st.session_state.get(SHOW_ALL) == tuple(chosen)
    for row in rows if show_all else rows[:RESULTS_SHOWN]:
        _result_card(cat, row, chosen, links)
    if not show_all and len(rows) > RESULTS_SHOWN:
        st.button(
            texts.SHOW_MORE.format(n=len(rows) - RESULTS_SHOWN),
            key=state.wk("show-more"),
            on_click=_show_all,
            args=(tuple(chosen),),
        )
    next_questions.render(cat, chosen, ranked)


def render() -> None:
    cat = state.catalog()
    settings = state.get_settings()
    state.init_selection(cat)
    st.title(texts.EXPLORE_TITLE)
    st.markdown(texts.EXPLORE_INTRO)
    _search_box(cat)
    state.show_notices()
    chosen = state.selection()
    _chosen_summary(cat, chosen)
    emergency_box(cat, chosen, settings.emergency_number)
    left, right = st.columns([2, 3], gap="large")
    with left:
        _picker(cat, chosen)
    with right:
        _results(cat, chosen, links=not settings.kiosk)
    state.write_url_ids(state.SYMPTOMS_PARAM, chosen)
