"""Layout facts of the report PDF (edition 2) that can be checked from the file: the first pages
render to PNG (pdftoppm), no page ends on a heading or a table caption, every figure has its
caption on its page, every page says "Pagina n van m", the contents on page 1 give the right
pages, the summary page is not left mostly empty; and the tagged structure (pypdf over the
StructTreeRoot): language, alt text on every figure, headings H1-H3 without a skipped level, a
header cell in every table.

Made from the hand-made report (tests/reports/sample.py) and a longer one (its actions eight
times over, so page breaks fall at many different places), both without a browser."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import pypdf
import pytest
from PIL import Image

from monitor.reports.pdf import document_json, report_pdf
from tests.reports.sample import with_words

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                   reason="needs poppler-utils (apt-get install poppler-utils)")
A4_HEIGHT_PT = 841.89
HEADER_PT, FOOTER_PT = 28 / 25.4 * 72, 25 / 25.4 * 72   # the page margins


@pytest.fixture(scope="module")
def long_report(report):
    actions = [replace(a, id=f"{a.id}{n}", title=f"{a.title} {n}") for n in range(8) for a in report.actions]
    return replace(report, actions=actions)


@pytest.fixture(scope="module")
def long_pdf(long_report) -> bytes:
    return report_pdf(long_report)


def headings(data) -> set[str]:
    """Every heading text of the report (section titles, actions, indicators, annex entries)."""
    doc = document_json(data)
    lab = doc["labels"]
    out = {lab[k] for k in ("contents", "summary", "key_points", "actions", "notes", "annex", "colophon")}
    for a in doc["actions"]:
        out.add(a["heading"])
        out.update(i["title"] for i in a["indicators"])
    out.update(e["heading"] for e in doc["annex"])
    for a in doc["actions"]:   # the words (issue 18)
        w = a.get("words")
        if w:
            out.update({w["heading"], w["milestones_heading"], *(p["title"] for p in w["parts"])})
    out.update(c["title"] for c in doc["commitments"])
    return out


def body_lines(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """Per page the text lines between header and footer, top to bottom (pdftotext -bbox-layout)."""
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], check=True,
                           capture_output=True, text=True).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in ElementTree.fromstring(xhtml).iterfind(".//h:page", ns):
        lines = []
        for line in page.iterfind(".//h:line", ns):
            top, bottom = float(line.get("yMin")), float(line.get("yMax"))
            if top > HEADER_PT - 2 and bottom < A4_HEIGHT_PT - FOOTER_PT + 2:
                lines.append((top, " ".join(w.text for w in line.iterfind("h:word", ns))))
        pages.append([text for _, text in sorted(lines)])
    return pages


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


# Lengths of the first action's description (in words) at which a heading of each kind (action,
# indicator, annex entry) or a table caption ends a page when nothing keeps them with what follows
# (headings not sticky, an indicator's heading not kept with its sentence, tables breakable); found
# by trying every 9th length (and CAPTION_APART_AT with figures made breakable).
ORPHAN_AT = (135, 162, 189, 207, 243, 261)
WORDS = ("Overheden publiceren hun datasets in een catalogus en beschrijven ze met metadata. " * 30).split()


def described(report, words: int):
    """``report`` with its first action described in ``words`` words."""
    first = replace(report.actions[0], description=" ".join(WORDS[:words]))
    return replace(report, actions=[first, *report.actions[1:]])


@needs_poppler
@pytest.mark.parametrize("words", [None, *ORPHAN_AT])
def test_no_page_ends_on_a_heading(report, words, tmp_path):
    data = report if words is None else described(report, words)
    pages = body_lines(report_pdf(data), tmp_path)
    titles = headings(data)
    assert len(pages) >= 4
    for n, lines in enumerate(pages[:-1], start=1):
        last = lines[-1]
        assert not any(last in title for title in titles), f"page {n} ends on the heading {last!r}"
        assert not re.match(r"Tabel \d+: ", last), f"page {n} ends on the caption {last!r}"


@needs_poppler
@pytest.mark.parametrize("words", [None, 40, 135, 207])
def test_no_page_ends_on_a_heading_with_statements(report, words, tmp_path):
    """Issue 18: the statements' parts, the milestone tables and the annexes 1A and 1B too."""
    data = with_words(report if words is None else described(report, words), statements=2)
    pages = body_lines(report_pdf(data), tmp_path)
    titles = headings(data)
    assert any("Bijlage 1B Openstaande toezeggingen" in line for lines in pages for line in lines)
    for n, lines in enumerate(pages[:-1], start=1):
        last = lines[-1]
        assert not any(last in title for title in titles), f"page {n} ends on the heading {last!r}"
        assert not re.match(r"Tabel \d+: ", last), f"page {n} ends on the caption {last!r}"


def test_tagged_headings_with_statements(report):
    """A statement's parts are H4 under the H3 'Voortgang in woorden': no skipped level."""
    elements = structure(report_pdf(with_words(report)))
    levels = [int(s[2:]) for s, _ in elements if re.fullmatch(r"/H\d", s)]
    assert max(levels) == 4
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels


CAPTION_APART_AT = 297  # words of description at which a breakable figure loses its caption


@pytest.mark.parametrize("which", ["pdf_bytes", "long_pdf", CAPTION_APART_AT])
def test_every_figure_has_its_caption_on_its_page(which, request, report):
    pdf = request.getfixturevalue(which) if isinstance(which, str) else report_pdf(described(report, which))
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    texts = page_texts(pdf)
    total = 0
    for n, (page, text) in enumerate(zip(pages, texts, strict=True), start=1):
        captions = len(re.findall(r"Figuur \d+: ", text))
        assert len(page.images) == captions, f"page {n}: {len(page.images)} images, {captions} captions"
        total += captions
    assert total >= 4


def test_page_numbers_and_contents(long_pdf):
    texts = page_texts(long_pdf)
    assert all(f"Pagina {n} van {len(texts)}" in t for n, t in enumerate(texts, start=1))
    cover = texts[0]
    assert "Inhoud" in cover and "3f" * 32 not in cover
    for title in ("Samenvatting", "Voortgang per actie", "Bijlage: definities van de indicatoren", "Colofon"):
        listed = re.search(re.escape(title) + r" ?\.[ .]*(\d+)", cover)
        assert listed, title
        page = int(listed.group(1))
        assert title in texts[page - 1], f"{title} is not on page {page}"


@needs_poppler
def test_first_pages_render_and_the_summary_page_is_filled(pdf_bytes, long_pdf, tmp_path):
    """Pages 1-3 as PNG; page 2 (the summary) has content down to at least 60% of its height."""
    for name, pdf in (("short", pdf_bytes), ("long", long_pdf)):
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)
        images = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(images) == 3
        for path in images:
            with Image.open(path) as im:
                assert abs(im.height / im.width - 297 / 210) < 0.01
                assert im.convert("L").getextrema()[0] < 100   # something is printed on it
    with Image.open(sorted(tmp_path.glob("long-*.png"))[1]) as im:
        grey = im.convert("L")
        body_end = int(grey.height * (1 - FOOTER_PT / A4_HEIGHT_PT))
        inked = [y for y in range(body_end) if grey.crop((0, y, grey.width, y + 1)).getextrema()[0] < 200]
        assert inked[-1] > 0.6 * grey.height, "the summary page is mostly empty"


# --- the tagged structure (PDF/UA) ------------------------------------------------------------


def structure(pdf: bytes) -> list[tuple[str, dict]]:
    """The structure elements in document order: (type, element)."""
    root = pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    out: list[tuple[str, dict]] = []

    def walk(node) -> None:
        node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            for kid in node:
                walk(kid)
        elif isinstance(node, pypdf.generic.DictionaryObject) and "/S" in node:
            out.append((str(node["/S"]), node))
            if "/K" in node:
                walk(node["/K"])

    walk(root["/StructTreeRoot"]["/K"])
    return out


@pytest.mark.parametrize("which", ["pdf_bytes", "long_pdf", "pdf_provisional"])
def test_tagged_structure(which, request):
    pdf = request.getfixturevalue(which)
    root = pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert root["/MarkInfo"]["/Marked"].value is True
    elements = structure(pdf)
    figures = [e for s, e in elements if s == "/Figure"]
    assert figures and all(str(e.get("/Alt", "")).strip() for e in figures)
    levels = [int(s[2:]) for s, _ in elements if re.fullmatch(r"/H\d", s)]
    assert levels[0] == 1 and max(levels) == 3
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels   # no skipped level
    tables = [e for s, e in elements if s == "/Table"]
    assert tables

    def has_th(node) -> bool:
        node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            return any(has_th(k) for k in node)
        return isinstance(node, pypdf.generic.DictionaryObject) and (
            node.get("/S") == "/TH" or ("/K" in node and has_th(node["/K"])))

    assert all(has_th(t) for t in tables)
