"""'What to ask next' on the Explore results: symptoms that best tell the top conditions apart (education only)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import conditions, texts
from explorer.catalog import Catalog
from explorer.ui import classroom
from explorer.ui.widgets import md

SHOWN = 5


def render(cat: Catalog, chosen: list[str], ranked: pd.DataFrame) -> None:
    """List the not-yet-chosen symptoms that best separate the top 2–4 ranked conditions; nothing if fewer than 2."""
    top = ranked["condition_id"].head(conditions.COMPARE_MAX).tolist()
    questions = conditions.next_questions(cat, top, chosen, limit=SHOWN)
    if questions.empty:
        return
    names = texts.join_words([md(cat.condition_names[c]) for c in top])
    with st.container(border=True, key="next-questions"):
        st.subheader(texts.NEXT_TITLE)
        st.caption(texts.NEXT_INTRO.format(names=names))
        # Only the label and band columns, as plain lists (cheaper than to_dict on every rerun).
        columns = {c: questions[c].tolist() for c in ("label", *top)}
        rows = [dict(zip(columns, cells, strict=True)) for cells in zip(*columns.values(), strict=True)]
        lines = [
            "- " + texts.NEXT_ITEM.format(symptom=md(row["label"]), bands=classroom.bands_sentence(cat, row, top))
            for row in rows
        ]
        st.markdown("\n".join(lines))
        classroom.compare_link(top, texts.NEXT_COMPARE_LINK)
