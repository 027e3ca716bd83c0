"""Pieces of the programme overview (issue 17): the key figures with their change since the
previous quarter, and the style that lets the overview's first screen on a phone hold the title,
the line saying from when the figures are and the counts per status."""

from __future__ import annotations

import functools

import polars as pl
import streamlit as st

from monitor.charts.status_table import status_table_html
from monitor.frames import each
from monitor.text import quarter, t
from monitor.textsafe import excel_csv
from monitor.ui.widgets import status_badge, status_labels

# h1: a smaller title on a narrow screen, broken between words (a long word may still wrap,
# never overflow); metrics: labels and changes may wrap instead of being cut off
STYLE = """
<style>
[data-testid="stMain"] h1 { overflow-wrap: break-word; }
@media (max-width: 640px) {
  [data-testid="stMain"] h1 { font-size: 1.6rem; line-height: 1.25; padding-top: 0.25rem; }
  [data-testid="stMain"] h3 { font-size: 1.2rem; }
}
/* the key figures: six in a row, three in a row on a phone; labels and changes wrap between words */
.st-key-key_figures > div { flex: 1 1 calc(16.6% - 1rem); min-width: 6.2rem; }
@media (max-width: 640px) { .st-key-key_figures > div { flex-basis: calc(33.3% - 1rem); } }
.st-key-key_figures [data-testid="stMetric"] { padding: 0.4rem 0.6rem !important; }
.st-key-key_figures [data-testid="stMetric"] > div { padding: 0.2rem !important; }
.st-key-key_figures [data-testid="stMetricValue"] { font-size: 1.75rem; }
.st-key-key_figures [data-testid="stMetricLabel"] *,
.st-key-key_figures [data-testid="stMetricDelta"] * {
  white-space: normal !important; text-overflow: clip !important; word-break: normal !important;
  overflow-wrap: normal !important; hyphens: none !important;
}
@media (max-width: 640px) {
  .st-key-key_figures [data-testid="stMetricLabel"] p { font-size: 0.8rem; }
  .st-key-key_figures [data-testid="stMetricValue"] { font-size: 1.5rem; }
}
</style>
"""

# the colour of a change's words: good news green, bad news red, otherwise grey; the words carry
# the arrow and the sign, so the colour only supports them
COLOURS = {True: "green", False: "red", None: "gray"}


def overview_style() -> None:
    st.html(STYLE)


def key_figures(figures, lang: str, previous: str) -> None:
    """One compact block of metrics (``monitor.views.overview.KeyFigure``): the counts per status,
    then the share of submissions, each with its change since the quarter ``previous``
    (named once below them); on a phone
    they wrap into rows of three."""
    with st.container(horizontal=True, gap="small", key="key_figures"):
        for f in figures:
            label = (status_badge(f.key, lang) if f.key != "submissions"
                     else t("overview.key.submissions", lang))
            st.metric(label, f.value, f.change, delta_color=COLOURS[f.better], delta_arrow="off",
                      border=True)
    if any(f.change for f in figures):
        st.caption(t("overview.change.since", lang, previous=previous))


def status_table(frame: pl.DataFrame, lang: str, file_name: str) -> None:
    """The status per action and quarter (``monitor.views``' heatmap frame) as a table drawn on
    the server (``monitor.charts.status_table``: no plotly.js on the overview), and the CSV
    download of the same table (quarters as labels, statuses in words)."""
    st.html(status_table_html(frame, lang))
    labels = status_labels(frame, lang)
    table = (labels.with_columns(each(labels, "period", lambda q: quarter(q, lang)))
             .sort("action", "period")
             .pivot(on="period", index="action_label", values="status")
             .rename({"action_label": t("col.action", lang)}))
    st.download_button(t("common.download_table", lang), functools.partial(excel_csv, table),
                       file_name=f"{file_name}.csv", mime="text/csv", key="dl_heatmap")
