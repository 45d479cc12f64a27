"""Entry point: page config, navigation, the frame every page shares. Nothing else.

Run with ``make run`` (or ``streamlit run app.py``).
"""

import streamlit as st

from explorer import texts
from explorer.catalog import CatalogError
from explorer.ui import frame, state

st.set_page_config(page_title=texts.APP_TITLE, page_icon=texts.APP_ICON, layout="wide")

PAGES = [
    st.Page("views/explore.py", title=texts.PAGE_EXPLORE, icon=":material/search:", url_path="explore", default=True),
    st.Page("views/conditions.py", title=texts.PAGE_CONDITIONS, icon=":material/menu_book:", url_path="conditions"),
    st.Page("views/compare.py", title=texts.PAGE_COMPARE, icon=":material/compare_arrows:", url_path="compare"),
    st.Page("views/matrix.py", title=texts.PAGE_MATRIX, icon=":material/grid_on:", url_path="matrix"),
    st.Page("views/quiz.py", title=texts.PAGE_QUIZ, icon=":material/quiz:", url_path="quiz"),
    st.Page("views/handout.py", title=texts.PAGE_HANDOUT, icon=":material/print:", url_path="handout"),
    st.Page("views/about.py", title=texts.PAGE_ABOUT, icon=":material/info:", url_path="about"),
]

page = st.navigation(PAGES, position="top")
frame.header(state.get_settings())
try:
    catalog = state.catalog()
except CatalogError as err:
    frame.broken_catalog(err)
else:
    page.run()
    frame.footer(catalog)
