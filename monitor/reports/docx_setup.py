"""Document setup of the report DOCX (:mod:`monitor.reports.docx`): the styles and settings of
the document (language, theme accent, house colours, page size and margins), Word fields, the
header and footer, the core properties and the zip with fixed dates.

Deterministic: core properties created/modified are the reference date (midnight UTC) and the zip
entries get that date too, so the same data gives byte-identical files. Edition 1 (a
rules-version-1 snapshot's report) keeps the header and footer it was made with.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from monitor.reports import docx_look as look
from monitor.reports.labels import AUTHOR, LINTBLAUW, labels
from monitor.reports.model import ReportData

RED = RGBColor.from_string("D52B1E")
BLUE = RGBColor.from_string(LINTBLAUW)
PAGE_W, PAGE_H, MARGIN = Mm(210), Mm(297), Mm(25)


def created(data: ReportData) -> datetime:
    d = data.reference_date
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


# -- styles and document settings -------------------------------------------------------------


def set_language(doc, lang_tag: str) -> None:
    """The proofing language of all text: docDefaults and the Normal style."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for rpr_el in (rpr, doc.styles["Normal"].element.get_or_add_rPr()):
        lang = rpr_el.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr_el.append(lang)
        lang.set(qn("w:val"), lang_tag)
        lang.set(qn("w:eastAsia"), lang_tag)
        lang.set(qn("w:bidi"), "ar-SA")


def theme_accent(doc) -> None:
    """Accent 1 of the document theme becomes lintblauw, so the table style and everything else
    that refers to the accent colour follows the house style (and stays editable)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/") and hasattr(part, "_blob"):
            blob = part.blob
            start = blob.find(b"<a:accent1>")
            end = blob.find(b"</a:accent1>", start)
            if start >= 0 and end > start:
                part._blob = (blob[:start] + b'<a:accent1><a:srgbClr val="' + LINTBLAUW.encode()
                              + b'"/>' + blob[end:])


def drop_thumbnail(doc) -> None:
    """The template's thumbnail shows a page of another document; a stale preview is worse than
    none."""
    rels = doc.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rid]


def house_style(doc) -> None:
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.color.rgb = BLUE
    title = doc.styles["Title"].element.pPr
    if title is not None:
        for bottom in title.iter(qn("w:bottom")):
            bottom.set(qn("w:color"), LINTBLAUW)
            bottom.attrib.pop(qn("w:themeColor"), None)
    doc.styles["Subtitle"].font.color.rgb = BLUE
    doc.styles["Subtitle"].font.italic = False


def page(section, landscape: bool = False) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN


def _to_right_margin(paragraph: Paragraph):
    """A run with an absolute tab to the right margin (``w:ptab``): lands at the right edge in
    portrait and landscape sections alike, whatever tab stops the style has."""
    run = paragraph.add_run()
    ptab = OxmlElement("w:ptab")
    ptab.set(qn("w:relativeTo"), "margin")
    ptab.set(qn("w:alignment"), "right")
    ptab.set(qn("w:leader"), "none")
    run._r.append(ptab)
    return run


def field(paragraph: Paragraph, instr: str, shown: str) -> None:
    """A field (``PAGE``, ``SEQ Figuur``) with its current value, as Word writes it
    (begin - instruction - separate - value - end); Word updates the value."""

    def run_with(tag: str, **attrs: str):
        run = OxmlElement("w:r")
        el = OxmlElement(tag)
        for key, value in attrs.items():
            el.set(qn(key), value)
        run.append(el)
        paragraph._p.append(run)
        return el

    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    code = run_with("w:instrText")
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.text = f" {instr} "
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    run_with("w:t").text = shown
    run_with("w:fldChar", **{"w:fldCharType": "end"})


def header_footer(section, data: ReportData) -> None:
    """Title (and VOORLOPIG) in the header, source line and page number in the footer: edition 1
    with an absolute tab to the margin (``w:ptab``), later editions with a right tab stop at the
    section's text width (``docx_look.two_columns``)."""
    t, edition = labels(data.lang), data.edition
    head = section.header.paragraphs[0]
    foot = section.footer.paragraphs[0]
    width = look.text_width(section)

    def right(p: Paragraph):
        if edition < 2:
            return _to_right_margin(p)
        look.two_columns(p, width)
        return p.add_run("\t")

    head.text = data.title
    if data.provisional:
        right(head)
        marker = head.add_run(t["marker"])
        marker.bold = True
        marker.font.color.rgb = RED
    foot.text = data.source_line
    right(foot)
    foot.add_run(f"{t['page']} ")
    field(foot, "PAGE", "1")
    foot.add_run(f" {t['of']} ")
    field(foot, "NUMPAGES", "1")
    for p in (head, foot):
        if edition < 2:
            for run in p.runs:
                run.font.size = Pt(8)
        else:
            look.small_grey(p)


def properties(doc, data: ReportData) -> None:
    t = labels(data.lang)
    when = created(data)
    props = doc.core_properties
    props.title = data.title
    props.subject = f"{t['subject']} – {data.subtitle}"
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.language = t["docx_lang"]
    props.keywords = f"IBDS; {data.period_label}"
    props.comments = data.source_line
    props.category = ""
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1


def normalise_zip(raw: bytes, when: datetime) -> bytes:
    """The same zip with every entry dated ``when`` (python-docx stamps the current time)."""
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()
