"""Alt text: one sentence, Dutch or English, describing what a chart shows (numbers formatted for
the language). Builders store it in ``fig.layout.meta["alt"]``; exports and pages reuse it."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from monitor.charts.numbers import quarter_label, value_text
from monitor.charts.status import STATUS_STYLES
from monitor.definitions.model import Indicator
from monitor.periods import Quarter

KINDS = ("trend", "by_type", "distribution", "choropleth", "status_heatmap", "sparkline")


def _title(ind: Indicator | None, lang: str) -> str:
    return f"‘{ind.title.get(lang)}’" if ind else ""


def _target(ind: Indicator, lang: str, final: bool = False) -> str:
    t = ind.final_target
    word = ("final target" if final else "target") if lang == "en" else ("einddoel" if final else "doel")
    return f"{word} {value_text(t.value, ind, lang, trim=True)} in {quarter_label(t.period, lang)}"


def _values(rows: pl.DataFrame) -> pl.DataFrame:
    out = rows.filter(pl.col("value").is_not_null())
    return out.sort("period") if "period" in out.columns else out


def _trend(ind: Indicator, rows: pl.DataFrame, lang: str) -> str:
    pts = _values(rows)
    head = f"Line chart of {_title(ind, lang)}" if lang == "en" else f"Lijngrafiek van {_title(ind, lang)}"
    tail = _target(ind, lang)
    if pts.height == 0:
        body = ": no data yet" if lang == "en" else ": nog geen gegevens"
    elif pts.height == 1:
        q, v = quarter_label(pts["period"][0], lang), value_text(pts["value"][0], ind, lang)
        body = f" with one measurement in {q}: {v}" if lang == "en" else f" met één meting in {q}: {v}"
    else:
        q0, q1 = (quarter_label(pts["period"][i], lang) for i in (0, -1))
        v0, v1 = (value_text(pts["value"][i], ind, lang) for i in (0, -1))
        if lang == "en":
            body = f" from {q0} to {q1}: from {v0} to {v1}"
        else:
            body = f" van {q0} tot {q1}: van {v0} naar {v1}"
    forecast = pts["forecast"][-1] if pts.height and "forecast" in pts.columns else None
    if forecast is not None:
        tail += f", {'forecast' if lang == 'en' else 'prognose'} {value_text(forecast, ind, lang)}"
    return f"{head}{body}; {tail}."


def _by_type(ind: Indicator, rows: pl.DataFrame, lang: str, period: str, labels: Mapping[str, str]) -> str:
    pts = _values(rows).sort("value")
    q = quarter_label(period, lang)
    head = (
        f"Bar chart of {_title(ind, lang)} by organisation type in {q}"
        if lang == "en"
        else f"Staafdiagram van {_title(ind, lang)} per organisatietype in {q}"
    )
    if pts.height == 0:
        body = ": no data yet" if lang == "en" else ": nog geen gegevens"
    else:
        lo, hi = (f"{value_text(pts['value'][i], ind, lang)} ({labels.get(pts['group'][i], pts['group'][i])})"
                  for i in (0, -1))
        if pts.height == 1:
            body = f": {hi}"
        else:
            body = f": from {lo} to {hi}" if lang == "en" else f": van {lo} tot {hi}"
    return f"{head}{body}; {_target(ind, lang, final=True)}."


def _spread(ind: Indicator | None, pts: pl.DataFrame, lang: str) -> str:
    lo, hi = (value_text(pts["value"].min(), ind, lang), value_text(pts["value"].max(), ind, lang))
    return f"from {lo} to {hi}" if lang == "en" else f"van {lo} tot {hi}"


def _distribution(ind: Indicator, rows: pl.DataFrame, lang: str, period: str) -> str:
    pts = _values(rows)
    q, n = quarter_label(period, lang), pts.height
    orgs = ("organisation" if n == 1 else "organisations") if lang == "en" else (
        "organisatie" if n == 1 else "organisaties")
    if lang == "en":
        head = f"Histogram of {_title(ind, lang)} over {n} {orgs} in {q}"
    else:
        head = f"Histogram van {_title(ind, lang)} over {n} {orgs} in {q}"
    if n == 0:
        return f"{head}: {'no data yet' if lang == 'en' else 'nog geen gegevens'}."
    med = value_text(pts["value"].median(), ind, lang)
    word = "median" if lang == "en" else "mediaan"
    return f"{head}: {word} {med}, {_spread(ind, pts, lang)}."


def _choropleth(ind: Indicator, rows: pl.DataFrame, lang: str, period: str) -> str:
    pts = _values(rows)
    q, n, total = quarter_label(period, lang), pts.height, rows.height
    if lang == "en":
        head = f"Map of {_title(ind, lang)} by organisation in {q}: {n} of {total} areas with a value"
    else:
        head = (f"Kaart van {_title(ind, lang)} per organisatie in {q}: "
                f"{n} van {total} gebieden met een waarde")
    return f"{head}, {_spread(ind, pts, lang)}." if n else f"{head}."


def _status_heatmap(rows: pl.DataFrame, lang: str) -> str:
    n = rows["action"].n_unique()
    if rows.height == 0:
        return "Status overview: no data yet." if lang == "en" else "Statusoverzicht: nog geen gegevens."
    periods = sorted(rows["period"].unique().to_list(), key=Quarter.parse)
    q0, q1 = quarter_label(periods[0], lang), quarter_label(periods[-1], lang)
    last = rows.filter(pl.col("period") == periods[-1])
    counts = [
        f"{k} {style.label(lang)}"
        for s, style in STATUS_STYLES.items()
        if (k := last.filter(pl.col("status") == s).height)
    ]
    if none := last.filter(pl.col("status").is_null()).height:
        counts.append(f"{none} {'without status' if lang == 'en' else 'zonder status'}")
    if lang == "en":
        head = f"Status overview of {n} action{'s' if n != 1 else ''} from {q0} to {q1}"
        return f"{head}; in {q1}: {', '.join(counts) or 'no status'}."
    head = f"Statusoverzicht van {n} actie{'s' if n != 1 else ''} van {q0} tot {q1}"
    return f"{head}; in {q1}: {', '.join(counts) or 'geen status'}."


def _sparkline(ind: Indicator | None, rows: pl.DataFrame, lang: str) -> str:
    pts = rows.filter(pl.col("value").is_not_null())
    word = "Sparkline" if lang == "en" else "Minigrafiek"
    if pts.height == 0:
        return f"{word}: {'no data yet' if lang == 'en' else 'nog geen gegevens'}."
    v0, v1 = (value_text(pts["value"][i], ind, lang) for i in (0, -1))
    if "period" in pts.columns and pts["period"][0] is not None:
        q0, q1 = (quarter_label(pts["period"][i], lang) for i in (0, -1))
        span = f" from {q0} to {q1}" if lang == "en" else f" van {q0} tot {q1}"
    else:
        span = ""
    return f"{word}{span}: {'from' if lang == 'en' else 'van'} {v0} {'to' if lang == 'en' else 'naar'} {v1}."


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
