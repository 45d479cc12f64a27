"""Matrix: the whole symptom × condition picture as a heatmap with words in the cells, a table, downloads."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from explorer import conditions, messages, schema, texts
from explorer import matrix as core
from explorer.index import Index
from explorer.markdown import md
from explorer.ui import state
from explorer.ui.startup import Context

GROUPS_PARAM = "groups"
CATEGORIES_PARAM = "categories"
ONSETS_PARAM = "onsets"
ROW_PX = 22
COL_PX = 34


def _pills(label: str, param: str, names: dict[str, str]) -> list[str]:
    key = state.wk("matrix", param)
    state.seed_ids_from_url(key, param, names)
    picked = st.pills(
        label,
        list(names),
        selection_mode="multi",
        format_func=lambda s: texts.tr(names[s]),
        help=texts.MATRIX_FILTER_HELP,
        key=key,
    )
    state.write_ids_to_url(key, param, list(picked))
    return [names[s] for s in picked]


def _filters() -> tuple[list[str], list[str], list[str]]:
    groups = _pills(texts.MATRIX_GROUPS_LABEL, GROUPS_PARAM, {conditions.slug(g): g for g in schema.GROUPS})
    categories = _pills(texts.MATRIX_CATEGORIES_LABEL, CATEGORIES_PARAM, conditions.category_slugs())
    words = _pills(texts.MATRIX_ONSETS_LABEL, ONSETS_PARAM, {o: messages.ONSET_OPTIONS[o] for o in schema.ONSETS})
    onsets = [o for o in schema.ONSETS if messages.ONSET_OPTIONS[o] in words]
    return groups, categories, onsets


def chart(ix: Index, view: core.MatrixView) -> alt.LayerChart:
    """The heatmap: one coloured cell per listed link with its short band word on top."""
    data = view.cells.copy()
    data["code"] = [texts.band_short(b) for b in data["frequency"]]
    data["words"] = [texts.band_words(b) for b in data["frequency"]]
    data["dark"] = data["weight"] >= schema.BAND["very_frequent"].weight
    x = alt.X(
        "condition:N",
        sort=[ix.condition_names[c] for c in view.bands.columns],
        title=texts.MATRIX_AXIS_CONDITION,
        axis=alt.Axis(orient="top", labelAngle=-40, labelLimit=220, labelOverlap=False),
    )
    y = alt.Y(
        "symptom:N",
        sort=[ix.symptom_labels[s] for s in view.bands.index],
        title=texts.MATRIX_AXIS_SYMPTOM,
        axis=alt.Axis(labelLimit=240, labelOverlap=False),
    )
    tooltip = [
        alt.Tooltip("symptom:N", title=texts.MATRIX_AXIS_SYMPTOM),
        alt.Tooltip("condition:N", title=texts.MATRIX_AXIS_CONDITION),
        alt.Tooltip("words:N", title=texts.MATRIX_AXIS_HOW_OFTEN),
    ]
    colour = alt.Color(
        "frequency:N",
        scale=alt.Scale(domain=list(schema.FREQUENCIES), range=[band.colour for band in schema.BANDS]),
        legend=None,
    )
    base = alt.Chart(data).encode(x=x, y=y, tooltip=tooltip)
    rects = base.mark_rect(stroke="white", strokeWidth=1).encode(color=colour)
    words = base.mark_text(fontSize=11).encode(
        text="code:N",
        color=alt.condition(alt.datum.dark, alt.value("white"), alt.value("black")),
    )
    # "pad": the cells keep their size and the labels are added around them (Streamlit's default "fit"
    # would squeeze the cells to make room for long condition names).
    return (rects + words).properties(
        width=alt.Step(COL_PX), height=alt.Step(ROW_PX), autosize=alt.AutoSizeParams(type="pad", contains="padding")
    )


def words_table(ix: Index, bands: pd.DataFrame) -> pd.DataFrame:
    """The text alternative: symptom labels × condition names, cells in band words ('' = not listed)."""
    table = bands.apply(lambda col: col.map(lambda b: texts.band_words(b) if b else ""))
    table.index = [ix.symptom_labels[s] for s in bands.index]
    table.columns = [ix.condition_names[c] for c in bands.columns]
    return table


def _downloads(ix: Index, bands: pd.DataFrame, kiosk: bool) -> None:
    st.subheader(texts.MATRIX_DOWNLOADS)
    if kiosk:
        st.caption(texts.DOWNLOADS_OFF)
        return
    m = ix.manifest
    st.caption(texts.MATRIX_DOWNLOAD_NOTE.format(version=md(m["version"]), reviewed=md(m["reviewed"])))
    links = core.links_table(ix, bands.columns, bands.index)
    stem = f"neuroimmune-{ix.version}"
    files = (
        ("matrix_csv", texts.MATRIX_DOWNLOAD_MATRIX_CSV, core.matrix_csv(ix, bands), "matrix.csv", "text/csv"),
        (
            "matrix_json",
            texts.MATRIX_DOWNLOAD_MATRIX_JSON,
            core.matrix_json(ix, bands),
            "matrix.json",
            "application/json",
        ),
        ("links_csv", texts.MATRIX_DOWNLOAD_LINKS_CSV, core.links_csv(links), "links.csv", "text/csv"),
        ("links_json", texts.MATRIX_DOWNLOAD_LINKS_JSON, core.links_json(ix, links), "links.json", "application/json"),
    )
    for col, (name, label, data, suffix, mime) in zip(st.columns(len(files)), files, strict=True):
        col.download_button(
            label,
            data=data,
            file_name=f"{stem}-{suffix}",
            mime=mime,
            on_click="ignore",
            key=state.wk("matrix", "download", name),
        )


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    st.title(texts.MATRIX_TITLE)
    st.markdown(texts.MATRIX_INTRO)
    groups, categories, onsets = _filters()
    state.show_notices()
    view = core.matrix_page(ix, groups, categories, onsets)
    if view.empty:
        st.info(texts.MATRIX_EMPTY)
        return
    legend = "; ".join(f"{texts.band_short(band.name)} = {texts.band_words(band.name)}" for band in schema.BANDS)
    st.caption(texts.MATRIX_ORDER_NOTE + " " + texts.MATRIX_LEGEND.format(legend=legend))
    with st.container(key="matrix-frame"):  # scrolls sideways inside its own frame, not the page
        st.altair_chart(chart(ix, view), width="content", alt=texts.MATRIX_TITLE, key=state.wk("matrix", "chart"))
    st.caption(texts.MATRIX_SCROLL_NOTE)
    st.subheader(texts.MATRIX_TEXT_TITLE)
    bands = view.bands
    st.caption(
        texts.MATRIX_TEXT_CAPTION.format(
            n_symptoms=len(bands.index), n_conditions=len(bands.columns), n_cells=view.n_links
        )
    )
    st.dataframe(words_table(ix, bands), width="stretch", alt=texts.MATRIX_TEXT_TITLE)
    _downloads(ix, bands, ctx.settings.kiosk)
