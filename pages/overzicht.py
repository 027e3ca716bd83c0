"""Overzicht: latest national status per indicator (the full overview comes with the dashboard)."""

import streamlit as st

from monitor.app import status_overview
from monitor.ui.i18n import t
from monitor.ui.state import language, runtime

lang = language()
rt = runtime()
st.title(t("app.title", lang))
table = status_overview(rt, lang)
st.caption(t("overview.caption", lang, period=table["period"].max()))
labels = {s: t(f"status.{s}", lang) for s in ("behaald", "op_koers", "risico", "achter", "onvoldoende")}
st.dataframe(
    table.with_columns(table["status"].replace_strict(labels, default="–")),
    hide_index=True,
    column_config={
        "action": t("col.action", lang), "indicator": t("col.indicator", lang),
        "title": t("col.title", lang), "period": t("col.period", lang),
        "value": st.column_config.NumberColumn(t("col.value", lang), format="localized"),
        "final_target": st.column_config.NumberColumn(t("col.final_target", lang), format="localized"),
        "coverage": st.column_config.NumberColumn(t("col.coverage", lang), format="percent"),
        "status": t("col.status", lang),
    },
)
