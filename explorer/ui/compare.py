"""Compare: two to four conditions side by side (``?compare=a,b``), and the symptoms that tell them apart."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import conditions, matching, texts
from explorer.catalog import Catalog
from explorer.ui import classroom, state
from explorer.ui.widgets import md, source_text

BEST_SHOWN = 8


def _picker(cat: Catalog) -> list[str]:
    key = state.wk("compare", "pick")
    classroom.seed_ids_from_url(key, classroom.COMPARE_PARAM, cat.conditions.index, limit=conditions.COMPARE_MAX)
    options = sorted(cat.conditions.index, key=lambda c: cat.conditions.at[c, "name"].lower())
    picked = st.multiselect(
        texts.COMPARE_PICK_LABEL,
        options,
        format_func=lambda c: cat.conditions.at[c, "name"],
        max_selections=conditions.COMPARE_MAX,
        placeholder=texts.COMPARE_PICK_PLACEHOLDER,
        key=key,
    )
    classroom.write_ids_to_url(key, classroom.COMPARE_PARAM, picked)
    return picked


def _best(cat: Catalog, ids: list[str]) -> None:
    st.subheader(texts.COMPARE_BEST_TITLE)
    best = matching.discriminators(cat, ids, limit=BEST_SHOWN)
    if best.empty:
        st.info(texts.COMPARE_BEST_NONE)
        return
    st.caption(texts.COMPARE_BEST_INTRO)
    lines = []
    for row in best.to_dict(orient="records"):
        item = texts.COMPARE_BEST_ITEM.format(symptom=md(row["label"]), bands=classroom.bands_sentence(cat, row, ids))
        lines.append(f"- {item} {texts.COMPARE_RECORDED_MARK if row['recorded'] else ''}".rstrip())
    with st.container(key="compare-best"):
        st.markdown("\n".join(lines))


def _recorded(cat: Catalog, ids: list[str], links: bool) -> None:
    diffs = matching.recorded_differences(cat, ids)
    if diffs.empty:
        return
    st.subheader(texts.COMPARE_RECORDED_TITLE)
    lines = []
    for row in diffs.itertuples():
        item = texts.COMPARE_RECORDED_ITEM.format(
            symptom=md(cat.symptoms.at[row.symptom_id, "label"]),
            first=md(cat.conditions.at[row.condition_id, "name"]),
            second=md(cat.conditions.at[row.versus_id, "name"]),
            note=md(row.note),
            source=source_text(cat, row.source_id, links),
        )
        lines.append(f"- {item}")
    with st.container(key="compare-recorded"):
        st.markdown("\n".join(lines))


def side_by_side(cat: Catalog, ids: list[str]) -> pd.DataFrame:
    """The comparison table in words, as the page shows it (plain text cells, no markup)."""
    table = conditions.compare_table(cat, ids)
    shown = pd.DataFrame(
        {
            texts.COMPARE_COL_SYMPTOM: table["label"],
            texts.COMPARE_COL_DIFFERS: table["differs"].map({True: texts.COMPARE_DIFFERS, False: texts.COMPARE_SAME}),
        }
    )
    for cid in ids:
        shown[cat.conditions.at[cid, "name"]] = table[cid].map(classroom.band_words)
    return shown


def _table(cat: Catalog, ids: list[str]) -> None:
    st.subheader(texts.COMPARE_TABLE_TITLE)
    st.caption(texts.COMPARE_TABLE_CAPTION)
    st.dataframe(side_by_side(cat, ids), hide_index=True, width="stretch", alt=texts.COMPARE_TABLE_CAPTION)


def render() -> None:
    cat = state.catalog()
    links = not state.get_settings().kiosk
    st.title(texts.COMPARE_TITLE)
    st.markdown(texts.COMPARE_INTRO)
    ids = _picker(cat)
    state.show_notices()
    if len(ids) < conditions.COMPARE_MIN:
        st.info(texts.COMPARE_NEED_TWO)
        return
    cols = st.columns(len(ids))
    for col, cid in zip(cols, ids, strict=True):
        with col:
            classroom.condition_link(cat, cid, texts.CONDITION_OPEN_LINK)
    _best(cat, ids)
    _recorded(cat, ids, links)
    _table(cat, ids)
