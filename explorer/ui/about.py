"""About: what this is and is not, how results are ordered, the data and its sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import schema, texts
from explorer.evaluation import Figures
from explorer.markdown import md
from explorer.ui.startup import Context
from explorer.ui.widgets import sources_list


def _how_well(figures: Figures | None) -> None:
    st.markdown(texts.ABOUT_HOW_WELL)
    if figures is None:
        st.caption(texts.ABOUT_HOW_WELL_NONE)
        return
    with st.container(key="how-well"):
        st.markdown(
            texts.ABOUT_HOW_WELL_FIGURES.format(
                date=md(figures.measured_on),
                version=md(figures.catalogue_version),
                conditions=figures.conditions,
                vignettes=figures.vignettes,
                top1=figures.vignettes_top1,
                top3=figures.vignettes_top3,
                top3_symptoms=figures.vignettes_top3_symptoms_only,
                phrasings=figures.phrasings,
                phrasings_first=figures.phrasings_first,
                holdout=figures.holdout,
                holdout_first=figures.holdout_first,
            )
        )
        st.caption(texts.ABOUT_HOW_WELL_LIMITS)


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    st.title(texts.ABOUT_TITLE)
    st.markdown(texts.ABOUT_WHAT)
    st.markdown(texts.ABOUT_ORDER)
    st.markdown(texts.ABOUT_FREQUENCIES)
    legend = pd.DataFrame(
        {
            "Words used here": [band.words for band in schema.BANDS],
            "Out of 100 people with the condition": [band.range for band in schema.BANDS],
        }
    )
    st.table(legend.set_index("Words used here"))
    st.markdown(texts.ABOUT_PRIVACY)
    st.markdown(texts.ABOUT_DATA)
    m = ix.manifest
    st.markdown(
        texts.ABOUT_DATA_FACTS.format(
            version=md(m["version"]),
            reviewed=md(m["reviewed"]),
            n_conditions=len(ix.condition_ids),
            n_symptoms=len(ix.symptom_ids),
            n_links=len(ix.links),
        )
    )
    st.markdown(md(m["notes"]))
    st.markdown(texts.ABOUT_CHECKED.format(date=md(m["reviewed"])))
    _how_well(ctx.figures)
    st.markdown(texts.ABOUT_SOURCES)
    st.markdown(texts.ABOUT_LICENCE.format(licence=md(m["licence"])))
    st.markdown(sources_list(ix, ix.source_records, links=ctx.links))
