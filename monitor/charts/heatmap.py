"""Status overview: actions (rows) × quarters (columns), each cell coloured by status and showing
the status icon, so it reads without colour; a horizontal legend names every status shown, with
its icon and in words."""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go
import polars as pl

from monitor.charts.alt import alt_text
from monitor.charts.memo import memo_figure
from monitor.charts.numbers import quarter_label, short_quarter
from monitor.charts.palette import GRIJS_6
from monitor.charts.status import STATUS_STYLES, StatusStyle
from monitor.charts.theme import check_language, finish, no_data_figure
from monitor.periods import Quarter
from monitor.text import t

_ORDER = list(STATUS_STYLES)
LETTER_LABEL = 24  # characters per line of an action's label in the letter chart (two lines)
ROW_PX = {"page": 36, "letter": 34}  # height of one action's row


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


def letter_label(label: str, width: int = LETTER_LABEL) -> str:
    """An action label ('A09 Datagedreven werken aan maatschappelijke opgaven') on at most two
    lines of ``width`` characters, the code first, cut with an ellipsis when longer; as Plotly
    text (escaped, lines joined with <br>)."""
    code, _, title = label.partition(" ")
    # the code stays with the first word, and words are not broken ('A03 Dataverantwoordelijkheid')
    lines = textwrap.wrap(f"{code}\xa0{title}" if title else code, width, break_long_words=False,
                          break_on_hyphens=False)
    if len(lines) > 2:
        lines = [lines[0], lines[1][: width - 2].rstrip() + " …"]
    return "<br>".join(html.escape(line.replace("\xa0", " "), quote=False) for line in lines)


def _legend(fig: go.Figure, shown: list[str], lang: str) -> None:
    """One legend entry per status in ``shown`` (a square of its fill, its icon and its word),
    as empty marker traces: the legend Plotly lays out horizontally and wraps."""
    for status in shown:
        style = STATUS_STYLES[status]
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=style.badge(lang), showlegend=True,
            marker={"symbol": "square", "size": 14, "color": style.fill,
                    "line": {"color": GRIJS_6, "width": 1}},
            hoverinfo="skip", meta={"role": "legend", "status": status},
        ))


def _cells(fig: go.Figure, x: list[str], y: list[str], styles: list[list[StatusStyle | None]],
           hover: list[list[str]], font: int) -> None:
    """The heatmap traces: one per text colour, the icon in its status's ``fill_text`` on the
    status's fill."""
    for n, ink in enumerate(dict.fromkeys(STATUS_STYLES[s].fill_text for s in _ORDER)):
        def mine(style, ink=ink):
            return style is not None and style.fill_text == ink
        fig.add_trace(go.Heatmap(
            z=[[_ORDER.index(s.status) if mine(s) else None for s in row] for row in styles],
            x=x, y=y,
            text=[[s.icon if mine(s) else "" for s in row] for row in styles],
            texttemplate="%{text}",
            textfont={"color": ink, "size": font},
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            hoverongaps=n == 0,
            colorscale=_colorscale(),
            zmin=-0.5,
            zmax=len(_ORDER) - 0.5,
            xgap=2 if font < 16 else 3,
            ygap=2 if font < 16 else 3,
            showscale=False,
            showlegend=False,
        ))


def _year_ticks(periods: list[str], x: list[str], lang: str) -> tuple[list[str], list[str]] | None:
    """For many quarters: ticks at the first quarter of each year ('K1 2023'), flat; None when
    every quarter can have its own label."""
    if len(periods) <= 8:
        return None
    firsts = [i for i, p in enumerate(periods) if Quarter.parse(p).q == 1] or [0]
    return [x[i] for i in firsts], [quarter_label(periods[i], lang) for i in firsts]


@memo_figure
def status_heatmap(frame: pl.DataFrame, lang: str = "nl", titled: bool = True,
                   compact: bool = False, letter: bool = False) -> go.Figure:
    """Heatmap of status per action (rows, sorted by ``action``) and quarter (columns).

    ``frame`` (``monitor.compute.action_status.heatmap_frame``): columns ``action``,
    ``action_label``, ``period`` ('YYYY-Qn'), ``status`` (one of ``compute.frame.STATUSES`` or
    null); at most one row per action and period. Cell text is the status icon (✔ ● ▲ ✖ ?) in the
    status's text colour on its fill (one trace per text colour); a horizontal legend above the
    plot names every status that occurs (icon and word beside its colour); hover gives action,
    quarter and status. ``titled`` False: no title (a page that heads the chart itself);
    ``compact``: for a narrow screen, short quarter labels ("K3 '26") and action labels cut short
    (the hover and the table beside it give them in full); ``letter``: for the letter PNG
    (``monitor.exports.letter`` places title and legend): action labels with their code on two
    lines at most, smaller icons and, for more than eight quarters, a flat label per year.
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
    y = ([short_label(label) for label in labels] if compact
         else [letter_label(label) for label in labels] if letter else labels)
    fig = go.Figure()
    _cells(fig, x, y, styles, hover, 12 if letter else 16)
    shown = [s for s in _ORDER if s in set(frame["status"].drop_nulls().to_list())]
    _legend(fig, shown, lang)
    fig.update_xaxes(type="category", showgrid=False, showline=False, zeroline=False,
                     title_text="" if compact else t("chart.quarter", lang))
    fig.update_yaxes(type="category", autorange="reversed", showgrid=False, showline=False,
                     zeroline=False)
    ticks = _year_ticks(periods, x, lang) if letter else None
    if ticks:
        fig.update_xaxes(tickvals=ticks[0], ticktext=ticks[1], tickangle=0)
    if letter:
        fig.update_yaxes(tickfont={"size": 12})
    # the legend above the plot, from its left edge
    fig.update_layout(
        showlegend=True,
        legend={"orientation": "h", "x": 0, "xanchor": "left", "xref": "paper",
                "y": 1, "yanchor": "bottom", "yref": "paper", "traceorder": "normal",
                "font": {"size": 13}, "itemclick": False, "itemdoubleclick": False},
        title={"text": t("chart.status_title", lang) if titled else ""},
        height=(150 if titled else 110) + (40 if compact else 0)
        + ROW_PX["letter" if letter else "page"] * actions.height,
    )
    if not titled:
        fig.update_layout(margin={"t": 10})
    return finish(fig, kind="status_heatmap", lang=lang, alt=alt)
