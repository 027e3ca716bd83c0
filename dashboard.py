"""Voortgangsmonitor IBDS — dashboard entry point (`uv run streamlit run dashboard.py`).

A placeholder until the dashboard pages land: it opens (and on first run creates) the database
and lists every indicator with its latest national status.
"""

import streamlit as st

from monitor.app import start, status_overview
from monitor.errors import MonitorError

STATUS_LABEL = {
    "behaald": "✔ behaald",
    "op_koers": "● op koers",
    "risico": "▲ risico",
    "achter": "✖ achter",
    "onvoldoende": "? onvoldoende gegevens",
}

st.set_page_config(page_title="Voortgangsmonitor IBDS", layout="wide")


@st.cache_resource(show_spinner="Database wordt voorbereid (eerste start: demodata)…")
def _runtime():
    return start()


try:
    rt, created = _runtime()
except MonitorError as exc:
    st.error(f"De monitor kan niet starten: {exc}")
    st.stop()

st.title(rt.config["programme.name"]["nl"])
if created:
    st.info(created)
table = status_overview(rt)
st.caption(f"Stand per {table['period'].max()} — landelijk, per indicator")
st.dataframe(
    table.with_columns(table["status"].replace_strict(STATUS_LABEL, default="–")),
    hide_index=True,
    column_config={
        "action": "Actie",
        "indicator": "Indicator",
        "title": "Titel",
        "period": "Kwartaal",
        "value": st.column_config.NumberColumn("Waarde", format="%.1f"),
        "final_target": st.column_config.NumberColumn("Einddoel", format="%.1f"),
        "coverage": st.column_config.NumberColumn("Dekking", format="percent"),
        "status": "Status",
    },
)
