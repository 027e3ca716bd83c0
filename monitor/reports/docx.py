"""The progress report as an editable Word document (python-docx).

Same content and order as the PDF (:mod:`monitor.reports.pdf`): cover, summary table, per action
its description, owner and status and per indicator status, sentence, coverage note, charts and
table; notes; the indicator definitions as annex on a landscape page.

Built only with Word's built-in styles (Title, Subtitle, Heading 1-3, Normal, Caption, List
Bullet, the table style "Light Grid Accent 1") so staff can restyle and edit it; headings are
lintblauw and the theme's first accent colour is set to lintblauw so the table style follows.
Captions carry Word SEQ fields ("Figuur 1", "Tabel 1"), the footer PAGE/NUMPAGES fields: Word
updates them when it lays out the document. Every picture has its alt text as description
(``wp:docPr/@descr``), every table header row repeats on a new page and has a table caption
(``w:tblCaption``) for screen readers.

Editions: the look changed with edition 2 (:mod:`monitor.reports.docx_look`: one sans-serif
font, header and footer in two columns, tables and charts that fit); edition 1 is the look a
rules-version-1 snapshot's report was made with and stays byte-identical (``ReportData.edition``,
from the snapshot's rules version).

This module writes the content (sections, headings, tables, pictures, captions);
:mod:`monitor.reports.docx_setup` sets the document up (styles, language, page, header and
footer, fields, core properties) and makes the zip deterministic: the same data gives
byte-identical files.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from monitor.reports import docx_look as look
from monitor.reports import edition1
from monitor.reports.docx_setup import (
    BLUE,
    RED,
    created,
    drop_thumbnail,
    field,
    header_footer,
    house_style,
    normalise_zip,
    page,
    properties,
    set_language,
    theme_accent,
)
from monitor.reports.labels import (
    ANNEX_COLUMNS,
    ANNEX_FACTS,
    action_heading,
    action_meta,
    annex_heading,
    annex_table,
    chart_alt,
    chart_size_mm,
    colophon_rows,
    cover_rows,
    labels,
    numeric_columns,
    padded_rows,
)
from monitor.reports.model import Chart, ReportData, Table, Words
from monitor.text import t

TABLE_STYLE = "Light Grid Accent 1"


class _Writer:
    def __init__(self, doc, data: ReportData):
        self.doc = doc
        self.data = data
        self.edition = data.edition
        self.t = labels(data.lang)
        self.figures = 0
        self.tables = 0

    def caption(self, kind: str, text: str) -> Paragraph:
        p = self.doc.add_paragraph(style="Caption")
        if kind == "figure":
            self.figures += 1
            number, word = self.figures, self.t["figure"]
        else:
            self.tables += 1
            number, word = self.tables, self.t["table"]
        p.add_run(f"{word} ")
        field(p, f"SEQ {word} \\* ARABIC", str(number))
        p.add_run(f": {text}")
        return p

    def labelled(self, pairs: list[tuple[str, str]], sep: str = " · ") -> Paragraph:
        p = self.doc.add_paragraph()
        for n, (label, value) in enumerate(pairs):
            if n:
                p.add_run(sep)
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
        return p

    def table(self, table: Table, font_pt: float = 9) -> DocxTable:
        if table.caption:
            self.caption("table", table.caption).paragraph_format.keep_with_next = True
        rows = padded_rows(table)
        numeric = numeric_columns(table)
        out = self.doc.add_table(rows=1 + len(rows), cols=len(table.header))
        out.style = self.doc.styles[TABLE_STYLE]
        out.alignment = WD_TABLE_ALIGNMENT.LEFT
        tbl_look = out._tbl.tblPr.find(qn("w:tblLook"))
        if tbl_look is not None:   # bold header row, no bold first column
            tbl_look.set(qn("w:firstColumn"), "0")
            tbl_look.set(qn("w:val"), "0420")
        for r, values in enumerate([list(table.header), *rows]):
            for c, value in enumerate(values):
                para = out.cell(r, c).paragraphs[0]
                run = para.add_run(value)
                run.font.size = Pt(font_pt)
                if r == 0:
                    run.bold = True
                elif numeric[c]:
                    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.widths(out, table, font_pt)
        if self.edition >= 2:
            section = self.doc.sections[-1]
            look.table_look(out, look.text_width(section), len(table.header))
        header = out.rows[0]._tr.get_or_add_trPr()
        header.append(OxmlElement("w:tblHeader"))   # repeat on every page; marks the header row
        if table.caption:
            caption = OxmlElement("w:tblCaption")
            caption.set(qn("w:val"), table.caption)
            out._tbl.tblPr.append(caption)
        spacer = self.doc.add_paragraph()   # keeps consecutive tables apart
        if self.edition >= 2:   # a thin line, not a blank 10 pt one with spacing after
            look.thin(spacer)
        return out

    def widths(self, out: DocxTable, table: Table, font_pt: float) -> None:
        """Column widths after the longest text in each column (counted between 8 and 40
        characters), so a title column gets more room than a status column; from edition 2 no
        column narrower than its longest word (``docx_look.column_widths``)."""
        section = self.doc.sections[-1]
        total = section.page_width - section.left_margin - section.right_margin
        if self.edition >= 2:
            widths = look.column_widths(table.header, padded_rows(table), total, font_pt)
        else:
            longest = [max(len(v) for v in column) for column in
                       zip(table.header, *padded_rows(table), strict=True)]
            weights = [min(max(n, 8), 40) for n in longest]
            widths = [int(total * weight / sum(weights)) for weight in weights]
        for c, width in enumerate(widths):
            out.columns[c].width = width
            for cell in out.columns[c].cells:
                cell.width = width

    def picture(self, chart: Chart, indicator: str) -> None:
        width, height = chart_size_mm(chart, indicator)
        if self.edition >= 2:
            width, height = look.picture_size(width, height)
        alt = chart_alt(chart)
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        shape = p.add_run().add_picture(io.BytesIO(chart.png), width=Mm(width), height=Mm(height))
        inline = shape._inline
        inline.docPr.set("descr", alt)
        inline.docPr.set("title", chart.title)
        for nv in inline.iter(qn("pic:cNvPr")):
            nv.set("descr", alt)
        self.caption("figure", alt).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def cover(self) -> None:
        data, t = self.data, self.t
        self.doc.add_paragraph(data.title, style="Title")
        self.doc.add_paragraph(data.subtitle, style="Subtitle")
        if data.provisional:
            p = self.doc.add_paragraph()
            run = p.add_run(t["marker"])
            run.bold = True
            run.font.size = Pt(14)
            run.font.color.rgb = RED
            self.doc.add_paragraph(t["provisional_note"])
        rows = edition1.cover_rows(data) if data.edition == 1 else cover_rows(data)
        for label, value in rows:
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Mm(45))
            p.add_run(label).bold = True
            p.add_run(f"\t{value}")

    def heading(self, text: str, level: int, new_page: bool = False) -> None:
        h = self.doc.add_heading(text, level=level)
        h.paragraph_format.page_break_before = new_page

    # -- edition 2 (issue 17): contents, summary page, annex as a list per indicator, colophon --

    def contents(self) -> None:
        """A table of contents (Word's TOC field over Heading 1-2; Word fills it when it updates
        the fields, LibreOffice on opening)."""
        title = self.doc.add_paragraph().add_run(self.t["contents"])
        title.bold, title.font.size, title.font.color.rgb = True, Pt(14), BLUE
        self.toc = self.doc.add_paragraph()
        field(self.toc, 'TOC \\o "1-2" \\h \\z \\u', self.t["contents"])

    def overview(self) -> None:
        """The summary page's status counts, key sentences and (after the actions table) the
        heatmap; see :class:`monitor.reports.model.Overview`."""
        o = self.data.overview
        if o is None:
            return
        self.doc.add_paragraph(o.counts_sentence)
        self.heading(self.t["key_points"], 2)
        for point in o.key_points:
            self.doc.add_paragraph(point, style="List Bullet")
        self.table(o.counts)

    def annex_entries(self) -> None:
        """Per indicator its definition as label: text lines under a heading (portrait)."""
        self.heading(self.t["annex"], 1)
        for e in self.data.annex:
            self.heading(annex_heading(e), 2)
            facts = dict(zip(ANNEX_COLUMNS, self.t["annex_header"], strict=True))
            for key in ANNEX_FACTS:
                p = self.doc.add_paragraph()
                p.add_run(f"{facts[key]}: ").bold = True
                p.add_run(getattr(e, key) or "–").font.size = Pt(9)

    def words(self, w: Words) -> None:
        """An action's words (issue 18): the approved statement (paragraphs and bullet lists),
        the judgement beside the computed status with a disagreement in words, the milestones."""
        self.heading(w.heading, 3)
        if w.missing:
            self.doc.add_paragraph().add_run(w.missing).italic = True
        else:
            self.doc.add_paragraph(w.judgement)
            if w.differs:
                run = self.doc.add_paragraph().add_run(w.differs)
                run.bold, run.font.color.rgb = True, RED
            if w.reason:
                self.labelled([(t("report.words.reason", self.data.lang), w.reason)])
            for part in w.parts:
                self.heading(part.title, 4)
                for block in part.blocks:
                    for item in block.items:
                        self.doc.add_paragraph(item, style="List Bullet" if block.kind == "list"
                                               else None)
        self.heading(w.milestones_heading, 3)
        if w.milestones is not None:
            self.table(w.milestones)
        else:
            self.doc.add_paragraph(w.no_milestones)

    def colophon(self) -> None:
        self.heading(self.t["colophon"], 1, new_page=True)
        for label, value in colophon_rows(self.data):
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Mm(45))
            p.add_run(label).bold = True
            p.add_run(f"\t{value}")
        self.doc.add_paragraph(self.t["colophon_note"])

    def body(self) -> None:
        data, t = self.data, self.t
        second = data.edition >= 2
        self.cover()
        if second:
            self.contents()
        self.heading(t["summary"], 1, new_page=True)
        if second:
            self.overview()
        self.table(data.summary)
        if second and data.overview is not None and data.overview.heatmap is not None:
            self.picture(data.overview.heatmap, "heatmap")
        self.heading(t["actions"], 1, new_page=not second)
        for action in data.actions:
            self.heading(action_heading(action), 2)
            self.labelled(action_meta(action, data.lang))
            self.doc.add_paragraph(action.description)
            if action.words is not None:
                self.words(action.words)
            for ind in action.indicators:
                self.heading(ind.title, 3)
                self.labelled([(t["status"], ind.status_label)])
                self.doc.add_paragraph(ind.sentence)
                note = self.doc.add_paragraph().add_run(ind.coverage_note)
                note.italic = True
                note.font.size = Pt(9)
                for chart in ind.charts:
                    self.picture(chart, ind.id)
                if ind.table is not None:
                    self.table(ind.table)
        if data.notes:
            self.heading(t["notes"], 1)
            for note in data.notes:
                self.doc.add_paragraph(note, style="List Bullet")
        for annex in data.commitments:
            self.heading(annex.title, 1)
            self.doc.add_paragraph(annex.intro)
            if annex.table is not None:
                self.table(annex.table, font_pt=8)
        if data.annex and second:
            self.annex_entries()
        elif data.annex:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
            page(section, landscape=True)
            self.heading(t["annex"], 1)
            self.table(annex_table(data), font_pt=8)
        if second:
            self.colophon()
            look.fill_contents(self.doc, self.toc, look.text_width(self.doc.sections[0]), t["annex"])


def report_docx(data: ReportData) -> bytes:
    """The progress report as a DOCX file (A4, Word built-in styles), byte-identical for the same
    data (edition 1: a rules-version-1 snapshot's report as it was made)."""
    doc = Document()
    theme_accent(doc)
    drop_thumbnail(doc)
    house_style(doc)
    if data.edition >= 2:
        look.fonts(doc)
    set_language(doc, labels(data.lang)["docx_lang"])
    page(doc.sections[0])
    header_footer(doc.sections[0], data)
    _Writer(doc, data).body()
    properties(doc, data)
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue(), created(data))
