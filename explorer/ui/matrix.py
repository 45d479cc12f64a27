"""Matrix: the whole symptom × condition picture as a heatmap with words in the cells, a table, downloads."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from explorer import conditions, schema, texts
from explorer import matrix as core
from explorer.catalog import Catalog
from explorer.ui import classroom, state
from explorer.ui.widgets import md

GROUPS_PARAM = "groups"
CATEGORIES_PARAM = "categories"
ROW_PX = 22
COL_PX = 34
# Colour only repeats what the cell word says; light colours keep black text readable.
BAND_COLOURS = ("#08306b", "#2171b5", "#6baed6", "#c6dbef", "#eff3ff", "#d9d9d9")


def _pills(label: str, param: str, names: dict[str, str]) -> list[str]:
    key = state.wk("matrix", param)
    classroom.seed_ids_from_url(key, param, names)
    picked = st.pills(
        label,
        list(names),
        selection_mode="multi",
        format_func=lambda s: names[s],
        help=texts.MATRIX_FILTER_HELP,
        key=key,
    )
    classroom.write_ids_to_url(key, param, list(picked))
    return [names[s] for s in picked]


def _filters() -> tuple[list[str], list[str]]:
    groups = _pills(texts.MATRIX_GROUPS_LABEL, GROUPS_PARAM, {conditions.slug(g): g for g in schema.GROUPS})
    categories = _pills(texts.MATRIX_CATEGORIES_LABEL, CATEGORIES_PARAM, conditions.category_slugs())
    return groups, categories


def chart(cat: Catalog, bands: pd.DataFrame) -> alt.LayerChart:
    """The heatmap: one coloured cell per listed link with its short band word on top."""
    data = core.cells(cat, bands)
    data["code"] = data["frequency"].map(texts.FREQUENCY_SHORT)
    data["words"] = data["frequency"].map(texts.FREQUENCY_WORDS)
    data["dark"] = data["weight"] >= schema.FREQUENCY_WEIGHT["very_frequent"]
    x = alt.X(
        "condition:N",
        sort=[cat.conditions.at[c, "name"] for c in bands.columns],
        title=texts.MATRIX_AXIS_CONDITION,
        axis=alt.Axis(orient="top", labelAngle=-40, labelLimit=220, labelOverlap=False),
    )
    y = alt.Y(
        "symptom:N",
        sort=[cat.symptoms.at[s, "label"] for s in bands.index],
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
        scale=alt.Scale(domain=list(schema.FREQUENCIES), range=list(BAND_COLOURS)),
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


def words_table(cat: Catalog, bands: pd.DataFrame) -> pd.DataFrame:
    """The text alternative: symptom labels × condition names, cells in band words ('' = not listed)."""
    table = bands.apply(lambda col: col.map(lambda b: texts.FREQUENCY_WORDS[b] if b else ""))
    table.index = cat.symptoms.loc[bands.index, "label"].to_numpy()
    table.columns = cat.conditions.loc[bands.columns, "name"].to_numpy()
    return table


def _downloads(cat: Catalog, bands: pd.DataFrame) -> None:
    st.subheader(texts.MATRIX_DOWNLOADS)
    if state.get_settings().kiosk:
        st.caption(texts.DOWNLOADS_OFF)
        return
    m = cat.manifest
    st.caption(texts.MATRIX_DOWNLOAD_NOTE.format(version=md(m["version"]), reviewed=md(m["reviewed"])))
    links = core.links_table(cat, bands.columns, bands.index)
    stem = f"neuroimmune-{cat.version}"
    files = (
        ("matrix_csv", texts.MATRIX_DOWNLOAD_MATRIX_CSV, core.matrix_csv(cat, bands), "matrix.csv", "text/csv"),
        (
            "matrix_json",
            texts.MATRIX_DOWNLOAD_MATRIX_JSON,
            core.matrix_json(cat, bands),
            "matrix.json",
            "application/json",
        ),
        ("links_csv", texts.MATRIX_DOWNLOAD_LINKS_CSV, core.links_csv(links), "links.csv", "text/csv"),
        ("links_json", texts.MATRIX_DOWNLOAD_LINKS_JSON, core.links_json(cat, links), "links.json", "application/json"),
    )
    cols = st.columns(len(files))
    for col, (name, label, data, suffix, mime) in zip(cols, files, strict=True):
        col.download_button(
            label,
            data=data,
            file_name=f"{stem}-{suffix}",
            mime=mime,
            on_click="ignore",
            key=state.wk("matrix", "download", name),
        )


def render() -> None:
    cat = state.catalog()
    st.title(texts.MATRIX_TITLE)
    st.markdown(texts.MATRIX_INTRO)
    groups, categories = _filters()
    state.show_notices()
    bands = core.band_matrix(cat, groups, categories)
    if bands.empty or bands.columns.empty:
        st.info(texts.MATRIX_EMPTY)
        return
    legend = "; ".join(f"{texts.FREQUENCY_SHORT[b]} = {texts.FREQUENCY_WORDS[b]}" for b in schema.FREQUENCIES)
    st.caption(texts.MATRIX_ORDER_NOTE + " " + texts.MATRIX_LEGEND.format(legend=legend))
    st.altair_chart(chart(cat, bands), width="content", alt=texts.MATRIX_TITLE, key=state.wk("matrix", "chart"))
    st.subheader(texts.MATRIX_TEXT_TITLE)
    n_cells = int((bands != "").to_numpy().sum())
    st.caption(
        texts.MATRIX_TEXT_CAPTION.format(n_symptoms=len(bands.index), n_conditions=len(bands.columns), n_cells=n_cells)
    )
    st.dataframe(words_table(cat, bands), width="stretch", alt=texts.MATRIX_TEXT_TITLE)
    _downloads(cat, bands)
