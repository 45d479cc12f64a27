"""Explore: pick or describe symptoms, see which conditions list them, how often, and why.

The page asks the core once per run (:func:`explorer.explore.explore`) and renders the value.
"""

from __future__ import annotations

import re

import streamlit as st

from explorer import i18n, search, texts, urlstate
from explorer.explore import COMPARE_MAX, ExploreView, Result, explore_page
from explorer.index import Index
from explorer.markdown import md
from explorer.ui import cards, routes, state
from explorer.ui.conditions import CONDITION_PARAM
from explorer.ui.startup import Context
from explorer.ui.widgets import bands_sentence, emergency_box

RESULTS_SHOWN = 8  # more are built only when asked for ("Show N more")
RESULTS_ANCHOR = "results"
SHOW_ALL = "show-all-for"  # the selection for which the visitor asked to see every result


# --- callbacks (run before the script, so the page renders the new state) -------


def _pick(key: str, group_ids: tuple[str, ...]) -> None:
    """A pill in one body system (widget ``key``) was pressed: add or drop it, keeping the order of choosing."""
    picked = st.session_state[key] or []
    chosen = [s for s in state.selection() if s not in group_ids or s in picked]
    state.set_selection(chosen + [s for s in picked if s not in chosen])


def _labels(ix: Index, ids: list[str]) -> str:
    return texts.join_words([md(ix.lay_label(s)) for s in ids])


def _hear_facets(query: str) -> bool:
    """Answer how it started, or whom it is about, from the visitor's words if not answered yet; True if so."""
    heard = False
    for facet, value in zip(state.FACETS, search.facets_in_text(query, i18n.current()), strict=True):
        key = state.wk(facet.name)
        if value and st.session_state.get(key) is None:
            st.session_state[key] = value
            state.set_choice(facet.name, value)
            state.add_notice(texts.SEARCH_FACET.format(question=facet.asked, answer=facet.answers[value]))
            heard = True
    return heard


def _search(ix: Index) -> None:
    key = state.wk("search")
    query = st.session_state.get(key, "").strip()
    if not query:
        return
    heard = _hear_facets(query)
    hits = search.find(ix, query, limit=None)
    confident = [h.symptom_id for h in hits if h.confident]
    chosen = state.selection()
    if confident:
        new = [s for s in confident if s not in chosen]
        old = [s for s in confident if s in chosen]
        state.set_selection(chosen + new)
        if new:
            state.add_notice(texts.SEARCH_ADDED.format(symptoms=_labels(ix, new)))
        if old:
            state.add_notice(texts.SEARCH_ALREADY.format(symptoms=_labels(ix, old)))
        st.session_state[key] = ""
    elif hits:
        state.add_notice(texts.SEARCH_SUGGEST.format(symptoms=_labels(ix, [h.symptom_id for h in hits[:3]])))
    elif heard:
        st.session_state[key] = ""
    else:
        state.add_notice(texts.SEARCH_NOTHING.format(query=md(query[:80])))


def _show_all(chosen: tuple[str, ...]) -> None:
    st.session_state[SHOW_ALL] = chosen


def _clear_all() -> None:
    state.set_selection([])
    st.session_state[state.wk("search")] = ""
    for facet in state.FACETS:
        st.session_state[state.wk(facet.name)] = None
        state.set_choice(facet.name, None)


# --- page parts ---------------------------------------------------------------------


def _search_box(ix: Index) -> None:
    st.text_input(
        texts.SEARCH_LABEL,
        key=state.wk("search"),
        placeholder=texts.SEARCH_PLACEHOLDER,
        on_change=state.localized(_search),
        args=(ix,),
        max_chars=300,
    )


def _facets() -> tuple[str | None, str | None]:
    """The two optional questions (how it started, whom it is about), remembered in the session and the URL.

    Each is a one-choice pill group (a radio group to a screen reader); pressing the chosen answer
    again clears it. One under the other, so every answer stays in view on a phone.
    """
    answers = []
    with st.container(key="facets"):
        for facet in state.FACETS:
            key = state.wk(facet.name)
            if key not in st.session_state:  # new widget: the session's answer, else the link's
                st.session_state[key] = state.choice(facet)
            words = facet.answers
            value = st.pills(facet.asked, list(words), format_func=words.__getitem__, key=key)
            state.set_choice(facet.name, value)
            state.write_url_choice(facet.param, value)
            answers.append(value)
        st.caption(texts.FACETS_HELP)
    return answers[0], answers[1]


def _chosen_summary(ix: Index, view: ExploreView) -> None:
    """What is chosen, "Clear all", and on a narrow screen a jump past the picker to the results."""
    if not view.chosen:
        return
    cols = st.columns([4, 1], vertical_alignment="center")
    cols[0].markdown(f"**{texts.CHOSEN_TITLE}:** " + ", ".join(ix.label_md[s] for s in view.chosen))
    cols[1].button(texts.CLEAR_ALL, key=state.wk("clear"), on_click=_clear_all, use_container_width=True)
    if view.results:
        with st.container(key="jump-to-results"):  # shown only where the picker comes first (frame.py CSS)
            st.markdown(f"[{texts.JUMP_TO_RESULTS.format(n=len(view.results))}](#{RESULTS_ANCHOR})")


def group_slug(group: str) -> str:
    """A body system's name as a widget-key part: 'Eyes and vision' -> 'eyes-and-vision'."""
    return re.sub(r"[^a-z0-9]+", "-", group.lower()).strip("-")


def _picker(ix: Index, chosen: tuple[str, ...]) -> None:
    """One multi-select row of pills per body system, inside an expander that opens once something is chosen.

    Pills are toggle buttons (``aria-pressed``) in a group named after the body system, so a
    screen reader hears "Double vision, toggle button, pressed"; one widget per body system
    instead of one per symptom keeps a tap's rerun small (see docs/BENCHMARKS.md).
    """
    st.subheader(texts.PICKER_TITLE)
    chosen_set = set(chosen)
    shown = ix.label_md  # what a pill shows, and what the browser sends back as its value
    for group, pairs in ix.groups.items():
        group_ids = tuple(sid for sid, _ in pairs)
        picked = [sid for sid in group_ids if sid in chosen_set]
        name = texts.tr(group)
        title = texts.PICKER_GROUP_COUNT.format(group=name, n=len(picked)) if picked else name
        key = state.wk("pick", group_slug(group))
        if st.session_state.get(key) != picked:  # the selection is the truth; set only what changed
            st.session_state[key] = picked
        with st.expander(title, expanded=bool(picked)):
            st.pills(
                name,
                group_ids,
                selection_mode="multi",
                format_func=shown.__getitem__,
                key=key,
                on_change=_pick,
                args=(key, group_ids),
                label_visibility="collapsed",
            )


def _result_card(ix: Index, result: Result, links: bool) -> None:
    """The condition's name as a link to its page, what it is, its lines, its sources once, a compare link."""
    cid = result.condition_id
    with st.container(border=True, key=f"result-{cid}"):
        routes.link("conditions", label=ix.name_md[cid], query_params={CONDITION_PARAM: cid}, plain=True)
        st.html(cards.result_body(ix, result, links))
        look_alikes = [c for c in ix.conditions.at[cid, "compare_with"] if c != cid][: COMPARE_MAX - 1]
        if look_alikes:
            routes.link(
                "compare",
                label=texts.CARD_COMPARE,
                icon=":material/compare_arrows:",
                query_params={"compare": urlstate.format_ids([cid, *look_alikes])},
            )


def _next_questions(ix: Index, view: ExploreView) -> None:
    """The not-yet-chosen symptoms that best separate the top 2–4 conditions (education only)."""
    if not view.next_questions:
        return
    with st.container(border=True, key="next-questions"):
        st.subheader(texts.NEXT_TITLE)
        st.caption(texts.NEXT_INTRO.format(names=texts.join_words([ix.name_md[c] for c in view.compared])))
        lines = [
            "- " + texts.NEXT_ITEM.format(symptom=md(q.label), bands=bands_sentence(ix, dict(q.bands), view.compared))
            for q in view.next_questions
        ]
        st.markdown("\n".join(lines))
        routes.link(
            "compare",
            texts.NEXT_COMPARE_LINK,
            icon=":material/compare_arrows:",
            query_params={"compare": urlstate.format_ids(view.compared)},
        )


def _results(ix: Index, view: ExploreView, links: bool) -> None:
    st.subheader(texts.RESULTS_TITLE, anchor=RESULTS_ANCHOR)
    if not view.chosen:
        st.info(texts.EMPTY_STATE, icon=":material/touch_app:")
        return
    st.caption(md(view.description))
    st.warning(texts.DISCLAIMER_SHORT, icon=":material/warning:")
    if not view.results:
        st.info(texts.NO_MATCH)
        return
    if len(view.chosen) > 1 and not view.lists_all:
        st.info(texts.NONE_LISTS_ALL)
    st.caption(texts.RESULT_COUNT.format(n=len(view.results)) + " " + texts.ORDER_NOTE)
    show_all = st.session_state.get(SHOW_ALL) == view.chosen
    for result in view.results if show_all else view.results[:RESULTS_SHOWN]:
        _result_card(ix, result, links)
    if not show_all and len(view.results) > RESULTS_SHOWN:
        st.button(
            texts.SHOW_MORE.format(n=len(view.results) - RESULTS_SHOWN),
            key=state.wk("show-more"),
            on_click=_show_all,
            args=(view.chosen,),
        )
    _next_questions(ix, view)


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    state.init_selection(ix.symptom_position)
    st.title(texts.EXPLORE_TITLE)
    st.markdown(texts.EXPLORE_INTRO)
    _search_box(ix)
    onset, age = _facets()
    state.show_notices()
    view = explore_page(ix, state.selection(), onset, age)
    _chosen_summary(ix, view)
    emergency_box(ix, view.red_flags, ctx.settings.emergency_number)
    left, right = st.columns([2, 3], gap="large")
    with left:
        _picker(ix, view.chosen)
    with right:
        _results(ix, view, ctx.links)
    state.write_url_ids(state.SYMPTOMS_PARAM, list(view.chosen))
