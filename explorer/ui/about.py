"""About: what this is and is not, how results are ordered, the data and its sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import schema, texts
from explorer.ui import state
from explorer.ui.widgets import md, sources_list


def render() -> None:
    cat = state.catalog()
    settings = state.get_settings()
    st.title(texts.ABOUT_TITLE)
    st.markdown(texts.ABOUT_WHAT)
    st.markdown(texts.ABOUT_ORDER)
    st.markdown(texts.ABOUT_FREQUENCIES)
    legend = pd.DataFrame(
        {
            "Words used here": [texts.FREQUENCY_WORDS[f] for f in schema.FREQUENCIES],
            "Out of 100 people with the condition": [texts.FREQUENCY_RANGES[f] for f in schema.FREQUENCIES],
        }
    )
    st.table(legend.set_index("Words used here"))
    st.markdown(texts.ABOUT_PRIVACY)
    st.markdown(texts.ABOUT_DATA)
    m = cat.manifest
    st.markdown(
        texts.ABOUT_DATA_FACTS.format(
            version=md(m["version"]),
            reviewed=md(m["reviewed"]),
            n_conditions=len(cat.conditions),
            n_symptoms=len(cat.symptoms),
            n_links=len(cat.links),
        )
    )
    st.markdown(md(m["notes"]))
    st.markdown(texts.ABOUT_SOURCES)
    st.markdown(texts.ABOUT_LICENCE.format(licence=md(m["licence"])))
    st.markdown(sources_list(cat, cat.sources.index, links=not settings.kiosk))
