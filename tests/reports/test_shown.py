"""Issue 15 items 3, 5, 6 in the report: per indicator how many values stand behind the figure and
how many were carried forward (table and coverage sentence), the status with what it leaves out,
and why there is no forecast; built for real from a snapshot of tests/world_shown.py at 2024-Q3
(PDF and DOCX)."""

from __future__ import annotations

import io
from datetime import date

import docx
import pypdf
import pytest

from monitor.publication.source import from_snapshot
from monitor.reports.build import build_report
from monitor.reports.docx import report_docx
from monitor.reports.pdf import report_pdf
from monitor.snapshots import create_snapshot
from tests.world_shown import build


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    rt = build(tmp_path_factory.mktemp("report"))
    sid = create_snapshot(rt, "Voortgangsbrief K3 2024", "pm", until="2024-Q3", today=date(2026, 1, 15))
    return from_snapshot(rt, sid, "pm")


@pytest.fixture(scope="module")
def reports(source):
    return {lang: build_report(source, lang, None) for lang in ("nl", "en")}


def section(report, indicator: str):
    return next(i for a in report.actions for i in a.indicators if i.id == indicator)


def test_coverage_sentence_says_how_many_values_and_how_many_were_carried(reports):
    nl, en = reports["nl"], reports["en"]
    # 2024-Q3: G2 (2 fte of Q2) and G3 (3 fte of Q1) carried forward
    assert section(nl, "i_carry").coverage_note == (
        "Gebaseerd op 5 van de 5 organisaties (100%); 5 waarden, waarvan 2 overgenomen uit een "
        "eerder kwartaal.")
    assert section(en, "i_carry").coverage_note == (
        "Based on 5 of the 5 organisations (100%); 5 values, of which 2 carried forward from an "
        "earlier quarter.")
    # never carried: the values only
    assert section(nl, "i_share").coverage_note == "Gebaseerd op 5 van de 5 organisaties (100%); 5 waarden."
    assert section(nl, "i_minn").coverage_note.endswith("(100%); 3 waarden.")
    assert section(nl, "i_mile").coverage_note.endswith("(100%); 1 waarde.")


def test_table_has_the_values_with_the_carried_ones_and_the_status_in_words(reports):
    nl, en = reports["nl"], reports["en"]
    table = section(nl, "i_carry").table
    assert table.header == ["Kwartaal", "Waarde", "Gepland", "Dekking", "Waarden (overgenomen)", "Status"]
    assert [r[4] for r in table.rows] == ["5", "5 (1)", "5 (2)"]
    assert section(en, "i_carry").table.header[4] == "Values (carried)"
    assert [r[4] for r in section(nl, "i_share").table.rows] == ["5", "5", "5"]
    assert [r[4] for r in section(nl, "i_minn").table.rows] == ["5", "4", "3"]
    assert section(nl, "i_mile").table.rows[-1][5] == (
        "✔ behaald, 78 dagen na de geplande datum (15-05-2024)")
    assert [r[5] for r in section(nl, "i_held").table.rows] == [
        "● op koers", "● op koers: doel gehaald, maar nog niet lang genoeg (1 van 3 kwartalen)",
        "● op koers: doel gehaald, maar nog niet lang genoeg (2 van 3 kwartalen)"]
    assert section(en, "i_minn").table.rows[-1][5] == "? insufficient data: 3 of at least 5 values"
    # the indicator's status line says the same as the table's last row
    assert section(nl, "i_mile").status_label == "✔ behaald, 78 dagen na de geplande datum (15-05-2024)"
    assert section(nl, "i_share").status_label == "✔ behaald"


def test_a_too_short_series_says_why_there_is_no_forecast(reports):
    nl, en = reports["nl"], reports["en"]
    # i_carry: three quarters with a value, a forecast needs four
    assert section(nl, "i_carry").sentence.endswith(
        "het doel is 20 fte in K4 2025. Er zijn te weinig kwartalen met gegevens voor een prognose.")
    assert section(en, "i_carry").sentence.endswith(
        "There are too few quarters with data for a forecast.")
    assert "tempo" not in section(nl, "i_carry").sentence


def test_pdf_and_docx_show_them(reports):
    pdf = " ".join(" ".join(p.extract_text().split())
                   for p in pypdf.PdfReader(io.BytesIO(report_pdf(reports["nl"]))).pages)
    for text in ("Waarden (overgenomen)", "5 (2)",
                 "5 waarden, waarvan 2 overgenomen uit een eerder kwartaal.",
                 "78 dagen na de geplande datum (15-05-2024)",
                 "doel gehaald, maar nog niet lang genoeg (2 van 3 kwartalen)",
                 "3 van minimaal 5 waarden"):
        assert text in pdf, text
    doc = docx.Document(io.BytesIO(report_docx(reports["en"])))
    paragraphs = " ".join(p.text for p in doc.paragraphs)
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert "5 values, of which 2 carried forward from an earlier quarter." in paragraphs
    assert ["Quarter", "Value", "Planned", "Coverage", "Values (carried)", "Status"] in cells
    assert any(row[4] == "5 (2)" for row in cells if len(row) == 6)
