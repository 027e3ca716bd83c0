"""Timeline of an action's milestones: per milestone its planned day (open diamond) and realised
day (filled circle); a late milestone gets a dotted line from planned to realised (or to the
peildatum when still open) and its lateness in words beside it, so it reads without colour."""

from __future__ import annotations

from datetime import date, timedelta

import plotly.graph_objects as go
import polars as pl

from monitor.charts.heatmap import short_label
from monitor.charts.palette import GRIJS_6, LINTBLAUW, MUTED_TEXT, ORANJE, TEXT, VIOLET
from monitor.charts.theme import check_language, finish, no_data_figure
from monitor.milestones import late_text, planned_text, status_text
from monitor.text import day, t


def milestone_alt(frame: pl.DataFrame, action: str, as_of: date, lang: str) -> str:
    """One sentence: how many milestones, planned when, and how many are done, late, open."""
    if frame.height == 0:
        return t("milestones.alt.empty", lang)
    status = frame["status"]
    return t("milestones.alt", lang, total=t("milestones.count", lang, count=frame.height),
             action=action.upper(), first=day(frame["planned"].min(), lang),
             last=day(frame["planned"].max(), lang), day=day(as_of, lang),
             done=int((status == "gereed").sum()),
             late_done=int(((status == "gereed") & frame["late"]).sum()),
             overdue=int(frame["overdue"].sum()),
             open=int((~status.is_in(["gereed", "vervallen"]) & ~frame["overdue"]).sum()),
             cancelled=int((status == "vervallen").sum()))


def milestone_timeline(frame: pl.DataFrame, as_of: date, lang: str = "nl", titled: bool = False,
                       compact: bool = False) -> go.Figure:
    """The timeline of ``frame`` (``monitor.milestones.milestone_table`` for one action: columns
    ``action``, ``title``, ``planned``, ``planned_quarter``, ``status``, ``realised``, ``late``,
    ``overdue``, ``days_late``), as of ``as_of`` (a dotted vertical line). Rows in planned order;
    above each its title and the state and lateness in words. ``compact``: titles cut short (the table beside
    the chart gives them in full)."""
    check_language(lang)
    action = frame["action"][0] if frame.height else ""
    alt = milestone_alt(frame, action, as_of, lang)
    title = t("milestones.chart.title", lang) if titled else ""
    if frame.height == 0:
        return no_data_figure(title, kind="milestones", lang=lang, alt=alt)
    rows = frame.sort("planned").to_dicts()
    y = [short_label(r["title"], 48 if compact else 80) for r in rows]
    hover = [t("milestones.chart.hover", lang, title=r["title"], planned=planned_text(r, lang),
               realised=day(r["realised"], lang), status=status_text(r["status"], lang),
               late=late_text(r, lang)) for r in rows]
    fig = go.Figure()
    # late: a dotted line from the planned day to the realised day, or to the peildatum if open
    lx: list = []
    ly: list = []
    for r, label in zip(rows, y, strict=True):
        if r["late"]:
            lx += [r["planned"], r["realised"] if r["realised"] else as_of, None]
            ly += [label, label, None]
    if lx:
        fig.add_trace(go.Scatter(x=lx, y=ly, mode="lines", name=t("milestones.chart.late", lang),
                                 line={"color": ORANJE, "width": 3, "dash": "dot"}, hoverinfo="skip"))
    fig.add_trace(go.Scatter(
        x=[r["planned"] for r in rows], y=y, mode="markers", name=t("milestones.chart.planned", lang),
        marker={"symbol": "diamond-open", "size": 14, "color": VIOLET, "line": {"width": 2.5}},
        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>"))
    done = [(r, label) for r, label in zip(rows, y, strict=True) if r["realised"]]
    if done:
        fig.add_trace(go.Scatter(
            x=[r["realised"] for r, _ in done], y=[label for _, label in done], mode="markers",
            name=t("milestones.chart.realised", lang),
            marker={"symbol": "circle", "size": 11, "color": LINTBLAUW},
            hovertext=[hover[rows.index(r)] for r, _ in done],
            hovertemplate="%{hovertext}<extra></extra>"))
    # above each row, over the full width: the title, then the state and lateness in words
    for r, label in zip(rows, y, strict=True):
        words = status_text(r["status"], lang) + (f" · {late_text(r, lang)}" if r["late"] else "")
        fig.add_annotation(x=0, xref="paper", xanchor="left", y=label, yanchor="bottom", yshift=9,
                           showarrow=False, align="left", text=f"<b>{label}</b><br>{words}",
                           font={"color": TEXT, "size": 12})
    ends = [max(d for d in (r["planned"], r["realised"], as_of if r["overdue"] else None) if d)
            for r in rows]
    first = min(r["planned"] for r in rows)
    last = max([*ends, as_of])
    span = (last - first).days or 365
    years = range(first.year, last.year + 2)
    fig.add_shape(type="line", x0=as_of, x1=as_of, y0=0, y1=1, yref="paper",
                  line={"color": GRIJS_6, "width": 1.5, "dash": "dash"})
    fig.add_annotation(x=as_of, y=1, yref="paper", yanchor="bottom", showarrow=False,
                       text=t("milestones.chart.as_of", lang, day=day(as_of, lang)),
                       font={"color": MUTED_TEXT, "size": 12})
    fig.update_xaxes(type="date", range=[first - timedelta(days=span * 0.06),
                                         last + timedelta(days=span * 0.08)],
                     tickvals=[date(yr, 1, 1) for yr in years], ticktext=[str(yr) for yr in years],
                     showgrid=True)
    fig.update_yaxes(type="category", autorange="reversed", showgrid=False, showticklabels=False,
                     categoryorder="array", categoryarray=y, range=[len(rows) - 0.6, -1.1])
    fig.update_layout(title={"text": title}, height=130 + 78 * len(rows),
                      margin={"t": 60 if titled else 36, "r": 10, "l": 10},
                      legend={"y": -0.12 if len(rows) > 3 else -0.25})
    return finish(fig, kind="milestones", lang=lang, alt=alt)
