"""The baseline for bench/server.py and bench/load.py: a Streamlit app with one checkbox and nothing else.

``BENCH_CHECKBOXES=N`` (default 1) renders N checkboxes instead: bench/server.py uses it to show what
the Explore page's symptom picker (one checkbox per symptom) costs by itself.
"""

import os

import streamlit as st

st.checkbox("A checkbox", key="box")
for i in range(1, int(os.environ.get("BENCH_CHECKBOXES", "1"))):
    st.checkbox(f"Checkbox {i}", key=f"box{i}")
