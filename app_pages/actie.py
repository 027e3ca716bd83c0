"""Actie: an action's description and, per indicator, its charts with the data beside them."""

import functools

import polars as pl
import streamlit as st

from monitor.charts import by_type, choropleth, distribution, indicator_trend, load_geojson
from monitor.compute.notes import note_details
from monitor.errors import MonitorError
from monitor.narrative import forecast_reason, status_text, values_note
from monitor.periods import Quarter
from monitor.results import data_version
from monitor.snapshots.frozen import snapshot_exists, snapshot_id
from monitor.text import Text, coverage_text, has, literal, number, quarter, t, tm, value_text
from monitor.textsafe import excel_csv
from monitor.ui.explore import explain, key_figures
from monitor.ui.milestones import milestones_section
from monitor.ui.state import current_user, language, results, runtime, url_select
from monitor.ui.statements import statement_section
from monitor.ui.widgets import chart_with_table, status_labels
from monitor.views.action import (
    action_info,
    at_period,
    indicators_of,
    map_level,
    organisation_values,
    series,
)
from monitor.views.exports import Lineage, lineage_view, markdown_escaped
from monitor.views.keyfigures import explanation, key_figure
from monitor.views.labels import readable
from monitor.views.notes import forecast_words
from monitor.views.trendtable import trend_shown

lang = language()
rt = runtime()
res = results(rt)
titles = {a.id: f"{a.id.upper()} · {a.spec.action.title.get(lang)}" for a in rt.defs.actions}
periods = sorted(res["period"].unique().to_list(), reverse=True)
types = {k: v[lang] for k, v in rt.config.org_types.items()}

f1, f2, f3, f5, f4 = st.columns([3, 1.3, 2, 1.8, 1.8])
action_id = url_select(t("filter.action", lang), list(titles), "actie", format_func=titles.get,
                       where=f1)
period = url_select(t("filter.period", lang), periods, "kwartaal", where=f2,
                    format_func=lambda q: Quarter.parse(q).label(lang))
all_inds = indicators_of(rt.defs, action_id)
ind_names = {"alle": t("action.all_indicators", lang)} | {i.id: i.title.get(lang) for i in all_inds}
chosen = url_select(t("filter.indicator", lang), list(ind_names), "indicator",
                    format_func=ind_names.get, where=f3)
# one view of every shown indicator at a time (made only when chosen: a page with all of them drew
# 11 Plotly figures and 6 grids, 630 kB, 12 times the floor in the browser: BENCHMARKS.md)
views = ["verloop"] + [v for v, b in (("type", "type"), ("organisaties", "organisation"))
                       if any(b in i.breakdowns for i in all_inds if chosen in ("alle", i.id))]
view = url_select(t("filter.view", lang), views, "weergave",
                  format_func=lambda v: t(f"action.view.{v}", lang), where=f5)
type_names = {"alle": t("filter.all_types", lang)} | types
org_type = url_select(t("filter.type", lang), list(type_names), "type",
                      format_func=type_names.get, where=f4)

info = action_info(rt.defs, rt.register, action_id, lang)
st.title(titles[action_id])
st.write(info["description"])
st.caption(t("action.meta", lang, line=info["line"], owner=literal(info["owner_name"]),
             start=quarter(info["start"], lang), end=quarter(info["end"], lang)))
label = Quarter.parse(period).label(lang)
shown_inds = [i for i in all_inds if chosen == "alle" or i.id == chosen]
# key figures: each indicator's value with its change since the previous quarter
st.subheader(t("explore.key.title", lang, period=label))
key_figures([key_figure(series(res, i.id, "national", until=period), i, period, lang)
             for i in shown_inds], lang)
statement_section(rt, current_user(), action_id, period, lang)  # "Voortgang in woorden"
milestones_section(rt, action_id, period, periods[0], lang)
lineage_snapshot = st.query_params.get("snapshot")  # ?snapshot=ID: lineage from that snapshot
if lineage_snapshot is not None and not snapshot_exists(rt.store, lineage_snapshot):
    st.info(tm("pages.lineage.unknown_snapshot", lang, snapshot=lineage_snapshot))
    lineage_snapshot = None
version = data_version(rt)
user = current_user()


@st.cache_data(show_spinner=False, max_entries=64)
def lineage_of(db: str, version: str, indicator_id: str, quarter: str, lang: str, snapshot: str | None,
               user_id: str, _user, _rt) -> Lineage:
    """The lineage of one value, once per data version and user (a snapshot never changes)."""
    sid = snapshot_id(snapshot) if snapshot is not None else None
    return lineage_view(_rt.store, _rt.defs, indicator_id, quarter, lang, snapshot_id=sid, user=_user)


@st.fragment
def lineage_panel(indicator_id: str) -> None:
    """Under the trend table: the submitted values behind the value in the chosen quarter. Made
    only when opened (a lineage holds up to 500 rows, some 10,000 elements in the browser); opening
    it reruns this fragment only."""
    with st.expander(t("lineage.title", lang, quarter=label), key=f"lineage_open_{indicator_id}",
                     on_change="rerun") as panel:
        if not panel.open:
            return
        try:
            lin = lineage_of(str(rt.store.path), version, indicator_id, period, lang,
                             lineage_snapshot, f"{user.id}:{user.role}", user, rt)
        except MonitorError as exc:
            st.info(tm("lineage.unavailable", lang, error=exc.message(lang)))
            return
        source = (tm("lineage.snapshot", lang, id=lineage_snapshot) if lineage_snapshot is not None
                  else t("lineage.live", lang))
        if not lin.values:
            st.caption(f"{source} {t('lineage.none', lang)}")
            return
        st.caption(f"{source} " + t("lineage.summary", lang,
                                    values=Text("lineage.values", count=lin.values),
                                    organisations=Text("lineage.organisations", count=lin.organisations),
                                    submissions=Text("lineage.submissions", count=lin.submissions),
                                    sha=lin.definition_sha256[:12]))
        if lin.shown.height < lin.values:
            st.caption(t("lineage.more", lang, shown=number(lin.shown.height, 0, lang),
                         values=number(lin.values, 0, lang)))
        shown = markdown_escaped(lin.shown.with_columns(pl.col(pl.Int64).cast(pl.String)))
        st.table(shown.rename({c: t(f"lineage.col.{c}", lang) for c in shown.columns}),
                 hide_index=True, height=min(400, 40 + 36 * shown.height))
        names = {c: t(f"lineage.col.{c}", lang) for c in lin.rows.columns if has(f"lineage.col.{c}")}
        st.download_button(t("lineage.csv", lang), functools.partial(excel_csv, lin.rows.rename(names)),
                           file_name=f"herkomst_{indicator_id}_{period}.csv", mime="text/csv",
                           key=f"lineage_{indicator_id}", on_click="ignore")


def org_columns(labels: dict[str, str]) -> dict:
    """The organisation table's columns with widths that fit under the chart at 1 280 px."""
    widths = {"code": 65, "name": 170, "type": 95, "provincie": 95, "value": 65, "reported": 90,
              "carried": 95, "status": 100}
    return {c: st.column_config.Column(label, width=widths.get(c)) for c, label in labels.items()}


def what(ind, kind: str) -> None:
    """'Wat betekent dit?' under a chart of ``kind``."""
    explain(explanation(ind, rt.defs, rt.config, kind, lang), lang)


def trend_view(ind, trend: pl.DataFrame) -> None:
    """The national trend: chart, table, 'Wat betekent dit?', the values behind it."""
    # n (values behind the figure) and carried beside coverage, the forecast's note in words last
    cols = [c for c in ("period", "value", "planned", "next_target", "forecast", "reported",
                        "expected", "n", "carried", "status", "forecast_note") if c in trend.columns]
    st.subheader(t("action.trend", lang))
    trend_table = forecast_words(status_labels(trend, lang), lang, ind).select(cols)
    # on the page: merged, wrapping columns under the chart (all in view at 1 280 px); the
    # download keeps every column
    shown, heads = trend_shown(trend_table, ind, lang)
    chart_with_table(
        indicator_trend(trend, ind, lang), trend_table,
        lang, f"trend_{ind.id}", f"{ind.id}_verloop",
        {c: t(f"col.{c}", lang) for c in cols} | heads,
        ind.precision, shown=shown, wide=True, static=True,
    )
    what(ind, "trend")
    lineage_panel(ind.id)


def type_view(ind, _trend: pl.DataFrame) -> None:
    """The values per organisation type in the quarter."""
    rows = at_period(res, ind.id, "type", period)
    cols = [c for c in ("type", "value", "reported", "expected", "n", "carried")
            if c == "type" or c in rows.columns]
    st.subheader(t("action.by_type", lang, period=label))
    per_type = rows.with_columns(pl.col("group").replace_strict(types, default=pl.col("group"))
                                 .alias("type")).select(cols)
    shown, heads = trend_shown(per_type, ind, lang)  # coverage and values merged, as above
    chart_with_table(
        by_type(rows, ind, period, lang, types), per_type,
        lang, f"type_{ind.id}", f"{ind.id}_per_type_{period}",
        {c: t(f"col.{c}", lang) for c in cols} | heads,
        ind.precision, shown=shown, wide=True, static=True,
    )
    what(ind, "by_type")


def organisation_view(ind, _trend: pl.DataFrame) -> None:
    """The values per organisation in the quarter, and the map."""
    orgs = organisation_values(res, rt.register, ind.id, period, rt.defs, rt.config)
    if org_type != "alle":
        orgs = orgs.filter(pl.col("type") == org_type)
    org_rows = at_period(res, ind.id, "organisation", period).filter(
        pl.col("group").is_in(orgs["code"].implode()))
    if orgs["value"].is_null().all():
        st.caption(t("action.no_org_data", lang, period=label))
        return
    # organisations are judged only against a target declared for them: else no status column
    judged = orgs["status"].is_not_null().any()
    cols = [c for c in ("code", "name", "type", "provincie", "value", "reported", "carried",
                        "status") if c in orgs.columns and (judged or c != "status")]
    # one organisation a row: its type in the singular, its province by name
    table = (status_labels(orgs, lang) if judged else orgs).select(cols)
    config = {c: t(f"col.{c}", lang) for c in cols} | {"code": t("col.id", lang),
                                                       "carried": t("action.col.carried", lang)}
    config = org_columns(config)
    st.subheader(t("action.distribution", lang, period=label))
    chart_with_table(distribution(org_rows, ind, period, lang), table, lang, f"dist_{ind.id}",
                     f"{ind.id}_per_organisatie_{period}", config, ind.precision,
                     shown=readable(table, lang, config=rt.config, register=rt.register),
                     wide=True)
    what(ind, "distribution")
    level = map_level(rt.defs, ind)
    if level and org_type in ("alle", level):
        st.subheader(t("action.map", lang, period=label))
        map_rows = org_rows.filter(pl.col("group").is_in(
            orgs.filter(pl.col("type") == level)["code"].implode()))
        # one level on a map: its type column says the same in every row
        on_map = table.filter(pl.col("code").is_in(map_rows["group"].implode())).drop("type")
        chart_with_table(choropleth(map_rows, ind, period, load_geojson(level), lang),
                         on_map, lang, f"map_{ind.id}", f"{ind.id}_kaart_{period}", config,
                         ind.precision, shown=readable(on_map, lang, config=rt.config,
                                                       register=rt.register), wide=True)
        what(ind, "map")


VIEWS = {"verloop": (trend_view, None), "type": (type_view, "type"),
         "organisaties": (organisation_view, "organisation")}

for ind in shown_inds:
    st.header(ind.title.get(lang), divider="blue")
    trend = note_details(series(res, ind.id, "national", until=period), rt.defs, rt.config)
    now = trend.filter(pl.col("period") == period).to_dicts()
    if now:
        r = now[0]
        values = values_note(r.get("n"), r.get("carried"), lang)  # rules version 2: n, carried
        st.markdown(t("action.now", lang, value=value_text(r["value"], ind.precision, ind.unit, lang),
                      period=label, status=status_text(r, lang),
                      coverage=coverage_text(r["reported"], r["expected"], lang)
                               + (f"; {values}" if values else "")))
        if why := forecast_reason(r.get("forecast_note"), lang, ind):
            st.caption(why)
    shows, breakdown = VIEWS[view]
    if breakdown is None or breakdown in ind.breakdowns:
        shows(ind, trend)
    else:
        st.caption(t("action.view.none", lang, view=t(f"action.view.{view}", lang)))
