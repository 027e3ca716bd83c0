"""Overzicht: where do we stand, what is slipping, who has not reported."""

import polars as pl
import streamlit as st

from monitor.compute.action_status import heatmap_frame
from monitor.periods import Quarter
from monitor.text import percent, quarter, t, tm
from monitor.ui.milestones import overdue_list
from monitor.ui.overview import key_figures, overview_style, status_table
from monitor.ui.state import language, results, runtime, url_select
from monitor.ui.widgets import status_badge, status_labels
from monitor.views import overview as ov
from monitor.views.completeness import reporting_rates
from monitor.views.statements import judgement_lines

HEATMAP_QUARTERS = 8  # the last two years by default: readable on a phone

lang = language()
rt = runtime()
res = results(rt)
overview_style()
st.title(t("app.title", lang))
periods = sorted(res["period"].unique().to_list(), reverse=True)
period = url_select(t("filter.period", lang), periods, "kwartaal",
                    format_func=lambda q: Quarter.parse(q).label(lang))
previous = quarter(Quarter.parse(period) - 1, lang)

st.subheader(t("overview.headline", lang, period=Quarter.parse(period).label(lang)))
key_figures(ov.key_figures(rt, res, period, lang), lang, previous)
rates = reporting_rates(rt.store, rt.defs, rt.register, [period])
expected, reported = int(rates["expected"].sum()), int(rates["reported"].sum())
st.caption(t("overview.submissions", lang, count=reported, period=quarter(period, lang),
             rate=percent(100 * reported / expected if expected else None, 0, lang)))

st.subheader(t("overview.actions", lang))
rule = rt.config["status.action_rule"]
actions = ov.action_table(res, rt.defs, period, lang, rule)
judgements = judgement_lines(rt, period, dict(actions.select("action", "status").iter_rows()), lang)
for line in ("7.1", "7.2", "7.3"):
    st.markdown(f"**{t(f'overview.line.{line}', lang)}**")
    for a in actions.filter(pl.col("line") == line).iter_rows(named=True):
        left, mid, right = st.columns([2, 6, 1], vertical_alignment="center")
        left.markdown(status_badge(a["status"], lang))
        mid.page_link("app_pages/actie.py", label=f"{a['action'].upper()} · {a['title']}",
                      query_params={"actie": a["action"], "kwartaal": period})
        right.caption(t("overview.indicator_count", lang, count=a["indicators"]))
        mid.caption(tm("rules.reason.shown", lang, reason=a["reason"]))
        if a["action"] in judgements:
            mid.caption(judgements[a["action"]])

overdue_list(rt, period, periods[0], lang)

st.subheader(t("overview.indicators", lang))
table = ov.indicator_table(res, rt.defs, period, lang, rt.config)
# what a reader needs first (indicator, value, target, status, trend: 780 px) fits beside the
# sidebar at 1 280 px; coverage, n and carried (results of rules version 2) follow
cols = [c for c in ("title", "value_text", "target_text", "status", "series", "coverage", "n",
                    "carried", "action") if c in table.columns]
st.dataframe(
    status_labels(table, lang).select(cols),
    hide_index=True, key="indicator_table",
    column_config={
        "title": st.column_config.TextColumn(t("col.indicator", lang), width=270, pinned=True),
        "value_text": st.column_config.TextColumn(t("col.value", lang), width=100),
        "target_text": st.column_config.TextColumn(t("col.next_target", lang), width=150),
        "status": st.column_config.TextColumn(t("col.status", lang), width=170),
        "series": st.column_config.LineChartColumn(t("col.trend", lang), width=90),
        "coverage": st.column_config.ProgressColumn(t("col.coverage", lang), format="percent",
                                                    min_value=0, max_value=1, width="small"),
        "n": t("col.n", lang), "carried": t("col.carried", lang),
        "action": t("col.action", lang),
    },
)

st.subheader(t("overview.heatmap", lang))
heat = heatmap_frame(res, rt.defs, lang, rule).filter(pl.col("period") <= period)
shown = sorted(heat["period"].unique().to_list())
if len(shown) > HEATMAP_QUARTERS and not st.toggle(
        t("overview.heatmap.all", lang, count=len(shown)), key="heatmap_all"):
    heat = heat.filter(pl.col("period").is_in(shown[-HEATMAP_QUARTERS:]))
status_table(heat, lang, f"status_per_actie_{period}")

st.subheader(t("overview.changes", lang))
changed = ov.changes(res, rt.defs, period, lang)
if changed.is_empty():
    st.caption(t("overview.no_changes", lang, previous=previous))
else:
    st.caption(t("overview.changes.since", lang, previous=previous))
    shown = status_labels(status_labels(changed, lang, "status_before"), lang, "status_now")
    st.dataframe(shown.drop("indicator"), hide_index=True, key="changes", column_config={
        "title": st.column_config.TextColumn(t("col.indicator", lang), width="large"),
        **{c: t(f"col.{c}", lang) for c in ("status_before", "status_now", "value_before",
                                           "value_now")}})
