"""Reusable page pieces: status badges, and a chart with its data table beside it."""

from __future__ import annotations

import functools

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from monitor.charts import status_style
from monitor.compute.notes import DETAILS
from monitor.frames import each, each_row
from monitor.narrative import status_text
from monitor.text import t
from monitor.textsafe import excel_csv

# the columns status_text reads besides the status itself
STATUS_DETAILS = ("status_note", "value", "n", "coverage", *DETAILS)


def status_badge(status: str | None, lang: str) -> str:
    """Icon and text, never colour alone: '● op koers'."""
    return status_style(status or "onvoldoende").badge(lang)


def status_labels(frame: pl.DataFrame, lang: str, column: str = "status") -> pl.DataFrame:
    """The status column as icon and text (``monitor.narrative.status_text``, the words the report
    uses too): a row without a status says why (no target declared for this breakdown, before the
    baseline) or shows a dash, never 'onvoldoende gegevens'; with the columns of
    ``monitor.compute.notes.note_details`` also what a status leaves out (a milestone achieved late,
    a target not yet held long enough) or why there is too little data (min_n, coverage)."""
    keys = [column, *(c for c in STATUS_DETAILS if column == "status" and c in frame.columns)]
    return frame.with_columns(each_row(frame, keys, lambda row: status_text(row, lang, column), name=column))


def display_numbers(table: pl.DataFrame, lang: str, precision: int = 1) -> pl.DataFrame:
    """Decimal columns as text in the language's number format (1.234,5), for showing; the
    downloads keep the numbers."""
    from monitor.text import number

    return table.with_columns(
        each(table, c, lambda v: number(v, precision, lang), skip_nulls=False)
        for c, dtype in table.schema.items() if dtype in (pl.Float64, pl.Float32))


def headed(frame: pl.DataFrame, labels: dict | None) -> pl.DataFrame:
    """``frame`` with its columns named as the table on the page names them (``labels``: a
    table's ``column_config``, a text or a Streamlit column config with a label per column), for
    a download in the reader's language; the cells keep their data (numbers, ISO quarters)."""
    names: dict[str, str] = {}
    for column, label in (labels or {}).items():
        name = label if isinstance(label, str) else (label or {}).get("label")
        if column in frame.columns and name and name not in names.values():
            names[column] = name
    return frame.rename(names)


def chart_with_table(fig: go.Figure, table: pl.DataFrame, lang: str, key: str, file_name: str,
                     column_config: dict | None = None, precision: int = 1,
                     wide: bool = False, shown: pl.DataFrame | None = None,
                     static: bool = False) -> None:
    """The chart (with its alt text) and, beside it, the data behind it (numbers formatted for
    the language) with a CSV download of the unformatted numbers. ``shown``: the same rows as
    the reader sees them (quarter labels, names; ``monitor.views.labels.readable``) while the
    download keeps ``table``'s data (ISO quarters, codes, empty cells). ``wide``: the table under
    the chart, at full width; ``static``: a table whose cells wrap (every column in view, for a
    few dozen rows), headed by ``column_config``'s texts."""
    alt = (fig.layout.meta or {}).get("alt") if isinstance(fig.layout.meta, dict) else None
    left, right = (st.container(), st.container()) if wide else st.columns(
        [3, 2], vertical_alignment="top")
    with left:
        st.plotly_chart(fig, theme=None, key=f"chart_{key}", alt=alt,
                        config={"displaylogo": False, "locale": lang})
        if alt:
            st.caption(alt)
    with right:
        data_table(table, lang, key, file_name, column_config, precision, shown, static)


def data_table(table: pl.DataFrame, lang: str, key: str, file_name: str,
               column_config: dict | None = None, precision: int = 1,
               shown: pl.DataFrame | None = None, static: bool = False) -> None:
    """The data behind a chart, with its CSV download (see :func:`chart_with_table`)."""
    rows = display_numbers(table if shown is None else shown, lang, precision)
    if static:
        st.table(headed(rows, column_config), hide_index=True,
                 height=min(440, 40 + 36 * rows.height))
    else:
        st.dataframe(rows, hide_index=True, key=f"table_{key}", column_config=column_config)
    # made when clicked, not on every run (a page shows a table per chart)
    st.download_button(t("common.download_table", lang),
                       functools.partial(excel_csv, headed(table, column_config)),
                       file_name=f"{file_name}.csv", mime="text/csv", key=f"dl_{key}")


def html_chart_with_table(chart: str, alt: str, table: pl.DataFrame, lang: str, key: str,
                          file_name: str, column_config: dict | None = None,
                          precision: int = 1) -> None:
    """A chart drawn on the server (``chart``: HTML with an SVG, every text escaped; no
    plotly.js), its text alternative under it and the data beside it, as
    :func:`chart_with_table`."""
    left, right = st.columns([3, 2], vertical_alignment="top")
    with left.container(key=f"chart_{key}"):
        # st.html's sanitiser drops SVG; one HTML block of escaped text, so no Markdown in it
        st.markdown(chart, unsafe_allow_html=True)
        st.caption(alt)
    with right:
        data_table(table, lang, key, file_name, column_config, precision)


def in_words(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The stored codes of a submissions table in the interface language: ``status``/``kind``
    (accepted, rejected, warning) as words with an icon, ``period`` as a quarter label
    ("K3 2026"), ``received_at`` as a Dutch or English moment."""
    from monitor.periods import Quarter
    from monitor.text import moment

    words = {c: t(f"submission.{c}", lang) for c in ("accepted", "rejected", "warning")}
    exprs = [pl.col(c).replace(words) for c in ("status", "kind") if c in frame.columns]
    if "period" in frame.columns:
        exprs.append(each(frame, "period", lambda q: Quarter.parse(q).label(lang)))
    if "received_at" in frame.columns:
        exprs.append(each(frame, "received_at", lambda d: moment(d, lang)))
    return frame.with_columns(exprs)


def submission_history_table(history: pl.DataFrame, lang: str, key: str,
                             file_name: str = "inzendingen") -> None:
    """An organisation's accepted submissions and rejected attempts (newest first): every column
    in view at 1 280 px (on time in words, what each did in one column, long file names
    shortened; ``monitor.views.submissions``), and a download with every count and full name."""
    if history.is_empty():
        st.caption(t("upload.no_history", lang))
        return
    from monitor.views.submissions import history_download, history_shown

    labels = {"received_at": t("col.received", lang), "period": t("col.period", lang),
              "status": t("col.status", lang), "on_time": t("col.on_time", lang),
              "result": t("history.col.result", lang), "file_name": t("col.file", lang),
              "submitted_by": t("col.by", lang), "id": "#"}
    # widths in pixels: together within the 820 px of the page at 1 280 px
    widths = {"received_at": 120, "period": 75, "status": 100, "on_time": 60, "result": 130,
              "file_name": 170, "id": 50, "submitted_by": 110}
    helps = {"file_name": t("history.col.file.help", lang)}
    config = {c: st.column_config.TextColumn(label, width=widths[c], help=helps.get(c),
                                             alignment="right" if c == "id" else None)
              for c, label in labels.items()}
    st.dataframe(in_words(history_shown(history, lang), lang), hide_index=True, key=key,
                 column_config=config)
    full = headed(in_words(history_download(history, lang), lang), labels | {
        "new_count": t("col.new", lang), "changed_count": t("col.changed", lang),
        "unchanged_count": t("col.unchanged", lang), "error_count": t("col.errors", lang)})
    st.download_button(t("history.download", lang), functools.partial(excel_csv, full),
                       file_name=f"{file_name}.csv", mime="text/csv", key=f"dl_{key}")
