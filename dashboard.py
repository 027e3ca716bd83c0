"""Voortgangsmonitor IBDS — dashboard entry point: `uv run streamlit run dashboard.py`.

Navigation only; every page lives in pages/ and stays thin over the monitor package.
"""

import streamlit as st

from monitor.ui.i18n import t
from monitor.ui.state import language

st.set_page_config(page_title="Voortgangsmonitor IBDS", page_icon="📊", layout="wide")
lang = language()
with st.sidebar:
    choice = st.segmented_control(t("app.language", lang), ["nl", "en"], default=lang,
                                  key="lang_choice")
    if choice and choice != lang:
        st.query_params["lang"] = choice
        st.rerun()

page = st.navigation([
    st.Page("pages/overzicht.py", title=t("nav.overview", lang), url_path="overzicht", default=True),
    st.Page("pages/aanleveren.py", title=t("nav.upload", lang), url_path="aanleveren"),
])
page.run()
