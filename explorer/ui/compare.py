"""Compare: two to four conditions side by side (``?compare=a,b``), and the symptoms that tell them apart."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import conditions, texts
from explorer.explore import COMPARE_MAX, COMPARE_MIN
from explorer.index import Index
from explorer.markdown import md
from explorer.ui import state
from explorer.ui.conditions import COMPARE_PARAM, condition_link
from explorer.ui.startup import Context
from explorer.ui.widgets import band_words, bands_sentence

BEST_SHOWN = 8


def _picker(ix: Index) -> list[str]:
    key = state.wk("compare", "pick")
    state.seed_ids_from_url(key, COMPARE_PARAM, ix.condition_position, limit=COMPARE_MAX)
    options = sorted(ix.condition_ids, key=lambda c: ix.condition_names[c].lower())
    picked = st.multiselect(
        texts.COMPARE_PICK_LABEL,
        options,
        format_func=ix.condition_names.__getitem__,
        max_selections=COMPARE_MAX,
        placeholder=texts.COMPARE_PICK_PLACEHOLDER,
        key=key,
    )
    state.write_ids_to_url(key, COMPARE_PARAM, picked)
    return picked


def _best(ix: Index, view: conditions.CompareView) -> None:
    st.subheader(texts.COMPARE_BEST_TITLE)
    if view.best.empty:
        st.info(texts.COMPARE_BEST_NONE)
        return
    st.caption(texts.COMPARE_BEST_INTRO)
    lines = []
    for row in view.best.to_dict(orient="records"):
        bands = bands_sentence(ix, row, view.condition_ids)
        item = texts.COMPARE_BEST_ITEM.format(symptom=md(row["label"]), bands=bands)
        lines.append(f"- {item} {texts.COMPARE_RECORDED_MARK if row['recorded'] else ''}".rstrip())
    with st.container(key="compare-best"):
        st.markdown("\n".join(lines))


def _recorded(ix: Index, view: conditions.CompareView, links: bool) -> None:
    if view.recorded.empty:
        return
    st.subheader(texts.COMPARE_RECORDED_TITLE)
    lines = []
    for row in view.recorded.itertuples():
        item = texts.COMPARE_RECORDED_ITEM.format(
            symptom=ix.label_md[row.symptom_id],
            first=ix.name_md[row.condition_id],
            second=ix.name_md[row.versus_id],
            note=md(row.note),
            source=ix.source_md[row.source_id, links],
        )
        lines.append(f"- {item}")
    with st.container(key="compare-recorded"):
        st.markdown("\n".join(lines))


def _facet_rows(view: conditions.CompareView) -> pd.DataFrame:
    """How each usually starts and whom it affects, as the first two rows of the table."""
    ids = view.condition_ids
    onset = {cid: texts.onset_words(view.onsets[cid]) for cid in ids}
    ages = {cid: texts.ages_words(view.ages[cid]) for cid in ids}
    rows = []
    for label, words in ((texts.COMPARE_ROW_ONSET, onset), (texts.COMPARE_ROW_AGES, ages)):
        differs = len(set(words.values())) > 1
        rows.append([label, texts.COMPARE_DIFFERS if differs else texts.COMPARE_SAME, *(words[c] for c in ids)])
    return pd.DataFrame(rows)


def side_by_side(ix: Index, view: conditions.CompareView) -> pd.DataFrame:
    """The comparison table in words, as the page shows it (plain text cells, no markup)."""
    ids, table = view.condition_ids, view.table
    shown = pd.DataFrame(
        {
            texts.COMPARE_COL_SYMPTOM: table["label"],
            texts.COMPARE_COL_DIFFERS: table["differs"].map({True: texts.COMPARE_DIFFERS, False: texts.COMPARE_SAME}),
        }
    )
    for cid in ids:
        shown[ix.condition_names[cid]] = table[cid].map(band_words)
    facets = _facet_rows(view)
    facets.columns = shown.columns
    return pd.concat([facets, shown], ignore_index=True)


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    st.title(texts.COMPARE_TITLE)
    st.markdown(texts.COMPARE_INTRO)
    ids = _picker(ix)
    state.show_notices()
    if len(ids) < COMPARE_MIN:
        st.info(texts.COMPARE_NEED_TWO)
        return
    view = conditions.compare_page(ix, ids, limit=BEST_SHOWN)
    for col, cid in zip(st.columns(len(ids)), ids, strict=True):
        with col:
            condition_link(ix, cid, texts.CONDITION_OPEN_LINK)
    _best(ix, view)
    _recorded(ix, view, ctx.links)
    st.subheader(texts.COMPARE_TABLE_TITLE)
    st.caption(texts.COMPARE_TABLE_CAPTION)
    table = side_by_side(ix, view)
    st.dataframe(table, hide_index=True, width="stretch", alt=texts.COMPARE_TABLE_CAPTION)
