"""Status overview: actions (rows) × quarters (columns), each cell coloured by status and showing
the status icon, so it reads without colour."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from monitor.charts.alt import alt_text
from monitor.charts.memo import memo_figure
from monitor.charts.numbers import quarter_label, short_quarter
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


def short_label(label: str, most: int = 22) -> str:
    """An action label cut to ``most`` characters with an ellipsis ('A09 Datagedreven werk…')."""
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


@memo_figure
def status_heatmap(frame: pl.DataFrame, lang: str = "nl", titled: bool = True,
                   compact: bool = False) -> go.Figure:
    """Heatmap of status per action (rows, sorted by ``action``) and quarter (columns).

    ``frame`` (``monitor.compute.action_status.heatmap_frame``): columns ``action``,
    ``action_label``, ``period`` ('YYYY-Qn'), ``status`` (one of ``compute.frame.STATUSES`` or
    null); at most one row per action and period. Cell text is the status icon (✔ ● ▲ ✖ ?) in the
    status's text colour on its fill (one trace per text colour), the colour bar lists icon +
    label, hover gives action, quarter and status. ``titled`` False: no title (a page that heads
    the chart itself); ``compact``: for a narrow screen, short quarter labels ("K3 '26"), action
    labels cut short (the hover and the table beside it give them in full) and the colour bar
    below the chart.
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
    styles = [[STATUS_STYLES.get(cells.get((a, p)) or "") for p in periods] for a in actions["action"]]
    labels = actions["action_label"].to_list()
    hover = [[f"{label} — {quarter_label(p, lang)}: {s.badge(lang) if s else '–'}"
              for p, s in zip(periods, row, strict=True)] for label, row in zip(labels, styles, strict=True)]
    x = [short_quarter(q, lang) if compact else quarter_label(q, lang) for q in periods]
    y = [short_label(label) for label in labels] if compact else labels
    colorbar = {
        "tickvals": list(range(len(_ORDER))),
        "ticktext": [STATUS_STYLES[s].badge(lang) for s in _ORDER],
        "title": {"text": t("chart.status", lang)},
        "outlinewidth": 0,
        "thickness": 14,
    }
    if compact:
        colorbar |= {"orientation": "h", "y": -0.12, "yanchor": "top", "x": 0, "xanchor": "left",
                     "title": {"text": ""}, "thickness": 12, "len": 1}
    fig = go.Figure()
    # one trace per text colour: the icon sits in its status's fill_text on the status's fill
    for n, ink in enumerate(dict.fromkeys(STATUS_STYLES[s].fill_text for s in _ORDER)):
        def mine(style, ink=ink):
            return style is not None and style.fill_text == ink
        fig.add_trace(go.Heatmap(
            z=[[_ORDER.index(s.status) if mine(s) else None for s in row] for row in styles],
            x=x, y=y,
            text=[[s.icon if mine(s) else "" for s in row] for row in styles],
            texttemplate="%{text}",
            textfont={"color": ink, "size": 16},
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            hoverongaps=n == 0,
            colorscale=_colorscale(),
            zmin=-0.5,
            zmax=len(_ORDER) - 0.5,
            xgap=3,
            ygap=3,
            showscale=n == 0,
            colorbar=colorbar if n == 0 else None,
        ))
    fig.update_xaxes(type="category", showgrid=False, showline=False,
                     title_text="" if compact else t("chart.quarter", lang))
    fig.update_yaxes(type="category", autorange="reversed", showgrid=False, showline=False)
    fig.update_layout(title={"text": t("chart.status_title", lang) if titled else ""},
                      height=(120 if titled else 80) + (60 if compact else 0) + 36 * actions.height)
    if not titled:
        fig.update_layout(margin={"t": 10})
    return finish(fig, kind="status_heatmap", lang=lang, alt=alt)
