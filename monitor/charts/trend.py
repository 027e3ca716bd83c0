"""The trend chart of one indicator: values per quarter against baseline, targets, planned
trajectory and forecast, with the coverage per quarter in a small bar row underneath."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl
from plotly.subplots import make_subplots

from monitor.charts import palette as p
from monitor.charts.alt import alt_text
from monitor.charts.hover import hover_text
from monitor.charts.labels import Scale, place
from monitor.charts.memo import memo_figure
from monitor.charts.numbers import quarter_label, value_text
from monitor.charts.theme import check_language, finish, no_data_figure
from monitor.compute.trajectory import baseline_of, planned_value
from monitor.definitions.model import Indicator
from monitor.periods import Quarter, quarter_range
from monitor.text import coverage_text, t, unit_text
from monitor.text import format as fmt

MAX_TICKS = 12  # with more quarters only the first quarter of each year gets a tick label


def _one_group(rows: pl.DataFrame) -> pl.DataFrame:
    if rows["period"].n_unique() != rows.height:
        raise ValueError("indicator_trend needs one row per period (filter to one breakdown and group)")
    return rows.sort("period")  # 'YYYY-Qn' sorts as text


def _hover(row: dict, ind: Indicator, lang: str) -> str:
    return hover_text(f"{quarter_label(row['period'], lang)}: {value_text(row['value'], ind, lang)}",
                      row, lang)


def _value_trace(rows: pl.DataFrame, ind: Indicator, lang: str) -> go.Scatter:
    records = rows.to_dicts()
    with_value = [i for i, r in enumerate(records) if r["value"] is not None]
    text = [""] * len(records)
    text[with_value[-1]] = value_text(records[with_value[-1]]["value"], ind, lang)
    symbols = ["circle-open" if r.get("status") == "onvoldoende" else "circle" for r in records]
    return go.Scatter(
        x=[quarter_label(r["period"], lang) for r in records],
        y=[r["value"] for r in records],
        mode="lines+markers+text",
        name=t("chart.value", lang),
        meta={"role": "value"},
        line={"color": p.VALUE_LINE, "width": 3},
        marker={"color": p.VALUE_LINE, "size": 8, "symbol": symbols, "line": {"width": 2}},
        text=text,
        textposition="top center",
        textfont={"color": p.TEXT},
        hovertext=[_hover(r, ind, lang) for r in records],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _planned_trace(ind: Indicator, base: float | None, lang: str) -> go.Scatter | None:
    if base is None:  # a measured baseline without a usable value: no trajectory
        return None
    qs = quarter_range(ind.baseline.period, ind.final_target.period)
    ys = [planned_value(ind, q, base) for q in qs]
    labels = [q.label(lang) for q in qs]
    return go.Scatter(
        x=labels,
        y=ys,
        mode="lines",
        name=t("chart.planned", lang),
        meta={"role": "planned"},
        line={"color": p.PLANNED_LINE, "dash": "dot", "width": 2},
        hovertext=[
            f"{t('chart.planned', lang)} {q}: {value_text(y, ind, lang)}"
            for q, y in zip(labels, ys, strict=True)
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _baseline_trace(ind: Indicator, v: float | None, lang: str) -> go.Scatter | None:
    if v is None:
        return None
    q = quarter_label(ind.baseline.period, lang)
    return go.Scatter(
        x=[q],
        y=[v],
        mode="markers",
        name=t("chart.baseline", lang),
        meta={"role": "baseline"},
        marker={"symbol": "square", "size": 11, "color": p.BASELINE_MARKER},
        hovertext=[f"{t('chart.baseline', lang)} {q}: {value_text(v, ind, lang, trim=True)}"],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _target_trace(ind: Indicator, lang: str, rows: pl.DataFrame, axis: list[str],
                  base: float | None) -> go.Scatter:
    labels = [target.period.label(lang) for target in ind.targets]
    values = [target.value for target in ind.targets]
    text = [f"{value_text(v, ind, lang, trim=True)} ({q})" for q, v in zip(labels, values, strict=True)]
    # labels that would overlap each other or the last value's label go below their marker, or
    # are left out (marker, hover and table keep them): close targets stay legible
    where = {q: i for i, q in enumerate(axis)}
    known = [v for v in [*rows["value"].to_list(), *values, base,
                         *(rows["forecast"].to_list() if "forecast" in rows.columns else [])]
             if v is not None]
    scale = Scale(len(axis), max(known, default=1) * 1.05)
    last = rows.filter(pl.col("value").is_not_null()).row(-1, named=True)
    value_label = scale.box(where[quarter_label(last["period"], lang)], last["value"],
                            value_text(last["value"], ind, lang), "top center")
    positions = place([(where[q], v, s) for q, v, s in zip(labels, values, text, strict=True)],
                      scale, [value_label], ["center"] * (len(text) - 1) + ["left"])
    return go.Scatter(
        x=labels,
        y=values,
        mode="markers+text",
        name=t("chart.target", lang),
        meta={"role": "target"},
        marker={"symbol": "diamond", "size": 14, "color": p.TARGET_MARKER, "line": {"color": p.WIT}},
        text=[s if pos else "" for s, pos in zip(text, positions, strict=True)],
        textposition=[pos or "top center" for pos in positions],
        textfont={"color": p.TEXT},
        cliponaxis=False,
        hovertext=[f"{t('chart.target', lang)} {shown}" for shown in text],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _forecast_trace(rows: pl.DataFrame, ind: Indicator, lang: str) -> go.Scatter | None:
    last = rows.filter(pl.col("value").is_not_null()).row(-1, named=True)
    final = ind.final_target.period
    forecast = last.get("forecast")
    if forecast is None or Quarter.parse(last["period"]) >= final:
        return None
    q_final, q_last = final.label(lang), quarter_label(last["period"], lang)
    return go.Scatter(
        x=[q_last, q_final],
        y=[last["value"], forecast],
        mode="lines+markers",
        name=t("chart.forecast", lang),
        meta={"role": "forecast"},
        line={"color": p.FORECAST_LINE, "dash": "dash", "width": 2},
        marker={"size": [0, 10], "symbol": "circle-open", "color": p.FORECAST_LINE, "line": {"width": 2}},
        hovertext=[
            f"{t('chart.value', lang)} {q_last}: {value_text(last['value'], ind, lang)}",
            f"{t('chart.forecast', lang)} {q_final}: {value_text(forecast, ind, lang)}",
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _coverage_trace(rows: pl.DataFrame, lang: str) -> go.Bar:
    records = [r for r in rows.to_dicts() if r.get("expected")]
    shares = [100 * (r.get("reported") or 0) / r["expected"] for r in records]
    return go.Bar(
        x=[quarter_label(r["period"], lang) for r in records],
        y=shares,
        name=t("chart.coverage", lang),
        meta={"role": "coverage"},
        showlegend=False,
        marker={"color": p.COVERAGE_BAR},
        text=[fmt.percent(s, 0, lang) for s in shares],
        textposition="outside",
        textfont={"size": 10, "color": p.TEXT},
        cliponaxis=False,
        hovertext=[
            f"{quarter_label(r['period'], lang)} — "
            + t("chart.coverage_hover", lang, text=coverage_text(r.get("reported"), r["expected"], lang))
            for r in records
        ],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _axis_quarters(rows: pl.DataFrame, ind: Indicator) -> list[Quarter]:
    data = [Quarter.parse(s) for s in rows["period"].to_list()]
    first = min([ind.baseline.period, *data])
    last = max([ind.final_target.period, *data])
    return quarter_range(first, last)


@memo_figure
def indicator_trend(
    national_rows: pl.DataFrame, indicator: Indicator, lang: str = "nl", *, show_coverage: bool = True
) -> go.Figure:
    """Line chart of one group's value per quarter (normally the national rows of one indicator).

    ``national_rows``: results-frame rows of one indicator and one group, one row per ``period``;
    uses ``period``, ``value``, and when present ``reported``, ``expected``, ``forecast``, ``status``.
    Shows the value (solid, markers; open marker = insufficient data), baseline (square), targets
    (diamonds labelled with value and quarter), planned trajectory (dotted), forecast (dashed, from
    the last value to the final target quarter) and, with ``show_coverage``, the coverage per quarter
    as labelled bars underneath. Without any value: an empty figure with 'Nog geen gegevens'.
    """
    check_language(lang)
    rows = _one_group(national_rows)
    title = indicator.title.get(lang)
    alt = alt_text("trend", indicator, rows, lang)
    if rows.filter(pl.col("value").is_not_null()).height == 0:
        return no_data_figure(title, kind="trend", lang=lang, alt=alt)
    coverage = show_coverage and "expected" in rows.columns
    fig = make_subplots(
        rows=2 if coverage else 1,
        cols=1,
        shared_xaxes=True,
        row_heights=[0.8, 0.2] if coverage else None,
        vertical_spacing=0.05,
    )
    base = baseline_of(indicator, rows)  # typed, or measured by the engine
    quarters = _axis_quarters(rows, indicator)
    labels = [q.label(lang) for q in quarters]
    traces = [
        _planned_trace(indicator, base, lang),
        _forecast_trace(rows, indicator, lang),
        _value_trace(rows, indicator, lang),
        _baseline_trace(indicator, base, lang),
        _target_trace(indicator, lang, rows, labels, base),
    ]
    for trace in traces:
        if trace is not None:
            fig.add_trace(trace, row=1, col=1)
    ticks = labels if len(labels) <= MAX_TICKS else [q.label(lang) for q in quarters if q.q == 1]
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=labels, tickvals=ticks)
    fig.update_yaxes(title_text=unit_text(indicator.unit, lang), rangemode="tozero", row=1, col=1)
    if coverage:
        fig.add_trace(_coverage_trace(rows, lang), row=2, col=1)
        fig.update_yaxes(
            title_text=t("chart.coverage_axis", lang), range=[0, 140], showgrid=False, showticklabels=False,
            row=2, col=1,
        )
    fig.update_layout(title={"text": title}, height=520, hovermode="closest")
    return finish(fig, kind="trend", lang=lang, alt=alt)
