"""The DOCX look from edition 2 (``monitor.reports.docx_look``): one sans-serif font, header and
footer in two columns, tables and charts that fit; edition 1 as it was made. And the document
opened in a real word processor: LibreOffice converts it to PDF (``soffice --headless``) and
poppler reads the facts (footer separated, no serif fallback font)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from monitor.reports.docx import report_docx
from monitor.reports.docx_look import FONT, MAX_PICTURE_H_MM, column_widths
from monitor.reports.model import Chart
from tests.reports.sample import SOURCE, png

SOFFICE = shutil.which("soffice")
SERIF = re.compile(r"serif|times|cambria|georgia|roman", re.IGNORECASE)
# .ci/run installs LibreOffice and sets this, so the conversion test cannot skip in CI
REQUIRED = os.environ.get("MONITOR_REQUIRE_SOFFICE") == "1"


def xml(data: bytes, name: str) -> str:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def test_one_font_everywhere(docx_bytes):
    styles = xml(docx_bytes, "word/styles.xml")
    assert "Theme=" not in styles and "theme=" not in styles.replace("themeColor", "")
    fonts = re.findall(r'<w:rFonts ([^>]*)/>', styles)
    assert fonts and all(f'w:ascii="{FONT}"' in f and f'w:hAnsi="{FONT}"' in f for f in fonts)
    doc = docx.Document(io.BytesIO(docx_bytes))
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:rFonts")).get(qn("w:ascii")) == FONT
    assert doc.styles["Normal"].font.size.pt == 10
    theme = xml(docx_bytes, "word/theme/theme1.xml")
    assert re.findall(r'<a:(?:major|minor)Font>\s*<a:latin typeface="([^"]*)"', theme) == [FONT, FONT]
    table = xml(docx_bytes, "word/fontTable.xml")
    assert f'<w:font w:name="{FONT}"><w:altName w:val="Verdana"/>' in table
    assert '<w:family w:val="swiss"/>' in table


def test_edition_1_is_the_look_it_was_made_with(report, docx_bytes):
    old = report_docx(replace(report, rules_version=1, overview=None))
    assert old != docx_bytes
    assert "w:ptab" in xml(old, "word/footer1.xml")
    assert "w:ptab" not in xml(docx_bytes, "word/footer1.xml")
    assert f'w:ascii="{FONT}"' not in xml(old, "word/styles.xml")
    assert report_docx(replace(report, rules_version=1, overview=None)) == old   # deterministic too


def test_tables_fill_the_text_width_with_a_lintblauw_header(docx_bytes):
    doc = docx.Document(io.BytesIO(docx_bytes))
    summary = doc.tables[0]
    width = summary._tbl.tblPr.find(qn("w:tblW"))
    assert (width.get(qn("w:type")), int(width.get(qn("w:w")))) == ("dxa", 9072)   # 160 mm
    header = summary.rows[0].cells[0]._tc.tcPr.find(qn("w:shd"))
    assert header.get(qn("w:fill")) == "154273"
    assert str(summary.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb) == "FFFFFF"
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in summary.rows)


def test_no_column_narrower_than_its_longest_word():
    total = 5_760_000   # 160 mm in EMU
    header = ["Actie", "Titel", "Status", "Bepaald door"]
    rows = [["A01", "Dataverantwoordelijkheid", "✖ achter", "Achter: " + "woorden " * 30]]
    widths = column_widths(header, rows, total, 9)
    assert abs(sum(widths) - total) < len(widths)
    assert widths[0] > 150_000 * 3   # 'Actie' in 9 pt: more than 4 characters of 1,5 mm + padding
    assert widths[3] == max(widths)  # the wordiest column gets the room
    # words that cannot fit: shared after the words, never a negative width
    assert min(column_widths(["x" * 90] * 3, [["y" * 90] * 3], total, 9)) > 0


def test_a_tall_chart_is_made_to_fit_with_its_heading(report):
    tall = Chart("Hoog", png((0, 0, 0), (300, 600)), "Een hoge grafiek.")
    ind = replace(report.actions[0].indicators[0], charts=[tall])
    data = replace(report, actions=[replace(report.actions[0], indicators=[ind])], overview=None)
    [shape] = docx.Document(io.BytesIO(report_docx(data))).inline_shapes
    assert round(shape.height.mm) == MAX_PICTURE_H_MM and abs(shape.width.mm - MAX_PICTURE_H_MM / 2) < 0.6
    first = replace(data, rules_version=1, overview=None)
    [old] = docx.Document(io.BytesIO(report_docx(first))).inline_shapes
    assert round(old.height.mm) == 200


@pytest.fixture(scope="module")
def converted(docx_bytes, tmp_path_factory):
    """The sample report converted by LibreOffice: the PDF's path."""
    if SOFFICE is None:
        if REQUIRED:
            pytest.fail("MONITOR_REQUIRE_SOFFICE=1 but soffice is not installed")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui; "
                    ".ci/run installs it)")
    folder = tmp_path_factory.mktemp("soffice")
    source = folder / "rapport.docx"
    source.write_bytes(docx_bytes)
    profile = (folder / "profile").as_uri()   # its own profile: parallel runs do not share a lock
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=180)
    return folder / "rapport.pdf"


def test_libreoffice_keeps_source_line_and_page_number_apart(converted):
    text = subprocess.run(["pdftotext", "-layout", str(converted), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        [footer] = [line for line in page.splitlines() if SOURCE in line]
        assert re.search(re.escape(SOURCE) + rf"\s{{3,}}Pagina {n} van {len(pages)}$", footer.strip()), footer


def test_libreoffice_uses_no_serif_font(converted):
    listing = subprocess.run(["pdffonts", str(converted)], check=True, capture_output=True,
                             text=True).stdout
    names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]]
    assert any(name.startswith("DejaVuSans") for name in names), names
    assert not [n for n in names if SERIF.search(n.replace("Sans", ""))], names


def test_the_contents_list_the_headings_as_links_and_leave_out_the_annex_entries(docx_bytes):
    doc = docx.Document(io.BytesIO(docx_bytes))
    entries = [p for p in doc.paragraphs if p.style.name in ("toc 1", "toc 2")]
    heads = [p.text for p in doc.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    annex = heads.index("Bijlage: definities van de indicatoren")
    below = [h for h in heads[annex + 1:] if h != "Colofon"]
    assert below   # the annex has an entry heading per indicator
    assert [p.text for p in entries] == [h for h in heads if h not in below]
    body = xml(docx_bytes, "word/document.xml")
    assert body.count('<w:hyperlink w:anchor="_Toc') == len(entries)
    assert '<w:fldChar w:fldCharType="end"/>' in body and "Inhoud</w:t>" in body
    assert '<w:updateFields w:val="true"/>' in xml(docx_bytes, "word/settings.xml")
