"""The data behind a chart as a table: CSV for Dutch Excel and a formatted XLSX sheet.

- CSV (:func:`table_csv`): ``;``, UTF-8 with BOM, CRLF, decimal comma, text neutralised
  (``monitor.textsafe.excel_csv``); numbers rounded to the column's decimals; data only.
- XLSX (:func:`table_xlsx`): a title row, the source/peildatum line and notes, a bold frozen
  header with a filter, typed cells (numbers with a number format of the column's decimals,
  dates, booleans; text always as text, neutralised with ``safe_cell``, never a formula),
  column widths, document properties. The creation date is the peildatum, so the same table
  gives byte-identical files.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

import polars as pl
import xlsxwriter

from monitor.charts.status import STATUS_STYLES
from monitor.definitions.model import Indicator
from monitor.publication.context import ExportContext
from monitor.text import number, t, unit_text
from monitor.textsafe import excel_csv, safe_cell

AUTHOR = "Voortgangsmonitor IBDS"
MIN_WIDTH, MAX_WIDTH = 8, 60

# Results-frame columns shown in a chart table, in this order, and how the number is shown
# ("value": the indicator's precision; "percent": share x 100 with one decimal; "int"); the
# headers are the texts ``exports.col.<column>`` of monitor.text
COLUMNS: dict[str, str | None] = {
    "action": None, "indicator": None, "period": None, "breakdown": None, "group": None,
    "value": "value", "numerator": "value", "denominator": "value", "reported": "int",
    "expected": "int", "coverage": "percent",
    # rules version 2 (absent, so left out, before): the values behind the figure, of which carried
    "n": "int", "carried": "int",
    "baseline": "value", "planned": "value", "next_target": "value", "final_target": "value",
    "progress": "percent", "forecast": "value", "status": None, "achieved_date": None,
}
IDENTITY = ("action", "indicator", "breakdown")  # dropped when the table has one value (it is in the title)
OMITTED = ("baseline_period", "next_target_period", "final_target_period",  # results columns
           "forecast_note", "status_note")  # not shown


@dataclass(frozen=True)
class Table:
    """A table to export: typed ``frame`` with its headers as shown, and what goes above it in
    the XLSX sheet. ``decimals``: decimals shown per numeric column (floats default to 2)."""

    frame: pl.DataFrame
    title: str
    source: str
    peildatum: date
    lang: str = "nl"
    notes: tuple[str, ...] = ()
    decimals: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, frame: pl.DataFrame, ctx: ExportContext, decimals: Mapping[str, int] | None = None) -> Table:
        """A table of ``frame`` with the title, source line and notes of ``ctx``."""
        return cls(frame, ctx.title, ctx.source_line, ctx.peildatum, ctx.lang,
                   tuple(ctx.footnotes()[1:]), dict(decimals or {}))

    def decimals_of(self, column: str) -> int:
        dtype = self.frame.schema[column]
        return self.decimals.get(column, 0 if dtype.is_integer() else 2)


def round_half_up(v: float | None, decimals: int) -> float | None:
    """``v`` rounded as the interface shows it (halves away from zero: 62.5 -> 63); None for none."""
    if v is None or not math.isfinite(v):
        return None
    return float(Decimal(repr(float(v))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP))


def _rounded(series: pl.Series, decimals: int, factor: float = 1.0) -> pl.Series:
    values = [round_half_up(v * factor if v is not None else None, decimals) for v in series.to_list()]
    if decimals == 0:
        return pl.Series(series.name, [None if v is None else int(v) for v in values], dtype=pl.Int64)
    return pl.Series(series.name, values, dtype=pl.Float64)


def chart_table(rows: pl.DataFrame, indicator: Indicator, ctx: ExportContext,
                labels: Mapping[str, str] | None = None) -> Table:
    """The rows behind a chart (results-frame columns, see ``monitor.compute.engine``) as a
    table: known columns renamed to ``ctx.lang`` headers, values rounded to the indicator's
    precision (shares and progress as percentages), status as its label, empty known columns and
    single-valued ``action``/``indicator``/``breakdown`` left out; with ``labels``
    ({group: label}) a name column after ``group``. Other columns (e.g. a submitted note) are
    kept as they are, after the known ones."""
    lang, precision, unit = ctx.lang, indicator.precision, unit_text(indicator.unit, ctx.lang)
    columns: list[pl.Series] = []
    decimals: dict[str, int] = {}
    for col, kind in COLUMNS.items():
        if col not in rows.columns:
            continue
        series = rows[col]
        if col in IDENTITY and series.n_unique() <= 1:
            continue
        if col != "value" and series.null_count() == rows.height:
            continue
        header = t(f"exports.col.{col}", lang, unit=unit)
        if kind == "value":
            series, decimals[header] = _rounded(series.cast(pl.Float64), precision), precision
        elif kind == "percent":
            series, decimals[header] = _rounded(series.cast(pl.Float64), 1, 100.0), 1
        elif kind == "int":
            series, decimals[header] = series.cast(pl.Int64), 0
        elif col == "status":
            series = pl.Series([STATUS_STYLES[s].label(lang) if s in STATUS_STYLES else s
                                for s in series.to_list()], dtype=pl.String)
        columns.append(series.alias(header))
        if col == "group" and labels:
            name = t("exports.col.label", lang)
            names = [labels.get(g, g) for g in rows["group"].to_list()]
            columns.append(pl.Series(name, names, dtype=pl.String))
    known = {*COLUMNS, *OMITTED}
    columns += [rows[c] for c in rows.columns if c not in known]
    return Table.of(pl.DataFrame(columns), ctx, decimals)


def table_csv(table: Table | pl.DataFrame) -> bytes:
    """CSV for Dutch Excel (``;``, UTF-8 with BOM, CRLF, decimal comma, text neutralised); floats
    rounded to the table's decimals (0 decimals: written as whole numbers)."""
    if isinstance(table, pl.DataFrame):
        return excel_csv(table)
    frame = table.frame.with_columns(
        _rounded(table.frame[c], table.decimals_of(c))
        for c, dtype in table.frame.schema.items() if dtype.is_float()
    )
    return excel_csv(frame)


def _number_format(decimals: int) -> str:
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def _shown(value: object, decimals: int, lang: str) -> str:
    """Roughly the text Excel shows, for column widths."""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, int | float):
        return number(value, decimals, lang)
    if isinstance(value, date):
        return "00-00-0000"
    return "" if value is None else str(value)


def _sheet_name(lang: str) -> str:
    return t("exports.sheet", lang)


def table_xlsx(table: Table) -> bytes:
    """The table as an .xlsx workbook (one sheet); same table -> byte-identical file."""
    frame, lang = table.frame, table.lang
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {
        "in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    wb.set_properties({
        "title": safe_cell(table.title), "subject": safe_cell(table.source), "author": AUTHOR,
        "company": AUTHOR, "comments": safe_cell(" ".join([table.source, *table.notes])),
        "created": datetime.combine(table.peildatum, time()),
    })
    ws = wb.add_worksheet(_sheet_name(lang))
    title_fmt = wb.add_format({"bold": True, "font_size": 13})
    note_fmt = wb.add_format({"italic": True, "font_color": "#535353"})
    header_fmt = wb.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
    text_fmt = wb.add_format({"num_format": "@"})
    date_fmt = wb.add_format({"num_format": t("meta.xlsx_date", lang)})
    number_fmts: dict[int, object] = {}

    ws.write_string(0, 0, str(safe_cell(table.title)), title_fmt)
    for i, line in enumerate([table.source, *table.notes], start=1):
        ws.write_string(i, 0, str(safe_cell(line)), note_fmt)
    head = len(table.notes) + 3
    widths = [len(str(c)) for c in frame.columns]
    for j, name in enumerate(frame.columns):
        ws.write_string(head, j, str(safe_cell(name)), header_fmt)
    for j, (name, dtype) in enumerate(frame.schema.items()):
        decimals = table.decimals_of(name) if dtype.is_numeric() else 0
        num_fmt = number_fmts.setdefault(decimals, wb.add_format({"num_format": _number_format(decimals)}))
        for i, value in enumerate(frame[name].to_list(), start=head + 1):
            widths[j] = max(widths[j], len(_shown(value, decimals, lang)))
            if value is None or (isinstance(value, float) and not math.isfinite(value)):
                continue
            if isinstance(value, bool):
                ws.write_boolean(i, j, value)
            elif isinstance(value, int | float):
                ws.write_number(i, j, value, num_fmt)
            elif isinstance(value, datetime):
                ws.write_datetime(i, j, value, date_fmt)
            elif isinstance(value, date):
                ws.write_datetime(i, j, datetime.combine(value, time()), date_fmt)
            else:
                ws.write_string(i, j, str(safe_cell(str(value))), text_fmt)
    for j, width in enumerate(widths):
        ws.set_column(j, j, min(MAX_WIDTH, max(MIN_WIDTH, width + 2)))
    ws.freeze_panes(head + 1, 0)
    if frame.width:
        ws.autofilter(head, 0, head + max(frame.height, 1), frame.width - 1)
    wb.close()
    return buf.getvalue()
