"""Overzicht: where do we stand, what is slipping, who has not reported."""

import polars as pl
import streamlit as st

from monitor.charts import status_heatmap
from monitor.compute.action_status import heatmap_frame
from monitor.compute.frame import STATUSES
from monitor.periods import Quarter
from monitor.text import percent, quarter, t, tm, value_text
from monitor.ui.state import language, results, runtime, url_select
from monitor.ui.widgets import chart_with_table, status_badge, status_labels
from monitor.views.completeness import reporting_rates
from monitor.views.overview import action_table, changes, headline, indicator_table

lang = language()
rt = runtime()
res = results(rt)
st.title(t("app.title", lang))
periods = sorted(res["period"].unique().to_list(), reverse=True)
period = url_select(t("filter.period", lang), periods, "kwartaal",
                    format_func=lambda q: Quarter.parse(q).label(lang))

st.subheader(t("overview.headline", lang, period=Quarter.parse(period).label(lang)))
rule = rt.config["status.action_rule"]
counts = headline(res, period, rt.defs, rule)
for col, status in zip(st.columns(len(STATUSES)), STATUSES, strict=True):
    col.metric(status_badge(status, lang), counts[status], border=True)
rates = reporting_rates(rt.store, rt.defs, rt.register, [period])
expected, reported = int(rates["expected"].sum()), int(rates["reported"].sum())
st.caption(t("overview.submissions", lang, count=reported, period=quarter(period, lang),
             rate=percent(100 * reported / expected if expected else None, 0, lang)))

st.subheader(t("overview.actions", lang))
actions = action_table(res, rt.defs, period, lang, rule)
indicators = indicator_table(res, rt.defs, period, lang, rt.config)
for line in ("7.1", "7.2", "7.3"):
    st.markdown(f"**{t(f'overview.line.{line}', lang)}**")
    for a in actions.filter(pl.col("line") == line).iter_rows(named=True):
        left, mid, right = st.columns([2, 6, 1], vertical_alignment="center")
        left.markdown(status_badge(a["status"], lang))
        mid.page_link("app_pages/actie.py", label=f"{a['action'].upper()} · {a['title']}",
                      query_params={"actie": a["action"], "kwartaal": period})
        right.caption(f"{a['indicators']} {t('col.indicators', lang).lower()}")
        mid.caption(tm("rules.reason.shown", lang, reason=a["reason"]))

st.subheader(t("overview.indicators", lang))
table = indicators.with_columns(
    pl.struct("value", "precision", "unit").map_elements(
        lambda r: value_text(r["value"], r["precision"], r["unit"], lang), return_dtype=pl.String
    ).alias("value_text"),
    pl.struct("next_target", "precision", "unit", "next_target_period").map_elements(
        lambda r: value_text(r["next_target"], r["precision"], r["unit"], lang)
        + f" ({r['next_target_period']})",
        return_dtype=pl.String).alias("target_text"),
)
# n (values behind the figure) and carried beside coverage (results of rules version 2)
cols = [c for c in ("action", "title", "value_text", "target_text", "coverage", "n", "carried",
                    "series", "status") if c in table.columns]
st.dataframe(
    status_labels(table, lang).select(cols),
    hide_index=True, key="indicator_table",
    column_config={
        "action": t("col.action", lang), "title": t("col.indicator", lang),
        "value_text": t("col.value", lang), "target_text": t("col.next_target", lang),
        "coverage": st.column_config.ProgressColumn(t("col.coverage", lang), format="percent",
                                                    min_value=0, max_value=1),
        "n": t("col.n", lang), "carried": t("col.carried", lang),
        "series": st.column_config.LineChartColumn(t("col.trend", lang)),
        "status": t("col.status", lang),
    },
)

st.subheader(t("overview.heatmap", lang))
heat = heatmap_frame(res, rt.defs, lang, rule)
chart_with_table(
    status_heatmap(heat, lang),
    status_labels(heat, lang).pivot(on="period", index="action_label", values="status")
    .rename({"action_label": t("col.action", lang)}),
    lang, "heatmap", f"status_per_actie_{period}", wide=True,
)

st.subheader(t("overview.changes", lang))
changed = changes(res, rt.defs, period, lang)
if changed.is_empty():
    st.caption(t("overview.no_changes", lang, previous=quarter(Quarter.parse(period) - 1, lang)))
else:
    shown = status_labels(status_labels(changed, lang, "status_before"), lang, "status_now")
    st.dataframe(shown, hide_index=True, key="changes", column_config={
        c: t(f"col.{c}", lang) for c in ("indicator", "title", "status_before", "status_now",
                                        "value_before", "value_now")})
