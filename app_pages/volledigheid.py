"""Volledigheid: reporting and on-time rates, who has not reported, rejected attempts (the
last only for a role that may see every organisation's submissions: submissions.view)."""

import polars as pl
import streamlit as st

from monitor.access.guard import allowed
from monitor.intake.history import open_quarters
from monitor.intake.messages import name
from monitor.periods import Quarter
from monitor.text import quarter, t
from monitor.textsafe import excel_csv
from monitor.ui.state import current_user, language, runtime, url_select
from monitor.ui.widgets import headed
from monitor.views.completeness import (
    common_problems,
    missing_organisations,
    rejections,
    reporting_rates,
)

lang = language()
rt = runtime()
ctx = rt.context(lang=lang)
st.title(t("completeness.title", lang))
quarters = open_quarters(ctx) + sorted(ctx.locked, reverse=True)
quarters = sorted(set(quarters), reverse=True)
period = url_select(t("filter.period", lang), quarters, "kwartaal",
                    format_func=lambda q: Quarter.parse(q).label(lang))
types = {k: v[lang] for k, v in rt.config.org_types.items()}

st.subheader(t("completeness.rates", lang))
rates = reporting_rates(rt.store, rt.defs, rt.register, sorted(quarters))
st.dataframe(
    rates.with_columns(rates["type"].replace_strict(types)).sort("period", descending=True),
    hide_index=True,
    column_config={
        "period": t("col.period", lang), "type": t("col.type", lang),
        "expected": t("col.expected", lang), "reported": t("col.reported", lang),
        "on_time": t("col.on_time", lang),
        "reporting_rate": st.column_config.ProgressColumn(
            t("col.reporting_rate", lang), format="percent", min_value=0, max_value=1),
        "on_time_rate": st.column_config.ProgressColumn(
            t("col.on_time_rate", lang), format="percent", min_value=0, max_value=1),
    },
)

missing = missing_organisations(rt.store, rt.defs, rt.register, period)
if missing.is_empty():
    st.success(t("completeness.none_missing", lang, period=quarter(period, lang)))
else:
    st.subheader(t("completeness.missing", lang, period=quarter(period, lang), n=missing.height))
    shown = missing.with_columns(missing["type"].replace_strict(types))
    labels = {c: t(f"col.{c}", lang) for c in ("code", "name", "type", "provincie")} | {
        "code": t("col.id", lang)}
    st.dataframe(shown, hide_index=True, key="missing_table", column_config=labels)
    st.download_button(t("completeness.download", lang), excel_csv(headed(shown, labels)),
                       file_name=f"niet_aangeleverd_{period}.csv", mime="text/csv")

user = current_user()
if allowed(user, "submissions.view"):  # rejected attempts of every organisation
    rejected = rejections(rt.store, user, period)
    if rejected.is_empty():
        st.caption(t("completeness.no_rejections", lang, period=quarter(period, lang)))
    else:
        st.subheader(t("completeness.rejections", lang, period=quarter(period, lang), n=rejected.height))
        common = common_problems(rt.store, user, period)
        st.dataframe(common.with_columns(pl.col("code").map_elements(
            lambda c: name(c, lang), return_dtype=pl.String)), hide_index=True, column_config={
            "code": t("col.problem", lang), "occurrences": t("col.occurrences", lang),
            "attempts": t("col.attempts", lang)})
