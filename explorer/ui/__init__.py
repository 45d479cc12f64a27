"""Streamlit views. Only this package imports streamlit; it calls the pure core, never the reverse."""
