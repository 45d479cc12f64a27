"""Result cards and symptom lines that read at a glance: one line per symptom, its sources once.

Each linked symptom is one line: its label, how often in words, and a small meter of filled and
empty dots (hidden from screen readers, which hear the words; the shape, not the colour, shows the
level). A source is cited once per card as a numbered note at the bottom, not on every line. The
same lines serve the Explore cards, a condition's page and the quiz.

Built as HTML for st.html: every catalogue string goes through html.escape, nothing else is
interpolated, and there are no scripts, styles or event handlers in it (the look is in
explorer/ui/frame.py's constant CSS).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from urllib.parse import quote

from explorer import schema, texts
from explorer.explore import Result, course_words
from explorer.index import Index
from explorer.model import LinkedSymptom

_URL_SAFE = ":/?#@!$&*+,;=%~-._"


class Notes:
    """The sources of one card, numbered in the order they are first cited."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def cite(self, source_id: str) -> int:
        """The note number of ``source_id`` (a new number the first time)."""
        return self._numbers.setdefault(source_id, len(self._numbers) + 1)

    def __len__(self) -> int:
        return len(self._numbers)

    def html(self, ix: Index, links: bool, title: bool = True) -> str:
        """The numbered list of sources (a link each on the web, plain text on a kiosk)."""
        if not self._numbers:
            return ""
        items = "".join(f"<li>{source_html(ix.source_records[sid], links)}</li>" for sid in self._numbers)
        heading = f"<p class='nse-notes-title'>{escape(texts.SOURCES_LABEL)}</p>" if title else ""
        return f"{heading}<ol class='nse-notes'>{items}</ol>"


def source_html(record, links: bool) -> str:
    """A source as HTML: its title and publisher (a link on the web), then its identifier."""
    label = escape(f"{record['title']} ({record['publisher']})")
    ident = f" <span class='nse-id'>{escape(record['identifier'])}</span>" if record["identifier"] else ""
    if links and record["url"].startswith("https://"):
        url = escape(quote(record["url"], safe=_URL_SAFE), quote=True)  # brackets and quotes percent-encoded
        label = f"<a href='{url}' target='_blank' rel='noopener noreferrer'>{label}</a>"
    return label + ident


def meter(frequency: str) -> str:
    """'●●●○○', hidden from screen readers (they hear the words next to it)."""
    return f"<span class='nse-meter' aria-hidden='true'>{schema.BAND[frequency].meter}</span>"


def symptom_item(ix: Index, link: LinkedSymptom, notes: Notes, band: bool = True, note: bool = False) -> str:
    """One line: 'Double vision ●●●○○ many people ¹' (``band=False`` for a list already grouped by band)."""
    parts = [f"<strong>{escape(ix.symptom_labels[link.symptom_id])}</strong>"]
    if band and link.frequency != "excluded":
        parts.append(f"{meter(link.frequency)} {escape(texts.band_words(link.frequency))}")
    if note and link.note:
        parts.append(f"<span class='nse-note'>— {escape(link.note)}</span>")
    number = notes.cite(link.source_id)
    cite = f"<sup><span class='nse-hidden'>{escape(texts.NOTE_SOURCE)} </span>{number}</sup>"
    return f"<li>{' '.join(parts)}{cite}</li>"


def symptom_items(ix: Index, links: Iterable[LinkedSymptom], notes: Notes, band: bool = True, note: bool = False):
    """The lines as one list."""
    return "<ul class='nse-lines'>" + "".join(symptom_item(ix, link, notes, band, note) for link in links) + "</ul>"


def _count(result: Result) -> str:
    if result.lists_all:
        count = texts.LISTS_ONE if result.n_chosen == 1 else texts.LISTS_ALL.format(m=result.n_chosen)
    else:
        count = texts.LISTS_N_OF_M.format(n=result.n_matched, m=result.n_chosen)
    return count[:1].upper() + count[1:]


def result_body(ix: Index, result: Result, links: bool) -> str:
    """Everything a result card says under its title, as HTML."""
    explanation = result.explanation
    notes = Notes()
    parts = [
        f"<div class='nse-card' data-condition='{escape(result.condition_id, quote=True)}'>",
        f"<p class='nse-what'>{escape(ix.what_it_is[result.condition_id])}</p>",
        f"<p class='nse-meta'>{escape(_count(result))} · <em>{escape(texts.tr(result.category))}</em><br>"
        f"{escape(course_words(result))}</p>",
        symptom_items(ix, explanation.matched, notes),
    ]
    if explanation.excluded:
        names = [ix.lay_label(link.symptom_id) for link in explanation.excluded]
        numbers = ", ".join(str(n) for n in dict.fromkeys(notes.cite(link.source_id) for link in explanation.excluded))
        cite = f"<sup><span class='nse-hidden'>{escape(texts.NOTE_SOURCE)} </span>{numbers}</sup>"
        parts.append(f"<p>{escape(texts.EXCLUDED.format(symptoms=texts.join_words(names)))}{cite}</p>")
    if explanation.not_listed:
        names = [ix.lay_label(s) for s in explanation.not_listed]
        parts.append(f"<p class='nse-muted'>{escape(texts.NOT_LISTED.format(symptoms=texts.join_words(names)))}</p>")
    parts.append(notes.html(ix, links))
    parts.append("</div>")
    return "".join(parts)
