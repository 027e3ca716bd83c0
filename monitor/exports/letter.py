"""The chart as it goes into a letter to parliament: a new figure with the title, the unit, the
legend, the source line with the peildatum, the coverage footnote and, for live data, a clear
VOORLOPIG / PROVISIONAL marker, laid out at the print width (``page.LAYOUT_WIDTH_PX``).

Two layouts (:class:`Layout`): ``LETTER``, the current one (the title and subtitle kept off the
left edge, an optional one-line message under the title, the source line close under a
horizontal axis, coverage labels legible: larger and only under the labelled quarters), and
``EDITION_1``, the layout a rules-version-1 snapshot's charts were made with: kept as it was, so
the report of such a snapshot, which embeds them, stays byte-identical.

Layout: the vertical margins are fixed (a band on top for title, subtitle, marker and legend; a
band below for the axis labels and the footnotes), so everything burned in can be placed exactly.
Axes keep Plotly's automatic margins left and right only.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from monitor.charts import palette as p
from monitor.charts.theme import SEPARATORS
from monitor.exports.errors import ExportError
from monitor.exports.page import CSS_DPI, DEFAULT_HEIGHT_PX, LAYOUT_WIDTH_PX, MAX_HEIGHT_MM, MM_PER_INCH
from monitor.publication.context import ExportContext

# Vertical bands, in CSS px.
TOP_PAD = 10
TITLE_FONT, TITLE_LINE = 18, 24
SUBTITLE_FONT, SUBTITLE_LINE = 13, 18
LEGEND_FONT, LEGEND_ROW = 12, 22
FOOT_FONT, FOOT_LINE = 12, 16
GAP = 10
AXIS_BAND = 56  # x tick labels (possibly rotated) under the plot
AXIS_TITLE_BAND = 24  # an x-axis title under the tick labels
MIN_PLOT = 160
TOP_LABEL_BAND = 20  # room for the chart's own labels above the plot (e.g. 'Einddoel 80%')
TEMPLATE_MARGIN = {"t": 80, "b": 60}  # the house template's vertical margins
CHAR_WIDTH = 0.55  # average glyph width as a share of the font size (sans-serif)
FOOT_INDENT_ALLOWANCE = 150  # px: the plot may start this far right (long category labels)


@dataclass(frozen=True)
class Layout:
    """What differs between the layouts of a letter chart (CSS px)."""

    side_pad: int = 0              # title, message and subtitle this far from the left edge
    flat_axis_band: int = AXIS_BAND  # under the plot when the x ticks are given and kept flat
    coverage_font: int | None = None  # coverage labels: size, and only under the labelled quarters
    message: bool = False          # whether a message line is shown under the title


EDITION_1 = Layout()
LETTER = Layout(side_pad=12, flat_axis_band=30, coverage_font=12, message=True)
MESSAGE_FONT = 15


def _wrap(text: str, font_px: int, width_px: float) -> list[str]:
    chars = max(20, int(width_px / (font_px * CHAR_WIDTH)))
    return textwrap.wrap(text, chars, break_on_hyphens=False) or [""]


def _plain(lines: list[str]) -> str:
    """Lines of plain text as Plotly text (escaped, joined with <br>)."""
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _legend_items(fig: go.Figure) -> list[str]:
    """Names of the legend entries Plotly will show (empty when it shows no legend)."""
    if fig.layout.showlegend is False:
        return []
    candidates = [t for t in fig.data if t.showlegend is not False and t.visible is not False]
    explicit = any(t.showlegend is True for t in candidates)
    if not (explicit or len(candidates) >= 2 or fig.layout.showlegend is True):
        return []
    seen, names = set(), []
    for i, t in enumerate(candidates):
        key = t.legendgroup or t.name or f"trace {i}"
        if key not in seen:
            seen.add(key)
            names.append(t.name or f"trace {i}")
    return names


def _legend_rows(names: list[str], width_px: float) -> int:
    if not names:
        return 0
    rows, used = 1, 0.0
    for name in names:
        item = 46 + len(name) * LEGEND_FONT * CHAR_WIDTH
        if used and used + item > width_px:
            rows, used = rows + 1, 0.0
        used += item
    return rows


def _has_axes(fig: go.Figure) -> bool:
    cartesian = any("xaxis" in t for t in fig.data)
    return cartesian and fig.layout.xaxis.visible is not False


def _bottom_axis_title(fig: go.Figure) -> bool:
    titles = []
    fig.for_each_xaxis(lambda ax: titles.append(ax.title.text))
    return any(titles)


def _labels_above_plot(fig: go.Figure) -> bool:
    """Whether the chart has annotations at or above the top of the plot area."""
    return any(
        a.y is not None and a.y >= 1 and str(a.yref or "").endswith(("paper", "domain"))
        for a in fig.layout.annotations
    )


def _full_numbers(axis: Any) -> None:
    if not axis.tickformat:
        axis.update(exponentformat="none", separatethousands=True)


def _flat_ticks(fig: go.Figure) -> bool:
    """Whether every x axis has its tick labels given (``tickvals``): then they are few and can be
    kept horizontal, which needs less room under the plot."""
    given = []
    fig.for_each_xaxis(lambda ax: given.append(ax.tickvals is not None))
    return bool(given) and all(given)


def _legible_coverage(fig: go.Figure, size: int) -> None:
    """Coverage labels (bars with ``meta.role == 'coverage'``) at ``size`` px and only under the
    quarters the axis labels, and the last one, so they do not run together."""
    ticks: set = set()
    fig.for_each_xaxis(lambda ax: ticks.update(ax.tickvals or ()))
    for trace in fig.data:
        meta = trace.meta if isinstance(trace.meta, dict) else {}
        if meta.get("role") != "coverage" or trace.text is None:
            continue
        xs = list(trace.x)
        trace.text = [text if x in ticks or i == len(xs) - 1 else ""
                      for i, (x, text) in enumerate(zip(xs, trace.text, strict=True))]
        trace.textfont.size = size
        trace.constraintext = "none"  # Plotly would shrink them to the narrow bars otherwise
    fig.for_each_yaxis(lambda ax: ax.title.font.update(size=size) if ax.title.text else None)


def _one_line(text: str, font_px: int, width_px: float) -> str:
    """``text`` on one line: cut with an ellipsis when it is longer than the line."""
    lines = _wrap(" ".join(text.split()), font_px, width_px)
    return lines[0] if len(lines) == 1 else lines[0].rstrip(" ,;:") + "…"


def _plot_height(fig: go.Figure) -> int:
    height = fig.layout.height or DEFAULT_HEIGHT_PX
    t = fig.layout.margin.t if fig.layout.margin.t is not None else TEMPLATE_MARGIN["t"]
    b = fig.layout.margin.b if fig.layout.margin.b is not None else TEMPLATE_MARGIN["b"]
    return max(MIN_PLOT, int(height - t - b))


def _check_language(fig: go.Figure, ctx: ExportContext) -> None:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    built = meta.get("lang")
    if built and built != ctx.lang:
        raise ExportError(
            f"the chart was made in '{built}' but the export is in '{ctx.lang}'; make the chart in "
            f"'{ctx.lang}' first"
        )


def letter_figure(fig: go.Figure, ctx: ExportContext, *, message: str = "",
                  layout: Layout = LETTER) -> go.Figure:
    """A new figure for a letter to parliament; ``fig`` is not changed.

    Burns in: ``ctx.title`` (wrapped) with, in ``LETTER``, the ``message`` (the point of the chart
    in one line, e.g. 'Meer organisaties hebben een CDO'; cut to one line) under it; the chart's
    own subtitle and the unit line; the legend
    (when the chart has one) between title and plot; under the plot the source line
    ('Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026'), ``ctx.coverage_note`` and, for live
    data, a provisional note; for live data also a boxed 'VOORLOPIG' / 'PROVISIONAL' at the top
    right. The number separators follow ``ctx.lang``. Width is ``LAYOUT_WIDTH_PX``; the height
    grows by the bands and is capped so the image fits an A4 page. ``layout.meta`` keeps the alt
    text and gains ``export`` (peildatum, live, source).

    Raises ExportError when the chart was built in another language than ``ctx.lang``.
    """
    _check_language(fig, ctx)
    out = go.Figure(fig)  # deep copy
    width = LAYOUT_WIDTH_PX
    marker = ctx.provisional_label

    pad = layout.side_pad
    title_lines = _wrap(ctx.title, TITLE_FONT, width - (150 if marker else 20) - pad)
    message = (_one_line(message, MESSAGE_FONT, width - 20 - 2 * pad)
               if layout.message and message.strip() else "")
    own_subtitle = out.layout.title.subtitle.text or ""
    sub_lines = [*(_wrap(own_subtitle, SUBTITLE_FONT, width - 20 - pad) if own_subtitle else []),
                 *([ctx.unit_line] if ctx.unit else [])]
    legend_names = _legend_items(out)
    legend_rows = _legend_rows(legend_names, width - 60)

    label_band = TOP_LABEL_BAND if _labels_above_plot(out) else 0
    # the message is the title's last line, in its own size and colour (a line of the title's height)
    title_text = _plain(title_lines) + (
        f'<br><span style="font-size:{MESSAGE_FONT}px;color:{p.TEXT}">'
        f"<b>{html.escape(message, quote=False)}</b></span>" if message else "")
    title_lines = [*title_lines, *([message] if message else [])]
    wrap_shift = TITLE_LINE * (len(title_lines) - 1)  # see the title's y below
    top = (TOP_PAD + wrap_shift + TITLE_LINE * len(title_lines) + SUBTITLE_LINE * len(sub_lines) + GAP
           + (LEGEND_ROW * legend_rows + GAP if legend_rows else 0)
           + label_band)
    foot_lines = [line for note in ctx.footnotes()
                  for line in _wrap(note, FOOT_FONT, width - FOOT_INDENT_ALLOWANCE)]
    flat = _flat_ticks(out) and layout.flat_axis_band != AXIS_BAND
    tick_band = layout.flat_axis_band if flat else AXIS_BAND
    axis_band = (tick_band + (AXIS_TITLE_BAND if _bottom_axis_title(out) else 0)) if _has_axes(out) else GAP
    bottom = axis_band + FOOT_LINE * len(foot_lines) + GAP
    max_total = int(MAX_HEIGHT_MM / MM_PER_INCH * CSS_DPI)
    plot_h = max(MIN_PLOT, min(_plot_height(fig), max_total - top - bottom))
    height = top + plot_h + bottom

    out.update_layout(
        width=width,
        height=height,
        autosize=False,
        separators=SEPARATORS[ctx.lang],
        margin={"t": top, "b": bottom, "autoexpand": True},
        title={
            "text": title_text,
            "x": pad / width, "xanchor": "left", "xref": "container",
            # Plotly anchors a wrapped title by its first line: move it down by the extra lines,
            # or the top line is cut off
            "y": 1 - (TOP_PAD + wrap_shift) / height,
            "yanchor": "top", "yref": "container",
            "font": {"size": TITLE_FONT, "color": p.HEADING},
            "subtitle": {"text": _plain(sub_lines),
                         "font": {"size": SUBTITLE_FONT, "color": p.MUTED_TEXT}},
        },
    )
    if flat:  # few given ticks: kept horizontal, so the band under the plot can be small
        out.update_xaxes(tickangle=0)
    if layout.coverage_font:
        _legible_coverage(out, layout.coverage_font)
    # vertical margins stay fixed: axes may only push the left and right margins
    out.update_xaxes(automargin="left+right")
    out.update_yaxes(automargin="left+right")
    # numbers in full with thousands grouping ('10.000', not Plotly's default '10k')
    out.for_each_xaxis(_full_numbers)
    out.for_each_yaxis(_full_numbers)
    if legend_rows:
        out.update_layout(legend={
            "orientation": "h", "x": 0, "xanchor": "left", "xref": "paper",
            "y": 1 + (GAP + label_band) / plot_h, "yanchor": "bottom", "yref": "paper",
            "font": {"size": LEGEND_FONT, "color": p.TEXT}, "bgcolor": "rgba(0,0,0,0)",
        })
    notes: list[dict[str, Any]] = [{
        "text": _plain(foot_lines),
        "xref": "paper", "x": 0, "xanchor": "left",
        "yref": "paper", "y": -axis_band / plot_h, "yanchor": "top",
        "align": "left", "showarrow": False,
        "font": {"size": FOOT_FONT, "color": p.MUTED_TEXT},
        "name": "export-footnote",
    }]
    if marker:
        notes.append({
            "text": f"<b>{html.escape(marker, quote=False)}</b>",
            "xref": "paper", "x": 1, "xanchor": "right",
            "yref": "paper", "y": 1 + (top - TOP_PAD) / plot_h, "yanchor": "top",
            "showarrow": False, "font": {"size": 14, "color": p.ROBIJNROOD},
            "bordercolor": p.ROBIJNROOD, "borderwidth": 2, "borderpad": 4, "bgcolor": p.WIT,
            "name": "export-provisional",
        })
    for note in notes:
        out.add_annotation(note)
    meta = dict(out.layout.meta) if isinstance(out.layout.meta, dict) else {}
    meta["export"] = {"peildatum": ctx.peildatum.isoformat(), "live": ctx.live, "lang": ctx.lang,
                      "source": ctx.source_line, "title": ctx.title}
    if message:
        meta["export"]["message"] = message
    out.update_layout(meta=meta)
    return out
