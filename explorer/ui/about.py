"""About: what this is and is not, how results are ordered, the data and its sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import schema, texts
from explorer.evaluation import Figures
from explorer.index import Index
from explorer.markdown import md
from explorer.ui.startup import Context
from explorer.ui.widgets import sources_list


def _phrasing_figures(figures: Figures, lang: str) -> dict[str, int]:
    """The search figures of the page's language (its own phrasing tables)."""
    if lang == "es" and figures.phrasings_es:
        return {
            "phrasings": figures.phrasings_es,
            "phrasings_first": figures.phrasings_es_first,
            "holdout": figures.holdout_es,
            "holdout_first": figures.holdout_es_first,
        }
    return {
        "phrasings": figures.phrasings,
        "phrasings_first": figures.phrasings_first,
        "holdout": figures.holdout,
        "holdout_first": figures.holdout_first,
    }


def _how_well(figures: Figures | None, lang: str) -> None:
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
                **_phrasing_figures(figures, lang),
            )
        )
        st.caption(texts.ABOUT_HOW_WELL_LIMITS)


def _languages(ix: Index) -> None:
    """Who wrote each translation, and whether a medical translator has reviewed it (until one has)."""
    translations = ix.catalog.translations
    if not translations:
        return
    st.markdown(texts.ABOUT_LANGUAGES)
    lines = []
    for tr in translations.values():
        m = tr.manifest
        line = texts.ABOUT_TRANSLATION.format(
            name=md(m["name"]), by=md(m["translated_by"]), terms=md(m["clinical_terms"])
        )
        review = m["medical_review"].strip()
        line += " " + (
            texts.ABOUT_TRANSLATION_UNREVIEWED
            if review.lower() == "none"
            else texts.ABOUT_TRANSLATION_REVIEWED.format(review=md(review))
        )
        lines.append(f"- {line}")
    with st.container(key="languages"):
        st.markdown("\n".join(lines))


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    st.title(texts.ABOUT_TITLE)
    st.markdown(texts.ABOUT_WHAT)
    st.markdown(texts.ABOUT_ORDER)
    st.markdown(texts.ABOUT_FREQUENCIES)
    legend = pd.DataFrame(
        {
            texts.ABOUT_BAND_WORDS: [texts.band_words(band.name) for band in schema.BANDS],
            texts.ABOUT_BAND_RANGE: [texts.band_range(band.name) for band in schema.BANDS],
        }
    )
    st.table(legend.set_index(texts.ABOUT_BAND_WORDS))
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
    _how_well(ctx.figures, ix.language)
    _languages(ix)
    st.markdown(texts.ABOUT_SOURCES)
    st.markdown(texts.ABOUT_LICENCE.format(licence=md(m["licence"])))
    st.markdown(sources_list(ix, ix.source_records, links=ctx.links))
