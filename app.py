"""Entry point: page config, settings, the prepared index (built once), navigation, the frame.

Run with ``make run`` (or ``streamlit run app.py``).
"""

from functools import partial

import streamlit as st

from explorer import texts
from explorer.model import CatalogError
from explorer.ui import about, compare, conditions, explore, frame, handout, matrix, quiz, routes, startup

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

st.set_page_config(page_title=texts.APP_TITLE, page_icon=texts.APP_ICON, layout="wide")
settings = startup.settings()
try:
    # Once per server process, after every page module above is imported: load, prepare, freeze the heap.
    ctx, problem = startup.Context(startup.index(settings.data_dir), settings), None
except CatalogError as err:
    ctx, problem = None, err

pages = [routes.page(r.name, partial(RENDER[r.name], ctx)) if ctx else routes.page(r.name) for r in routes.ROUTES]
page = st.navigation(pages, position="top")
frame.header(settings)
if ctx is None:
    frame.broken_catalog(problem)
else:
    page.run()
    frame.footer(ctx.index)
