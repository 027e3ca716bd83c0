"""Status overview: actions (rows) × quarters (columns), each cell coloured by status and showing
the status icon, so it reads without colour."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from monitor.charts.alt import alt_text
from monitor.charts.memo import memo_figure
from monitor.charts.numbers import quarter_label
from monitor.charts.palette import ZWART
from monitor.charts.status import STATUS_STYLES
from monitor.charts.theme import check_language, finish, no_data_figure
from monitor.text import t

_ORDER = list(STATUS_STYLES)


def _colorscale() -> list[list]:
    """Stepped scale: status i fills [i/n, (i+1)/n] with z = i on zmin -0.5 .. zmax n - 0.5."""
    n = len(_ORDER)
    scale = []
    for i, s in enumerate(_ORDER):
        scale += [[i / n, STATUS_STYLES[s].fill], [(i + 1) / n, STATUS_STYLES[s].fill]]
    return scale


@memo_figure
def status_heatmap(frame: pl.DataFrame, lang: str = "nl") -> go.Figure:
    """Heatmap of status per action (rows, sorted by ``action``) and quarter (columns).

    ``frame`` (``monitor.compute.action_status.heatmap_frame``): columns ``action``,
    ``action_label``, ``period`` ('YYYY-Qn'), ``status`` (one of ``compute.frame.STATUSES`` or
    null); at most one row per action and period. Cell text is the status icon (✔ ● ▲ ✖ ?), the
    colour bar lists icon + label, hover gives action, quarter and status.
    """
    check_language(lang)
    if frame.select("action", "period").is_duplicated().any():
        raise ValueError("status_heatmap needs at most one row per action and period")
    alt = alt_text("status_heatmap", None, frame, lang)
    if frame.height == 0:
        return no_data_figure(t("chart.status_title", lang), kind="status_heatmap", lang=lang, alt=alt)
    actions = frame.group_by("action", maintain_order=True).agg(pl.col("action_label").first()).sort("action")
    periods = sorted(frame["period"].unique().to_list())
    cells = {(r["action"], r["period"]): r["status"] for r in frame.iter_rows(named=True)}
    z, text, hover = [], [], []
    for action, label in actions.iter_rows():
        row_z, row_text, row_hover = [], [], []
        for period in periods:
            style = STATUS_STYLES.get(cells.get((action, period)) or "")
            row_z.append(_ORDER.index(style.status) if style else None)
            row_text.append(style.icon if style else "")
            badge = style.badge(lang) if style else "–"
            row_hover.append(f"{label} — {quarter_label(period, lang)}: {badge}")
        z.append(row_z)
        text.append(row_text)
        hover.append(row_hover)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[quarter_label(q, lang) for q in periods],
            y=actions["action_label"].to_list(),
            text=text,
            texttemplate="%{text}",
            textfont={"color": ZWART, "size": 16},
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            colorscale=_colorscale(),
            zmin=-0.5,
            zmax=len(_ORDER) - 0.5,
            xgap=3,
            ygap=3,
            colorbar={
                "tickvals": list(range(len(_ORDER))),
                "ticktext": [STATUS_STYLES[s].badge(lang) for s in _ORDER],
                "title": {"text": t("chart.status", lang)},
                "outlinewidth": 0,
                "thickness": 14,
            },
        )
    )
    fig.update_xaxes(type="category", showgrid=False, showline=False, title_text=t("chart.quarter", lang))
    fig.update_yaxes(type="category", autorange="reversed", showgrid=False, showline=False)
    fig.update_layout(title={"text": t("chart.status_title", lang)}, height=160 + 36 * actions.height)
    return finish(fig, kind="status_heatmap", lang=lang, alt=alt)
