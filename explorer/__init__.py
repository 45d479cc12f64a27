"""Neuroimmune Symptom Explorer: an educational, non-diagnostic symptom–condition catalogue.

The public API (stable for scripts, notebooks and tests)::

    import explorer
    cat = explorer.load_catalog()
    explorer.search_symptoms(cat, "seeing double")
    explorer.rank(cat, ["double_vision", "drooping_eyelid"])

The core modules here never import Streamlit; the views live in ``explorer.ui``.
"""

from explorer.catalog import Catalog, CatalogError, load_catalog
from explorer.matching import (
    Explanation,
    UnknownConditionError,
    UnknownSymptomError,
    describe_selection,
    discriminators,
    explain,
    rank,
)
from explorer.search import find, search_symptoms, symptoms_in_text

__all__ = [
    "Catalog",
    "CatalogError",
    "Explanation",
    "UnknownConditionError",
    "UnknownSymptomError",
    "describe_selection",
    "discriminators",
    "explain",
    "find",
    "load_catalog",
    "rank",
    "search_symptoms",
    "symptoms_in_text",
]
__version__ = "0.1.0"
