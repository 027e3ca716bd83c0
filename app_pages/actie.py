"""Actie: an action's description and, per indicator, its charts with the data beside them."""

import polars as pl
import streamlit as st

from monitor.charts import by_type, choropleth, distribution, indicator_trend, load_geojson
from monitor.periods import Quarter
from monitor.ui.fmt import percent
from monitor.ui.i18n import t
from monitor.ui.state import language, results, runtime, url_select
from monitor.ui.widgets import chart_with_table, status_badge, status_labels, value_text
from monitor.views.action import (
    action_info,
    at_period,
    indicators_of,
    map_level,
    organisation_values,
    series,
)

lang = language()
rt = runtime()
res = results(rt)
titles = {a.id: f"{a.id.upper()} · {a.spec.action.title.get(lang)}" for a in rt.defs.actions}
periods = sorted(res["period"].unique().to_list(), reverse=True)
types = {k: v[lang] for k, v in rt.config.org_types.items()}

f1, f2, f3, f4 = st.columns([3, 1.3, 2, 2])
action_id = url_select(t("filter.action", lang), list(titles), "actie", format_func=titles.get,
                       where=f1)
period = url_select(t("filter.period", lang), periods, "kwartaal", where=f2,
                    format_func=lambda q: Quarter.parse(q).label(lang))
all_inds = indicators_of(rt.defs, action_id)
ind_names = {"alle": t("action.all_indicators", lang)} | {i.id: i.title.get(lang) for i in all_inds}
chosen = url_select(t("filter.indicator", lang), list(ind_names), "indicator",
                    format_func=ind_names.get, where=f3)
type_names = {"alle": t("filter.all_types", lang)} | types
org_type = url_select(t("filter.type", lang), list(type_names), "type",
                      format_func=type_names.get, where=f4)

info = action_info(rt.defs, rt.register, action_id, lang)
st.title(titles[action_id])
st.write(info["description"])
st.caption(t("action.meta", lang, line=info["line"], owner=info["owner_name"], start=info["start"],
             end=info["end"]))
label = Quarter.parse(period).label(lang)

for ind in all_inds:
    if chosen != "alle" and ind.id != chosen:
        continue
    st.header(ind.title.get(lang), divider="blue")
    now = at_period(res, ind.id, "national", period).to_dicts()
    if now:
        r = now[0]
        st.markdown(t("action.now", lang, value=value_text(r["value"], ind.precision, ind.unit, lang),
                      period=label, status=status_badge(r["status"], lang),
                      coverage=f"{r['reported']}/{r['expected']} "
                               f"({percent(100 * (r['coverage'] or 0), 0, lang)})"))
    trend = series(res, ind.id, "national", until=period)
    st.subheader(t("action.trend", lang))
    chart_with_table(
        indicator_trend(trend, ind, lang),
        status_labels(trend, lang).select("period", "value", "planned", "next_target", "forecast",
                                          "reported", "expected", "status"),
        lang, f"trend_{ind.id}", f"{ind.id}_verloop",
        {c: t(f"col.{c}", lang) for c in ("period", "value", "planned", "next_target", "forecast",
                                          "reported", "expected", "status")},
        ind.precision,
    )
    if "type" in ind.breakdowns:
        rows = at_period(res, ind.id, "type", period)
        st.subheader(t("action.by_type", lang, period=label))
        chart_with_table(
            by_type(rows, ind, period, lang, types),
            rows.select(pl.col("group").replace_strict(types, default=pl.col("group")).alias("type"),
                        "value", "reported", "expected"),
            lang, f"type_{ind.id}", f"{ind.id}_per_type_{period}",
            {c: t(f"col.{c}", lang) for c in ("type", "value", "reported", "expected")},
            ind.precision,
        )
    if "organisation" in ind.breakdowns:
        orgs = organisation_values(res, rt.register, ind.id, period)
        if org_type != "alle":
            orgs = orgs.filter(pl.col("type") == org_type)
        org_rows = at_period(res, ind.id, "organisation", period).filter(
            pl.col("group").is_in(orgs["code"].implode()))
        if orgs["value"].is_null().all():
            st.caption(t("action.no_org_data", lang, period=label))
            continue
        table = status_labels(orgs, lang).with_columns(
            pl.col("type").replace_strict(types, default=pl.col("type")))
        config = {c: t(f"col.{c}", lang) for c in ("code", "name", "type", "provincie", "value",
                                                    "reported", "status")} | {"code": t("col.id", lang)}
        st.subheader(t("action.distribution", lang, period=label))
        chart_with_table(distribution(org_rows, ind, period, lang), table, lang, f"dist_{ind.id}",
                         f"{ind.id}_per_organisatie_{period}", config, ind.precision)
        level = map_level(rt.defs, ind)
        if level and org_type in ("alle", level):
            st.subheader(t("action.map", lang, period=label))
            map_rows = org_rows.filter(pl.col("group").is_in(
                orgs.filter(pl.col("type") == level)["code"].implode()))
            chart_with_table(choropleth(map_rows, ind, period, load_geojson(level), lang),
                             table.filter(pl.col("code").is_in(map_rows["group"].implode())), lang,
                             f"map_{ind.id}", f"{ind.id}_kaart_{period}", config, ind.precision)
