"""Alt text: one sentence, Dutch or English, describing what a chart shows (numbers formatted for
the language; the sentences are in ``monitor.text.catalogue.charts``). Builders store it in
``fig.layout.meta["alt"]``; exports and pages reuse it."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from monitor.charts.numbers import quarter_label, value_text
from monitor.charts.status import STATUS_STYLES
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.text import t

KINDS = ("trend", "by_type", "distribution", "choropleth", "status_heatmap", "sparkline")


def _title(ind: Indicator | None, lang: str) -> str:
    return f"‘{ind.title.get(lang)}’" if ind else ""


def _target(ind: Indicator, lang: str, final: bool = False) -> str:
    target = ind.final_target
    return t("chart.alt.final_target" if final else "chart.alt.target", lang,
             value=value_text(target.value, ind, lang, trim=True), q=quarter_label(target.period, lang))


def _values(rows: pl.DataFrame) -> pl.DataFrame:
    out = rows.filter(pl.col("value").is_not_null())
    return out.sort("period") if "period" in out.columns else out


def _trend(ind: Indicator, rows: pl.DataFrame, lang: str) -> str:
    pts = _values(rows)
    forecast = pts["forecast"][-1] if pts.height and "forecast" in pts.columns else None
    common = {"title": _title(ind, lang), "target": _target(ind, lang),
              "forecast": "" if forecast is None else t("chart.alt.forecast", lang,
                                                        value=value_text(forecast, ind, lang))}
    if pts.height == 0:
        return t("chart.alt.trend.empty", lang, **common)
    if pts.height == 1:
        return t("chart.alt.trend.single", lang, q=quarter_label(pts["period"][0], lang),
                 v=value_text(pts["value"][0], ind, lang), **common)
    q0, q1 = (quarter_label(pts["period"][i], lang) for i in (0, -1))
    v0, v1 = (value_text(pts["value"][i], ind, lang) for i in (0, -1))
    return t("chart.alt.trend.span", lang, q0=q0, q1=q1, v0=v0, v1=v1, **common)


def _by_type(ind: Indicator, rows: pl.DataFrame, lang: str, period: str, labels: Mapping[str, str]) -> str:
    pts = _values(rows).sort("value")
    common = {"title": _title(ind, lang), "q": quarter_label(period, lang),
              "target": _target(ind, lang, final=True)}
    if pts.height == 0:
        return t("chart.alt.by_type.empty", lang, **common)
    lo, hi = (f"{value_text(pts['value'][i], ind, lang)} ({labels.get(pts['group'][i], pts['group'][i])})"
              for i in (0, -1))
    if pts.height == 1:
        return t("chart.alt.by_type.single", lang, hi=hi, **common)
    return t("chart.alt.by_type.span", lang, lo=lo, hi=hi, **common)


def _spread(ind: Indicator | None, pts: pl.DataFrame, lang: str) -> str:
    return t("chart.alt.spread", lang, lo=value_text(pts["value"].min(), ind, lang),
             hi=value_text(pts["value"].max(), ind, lang))


def _distribution(ind: Indicator, rows: pl.DataFrame, lang: str, period: str) -> str:
    pts = _values(rows)
    common = {"title": _title(ind, lang), "q": quarter_label(period, lang)}
    if pts.height == 0:
        return t("chart.alt.distribution.empty", lang, **common)
    return t("chart.alt.distribution", lang, count=pts.height,
             median=value_text(pts["value"].median(), ind, lang), spread=_spread(ind, pts, lang),
             **common)


def _choropleth(ind: Indicator, rows: pl.DataFrame, lang: str, period: str) -> str:
    pts = _values(rows)
    spread = f", {_spread(ind, pts, lang)}" if pts.height else ""
    return t("chart.alt.map", lang, title=_title(ind, lang), q=quarter_label(period, lang),
             n=pts.height, count=rows.height, spread=spread)


def _status_heatmap(rows: pl.DataFrame, lang: str) -> str:
    if rows.height == 0:
        return t("chart.alt.heatmap.empty", lang)
    periods = sorted(rows["period"].unique().to_list(), key=Quarter.parse)
    q0, q1 = quarter_label(periods[0], lang), quarter_label(periods[-1], lang)
    last = rows.filter(pl.col("period") == periods[-1])
    counts = [
        f"{k} {style.label(lang)}"
        for s, style in STATUS_STYLES.items()
        if (k := last.filter(pl.col("status") == s).height)
    ]
    if none := last.filter(pl.col("status").is_null()).height:
        counts.append(t("chart.alt.without_status", lang, n=none))
    return t("chart.alt.heatmap", lang, count=rows["action"].n_unique(), q0=q0, q1=q1,
             counts=", ".join(counts) or t("chart.alt.no_status", lang))


def _sparkline(ind: Indicator | None, rows: pl.DataFrame, lang: str) -> str:
    pts = rows.filter(pl.col("value").is_not_null())
    if pts.height == 0:
        return t("chart.alt.sparkline.empty", lang)
    v0, v1 = (value_text(pts["value"][i], ind, lang) for i in (0, -1))
    if "period" in pts.columns and pts["period"][0] is not None:
        q0, q1 = (quarter_label(pts["period"][i], lang) for i in (0, -1))
        return t("chart.alt.sparkline.span", lang, q0=q0, q1=q1, v0=v0, v1=v1)
    return t("chart.alt.sparkline.values", lang, v0=v0, v1=v1)


def alt_text(
    fig_kind: str,
    indicator: Indicator | None,
    rows: pl.DataFrame,
    lang: str = "nl",
    *,
    period: str | Quarter | None = None,
    type_labels: Mapping[str, str] | None = None,
) -> str:
    """One sentence describing a chart of ``fig_kind`` (one of ``KINDS``) for ``rows``.

    ``rows``: the rows the chart shows (columns ``period``, ``value``; ``group`` for by_type;
    ``forecast`` used for trend; ``action``, ``period``, ``status`` for status_heatmap).
    ``period``: the quarter of a one-quarter chart (default: the latest in ``rows``).
    ``indicator`` may be None for status_heatmap and sparkline.
    """
    if fig_kind == "status_heatmap":
        return _status_heatmap(rows, lang)
    if fig_kind == "sparkline":
        return _sparkline(indicator, rows, lang)
    if fig_kind not in KINDS or indicator is None:
        raise ValueError(f"unknown chart kind {fig_kind!r} or missing indicator")
    if fig_kind == "trend":
        return _trend(indicator, rows, lang)
    if period is None:
        periods = rows["period"].to_list()
        period = max(periods, key=Quarter.parse) if periods else indicator.final_target.period
    period = str(Quarter.parse(period))
    if fig_kind == "by_type":
        return _by_type(indicator, rows, lang, period, type_labels or {})
    if fig_kind == "distribution":
        return _distribution(indicator, rows, lang, period)
    return _choropleth(indicator, rows, lang, period)
