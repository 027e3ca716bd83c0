"""Sparkline: a tiny line without axes, for tables and cards."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go
import polars as pl

from monitor.charts.alt import alt_text
from monitor.charts.numbers import quarter_label, value_text
from monitor.charts.palette import VALUE_LINE
from monitor.charts.theme import check_language, finish
from monitor.definitions.model import Indicator


def sparkline(
    values: Sequence[float | None] | pl.Series,
    lang: str = "nl",
    *,
    periods: Sequence[str] | None = None,
    indicator: Indicator | None = None,
    width: int = 160,
    height: int = 40,
) -> go.Figure:
    """A small line of ``values`` (None = gap) with a dot on the last value; no axes, no legend.

    ``periods`` ('YYYY-Qn', same length) become the hover labels; ``indicator`` sets the number
    format (precision, unit) of hover and alt text.
    """
    check_language(lang)
    ys = list(values)
    if periods is not None and len(periods) != len(ys):
        raise ValueError("periods and values must have the same length")
    labels = [quarter_label(q, lang) for q in periods] if periods is not None else list(range(1, len(ys) + 1))
    frame = pl.DataFrame(
        {"period": list(periods) if periods is not None else [None] * len(ys), "value": ys},
        schema={"period": pl.String, "value": pl.Float64},
    )
    alt = alt_text("sparkline", indicator, frame, lang)
    last = max((i for i, v in enumerate(ys) if v is not None), default=None)
    fig = go.Figure(
        go.Scatter(
            x=labels,
            y=ys,
            mode="lines+markers",
            line={"color": VALUE_LINE, "width": 2},
            marker={"size": [6 if i == last else 0 for i in range(len(ys))], "color": VALUE_LINE},
            hovertext=[f"{x}: {value_text(v, indicator, lang)}" for x, v in zip(labels, ys, strict=True)],
            hovertemplate="%{hovertext}<extra></extra>",
            meta={"role": "value"},
        )
    )
    fig.update_xaxes(visible=False, showgrid=False)
    fig.update_yaxes(visible=False, showgrid=False)
    fig.update_layout(
        width=width, height=height, margin={"l": 2, "r": 6, "t": 4, "b": 4}, showlegend=False,
        paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)",
    )
    return finish(fig, kind="sparkline", lang=lang, alt=alt)
