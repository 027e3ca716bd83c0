"""One organisation among its peers as a small SVG drawn on the server (the Organisatie page, no
plotly.js): a grey dot per peer on a value axis (peers with the same value stacked), the
organisation as a large diamond in lintblauw with its name and value written under it, the
peers' median as a dotted line with its value in words. The same data as
``monitor.charts.peers.peer_dots`` (its text alternative too); the table beside it gives every
peer by name. Every text that comes from outside (names, titles) is escaped."""

from __future__ import annotations

import html
import math

import polars as pl

from monitor.charts import palette as p
from monitor.charts.numbers import quarter_label, value_text
from monitor.definitions.model import Indicator
from monitor.text import number, t, unit_text

WIDTH, LEFT, RIGHT = 480, 20, 20  # the drawing's units (it scales to the column's width)
PEER_Y, OWN_Y, AXIS_Y, STEP = 96, 114, 152, 7  # lowest peer, own diamond, axis; a stacked peer's step


def nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round tick values covering ``low`` .. ``high`` (a step of 1, 2 or 5 times a power of ten),
    at most ``most`` of them."""
    if high <= low:
        high = low + 1
    raw = (high - low) / (most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    return [round(first + i * step, 10) for i in range(math.ceil((high - first) / step) + 1)]


def _text(x: float, y: float, words: str, fill: str, size: int = 12, bold: bool = False) -> str:
    """A label at ``x``, kept inside the drawing (anchored at its start or end near an edge)."""
    anchor = "start" if x < 80 else "end" if x > WIDTH - 80 else "middle"
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}" '
            f'font-size="{size}"{weight}>{html.escape(words)}</text>')


def peer_strip_alt(rows: pl.DataFrame, indicator: Indicator, organisation: str, name: str,
                   period: str, peers_label: str, lang: str = "nl") -> str:
    """The text alternative (the Plotly chart's: ``explore.org.peer_alt``)."""
    known = rows.filter(pl.col("value").is_not_null())
    if known.is_empty():
        return t("chart.no_data", lang)
    own = known.filter(pl.col("code") == organisation)
    return t("explore.org.peer_alt", lang, title=indicator.title.get(lang),
             period=quarter_label(period, lang), organisation=name,
             value=value_text(own["value"][0], indicator, lang) if own.height
             else t("chart.no_value", lang), peers=peers_label,
             median=value_text(float(known["value"].median()), indicator, lang),
             low=value_text(known["value"].min(), indicator, lang),
             high=value_text(known["value"].max(), indicator, lang))


def peer_strip_svg(rows: pl.DataFrame, indicator: Indicator, organisation: str, name: str,
                   period: str, peers_label: str, lang: str = "nl") -> str:
    """The chart as HTML: the indicator's title and what it shows, then the SVG
    (``role="img"``, labelled with :func:`peer_strip_alt`). ``rows``: ``code``, ``name``,
    ``value``; ``peers_label``: the peers counted ('12 provincies')."""
    alt = peer_strip_alt(rows, indicator, organisation, name, period, peers_label, lang)
    head = (f'<p style="margin:0"><strong style="color:{p.HEADING}">'
            f"{html.escape(indicator.title.get(lang))}</strong><br>"
            f'<span style="color:{p.MUTED_TEXT};font-size:0.85rem">'
            f"{html.escape(t('chart.per_org', lang, period=quarter_label(period, lang)))}</span></p>")
    known = rows.filter(pl.col("value").is_not_null())
    if known.is_empty():
        return f'<div class="peer-strip">{head}<p>{html.escape(alt)}</p></div>'
    values = known["value"].to_list()
    ticks = nice_ticks(min(0.0, min(values)), max(values))
    lo, hi = ticks[0], ticks[-1]
    decimals = max(0, -math.floor(math.log10(ticks[1] - ticks[0]) + 1e-9))

    def x(v: float) -> float:
        return LEFT + (v - lo) / (hi - lo) * (WIDTH - LEFT - RIGHT)

    parts = [f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{AXIS_Y}" y2="{AXIS_Y}" '
             f'stroke="{p.AXIS_LINE}"/>']
    for v in ticks:
        parts.append(f'<line x1="{x(v):.1f}" x2="{x(v):.1f}" y1="{AXIS_Y}" y2="{AXIS_Y + 4}" '
                     f'stroke="{p.AXIS_LINE}"/>')
        parts.append(_text(x(v), AXIS_Y + 16, number(v, decimals, lang), p.TEXT, 12))
    parts.append(_text(WIDTH / 2, AXIS_Y + 32, unit_text(indicator.unit, lang), p.MUTED_TEXT, 12))
    median = float(known["value"].median())
    parts.append(f'<line x1="{x(median):.1f}" x2="{x(median):.1f}" y1="18" y2="{AXIS_Y}" '
                 f'stroke="{p.MUTED_TEXT}" stroke-width="2" stroke-dasharray="3 3"/>')
    parts.append(_text(x(median), 12, t("explore.org.median", lang,
                                        value=value_text(median, indicator, lang)), p.MUTED_TEXT))
    others = known.filter(pl.col("code") != organisation).sort("value")
    stacked = others.with_columns(pl.int_range(pl.len()).over("value").alias("k"))
    for v, k in stacked.select("value", "k").iter_rows():
        parts.append(f'<circle cx="{x(v):.1f}" cy="{PEER_Y - STEP * min(k, 10)}" r="4.5" '
                     f'fill="{p.GRIJS_6}" stroke="{p.WIT}" stroke-width="1"/>')
    own = known.filter(pl.col("code") == organisation)
    if own.height:
        ox = x(own["value"][0])
        parts.append(f'<path d="M{ox:.1f} {OWN_Y - 9} l9 9 l-9 9 l-9 -9 z" fill="{p.LINTBLAUW}"/>')
        parts.append(_text(ox, OWN_Y + 26, f"{name} {value_text(own['value'][0], indicator, lang)}",
                           p.TEXT, 13, bold=True))
    height = AXIS_Y + 40
    svg = (f'<svg viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="{html.escape(alt)}" style="max-width:{WIDTH}px;font-family:inherit">'
           + "".join(parts) + "</svg>")
    return f'<div class="peer-strip">{head}{svg}</div>'
