"""The prepared index: every look-up the engine and the pages need, built once from a Catalog.

:func:`prepare` builds an :class:`Index` (arrays for ranking, maps for explanations, the search
index, Markdown-escaped strings) from a :class:`~explorer.model.Catalog`; nothing is computed
later or cached elsewhere. The server builds one at start-up with :func:`prepare_server`, which
also freezes the heap, and passes it to every page. Scripts do the same::

    cat = explorer.load_catalog()
    index = explorer.prepare(cat)
    explorer.rank(index, ["double_vision"])

Every public function also accepts a plain Catalog and prepares it for that call only, which is
fine for a one-off question and slow in a loop. For reading, an Index offers the catalogue's
tables under the same names (``index.conditions``, ``index.links``, ``index.matrix()``, ...). It
holds no dense conditions × symptoms table of objects (at 100,000 conditions that alone would be
1.6 GB): ``weights`` is one byte a cell, and the matrix is built only for the page that shows it.
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

from explorer import i18n, schema
from explorer.lexicons import lexicon
from explorer.markdown import md
from explorer.model import Catalog, Difference, LinkedSymptom
from explorer.search import SearchIndex


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


def _mapping(keys, values) -> Mapping:
    return MappingProxyType(dict(zip(keys, values, strict=True)))


@dataclass(frozen=True, eq=False)
class Index:
    """A Catalog and its prepared look-ups (read-only). Build it with :func:`prepare`.

    Positions, arrays and the ``weights`` matrix follow ``conditions.index`` (rows) and
    ``symptoms.index`` (columns). ``weights`` holds each link's band weight (schema.Band.weight),
    0 where a condition does not list a symptom or its source excludes it.
    """

    catalog: Catalog
    """The catalogue this index was prepared from, in its language (:func:`localized`)."""
    language: str
    """The language of every label, name and lay text (``en``, or a code of ``catalog.translations``)."""
    symptom_ids: np.ndarray
    condition_ids: np.ndarray
    symptom_position: Mapping[str, int]
    condition_position: Mapping[str, int]
    symptom_labels: Mapping[str, str]
    condition_names: Mapping[str, str]
    weights: np.ndarray
    label_values: np.ndarray
    label_order: np.ndarray
    name_values: np.ndarray
    category_values: np.ndarray
    onsets: Mapping[str, tuple[str, ...]]
    """condition_id -> how fast its symptoms usually build (schema.ONSETS values)."""
    ages: Mapping[str, tuple[str, ...]]
    """condition_id -> whom it usually affects (schema.AGES values)."""
    facet_mask: Mapping[str, np.ndarray]
    """An onset or age value -> read-only bool array over conditions: which usually fit it."""
    what_it_is: Mapping[str, str]
    """condition_id -> the first sentence of its summary: one plain line of what it is."""
    links_of: Mapping[str, tuple[LinkedSymptom, ...]]
    link_of: Mapping[str, Mapping[str, LinkedSymptom]]
    difference_records: tuple[Difference, ...]
    red_flags: frozenset[str]
    groups: Mapping[str, tuple[tuple[str, str], ...]]
    source_records: Mapping[str, Mapping[str, str]]
    search: SearchIndex = field(repr=False)
    label_md: Mapping[str, str] = field(repr=False)
    name_md: Mapping[str, str] = field(repr=False)
    source_md: Mapping[tuple[str, bool], str] = field(repr=False)

    # The catalogue's tables, for reading an Index as one would a Catalog.

    @property
    def conditions(self) -> pd.DataFrame:
        """The catalogue's conditions table."""
        return self.catalog.conditions

    @property
    def symptoms(self) -> pd.DataFrame:
        """The catalogue's symptoms table."""
        return self.catalog.symptoms

    @property
    def links(self) -> pd.DataFrame:
        """The catalogue's links table."""
        return self.catalog.links

    @property
    def sources(self) -> pd.DataFrame:
        """The catalogue's sources table."""
        return self.catalog.sources

    @property
    def differences(self) -> pd.DataFrame:
        """The catalogue's differences table."""
        return self.catalog.differences

    @property
    def manifest(self) -> Mapping[str, str]:
        """The catalogue's manifest."""
        return self.catalog.manifest

    @property
    def version(self) -> str:
        """The data version."""
        return self.catalog.version

    def matrix(self) -> pd.DataFrame:
        """Symptoms × conditions of frequency bands, as :meth:`Catalog.matrix` (built on each call)."""
        return self.catalog.matrix()

    def lay_label(self, symptom_id: str) -> str:
        """The symptom's label as it reads mid-sentence ('double vision'; 'MS-like' keeps its capitals)."""
        label = self.symptom_labels[symptom_id]
        if len(label) > 1 and label[1].isupper():
            return label
        return label[:1].lower() + label[1:]


def _weights(cat: Catalog) -> np.ndarray:
    weights = np.zeros((len(cat.conditions), len(cat.symptoms)), dtype=np.int8)
    rows = cat.conditions.index.get_indexer(cat.links["condition_id"])
    cols = cat.symptoms.index.get_indexer(cat.links["symptom_id"])
    weights[rows, cols] = [schema.BAND[b].weight for b in cat.links["frequency"]]
    return _frozen(weights)


def _links_of(cat: Catalog) -> dict[str, tuple[LinkedSymptom, ...]]:
    grouped: dict[str, list[LinkedSymptom]] = {cid: [] for cid in cat.conditions.index}
    columns = (cat.links[c].tolist() for c in ("condition_id", "symptom_id", "frequency", "source_id", "note"))
    for cid, sid, frequency, source_id, note in zip(*columns, strict=True):
        grouped[cid].append(LinkedSymptom(sid, frequency, source_id, note))
    return {cid: tuple(links) for cid, links in grouped.items()}


def _groups(cat: Catalog) -> dict[str, tuple[tuple[str, str], ...]]:
    """(symptom_id, label) pairs per body-system group, in schema order, A to Z within a group."""
    grouped = {}
    for group in schema.GROUPS:
        rows = cat.symptoms[cat.symptoms["group"] == group]
        pairs = sorted(zip(rows.index, rows["label"], strict=True), key=lambda pair: pair[1].lower())
        if pairs:
            grouped[group] = tuple(pairs)
    return grouped


def source_markdown(record: Mapping[str, str], links: bool) -> str:
    """A source as Markdown: a link on the web, plain text plus identifier on a kiosk."""
    label = f"{md(record['title'])} ({md(record['publisher'])})"
    ident = f" {md(record['identifier'])}" if record["identifier"] else ""
    if links and record["url"]:
        url = record["url"].replace("(", "%28").replace(")", "%29")  # keep the Markdown link closed
        return f"[{label}]({url}){ident}"
    return label + ident


def first_sentence(text: str) -> str:
    """The first sentence of a lay text: one plain line of what a condition is."""
    match = _SENTENCE_END.search(text)
    return text[: match.end(1)] if match else text


_SENTENCE_END = re.compile(r"([.!?])\s+(?=[A-Z0-9\"'(])")


def _facet_masks(cat: Catalog) -> dict[str, np.ndarray]:
    masks = {}
    for column, values in (("onset", schema.ONSETS), ("ages", schema.AGES)):
        cells = cat.conditions[column].tolist()
        for value in values:
            masks[value] = _frozen(np.array([value in cell for cell in cells], dtype=bool))
    return masks


def _label_order(labels: list[str]) -> np.ndarray:
    """Each symptom's rank when sorted by label (codepoint order, ties in index order)."""
    order = np.empty(len(labels), dtype=np.int64)
    order[sorted(range(len(labels)), key=labels.__getitem__)] = np.arange(len(labels))
    return _frozen(order)


def localized(cat: Catalog, lang: str) -> Catalog:
    """``cat`` with its words in ``lang``: labels, synonyms, clinical terms, names, lay texts, difference notes.

    Ids, bands, sources, codes and link notes (the curators' notes on sources, in English) stay as
    they are. Raises ValueError when the catalogue has no translation for ``lang``.
    """
    if lang == i18n.SOURCE:
        return cat
    tr = cat.translations.get(lang)
    if tr is None:
        known = ", ".join([i18n.SOURCE, *cat.translations])
        raise ValueError(f"the catalogue has no translation for {lang!r} (it has: {known})")
    symptoms = cat.symptoms.copy()
    for column in ("label", "clinical_term", "synonyms"):
        symptoms[column] = tr.symptoms[column]
    conditions = cat.conditions.copy()
    for column in ("name", "aliases", "summary", "course", "affects", "treatment", "specialists"):
        conditions[column] = tr.conditions[column]
    differences = cat.differences.copy()
    differences["note"] = tr.differences["note"].to_numpy()
    manifest = MappingProxyType({**cat.manifest, **{k: tr.manifest[k] for k in ("title", "licence", "notes")}})
    return dataclasses.replace(
        cat, symptoms=symptoms, conditions=conditions, differences=differences, manifest=manifest
    )


def prepare(cat: Catalog, lang: str = i18n.SOURCE) -> Index:
    """Build every prepared look-up for ``cat`` in ``lang`` (about 0.1 s for the bundled catalogue)."""
    cat = localized(cat, lang)
    symptom_ids = cat.symptoms.index.tolist()
    condition_ids = cat.conditions.index.tolist()
    labels = cat.symptoms["label"].tolist()
    names = cat.conditions["name"].tolist()
    links_of = _links_of(cat)
    records = cat.sources.to_dict(orient="index")
    difference_columns = ("condition_id", "versus_id", "symptom_id", "note", "source_id")
    return Index(
        catalog=cat,
        language=lang,
        symptom_ids=_frozen(np.array(symptom_ids, dtype=object)),
        condition_ids=_frozen(np.array(condition_ids, dtype=object)),
        symptom_position=_mapping(symptom_ids, range(len(symptom_ids))),
        condition_position=_mapping(condition_ids, range(len(condition_ids))),
        symptom_labels=_mapping(symptom_ids, labels),
        condition_names=_mapping(condition_ids, names),
        weights=_weights(cat),
        label_values=_frozen(np.array(labels, dtype=object)),
        label_order=_label_order(labels),
        name_values=_frozen(np.array(names, dtype=object)),
        category_values=_frozen(np.array(cat.conditions["category"].tolist(), dtype=object)),
        onsets=_mapping(condition_ids, cat.conditions["onset"].tolist()),
        ages=_mapping(condition_ids, cat.conditions["ages"].tolist()),
        facet_mask=MappingProxyType(_facet_masks(cat)),
        what_it_is=_mapping(condition_ids, [first_sentence(s) for s in cat.conditions["summary"].tolist()]),
        links_of=MappingProxyType(links_of),
        link_of=MappingProxyType(
            {cid: MappingProxyType({link.symptom_id: link for link in links}) for cid, links in links_of.items()}
        ),
        difference_records=tuple(
            Difference(*row) for row in zip(*(cat.differences[c].tolist() for c in difference_columns), strict=True)
        ),
        red_flags=frozenset(cat.symptoms.index[cat.symptoms["red_flag"].to_numpy(dtype=bool)].tolist()),
        groups=MappingProxyType(_groups(cat)),
        source_records=MappingProxyType({sid: MappingProxyType(row) for sid, row in records.items()}),
        search=SearchIndex(cat, lexicon(lang)),
        label_md=_mapping(symptom_ids, [md(label) for label in labels]),
        name_md=_mapping(condition_ids, [md(name) for name in names]),
        source_md=MappingProxyType(
            {(sid, links): source_markdown(row, links) for sid, row in records.items() for links in (True, False)}
        ),
    )


def languages(cat: Catalog) -> tuple[str, ...]:
    """The languages the app can show ``cat`` in.

    English, and each language with both a catalogue translation (data/i18n/<lang>/) and a UI
    catalogue (explorer/locale/<lang>/).
    """
    return tuple(lang for lang in i18n.languages() if lang == i18n.SOURCE or lang in cat.translations)


def language_names(cat: Catalog) -> dict[str, str]:
    """Each language of :func:`languages` by its own name ("English", "Español"), as the switch shows it."""
    return {lang: cat.translations[lang].manifest["name"] if lang in cat.translations else i18n.SOURCE_NAME
            for lang in languages(cat)}  # fmt: skip


def prepare_server(cat: Catalog) -> Mapping[str, Index]:
    """:func:`prepare` in every language of :func:`languages`, then freeze the heap.

    Call once per server process, after every page is imported.

    Streamlit runs a full garbage collection after every script run (``runner.postScriptGC``).
    Its cost grows with every object alive in the process: with pandas, numpy, Altair and the
    catalogue that is ~35-50 ms per rerun, most of an interaction's server time. ``gc.freeze()``
    moves everything alive now (modules, the index) into a permanent generation that later
    collections skip, so the post-run collection only looks at what sessions allocate. Reference
    counting still frees objects as usual. The heap is frozen once per process: a later index
    (only tests build more than one) is not.
    """
    indexes = MappingProxyType({lang: prepare(cat, lang) for lang in languages(cat)})
    for lang in indexes:
        i18n.catalogue(lang)  # compile or read each UI catalogue now, before the heap is frozen
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()
    return indexes


def as_index(data: Index | Catalog, lang: str | None = None) -> Index:
    """``data`` itself if it is prepared (in ``lang``, if given); a Catalog is prepared for this call only."""
    if isinstance(data, Index) and lang in (None, data.language):
        return data
    catalog = data.catalog if isinstance(data, Index) else data
    if isinstance(data, Index) and data.language != i18n.SOURCE:
        raise ValueError("prepare the catalogue itself in another language, not an index already translated")
    return prepare(catalog, lang or i18n.SOURCE)
