"""Neuroimmune Symptom Explorer: an educational, non-diagnostic symptom–condition catalogue.

The public API (stable for scripts, notebooks and tests)::

    import explorer
    cat = explorer.load_catalog()
    explorer.search_symptoms(cat, "seeing double")
    explorer.rank(cat, ["double_vision", "drooping_eyelid"])

Every function also takes the prepared index, which is what to pass in a loop::

    index = explorer.prepare(cat)
    explorer.explore_page(index, ["double_vision"])  # everything the Explore page shows

The core modules here never import Streamlit; the views live in ``explorer.ui``.
"""

from explorer.catalog import load_catalog
from explorer.explore import ExploreView, explore_page
from explorer.index import Index, prepare
from explorer.matching import (
    Explanation,
    UnknownConditionError,
    UnknownSymptomError,
    describe_selection,
    discriminators,
    explain,
    rank,
)
from explorer.model import Catalog, CatalogError
from explorer.search import find, search_symptoms, symptoms_in_text

__all__ = [
    "Catalog",
    "CatalogError",
    "Explanation",
    "ExploreView",
    "Index",
    "UnknownConditionError",
    "UnknownSymptomError",
    "describe_selection",
    "discriminators",
    "explain",
    "explore_page",
    "find",
    "load_catalog",
    "prepare",
    "rank",
    "search_symptoms",
    "symptoms_in_text",
]
__version__ = "0.1.0"
