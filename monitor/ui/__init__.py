"""Support for the Streamlit pages: texts (``i18n``), formatting (``fmt``) and shared state
(``state``). Pages stay thin: widgets, a call into the package, rendering."""
