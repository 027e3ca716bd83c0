"""The PDF report: content, escaping, provisional marker, tags, metadata and determinism."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf
import pytest

from monitor.reports.errors import ReportError
from monitor.reports.model import Chart
from monitor.reports.pdf import document_json, report_pdf
from tests.reports.sample import SENTENCE, SOURCE, SPECIAL, png


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Per page the extracted text with whitespace runs (line wraps) made single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def xmp(pdf: bytes) -> bytes:
    return reader(pdf).trailer["/Root"]["/Metadata"].get_object().get_data()


def struct_alts(node, out: list[str]) -> list[str]:
    node = node.get_object()
    if isinstance(node, pypdf.generic.ArrayObject):
        for kid in node:
            struct_alts(kid, out)
    elif isinstance(node, pypdf.generic.DictionaryObject):
        if "/Alt" in node:
            out.append(str(node["/Alt"]))
        if "/K" in node:
            struct_alts(node["/K"], out)
    return out


def test_pdf_header_and_page_count(pdf_bytes):
    assert pdf_bytes.startswith(b"%PDF-")
    assert 4 <= len(reader(pdf_bytes).pages) <= 8


def test_pdf_contains_the_content(report, pdf_bytes):
    text = " ".join(page_texts(pdf_bytes))
    for expected in (
        "Voortgang Interbestuurlijke Datastrategie",
        "Voortgangsbrief Q3 2026",
        "Peildatum 28-11-2026",
        "Periode K3 2026",
        "Snapshot 12 (Voortgangsbrief Q3 2026)",
        "3f" * 32,
        "Samenvatting",
        "Inhoud",
        "Stand van de 2 acties: 1 behaald en 1 risico.",
        "Belangrijkste punten",
        "1 van de 2 acties ligt op koers of is behaald.",
        "Tabel 1: Acties per status",
        "Heatmap: A03 risico, A06 behaald in K3 2026.",
        "Colofon",
        "A03 · Dataverantwoordelijkheid",
        "A06 · Datacatalogi & vindbaarheid",
        "Actielijn: 7.1 · Eigenaar: BZK · Status: ▲ risico",
        "Aandeel organisaties met een CDO",
        "Aangesloten datacatalogi",
        SENTENCE,
        "Gebaseerd op 358 van de 394 organisaties (91%).",
        "Figuur 2: Lijngrafiek: het aandeel organisaties met een CDO steeg van 14% naar 38%.",
        "Tabel 2: Stand van de acties",
        "A06 Datacatalogi & vindbaarheid ✔ behaald",
        "K3 2026 38% 91%",
        "Dekking: 91% van de organisaties leverde op tijd aan.",
        "Bijlage: definities van de indicatoren",
        "A03 · Datagovernance (a03_governance) Berekening som van datagovernance_fte",
    ):
        assert expected in text, expected


def test_pdf_special_characters_are_text_not_markup(pdf_bytes):
    text = " ".join(page_texts(pdf_bytes))
    assert f"Datagovernance: {SPECIAL}" in text            # heading
    assert f"Officer aan. {SPECIAL}" in text                # description
    assert f"tekens {SPECIAL} blijven staan." in text       # note
    assert "Aantal catalogi $ stijgt naar 12." in text      # caption with a dollar
    for piece in ("#1", "_x_", "$5", "@bzk", "[x]", "<b>", "a\\b", "é ë ĳ €"):
        assert piece in text


def test_pdf_source_line_on_every_page(pdf_bytes):
    texts = page_texts(pdf_bytes)
    assert all(SOURCE in t for t in texts)
    assert [t.rsplit("Pagina", 1)[1].strip() for t in texts] == [
        f"{n} van {len(texts)}" for n in range(1, len(texts) + 1)]


def test_pdf_provisional_marker(pdf_bytes, pdf_provisional):
    assert not any("VOORLOPIG" in t for t in page_texts(pdf_bytes))
    texts = page_texts(pdf_provisional)
    assert all("VOORLOPIG" in t for t in texts)
    assert "Voorlopige cijfers:" in texts[0]
    assert "Snapshot geen (live gegevens)" in texts[-1]   # the colophon


def test_pdf_images_with_alt_text(report, pdf_bytes):
    pdf = reader(pdf_bytes)
    images = [img for page in pdf.pages for img in page.images]
    assert len(images) == 4
    alts = struct_alts(pdf.trailer["/Root"]["/StructTreeRoot"], [])
    expected = [report.overview.heatmap.alt,
                *(c.alt for a in report.actions for i in a.indicators for c in i.charts)]
    assert [a for a in alts if a in expected] == expected


def test_pdf_is_tagged_pdf_ua_with_metadata(pdf_bytes):
    pdf = reader(pdf_bytes)
    root = pdf.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "nl-NL"
    assert pdf.metadata.title == "Voortgang Interbestuurlijke Datastrategie"
    assert pdf.metadata.author == "Voortgangsmonitor IBDS"
    assert pdf.metadata["/CreationDate"] == "D:20261128000000Z"
    assert b"<pdfuaid:part>1</pdfuaid:part>" in xmp(pdf_bytes)


def test_pdf_is_portrait_with_the_hashes_only_in_the_colophon(pdf_bytes):
    pages = reader(pdf_bytes).pages
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {(595, 842)}
    texts = page_texts(pdf_bytes)
    assert "3f" * 32 not in texts[0] and "Snapshot" not in texts[0]
    assert texts[-1].startswith("Voortgang Interbestuurlijke Datastrategie Colofon")
    assert "3f" * 32 in texts[-1] and "Rekenregels versie 2" in texts[-1]


def test_pdf_of_edition_1_keeps_the_layout_it_was_made_with(report):
    """A rules-version-1 snapshot's report (monitor.reports.edition1): hash on the cover, no
    summary page or colophon, the annex as a table on landscape pages."""
    pdf = report_pdf(replace(report, rules_version=1, overview=None))
    texts = page_texts(pdf)
    assert "Snapshot 12" in texts[0] and "3f" * 32 in texts[0]
    assert not any("Colofon" in t or "Inhoud" in t for t in texts)
    last = reader(pdf).pages[-1]
    assert "Bijlage: definities van de indicatoren" in texts[-1]
    assert "a03_governance Datagovernance som van datagovernance_fte" in " ".join(texts)
    assert float(last.mediabox.width) > float(last.mediabox.height)


def test_pdf_is_deterministic(report, pdf_bytes):
    assert report_pdf(report) == pdf_bytes


def test_pdf_english(report_en):
    pdf = report_pdf(report_en)
    texts = page_texts(pdf)
    assert all("PROVISIONAL" in t for t in texts)
    assert not any("VOORLOPIG" in t for t in texts)
    text = " ".join(texts)
    for expected in ("Progress of the Interbestuurlijke Datastrategie", "Reference date 2026-11-28",
                     "Summary", "Progress per action", "Line of action: 7.1 · Owner: BZK",
                     "Figure 2: Line chart:", "Table 2: Status of the actions", "Contents",
                     "Key points", "Colophon", "Computation rules version 2",
                     "Annex: indicator definitions", "Page 1 of"):
        assert expected in text, expected
    assert reader(pdf).trailer["/Root"]["/Lang"] == "en-GB"


def test_pdf_text_that_looks_like_typst_code_stays_text(report):
    """Text travels as JSON data and is placed as strings: markup and code are never run."""
    code = ['#panic("boom")', '#set page(paper: "a5")', "$x^2$ // geen commentaar",
            '#image("/etc/passwd")', "\\u{1F600} `raw` = kop"]
    pdf = report_pdf(replace(report, notes=code, title="Titel #strong[x] <lbl> @lbl"))
    text = " ".join(page_texts(pdf))
    for line in code:
        assert line in text
    assert reader(pdf).metadata.title == "Titel #strong[x] <lbl> @lbl"
    assert document_json(report)["actions"][0]["indicators"][1]["title"] == f"Datagovernance: {SPECIAL}"


def test_pdf_refuses_a_chart_that_is_not_png(report):
    bad = replace(report.actions[0].indicators[0], charts=[Chart("x", b"GIF89a...", "alt")])
    action = replace(report.actions[0], indicators=[bad])
    with pytest.raises(ReportError, match="not a PNG"):
        report_pdf(replace(report, actions=[action]))


def test_pdf_minimal_report_without_annex_and_notes(report):
    pdf = report_pdf(replace(report, annex=[], notes=[], actions=report.actions[1:]))
    text = " ".join(page_texts(pdf))
    assert "Bijlage" not in text and "Toelichting" not in text
    assert "A06 · Datacatalogi & vindbaarheid" in text


def test_pdf_chart_sizes_fit_the_page(report):
    tall = Chart("Kaart", png((200, 200, 200), (100, 400)), "Kaart van gemeenten.", width_mm=120)
    ind = replace(report.actions[0].indicators[0], charts=[tall, *report.actions[0].indicators[0].charts])
    doc = document_json(replace(report, actions=[replace(report.actions[0], indicators=[ind])]))
    sizes = [(c["width"], c["height"]) for c in doc["actions"][0]["indicators"][0]["charts"]]
    assert sizes == [(50.0, 200.0), (135.0, 67.5), (90.0, 90.0)]  # at most CHART_MM wide


def test_pdf_chart_without_alt_uses_its_title_and_stays_pdf_ua(report):
    chart = Chart("Aandeel met CDO per kwartaal", png((1, 2, 3)), alt="  ")
    ind = replace(report.actions[1].indicators[0], charts=[chart])
    pdf = report_pdf(replace(report, actions=[replace(report.actions[1], indicators=[ind])]))
    assert "Figuur 2: Aandeel met CDO per kwartaal" in " ".join(page_texts(pdf))
    assert b"<pdfuaid:part>1</pdfuaid:part>" in xmp(pdf)


def test_pdf_falls_back_to_tagged_pdf_when_pdf_ua_is_impossible(report, caplog):
    pdf = report_pdf(replace(report, title=""))   # PDF/UA-1 needs a document title
    root = reader(pdf).trailer["/Root"]
    assert b"pdfuaid" not in xmp(pdf)
    assert root["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in root
    assert "PDF/UA-1 not possible (PDF/UA-1 error: missing document title)" in caplog.text
