"""Handout: a printable "Questions to bring to your clinician" page for the Explore selection (``?symptoms=``)."""

from __future__ import annotations

import streamlit as st

from explorer import handout, texts
from explorer.explore import ExploreView, explore_page
from explorer.index import Index
from explorer.markdown import md
from explorer.ui import routes, state
from explorer.ui.startup import Context

NAMES_SHOWN = 6


def _preview(ix: Index, view: ExploreView) -> None:
    symptoms = ", ".join(ix.label_md[s] for s in view.chosen)
    names = [ix.name_md[r.condition_id] for r in view.results[:NAMES_SHOWN]]
    if len(view.results) > NAMES_SHOWN:
        names.append("…")
    answers = [
        md(options[value])
        for options, value in ((texts.ONSET_OPTIONS, view.onset), (texts.AGE_OPTIONS, view.age))
        if value
    ]
    with st.container(border=True, key="handout-preview"):
        st.markdown(texts.HANDOUT_PREVIEW)
        st.markdown(texts.HANDOUT_PREVIEW_SYMPTOMS.format(symptoms=symptoms))
        if answers:
            st.markdown(texts.HANDOUT_PREVIEW_ANSWERS.format(answers=" · ".join(answers)))
        st.markdown(texts.HANDOUT_PREVIEW_CONDITIONS.format(names=", ".join(names) if names else texts.NO_MATCH))
        st.markdown(texts.HANDOUT_PREVIEW_QUESTIONS)
        st.markdown("\n".join(f"1. {q}" for q in texts.HANDOUT_QUESTIONS))


def _download(ix: Index, view: ExploreView, kiosk: bool) -> None:
    if kiosk:
        st.info(texts.DOWNLOADS_OFF)
        return
    st.download_button(
        texts.HANDOUT_DOWNLOAD,
        data=handout.build_handout(ix, view.chosen, view.onset, view.age).encode("utf-8"),
        file_name=texts.HANDOUT_FILE,
        mime="text/html",
        on_click="ignore",
        type="primary",
        key=state.wk("handout", "download"),
    )


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    state.init_selection(ix.symptom_position)
    st.title(texts.HANDOUT_PAGE_TITLE)
    st.markdown(texts.HANDOUT_PAGE_INTRO)
    state.show_notices()
    view = explore_page(ix, state.selection(), *state.facets())
    state.write_url_ids(state.SYMPTOMS_PARAM, list(view.chosen))
    state.write_url_facets(view.onset, view.age)
    if not view.chosen:
        st.info(texts.HANDOUT_EMPTY)
        routes.link("explore", label=texts.HANDOUT_GO_EXPLORE, icon=":material/search:")
        return
    _preview(ix, view)
    _download(ix, view, ctx.settings.kiosk)
