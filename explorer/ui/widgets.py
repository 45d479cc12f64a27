"""Pieces shared by every page: disclaimer, emergency box, the linked-symptom line, sources, footer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import streamlit as st

from explorer import texts
from explorer.index import Index
from explorer.markdown import md

__all__ = ["md"]  # pages escape untrusted text with widgets.md


def disclaimer() -> None:
    st.info(texts.DISCLAIMER, icon=":material/info:")


def emergency_box(ix: Index, flagged: Iterable[str], number: str | None) -> None:
    """Shown whenever a red-flag symptom is chosen, whatever the results; names them and the advice it follows.

    The advice's sources are named in plain text (no link): nothing in the box should lead away from it.
    """
    flagged = list(flagged)
    if not flagged:
        return
    labels = texts.join_words([ix.label_md[s] for s in flagged])
    advice = dict.fromkeys(ix.symptoms.at[s, "red_flag_source"] for s in flagged)
    sources = "; ".join(ix.source_md[s, False] for s in advice if s)
    body = texts.EMERGENCY_BODY.format(symptoms=labels, number=md(number) if number else texts.EMERGENCY_NUMBER_DEFAULT)
    with st.container(key="emergency"):
        st.error(f"**{texts.EMERGENCY_TITLE}**\n\n{body}", icon=":material/emergency:")
        if sources:
            st.caption(texts.EMERGENCY_ADVICE_FROM.format(sources=sources))


def band_words(band: str) -> str:
    """A band in words, or 'not listed' for an empty cell."""
    return texts.band_words(band) if band else texts.NOT_LISTED_WORD


def bands_sentence(ix: Index, bands: Mapping[str, str], condition_ids: Iterable[str]) -> str:
    """'Alpha syndrome: most people; Beta disease: not listed' (Markdown-escaped)."""
    return "; ".join(
        texts.COMPARE_BAND_OF.format(name=ix.name_md[cid], words=band_words(bands[cid])) for cid in condition_ids
    )


def sources_list(ix: Index, source_ids: Iterable[str], links: bool) -> str:
    return "\n".join(f"- {ix.source_md[s, links]}" for s in dict.fromkeys(source_ids))


def footer(ix: Index) -> None:
    m = ix.manifest
    st.divider()
    st.container(key="footer").caption(
        texts.FOOTER.format(
            title=md(m["title"]), version=md(m["version"]), reviewed=md(m["reviewed"]), licence=md(m["licence"])
        )
        + f" · {texts.PRIVACY_NOTE}"
    )
