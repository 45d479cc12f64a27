"""Pieces shared by every page: disclaimer, emergency box, sources, footer, text escaping."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import streamlit as st

from explorer import matching, texts
from explorer.catalog import Catalog

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")
# GFM turns bare "www.x.y", "https://..." and "a@b.c" into links; an invisible word joiner stops that.
_AUTOLINK = re.compile(r"\b(?:www(?=\.)|https?(?=:)|ftp(?=:)|mailto(?=:))|(?=@)", re.IGNORECASE)
_WORD_JOINER = "\u2060"


def md(text: str) -> str:
    """Escape untrusted text (catalogue or URL) for st.markdown: shown as written, never as markup or a link."""
    unlinked = _AUTOLINK.sub(lambda m: m.group(0) + _WORD_JOINER, str(text))
    return _MD_SPECIAL.sub(r"\\\1", unlinked)


def disclaimer() -> None:
    st.info(texts.DISCLAIMER, icon=":material/info:")


def emergency_box(cat: Catalog, symptom_ids: Iterable[str], number: str) -> None:
    """Shown whenever a red-flag symptom is chosen, whatever the results."""
    flagged = matching.red_flags(cat, symptom_ids)
    if not flagged:
        return
    labels = texts.join_words([md(cat.symptoms.at[s, "label"]) for s in flagged])
    with st.container(key="emergency"):
        st.error(
            f"**{texts.EMERGENCY_TITLE}**\n\n" + texts.EMERGENCY_BODY.format(symptoms=labels, number=md(number)),
            icon=":material/emergency:",
        )


@lru_cache(maxsize=4096)  # a catalogue never changes: each source is escaped once per mode
def source_text(cat: Catalog, source_id: str, links: bool) -> str:
    """A source as markdown: a link on the web, plain text plus identifier on a kiosk."""
    row = cat.source_records[source_id]
    label = f"{md(row['title'])} ({md(row['publisher'])})"
    ident = f" {md(row['identifier'])}" if row["identifier"] else ""
    if links and row["url"]:
        url = row["url"].replace("(", "%28").replace(")", "%29")  # keep the markdown link closed
        return f"[{label}]({url}){ident}"
    return label + ident


def sources_list(cat: Catalog, source_ids: Iterable[str], links: bool) -> str:
    return "\n".join(f"- {source_text(cat, s, links)}" for s in dict.fromkeys(source_ids))


def footer(cat: Catalog) -> None:
    m = cat.manifest
    st.divider()
    st.caption(
        f"{md(m['title'])} · data version {md(m['version'])}, reviewed {md(m['reviewed'])} · "
        f"{md(m['licence'])} · {texts.PRIVACY_NOTE}"
    )
