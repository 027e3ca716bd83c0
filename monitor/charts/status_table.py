"""The status per action and quarter as an HTML table drawn on the server (the Overzicht page):
no JavaScript, so the page needs no plotly.js (the heatmap, ``monitor.charts.heatmap``, stays for
the exports and the report). Actions are the rows (code and title, ``<th scope="row">``), quarters
the columns ("K3 2026", ``<th scope="col">``); every cell holds the status's icon and word, in its
``fill_text`` on its ``fill`` (at least 4.5:1, ``monitor.charts.status``), so colour only supports
the words. Every text that comes from outside (titles from YAML) is escaped."""

from __future__ import annotations

import html

import polars as pl

from monitor.charts.alt import alt_text
from monitor.charts.numbers import quarter_label
from monitor.charts.palette import GRIJS_3, TEXT, WIT
from monitor.charts.status import STATUS_STYLES
from monitor.text import t

CLASS = "status-table"  # the wrapper's class (the page's tests and styles find the table by it)

# the first column stays in view while the quarters scroll sideways (a phone); cells may wrap
STYLE = f"""<style>
.{CLASS} {{ overflow-x: auto; margin-bottom: 0.5rem; }}
.{CLASS} table {{ border-collapse: separate; border-spacing: 2px; font-size: 0.85rem;
  color: {TEXT}; background: {WIT}; }}
.{CLASS} caption {{ caption-side: bottom; text-align: left; font-size: 0.8rem; padding-top: 0.3rem; }}
.{CLASS} th, .{CLASS} td {{ padding: 0.25rem 0.4rem; border: none; vertical-align: middle; }}
.{CLASS} thead th {{ white-space: nowrap; text-align: center; border-bottom: 1px solid {GRIJS_3}; }}
.{CLASS} tbody th {{ text-align: left; font-weight: normal; min-width: 11rem; max-width: 22rem;
  position: sticky; left: 0; background: {WIT}; z-index: 1; }}
.{CLASS} td {{ text-align: center; min-width: 4.4rem; line-height: 1.2; }}
.{CLASS} .sr-only {{ position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }}
.{CLASS} .legend {{ display: none; }}
.{CLASS} .legend span {{ display: inline-block; padding: 0.1rem 0.4rem; margin: 0 0.3rem 0.3rem 0; }}
/* a phone: the icon in the cell, its word in the legend above (and still in the cell for a
   screen reader), the quarter on two lines, so eight quarters fit beside the actions */
@media (max-width: 640px) {{
  .{CLASS} .legend {{ display: block; font-size: 0.8rem; }}
  .{CLASS} table {{ font-size: 0.75rem; }}
  .{CLASS} thead th {{ white-space: normal; padding: 0.25rem 0.1rem; }}
  .{CLASS} tbody th {{ min-width: 5.5rem; max-width: 6.5rem; overflow-wrap: anywhere;
    padding: 0.25rem 0.2rem; }}
  .{CLASS} td {{ min-width: 1.3rem; padding: 0.25rem 0.05rem; }}
  .{CLASS} td .word {{ position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; }}
}}
</style>"""


def _cell(status: str | None, lang: str) -> str:
    """One quarter of one action: icon and word on the status's colours; no status: a dash, with
    the words for a screen reader."""
    style = STATUS_STYLES.get(status or "")
    if style is None:
        return (f'<td><span aria-hidden="true">–</span>'
                f'<span class="sr-only">{html.escape(t("overview.status_table.none", lang))}</span></td>')
    return (f'<td data-status="{style.status}" style="background:{style.fill};color:{style.fill_text}">'
            f'<span aria-hidden="true">{style.icon}</span> '
            f'<span class="word">{html.escape(style.label(lang))}</span></td>')


def _legend(statuses: list[str], lang: str) -> str:
    """Every status shown, icon and word on its colours (visible on a phone only, where the
    cells show the icon alone)."""
    return '<p class="legend" aria-hidden="true">' + "".join(
        f'<span style="background:{s.fill};color:{s.fill_text}">{html.escape(s.badge(lang))}</span>'
        for status, s in STATUS_STYLES.items() if status in statuses) + "</p>"


def _action(action: str, label: str) -> str:
    """The row header: the code in bold, then the title ('**A03** Chief Data Officers')."""
    _, _, title = label.partition(" ")
    return (f'<th scope="row"><strong>{html.escape(action.upper())}</strong> '
            f"{html.escape(title)}</th>")


def status_table_html(frame: pl.DataFrame, lang: str = "nl") -> str:
    """The table (with its style) of ``frame`` (``monitor.compute.action_status.heatmap_frame``:
    ``action``, ``action_label``, ``period``, ``status``; at most one row per action and period):
    actions sorted by code, quarters oldest first; the caption is the chart's text alternative
    (how many actions, from when to when, the counts in the last quarter). A frame without rows:
    the caption alone."""
    if frame.select("action", "period").is_duplicated().any():
        raise ValueError("status_table_html needs at most one row per action and period")
    caption = html.escape(alt_text("status_heatmap", None, frame, lang))
    if frame.height == 0:
        return f'<p class="{CLASS}">{caption}</p>'
    actions = (frame.group_by("action", maintain_order=True).agg(pl.col("action_label").first())
               .sort("action"))
    periods = sorted(frame["period"].unique().to_list())
    cells = {(r["action"], r["period"]): r["status"] for r in frame.iter_rows(named=True)}
    head = "".join(f'<th scope="col">{html.escape(quarter_label(p, lang))}</th>' for p in periods)
    rows = "".join(
        "<tr>" + _action(a, label) + "".join(_cell(cells.get((a, p)), lang) for p in periods) + "</tr>"
        for a, label in actions.iter_rows())
    name = html.escape(t("overview.heatmap", lang))
    legend = _legend(frame["status"].drop_nulls().unique().to_list(), lang)
    return (f'{STYLE}<div class="{CLASS}" role="region" aria-label="{name}" tabindex="0">'
            f"{legend}<table><caption>{caption}</caption>"
            f'<thead><tr><th scope="col">{html.escape(t("col.action", lang))}</th>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")
