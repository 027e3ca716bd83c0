"""One organisation among its peers (a dot per peer, the organisation highlighted with its name,
the median as a line), and a province's gemeenten as bars (the drill-down of the Organisatie
page)."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from monitor.charts import palette as p
from monitor.charts.numbers import quarter_label, value_text
from monitor.charts.theme import check_language, finish, no_data_figure
from monitor.definitions.model import Indicator
from monitor.text import t, unit_text


def peer_dots(rows: pl.DataFrame, indicator: Indicator, organisation: str, name: str,
              period: str, peers_label: str, lang: str = "nl") -> go.Figure:
    """Dots of the peers' values in ``period`` (``rows``: ``code``, ``name``, ``value``), the
    organisation ``organisation`` as a large labelled diamond, the peers' median as a dotted
    line. ``peers_label``: the peers counted ('12 provincies')."""
    check_language(lang)
    title = indicator.title.get(lang)
    known = rows.filter(pl.col("value").is_not_null())
    own = known.filter(pl.col("code") == organisation)
    own_text = value_text(own["value"][0], indicator, lang) if own.height else t("chart.no_value", lang)
    if known.is_empty():
        return no_data_figure(title, kind="peers", lang=lang,
                              alt=t("chart.no_data", lang))
    median = float(known["value"].median())
    alt = t("explore.org.peer_alt", lang, title=title, period=quarter_label(period, lang),
            organisation=name, value=own_text, peers=peers_label,
            median=value_text(median, indicator, lang),
            low=value_text(known["value"].min(), indicator, lang),
            high=value_text(known["value"].max(), indicator, lang))
    others = known.filter(pl.col("code") != organisation).sort("value")
    # peers with the same value are stacked a little so each stays visible
    rank = others.with_columns(pl.int_range(pl.len()).over("value").alias("k"))
    fig = go.Figure(go.Scatter(
        x=rank["value"].to_list(), y=[0.15 * k for k in rank["k"].to_list()], mode="markers",
        marker={"color": p.GRIJS_6, "size": 9, "opacity": 0.7, "line": {"width": 0}},
        meta={"role": "peers"}, showlegend=False,
        hovertext=[f"{n}: {value_text(v, indicator, lang)}"
                   for n, v in zip(rank["name"], rank["value"], strict=True)],
        hovertemplate="%{hovertext}<extra></extra>"))
    if own.height:
        fig.add_trace(go.Scatter(
            x=[own["value"][0]], y=[-0.6], mode="markers+text", meta={"role": "value"},
            marker={"color": p.LINTBLAUW, "size": 16, "symbol": "diamond"},
            text=[f"<b>{name}</b> {own_text}"], textposition="bottom center",
            textfont={"color": p.TEXT, "size": 13}, cliponaxis=False, showlegend=False,
            hovertext=[f"{name}: {own_text}"], hovertemplate="%{hovertext}<extra></extra>"))
    fig.add_vline(x=median, line={"color": p.MUTED_TEXT, "dash": "dot", "width": 2},
                  annotation_text=t("explore.org.median", lang, value=value_text(median, indicator, lang)),
                  annotation_position="top", annotation_font={"color": p.MUTED_TEXT, "size": 12})
    top = max(1, int(rank["k"].max() or 0) if rank.height else 0)
    fig.update_yaxes(visible=False, range=[-1.6, 0.15 * top + 0.8])
    fig.update_xaxes(title_text=unit_text(indicator.unit, lang), rangemode="tozero")
    fig.update_layout(title={"text": title, "subtitle": {
        "text": t("chart.per_org", lang, period=quarter_label(period, lang))}}, height=300)
    return finish(fig, kind="peers", lang=lang, alt=alt)


def member_bars(rows: pl.DataFrame, indicator: Indicator, province: str, period: str,
                lang: str = "nl") -> go.Figure:
    """Horizontal bars of the value of each gemeente in ``province`` (``rows``: ``name``,
    ``value``), highest on top, each labelled with its formatted value."""
    check_language(lang)
    title = indicator.title.get(lang)
    known = rows.filter(pl.col("value").is_not_null()).sort("value", descending=True)
    if known.is_empty():
        return no_data_figure(title, kind="members", lang=lang, alt=t("chart.no_data", lang))
    alt = t("explore.org.members_alt", lang, title=title, province=province,
            period=quarter_label(period, lang), members=known.height,
            low=value_text(known["value"].min(), indicator, lang),
            high=value_text(known["value"].max(), indicator, lang))
    texts = [value_text(v, indicator, lang) for v in known["value"]]
    fig = go.Figure(go.Bar(
        x=known["value"].to_list(), y=known["name"].to_list(), orientation="h",
        marker={"color": p.HEMELBLAUW}, meta={"role": "value"}, text=texts,
        textposition="outside", textfont={"color": p.TEXT}, cliponaxis=False,
        hovertext=[f"{n}: {v}" for n, v in zip(known["name"], texts, strict=True)],
        hovertemplate="%{hovertext}<extra></extra>"))
    top = float(known["value"].max()) or 1.0
    fig.update_xaxes(title_text=unit_text(indicator.unit, lang), range=[0, top * 1.25])
    fig.update_yaxes(autorange="reversed", showgrid=False, automargin=True)
    fig.update_layout(title={"text": title, "subtitle": {"text": province}},
                      height=140 + 22 * known.height, showlegend=False, bargap=0.25)
    return finish(fig, kind="members", lang=lang, alt=alt)
