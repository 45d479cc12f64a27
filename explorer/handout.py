"""A printable handout, "Questions to bring to your clinician", as one self-contained HTML document.

Pure (no Streamlit). Every catalogue string is passed through ``html.escape``; the page has
inline CSS only, no scripts, no images, fonts or anything else fetched from elsewhere.
Nothing is stored: the document is built on request and handed to the visitor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from explorer import texts
from explorer.explore import ExploreView, Result, course_words, explore_page
from explorer.index import Index, as_index
from explorer.model import Catalog

MAX_CONDITIONS = 8

_CSS = """
body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45;
       color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-bottom: 0.2rem; }
.disclaimer { border: 2px solid #333; padding: 0.6rem 0.8rem; margin: 1rem 0; }
.emergency { border: 3px double #900; padding: 0.6rem 0.8rem; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.muted { color: #444; font-size: 0.9rem; }
.lines li { margin-bottom: 1.4rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  table, .condition { break-inside: avoid; }
  a { color: #111; text-decoration: none; }
}
"""


def _plain(markdown_text: str) -> str:
    """Markdown emphasis removed ('**For learning only.**' -> 'For learning only.')."""
    return re.sub(r"\*\*|__|\*", "", markdown_text)


def _symptom_rows(ix: Index, symptom_ids: tuple[str, ...]) -> str:
    rows = []
    for sid in symptom_ids:
        s = ix.symptoms.loc[sid]
        rows.append(
            f"<tr><td>{escape(s['label'])}</td><td>{escape(s['clinical_term'])}</td><td>{escape(s['hpo_id'])}</td></tr>"
        )
    head = (
        f"<tr><th>{escape(texts.HANDOUT_COL_SYMPTOM)}</th><th>{escape(texts.HANDOUT_COL_TERM)}</th>"
        f"<th>{escape(texts.HANDOUT_COL_HPO)}</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def _source_label(ix: Index, source_id: str) -> str:
    """'Title — Publisher' for a source id."""
    row = ix.source_records[source_id]
    return f"{row['title']} — {row['publisher']}"


def _condition_block(ix: Index, result: Result) -> str:
    items = []
    for link in result.explanation.matched:
        label = escape(ix.symptom_labels[link.symptom_id])
        words = escape(texts.band_words(link.frequency))
        source = escape(_source_label(ix, link.source_id))
        items.append(f"<li><strong>{label}</strong>: {words} <span class='muted'>({source})</span></li>")
    for link in result.explanation.excluded:
        source = escape(_source_label(ix, link.source_id))
        text = escape(texts.HANDOUT_EXCLUDED.format(symptom=ix.lay_label(link.symptom_id)))
        items.append(f"<li>{text} <span class='muted'>({source})</span></li>")
    count = texts.HANDOUT_LISTS.format(n=result.n_matched, m=result.n_chosen)
    return (
        f"<div class='condition'><h3>{escape(result.name)}</h3>"
        f"<p class='muted'>{escape(count)} · {escape(texts.tr(result.category))}<br>{escape(course_words(result))}</p>"
        f"<ul>{''.join(items)}</ul></div>"
    )


def _conditions(ix: Index, view: ExploreView) -> str:
    if not view.results:
        return f"<p>{escape(texts.NO_MATCH)}</p>"
    blocks = [_condition_block(ix, result) for result in view.results[:MAX_CONDITIONS]]
    more = ""
    if len(view.results) > MAX_CONDITIONS:
        names = texts.join_words([r.name for r in view.results[MAX_CONDITIONS:]])
        more = f"<p class='muted'>{escape(texts.HANDOUT_ALSO.format(names=names))}</p>"
    intro = f"<p>{escape(texts.ORDER_NOTE)}</p>"
    return intro + "".join(blocks) + more


def _answers(view: ExploreView) -> str:
    """How it started and whom it is about, as the visitor answered (nothing when neither was answered)."""
    lines = [
        texts.HANDOUT_ANSWER.format(question=question, answer=options[value])
        for question, options, value in (
            (texts.ONSET_QUESTION, texts.ONSET_OPTIONS, view.onset),
            (texts.AGE_QUESTION, texts.AGE_OPTIONS, view.age),
        )
        if value
    ]
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def _used_sources(ix: Index, symptom_ids: tuple[str, ...]) -> list[str]:
    links = ix.links[ix.links["symptom_id"].isin(symptom_ids) & (ix.links["frequency"] != "excluded")]
    return list(dict.fromkeys(links["source_id"]))


def _sources(ix: Index, source_ids: list[str]) -> str:
    items = []
    for sid in source_ids:
        s = ix.source_records[sid]
        where = " · ".join(escape(v) for v in (s["url"], s["identifier"]) if v)
        items.append(f"<li>{escape(s['title'])} — {escape(s['publisher'])}. {where}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _questions() -> str:
    items = "".join(f"<li>{escape(q)}</li>" for q in texts.HANDOUT_QUESTIONS)
    return f"<ol class='lines'>{items}</ol>"


def _emergency(ix: Index, view: ExploreView) -> str:
    if not view.red_flags:
        return ""
    labels = texts.join_words([ix.lay_label(s) for s in view.red_flags])
    return f"<div class='emergency'>{escape(texts.HANDOUT_EMERGENCY.format(symptoms=labels))}</div>"


def _data_line(ix: Index) -> str:
    m = ix.manifest
    return texts.HANDOUT_DATA.format(
        title=m["title"], version=m["version"], reviewed=m["reviewed"], licence=m["licence"]
    )


def build_handout(
    data: Index | Catalog, symptom_ids: Iterable[str], onset: str | None = None, age: str | None = None
) -> str:
    """A complete printable HTML page for the chosen symptoms, and how it started and whom it is about if said.

    Unknown ids raise UnknownSymptomError; an unknown onset or age raises ValueError.
    """
    ix = as_index(data)
    view = explore_page(ix, symptom_ids, onset, age)
    chosen = view.chosen
    title = escape(texts.HANDOUT_TITLE)
    parts = [
        "<!DOCTYPE html>",
        f"<html lang='{escape(ix.language)}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{title}</title><style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p class='muted'>{escape(texts.HANDOUT_SUBTITLE)}</p>",
        f"<div class='disclaimer'>{escape(_plain(texts.DISCLAIMER))}</div>",
        _emergency(ix, view),
        f"<h2>{escape(texts.HANDOUT_SYMPTOMS)}</h2>",
        _symptom_rows(ix, chosen) if chosen else f"<p>{escape(texts.NO_SELECTION_DESCRIPTION)}</p>",
        _answers(view),
        f"<h2>{escape(texts.HANDOUT_CONDITIONS)}</h2>",
        _conditions(ix, view) if chosen else "",
        f"<h2>{escape(texts.HANDOUT_QUESTIONS_TITLE)}</h2>",
        f"<p>{escape(texts.HANDOUT_QUESTIONS_INTRO)}</p>",
        _questions(),
        f"<h2>{escape(texts.SOURCES_LABEL)}</h2>",
        _sources(ix, _used_sources(ix, chosen)),
        "<hr>",
        f"<p class='muted'>{escape(_data_line(ix))}</p>",
        f"<p class='muted'>{escape(texts.HANDOUT_PRIVACY)}</p>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)
