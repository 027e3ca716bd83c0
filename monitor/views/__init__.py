"""Data for the pages, as Polars frames: one module per page, no Streamlit here."""
