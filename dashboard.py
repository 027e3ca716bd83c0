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

PAGES = [
    ("pages/overzicht.py", "nav.overview", "overzicht", "📊"),
    ("pages/actie.py", "nav.action", "actie", "🎯"),
    ("pages/organisatie.py", "nav.organisation", "organisatie", "🏛️"),
    ("pages/volledigheid.py", "nav.completeness", "volledigheid", "✅"),
    ("pages/aanleveren.py", "nav.upload", "aanleveren", "📤"),
    ("pages/definities.py", "nav.catalogue", "definities", "📖"),
]
page = st.navigation([
    st.Page(path, title=t(key, lang), url_path=url, icon=icon, default=i == 0)
    for i, (path, key, url, icon) in enumerate(PAGES)
])
page.run()
