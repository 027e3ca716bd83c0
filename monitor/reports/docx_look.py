"""The look of the DOCX report from edition 2 on (reports of rules-version-2 snapshots and live
data), made to look like the PDF when opened in Word or LibreOffice:

- one font everywhere: the document defaults, every style and the theme fonts name the font the
  PDF bundles (``FONT``, DejaVu Sans from ``monitor/reports/fonts``); the font table tells a word
  processor without it to take a sans-serif (``FONT_FALLBACK``), never a serif;
- sizes as in the PDF (body 10 pt, headings 17/14/11.5 pt, captions 9 pt);
- header and footer as two columns: a right tab stop at the text width of each section (the
  landscape annex gets its own), so the source line and "Pagina 1 van 9" never run together
  (LibreOffice ignores Word's absolute ``w:ptab`` tab that edition 1 used);
- tables as wide as the text with a lintblauw header row in white bold, and columns no narrower
  than their longest word;
- charts at most ``MAX_PICTURE_H_MM`` high, so a chart with its heading, sentence and caption
  fits on the rest of a page instead of leaving two thirds of it empty.

Edition 1 (:mod:`monitor.reports.docx` without these steps) stays as it was made, so the report
of a rules-version-1 snapshot is byte-identical.
"""

from __future__ import annotations

import re

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from monitor.reports.labels import LINTBLAUW

FONT = "DejaVu Sans"            # the PDF's bundled font (monitor/reports/fonts)
FONT_FALLBACK = "Verdana"       # what Word takes where DejaVu Sans is not installed
GREY = RGBColor(70, 70, 70)     # header and footer text, as luma(70) in the PDF
WHITE = RGBColor(255, 255, 255)
MAX_PICTURE_H_MM = 105.0
GLYPH_EM = 0.62                 # average glyph width of DejaVu Sans (bold a little wider), in em
PT_MM = 25.4 / 72
PADDING_MM = 4.5                # a cell's left and right padding and a little room
STYLE_SIZES_PT = {"Title": 24, "Subtitle": 15, "Heading 1": 17, "Heading 2": 14, "Heading 3": 11.5,
                  "Heading 4": 10.5, "Caption": 9}
BODY_PT = 10
_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
_STYLE_TABS = (4680, 9360)      # the template's centre and right tab stops (Letter width)


def _named_font(rpr) -> None:
    """``FONT`` in a run-properties element, theme fonts removed (they resolve to Calibri or
    Cambria, which LibreOffice replaces with a serif)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        fonts.set(qn(attr), FONT)


def _theme_fonts(doc) -> None:
    """The theme's major and minor Latin font become ``FONT`` too (what 'Body'/'Headings' in
    Word's font list mean)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/") and hasattr(part, "_blob"):
            part._blob = re.sub(rb'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"',
                                rb'\1' + FONT.encode() + b'"', part.blob)


def _font_table(doc) -> None:
    """Declare ``FONT`` in the font table as a sans-serif with ``FONT_FALLBACK`` as its
    alternative name, so a word processor without it substitutes a sans-serif."""
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            part = rel.target_part
            blob = part.blob
            entry = (f'<w:font w:name="{FONT}"><w:altName w:val="{FONT_FALLBACK}"/>'
                     '<w:panose1 w:val="020B0603030804020204"/><w:charset w:val="00"/>'
                     '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>').encode()
            if FONT.encode() not in blob:
                part._blob = blob.replace(b"</w:fonts>", entry + b"</w:fonts>")


def fonts(doc) -> None:
    """One font in the whole document: defaults, every style, theme and font table; the sizes
    of the PDF."""
    styles = doc.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _named_font(defaults)
    for rpr in styles.iter(qn("w:rPr")):
        if rpr.find(qn("w:rFonts")) is not None:
            _named_font(rpr)
    for name in ("Normal", *STYLE_SIZES_PT):
        _named_font(doc.styles[name].element.get_or_add_rPr())
    doc.styles["Normal"].font.size = Pt(BODY_PT)
    for name, size in STYLE_SIZES_PT.items():
        doc.styles[name].font.size = Pt(size)
    doc.styles["Title"].font.bold = True
    doc.styles["Heading 4"].font.italic = False   # a statement's part (issue 18), as the PDF
    doc.styles["Heading 4"].font.color.rgb = doc.styles["Heading 3"].font.color.rgb
    _theme_fonts(doc)
    _font_table(doc)


def two_columns(paragraph: Paragraph, width: Length) -> None:
    """A right tab stop at ``width`` (the section's text width) instead of the template's
    Letter-sized ones: what follows the tab ends at the right margin."""
    tabs = paragraph.paragraph_format.tab_stops
    for pos in _STYLE_TABS:
        tabs.add_tab_stop(pos * 635, WD_TAB_ALIGNMENT.CLEAR)   # twips -> EMU
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def small_grey(paragraph: Paragraph) -> None:
    for run in paragraph.runs:
        run.font.size = Pt(8)
        if run.font.color.rgb is None:
            run.font.color.rgb = GREY


def thin(paragraph: Paragraph) -> None:
    """An empty paragraph 4 pt high (between two tables)."""
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(4)


def text_width(section) -> Length:
    return Length(section.page_width - section.left_margin - section.right_margin)


def table_look(out: DocxTable, width: Length, header_cells: int) -> None:
    """As wide as the text with fixed column widths, rows kept on one page, and the header row
    lintblauw with white bold text (as in the PDF)."""
    props = out._tbl.tblPr
    tbl_w = props.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        props.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(int(width) // 635))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    props.append(layout)
    for row in out.rows:   # a row is not split over two pages
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for cell in out.rows[0].cells[:header_cells]:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), LINTBLAUW)
        cell._tc.get_or_add_tcPr().append(shading)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = WHITE


def column_widths(header: list[str], rows: list[list[str]], total: int, font_pt: float) -> list[int]:
    """Column widths (EMU) that add up to ``total``: shared after the mean length of each column's
    texts (counted between 4 and 60 characters), but never narrower than its longest word with
    the cell padding, so 'Actie' or 'Status' is not broken in two."""
    columns = list(zip(header, *rows, strict=True))
    want = [min(max(sum(len(v) for v in column) / len(column), 4), 60) for column in columns]
    least = [int(Mm(max((len(w) for v in column for w in v.split()), default=1)
                    * font_pt * GLYPH_EM * PT_MM + PADDING_MM)) for column in columns]
    if sum(least) >= total:   # words too long for the page: widths after the words alone
        return [int(total * n / sum(least)) for n in least]
    fixed: set[int] = set()
    while True:   # columns whose share is below their least width get it; the rest share the rest
        free = total - sum(least[c] for c in fixed)
        share = sum(want[c] for c in range(len(want)) if c not in fixed) or 1
        widths = [least[c] if c in fixed else int(free * want[c] / share) for c in range(len(want))]
        short = {c for c in range(len(want)) if c not in fixed and widths[c] < least[c]}
        if not short or len(fixed | short) == len(want):
            return widths
        fixed |= short


def picture_size(width_mm: float, height_mm: float) -> tuple[float, float]:
    """A chart no higher than ``MAX_PICTURE_H_MM`` (its width scaled along)."""
    if height_mm <= MAX_PICTURE_H_MM:
        return width_mm, height_mm
    scale = MAX_PICTURE_H_MM / height_mm
    return round(width_mm * scale, 2), MAX_PICTURE_H_MM


# -- the table of contents ---------------------------------------------------------------------

TOC_LEVELS = {"Heading 1": 1, "Heading 2": 2}


def _toc_style(doc, level: int, width: Length):
    """Word's built-in 'toc 1' / 'toc 2' paragraph style: the page number at the right margin
    after a dotted leader, level 2 indented."""
    name = f"toc {level}"
    if name in [s.name for s in doc.styles]:
        return doc.styles[name]
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    fmt = style.paragraph_format
    fmt.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    fmt.left_indent = Mm(6 * (level - 1))
    fmt.space_after = Pt(3)
    return style


def _run(parent, *, t: str | None = None, fld_char: str | None = None):
    """A ``w:r`` in ``parent`` with a text or a field character (``begin``/``end``)."""
    run = OxmlElement("w:r")
    if t is not None:
        el = OxmlElement("w:t")
        el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        el.text = t
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), fld_char or "end")
    run.append(el)
    parent.append(run)


def fill_contents(doc, field: Paragraph, width: Length, leave_out: str = "") -> None:
    """Give the TOC field in ``field`` (begin, code, separate, placeholder, end) its entries: every
    Heading 1 and 2 after it (not the Heading 2s under the Heading 1 ``leave_out``, the annex's
    entries, as in the PDF's contents), each a link to its heading. LibreOffice shows these
    entries (without page numbers: it does not lay out a field's result); Word makes the whole
    table again, with page numbers, when it updates the fields, which the document asks for on
    opening (``w:updateFields``)."""
    headings, after, skipping = [], False, False
    for p in doc.paragraphs:
        if p._p is field._p:
            after = True
        elif after and p.style.name in TOC_LEVELS and p.text.strip():
            if TOC_LEVELS[p.style.name] == 1:
                skipping = bool(leave_out) and p.text == leave_out
            elif skipping:   # out of Word's table too: body-text outline level
                level = OxmlElement("w:outlineLvl")
                level.set(qn("w:val"), "9")
                p._p.get_or_add_pPr().append(level)
                continue
            headings.append(p)
    runs = field._p.findall(qn("w:r"))
    separate = next(i for i, r in enumerate(runs) if r.find(qn("w:fldChar")) is not None
                    and r.find(qn("w:fldChar")).get(qn("w:fldCharType")) == "separate")
    for r in runs[separate + 1:]:   # the placeholder and the end
        field._p.remove(r)
    entry = field._p
    for n, heading in enumerate(headings, start=1):
        mark = f"_Toc{n:06d}"
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(n))
        start.set(qn("w:name"), mark)
        end.set(qn("w:id"), str(n))
        ppr = heading._p.pPr
        heading._p.insert(0 if ppr is None else 1, start)
        heading._p.append(end)
        if n > 1:   # the first entry shares the paragraph with the field's start
            before, entry = entry, OxmlElement("w:p")
            before.addnext(entry)
        Paragraph(entry, field._parent).style = _toc_style(doc, TOC_LEVELS[heading.style.name], width)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), mark)
        link.set(qn("w:history"), "1")
        entry.append(link)
        _run(link, t=heading.text)
    _run(entry, fld_char="end")
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)
