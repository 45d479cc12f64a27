"""Escaping untrusted text (catalogue cells, URL parameters) for Markdown: shown as written, never as markup.

Pure string work, so the prepared index can escape every catalogue string once at start-up.
"""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")
# GFM turns bare "www.x.y", "https://..." and "a@b.c" into links; an invisible word joiner stops that.
_AUTOLINK = re.compile(r"\b(?:www(?=\.)|https?(?=:)|ftp(?=:)|mailto(?=:))|(?=@)", re.IGNORECASE)
_WORD_JOINER = "\u2060"


def md(text: object) -> str:
    """Escape ``text`` for st.markdown: it shows as written, never as markup or a link."""
    unlinked = _AUTOLINK.sub(lambda m: m.group(0) + _WORD_JOINER, str(text))
    return _MD_SPECIAL.sub(r"\\\1", unlinked)
