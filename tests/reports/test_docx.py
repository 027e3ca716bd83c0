"""The DOCX report: styles, tables, pictures with alt text, header/footer, properties and
determinism; and the same order of content as the PDF."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import docx
import pypdf
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

from monitor.reports.docx import report_docx
from monitor.reports.errors import ReportError
from monitor.reports.model import Chart
from tests.reports.sample import SENTENCE, SOURCE, SPECIAL


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def styled(doc, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == style]


def cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_docx_headings_use_word_styles(report, docx_bytes):
    doc = open_docx(docx_bytes)
    assert styled(doc, "Title") == ["Voortgang Interbestuurlijke Datastrategie"]
    assert styled(doc, "Subtitle") == ["Voortgangsbrief Q3 2026"]
    assert styled(doc, "Heading 1") == ["Samenvatting", "Voortgang per actie", "Toelichting",
                                        "Bijlage: definities van de indicatoren", "Colofon"]
    assert styled(doc, "Heading 2") == [
        "Belangrijkste punten", "A03 · Dataverantwoordelijkheid", "A06 · Datacatalogi & vindbaarheid",
        *(f"{e.action.upper()} · {e.title} ({e.indicator})" for e in report.annex)]
    assert styled(doc, "Heading 3") == ["Aandeel organisaties met een CDO", f"Datagovernance: {SPECIAL}",
                                        "Aangesloten datacatalogi"]
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        assert str(doc.styles[name].font.color.rgb) == "154273"


def test_docx_body_text(docx_bytes):
    doc = open_docx(docx_bytes)
    paragraphs = [p.text for p in doc.paragraphs]
    assert "Peildatum\t28-11-2026" in paragraphs
    assert "Snapshot\t12 (Voortgangsbrief Q3 2026)" in paragraphs   # the colophon
    assert "1 van de 2 acties ligt op koers of is behaald." in styled(doc, "List Bullet")
    assert "Berekening: som van datagovernance_fte" in paragraphs       # the annex
    assert "Actielijn: 7.1 · Eigenaar: BZK · Status: ▲ risico" in paragraphs
    assert f"Organisaties wijzen een Chief Data Officer aan. {SPECIAL}" in paragraphs
    assert SENTENCE in paragraphs
    assert "Status: ✔ behaald" in paragraphs
    assert styled(doc, "List Bullet")[-1] == f"Methode: mediaan; tekens {SPECIAL} blijven staan."
    assert styled(doc, "Caption") == [
        "Tabel 1: Acties per status",
        "Tabel 2: Stand van de acties",
        "Figuur 1: Heatmap: A03 risico, A06 behaald in K3 2026.",
        "Figuur 2: Lijngrafiek: het aandeel organisaties met een CDO steeg van 14% naar 38%.",
        "Figuur 3: Staafdiagram per organisatietype; gemeenten 41%.",
        "Tabel 3: Aandeel met CDO per kwartaal",
        "Figuur 4: Aantal catalogi $ stijgt naar 12.",
    ]


def test_docx_tables(docx_bytes):
    doc = open_docx(docx_bytes)
    assert len(doc.tables) == 4   # status counts, actions, two indicator tables; the annex is a list
    assert cells(doc.tables[0])[-1] == ["Totaal", "2"]
    summary = doc.tables[1]
    assert cells(summary) == [["Actie", "Titel", "Status"],
                              ["A03", "Dataverantwoordelijkheid", "▲ risico"],
                              ["A06", "Datacatalogi & vindbaarheid", "✔ behaald"]]
    assert summary.style.name == "Light Grid Accent 1"
    assert summary.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert summary._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == "Stand van de acties"
    assert cells(doc.tables[2])[2] == ["K3 2026", "38%", "91%"]


def test_docx_pictures_have_alt_text_and_width(report, docx_bytes):
    doc = open_docx(docx_bytes)
    shapes = doc.inline_shapes
    assert len(shapes) == 4
    alts = [s._inline.docPr.get("descr") for s in shapes]
    assert alts == [report.overview.heatmap.alt,
                    *(c.alt for a in report.actions for i in a.indicators for c in i.charts)]
    assert [round(s.width.mm) for s in shapes] == [160, 150, 90, 160]   # 200 mm capped


def test_docx_header_footer_and_page(docx_bytes, docx_provisional):
    doc = open_docx(docx_bytes)
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == "Voortgang Interbestuurlijke Datastrategie"
    assert section.footer.paragraphs[0].text == f"{SOURCE}\tPagina 1 van 1"
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert all(s.orientation == WD_ORIENT.PORTRAIT for s in doc.sections)
    stops = section.footer.paragraphs[0].paragraph_format.tab_stops   # the page number right
    assert [(round(t.position.mm), t.alignment) for t in stops if t.alignment != WD_TAB_ALIGNMENT.CLEAR] \
        == [(160, WD_TAB_ALIGNMENT.RIGHT)]
    marked = open_docx(docx_provisional).sections[0].header.paragraphs[0]
    assert marked.text == "Voortgang Interbestuurlijke Datastrategie\tVOORLOPIG"
    assert "VOORLOPIG" not in " ".join(p.text for p in doc.paragraphs)
    assert "VOORLOPIG" in [p.text for p in open_docx(docx_provisional).paragraphs]


def test_docx_properties_and_language(docx_bytes):
    doc = open_docx(docx_bytes)
    props = doc.core_properties
    assert props.title == "Voortgang Interbestuurlijke Datastrategie"
    assert props.subject.endswith("Voortgangsbrief Q3 2026")
    assert props.author == "Voortgangsmonitor IBDS"
    assert props.language == "nl-NL"
    assert props.created == props.modified == datetime(2026, 11, 28, tzinfo=UTC)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "nl-NL"


def test_docx_is_deterministic(report, docx_bytes):
    assert report_docx(report) == docx_bytes
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        assert {i.date_time for i in z.infolist()} == {(2026, 11, 28, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in z.namelist()


def test_docx_english(report_en):
    doc = open_docx(report_docx(report_en))
    assert styled(doc, "Heading 1") == ["Summary", "Progress per action", "Notes",
                                        "Annex: indicator definitions", "Colophon"]
    assert doc.sections[0].header.paragraphs[0].text.endswith("\tPROVISIONAL")
    assert doc.sections[0].footer.paragraphs[0].text.endswith("\tPage 1 of 1")
    assert doc.core_properties.language == "en-GB"
    assert "Reference date\t2026-11-28" in [p.text for p in doc.paragraphs]
    assert styled(doc, "Caption")[1] == "Table 2: Status of the actions"


@pytest.mark.parametrize("style", ["Heading 1", "Heading 2", "Heading 3", "Caption"])
def test_docx_and_pdf_have_the_same_order(docx_bytes, pdf_bytes, style):
    doc = open_docx(docx_bytes)
    pdf = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages)
    positions = [pdf.find(text) for text in styled(doc, style)]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_docx_refuses_a_chart_that_is_not_png(report):
    bad = replace(report.actions[0].indicators[0], charts=[Chart("Trend", b"GIF89a...", "alt")])
    with pytest.raises(ReportError, match="chart 'Trend' of indicator a03_cdo_aandeel is not a PNG image"):
        report_docx(replace(report, actions=[replace(report.actions[0], indicators=[bad])]))
