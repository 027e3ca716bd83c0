"""The data behind a chart as CSV and XLSX."""

from __future__ import annotations

import csv
import io
import time
from datetime import date, datetime

import openpyxl
import polars as pl

from monitor.exports import FORMATS, Table, chart_table, table_csv, table_xlsx
from monitor.exports.charts import ChartExport
from tests.charts.frames import CDO, DATASETS, national_rows, type_rows
from tests.exports.conftest import PEILDATUM, context

HOSTILE = ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\t=1+1", "\r=1+1"]


def _hostile_table() -> Table:
    n = len(HOSTILE) + 1
    frame = pl.DataFrame({
        "organisatie": ["GM0363"] * n,
        "waarde": [-1.5, 2.25, 1234.5, 0.0, 10.0, -3.0, None],
        "aantal": [1, -2, 3, 4, 5, 6, 7],
        "peildatum": [date(2026, 9, 30)] * n,
        "toelichting": [*HOSTILE, "gewone tekst"],
    })
    return Table(frame, "=HYPERLINK(\"x\")", "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026",
                 PEILDATUM, "nl", ("-notitie",), {"waarde": 1})


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_csv_bytes_for_a_small_frame():
    frame = pl.DataFrame({"kwartaal": ["2026-Q3", "2026-Q2"], "waarde": [47.3, 1234.5],
                          "aantal": [250, 3], "toelichting": ["goed", None]})
    assert table_csv(frame) == (
        b"\xef\xbb\xbfkwartaal;waarde;aantal;toelichting\r\n"
        b"2026-Q3;47,3;250;goed\r\n"
        b"2026-Q2;1234,5;3;\r\n"
    )


def test_csv_of_a_table_rounds_to_its_decimals():
    frame = pl.DataFrame({"a": [62.5, 1.25], "b": [0.125, 2.0]})
    table = Table(frame, "t", "s", PEILDATUM, decimals={"a": 0, "b": 2})
    assert table_csv(table) == b"\xef\xbb\xbfa;b\r\n63;0,13\r\n1;2,0\r\n"


def test_hostile_text_is_neutralised_in_csv_and_numbers_are_not():
    rows = _csv_rows(table_csv(_hostile_table()))
    notes = [r[4] for r in rows[1:]]
    assert notes[:-1] == ["'" + h for h in HOSTILE]
    assert notes[-1] == "gewone tekst"
    assert [r[1] for r in rows[1:]] == ["-1,5", "2,3", "1234,5", "0,0", "10,0", "-3,0", ""]
    assert [r[2] for r in rows[1:3]] == ["1", "-2"]


def test_hostile_text_is_never_a_formula_in_xlsx():
    data = table_xlsx(_hostile_table())
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert ws["A1"].value == "'=HYPERLINK(\"x\")"  # the title is neutralised too
    assert ws["A3"].value == "'-notitie"
    head = 5  # title, source, one note, blank line, header
    assert [c.value for c in ws[head]] == ["organisatie", "waarde", "aantal", "peildatum", "toelichting"]
    notes = [ws.cell(row=head + 1 + i, column=5) for i in range(len(HOSTILE))]
    # xlsxwriter stores a carriage return as the OOXML escape _x000D_ (Excel shows it as CR)
    assert [c.value.replace("_x000D_", "\r") for c in notes] == ["'" + h for h in HOSTILE]
    assert all(c.data_type == "s" for c in notes)


def test_xlsx_cells_are_typed_with_number_formats():
    data = table_xlsx(_hostile_table())
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.active
    assert ws.title == "Gegevens"
    assert ws["A1"].font.b and ws["A2"].value == "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026"
    assert all(c.font.b for c in ws[5])
    assert ws.freeze_panes == "A6"
    value, count, day = ws["B6"], ws["C7"], ws["D6"]
    assert value.data_type == "n" and value.value == -1.5 and value.number_format == "#,##0.0"
    assert count.data_type == "n" and count.value == -2 and count.number_format == "#,##0"
    assert day.is_date and day.value == datetime(2026, 9, 30) and day.number_format == "dd-mm-yyyy"
    assert ws["B12"].value is None  # no value stays empty, not 0 or 'None'
    assert ws.column_dimensions["E"].width > ws.column_dimensions["C"].width
    assert ws.auto_filter.ref == "A5:E12"
    assert wb.properties.created == datetime(2026, 11, 28)
    assert wb.properties.creator == "Voortgangsmonitor IBDS"


def test_xlsx_is_byte_identical_for_the_same_table():
    table = chart_table(national_rows(), CDO, context(live=True))
    first = table_xlsx(table)
    time.sleep(1.1)
    assert table_xlsx(table) == first


def test_chart_table_in_dutch():
    table = chart_table(national_rows(), CDO, context(live=True))
    assert table.frame.columns == ["kwartaal", "groep", "waarde (%)", "aangeleverd", "verwacht",
                                   "dekking (%)", "prognose (%)", "status"]
    assert table.frame["waarde (%)"].to_list() == [12.0, 41.0, None, 47.3]
    assert table.frame["dekking (%)"].to_list() == [25.6, 66.7, 0.0, 64.1]
    assert table.frame["status"].to_list() == ["op koers", "risico", "onvoldoende gegevens", "risico"]
    assert table.decimals["waarde (%)"] == 1
    assert table.title == "Aandeel organisaties met een CDO"
    assert any("VOORLOPIG" in n for n in table.notes)
    assert "2026-Q3;NL;47,3;250;390;64,1;63,5;risico" in table_csv(table).decode("utf-8-sig")


def test_chart_table_in_english_with_labels_and_whole_numbers():
    rows = type_rows().with_columns(pl.Series("value", [62.5, 1234.5, None, 10.0]))
    table = chart_table(rows, DATASETS, context("Published datasets", unit="datasets", lang="en"),
                        labels={"gemeente": "Municipalities", "provincie": "Provinces"})
    assert table.frame.columns[:4] == ["quarter", "group", "name", "value (datasets)"]
    assert table.frame["value (datasets)"].dtype == pl.Int64
    assert table.frame["value (datasets)"].to_list() == [63, 1235, None, 10]  # halves up, as on screen
    assert table.frame["name"].to_list()[:3] == ["Municipalities", "Provinces", "waterschap"]
    assert table.frame["status"].to_list()[1] == "achieved"
    ws = openpyxl.load_workbook(io.BytesIO(table_xlsx(table))).active
    assert ws.title == "Data"


def test_submitted_notes_pass_through_and_are_neutralised():
    """Through the registered table formats, as the pack and the Export page write them."""
    rows = national_rows().with_columns(pl.Series("toelichting", ["=1+1", None, "-", "ok"]))
    chart = ChartExport("a03-cdo", context(), lambda: None, rows, CDO)
    assert chart.table.frame.columns[-1] == "toelichting"
    text = FORMATS["csv"].data(chart, None).decode("utf-8-sig")
    assert ";'=1+1\r\n" in text and ";'-\r\n" in text
    ws = openpyxl.load_workbook(io.BytesIO(FORMATS["xlsx"].data(chart, None))).active
    assert "'=1+1" in [c.value for c in ws["I"]]
    # a chart without a table (the heatmap) has no table file
    assert FORMATS["csv"].data(ChartExport("status", context(), lambda: None), None) is None
