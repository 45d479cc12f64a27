"""Entry point: settings, the prepared indexes (built once), the visitor's language, navigation, the frame.

Run with ``make run`` (or ``streamlit run app.py``).
"""

from functools import partial

import streamlit as st

from explorer import i18n, texts
from explorer.index import language_names
from explorer.model import CatalogError
from explorer.ui import about, compare, conditions, explore, frame, handout, matrix, quiz, routes, startup, state

# Each route's render function (the routes table names every page once).
RENDER = {
    "explore": explore.render,
    "conditions": conditions.render,
    "compare": compare.render,
    "matrix": matrix.render,
    "quiz": quiz.render,
    "handout": handout.render,
    "about": about.render,
}

settings = startup.settings()
try:
    # Once per server process, after every page module above is imported: load, prepare, freeze the heap.
    indexes, problem = startup.indexes(settings.data_dir), None
except CatalogError as err:
    indexes, problem = None, err
names = language_names(next(iter(indexes.values())).catalog) if indexes else {i18n.SOURCE: i18n.SOURCE_NAME}
languages = tuple(names)
lang = state.language(settings.language, languages)
i18n.set_language(lang)  # every text of this run, in the visitor's language
st.set_page_config(page_title=texts.APP_TITLE, page_icon=texts.APP_ICON, layout="wide")
ctx = startup.Context(indexes[lang], settings, languages) if indexes else None

pages = [routes.page(r.name, partial(RENDER[r.name], ctx)) if ctx else routes.page(r.name) for r in routes.ROUTES]
page = st.navigation(pages, position="top")
frame.header(settings, lang, names)
state.write_url_language(lang, settings.language if settings.language in languages else i18n.SOURCE)
if ctx is None:
    frame.broken_catalog(problem)
else:
    page.run()
    frame.footer(ctx.index)
