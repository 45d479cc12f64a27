"""Handout: a printable "Questions to bring to your clinician" page for the Explore selection (``?symptoms=``)."""

from __future__ import annotations

import streamlit as st

from explorer import handout, matching, texts
from explorer.catalog import Catalog
from explorer.ui import classroom, state
from explorer.ui.widgets import md

NAMES_SHOWN = 6


def _preview(cat: Catalog, chosen: list[str]) -> None:
    ranked = matching.rank(cat, chosen)
    symptoms = ", ".join(md(cat.symptoms.at[s, "label"]) for s in chosen)
    names = [md(n) for n in ranked["name"].head(NAMES_SHOWN)]
    if len(ranked) > NAMES_SHOWN:
        names.append("…")
    with st.container(border=True, key="handout-preview"):
        st.markdown(texts.HANDOUT_PREVIEW)
        st.markdown(texts.HANDOUT_PREVIEW_SYMPTOMS.format(symptoms=symptoms))
        st.markdown(texts.HANDOUT_PREVIEW_CONDITIONS.format(names=", ".join(names) if names else texts.NO_MATCH))
        st.markdown(texts.HANDOUT_PREVIEW_QUESTIONS)
        st.markdown("\n".join(f"1. {q}" for q in texts.HANDOUT_QUESTIONS))


def _download(cat: Catalog, chosen: list[str]) -> None:
    if state.get_settings().kiosk:
        st.info(texts.DOWNLOADS_OFF)
        return
    st.download_button(
        texts.HANDOUT_DOWNLOAD,
        data=handout.build_handout(cat, chosen).encode("utf-8"),
        file_name=texts.HANDOUT_FILE,
        mime="text/html",
        on_click="ignore",
        type="primary",
        key=state.wk("handout", "download"),
    )


def render() -> None:
    cat = state.catalog()
    state.init_selection(cat)
    st.title(texts.HANDOUT_PAGE_TITLE)
    st.markdown(texts.HANDOUT_PAGE_INTRO)
    state.show_notices()
    chosen = state.selection()
    state.write_url_ids(state.SYMPTOMS_PARAM, chosen)
    if not chosen:
        st.info(texts.HANDOUT_EMPTY)
        st.page_link(classroom.EXPLORE_PAGE, label=texts.HANDOUT_GO_EXPLORE, icon=":material/search:")
        return
    _preview(cat, chosen)
    _download(cat, chosen)
