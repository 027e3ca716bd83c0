"""The progress report as PDF, typeset with Typst.

:func:`report_pdf` writes the report's content as ``data.json`` and the charts as PNG files into a
temporary directory, next to one fixed Typst template (:data:`TEMPLATE`), and compiles it in
memory. The template reads every text through ``json(...)`` and places it as a *string*, so text
from the data is never parsed as Typst markup: ``#``, ``*``, ``_``, ``$``, ``@``, ``<b>``,
``[x]`` and backslashes come out exactly as written, and no text can run code.

- A4, DejaVu Sans from ``monitor/reports/fonts`` only (system fonts ignored), headings in
  lintblauw (#154273), page header with the title and the VOORLOPIG/PROVISIONAL marker (when the
  report is not made from a snapshot), footer with the source line and "Pagina n van m".
- Tagged PDF conforming to PDF/UA-1 (document title, language, alt text on every chart, table
  header rows, headings without skipped levels). Should Typst refuse PDF/UA-1 for some content,
  the report is still made as a tagged PDF (title and language set) and a warning is logged.
- Deterministic: the creation date is the reference date (midnight UTC), so the same data gives
  byte-identical PDFs.
"""

from __future__ import annotations

import json
import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import typst

from monitor.reports.errors import ReportError
from monitor.reports.labels import (
    AUTHOR,
    LINTBLAUW,
    action_heading,
    action_meta,
    annex_table,
    chart_alt,
    chart_size_mm,
    checked_png,
    column_widths,
    cover_rows,
    labels,
    numeric_columns,
    padded_rows,
)
from monitor.reports.model import Chart, ReportData, Table
from monitor.text import LANGS, Text

log = logging.getLogger(__name__)

FONTS = Path(__file__).parent / "fonts"
PDF_STANDARD = "ua-1"

# Column widths of the annex table (landscape page): "auto" or a fraction.
_ANNEX_WIDTHS = ["auto", "auto", 1.4, 2.0, 1.3, 1.0, 1.3, 1.0]

TEMPLATE = r"""
#let d = json("data.json")
#let t = d.labels
#let blue = rgb(d.colour)
#let red = rgb("#d52b1e")
#let grey = luma(70)

#set document(title: d.title, author: d.author, description: d.subject, date: auto)
#set text(font: "DejaVu Sans", size: 10pt, lang: d.lang, region: d.region)
#set par(spacing: 0.9em)
#set page(
  paper: "a4",
  margin: (x: 25mm, top: 28mm, bottom: 25mm),
  header: {
    set text(size: 8pt, fill: grey)
    grid(
      columns: (1fr, auto),
      align: (left + bottom, right + bottom),
      d.title,
      if d.provisional { text(size: 10pt, weight: "bold", fill: red, d.marker) },
    )
  },
  footer: context {
    set text(size: 8pt, fill: grey)
    grid(
      columns: (1fr, auto),
      column-gutter: 6mm,
      d.source,
      [#t.page #counter(page).display() #t.of #counter(page).final().first()],
    )
  },
)

#show title: set text(size: 24pt, weight: "bold", fill: blue)
#show heading: set text(fill: blue)
#show heading: set block(above: 1.4em, below: 0.8em, sticky: true)
#show heading.where(level: 1): set text(size: 17pt)
#show heading.where(level: 2): set text(size: 14pt)
#show heading.where(level: 3): set text(size: 11.5pt)
#show figure: set block(breakable: true)
#show figure.where(kind: table): set figure.caption(position: top)
#show figure.where(kind: table): set align(left)
#show figure.caption: set text(size: 9pt)

#let datatable(tb, size: 9pt) = {
  let widths = tb.widths.map(w => if w == "auto" { auto } else { w * 1fr })
  let body = {
    set text(size: size)
    table(
      columns: widths,
      align: (x, y) => if tb.numeric.at(x) { right + top } else { left + top },
      fill: (x, y) => if y == 0 { blue } else if calc.even(y) { luma(243) } else { none },
      stroke: 0.5pt + luma(170),
      inset: 5pt,
      table.header(..tb.header.map(h => text(fill: white, weight: "bold", h))),
      ..tb.rows.flatten(),
    )
  }
  if tb.caption != "" { figure(body, kind: table, caption: tb.caption) } else { body }
}

#let facts(rows) = grid(
  columns: (auto, 1fr),
  column-gutter: 6mm,
  row-gutter: 0.8em,
  ..rows.map(r => (strong(r.at(0)), r.at(1))).flatten(),
)

// Cover
#v(25mm)
#title()
#v(2mm)
#text(size: 15pt, fill: blue, d.subtitle)
#v(10mm)
#if d.provisional {
  block(stroke: 1.5pt + red, inset: 10pt, width: 100%, {
    text(size: 14pt, weight: "bold", fill: red, d.marker)
    parbreak()
    t.provisional_note
  })
  v(6mm)
}
#grid(
  columns: (auto, 1fr),
  column-gutter: 6mm,
  row-gutter: 0.9em,
  ..d.cover.map(r => (strong(r.at(0)), r.at(1))).slice(0, -1).flatten(),
  strong(d.cover.last().at(0)), text(size: 8pt, d.cover.last().at(1)),
)

// Summary
#pagebreak(weak: true)
#heading(level: 1, t.summary)
#datatable(d.summary)

// Actions and indicators
#pagebreak(weak: true)
#heading(level: 1, t.actions)
#for a in d.actions {
  heading(level: 2, a.heading)
  par(a.meta.map(m => strong(m.at(0) + ": ") + m.at(1)).join(h(0.6em) + "·" + h(0.6em)))
  par(a.description)
  for ind in a.indicators {
    heading(level: 3, ind.title)
    par(strong(t.status + ": ") + ind.status_label)
    par(ind.sentence)
    par(text(size: 9pt, style: "italic", fill: grey, ind.coverage_note))
    for c in ind.charts {
      figure(image(c.file, alt: c.alt, width: c.width * 1mm, height: c.height * 1mm), caption: c.alt)
    }
    if ind.table != none { datatable(ind.table) }
  }
}

// Notes
#if d.notes.len() > 0 {
  heading(level: 1, t.notes)
  list(..d.notes)
}

// Annex, on landscape pages
#if d.annex != none {
  set page(flipped: true)
  heading(level: 1, t.annex)
  datatable(d.annex, size: 8pt)
}
"""


def _table(table: Table, widths: list | None = None) -> dict:
    header = list(table.header)
    return {
        "header": header,
        "rows": padded_rows(table),
        "caption": table.caption,
        "numeric": numeric_columns(table),
        "widths": widths or column_widths(table),
    }


def _chart(chart: Chart, indicator: str, name: str) -> dict:
    width, height = chart_size_mm(chart, indicator)
    return {"file": name, "alt": chart_alt(chart), "title": chart.title, "width": width, "height": height}


def _chart_name(a: int, i: int, c: int) -> str:
    return f"chart-{a + 1:02d}-{i + 1:02d}-{c + 1:02d}.png"


def document_json(data: ReportData) -> dict:
    """Everything the template shows, as plain JSON (chart images by file name)."""
    t = labels(data.lang)
    actions = []
    for a, action in enumerate(data.actions):
        indicators = []
        for i, ind in enumerate(action.indicators):
            indicators.append({
                "id": ind.id,
                "title": ind.title,
                "status_label": ind.status_label,
                "sentence": ind.sentence,
                "coverage_note": ind.coverage_note,
                "charts": [_chart(chart, ind.id, _chart_name(a, i, c)) for c, chart in enumerate(ind.charts)],
                "table": _table(ind.table) if ind.table is not None else None,
            })
        actions.append({
            "id": action.id,
            "heading": action_heading(action),
            "meta": action_meta(action, data.lang),
            "description": action.description,
            "indicators": indicators,
        })
    return {
        "lang": data.lang if data.lang in LANGS else "nl",
        "region": t["region"],
        "labels": t,
        "colour": f"#{LINTBLAUW}",
        "author": AUTHOR,
        "subject": t["subject"],
        "title": data.title,
        "subtitle": data.subtitle,
        "provisional": data.provisional,
        "marker": t["marker"],
        "source": data.source_line,
        "cover": cover_rows(data),
        "summary": _table(data.summary),
        "actions": actions,
        "notes": list(data.notes),
        "annex": _table(annex_table(data), _ANNEX_WIDTHS) if data.annex else None,
    }


def _write_charts(data: ReportData, root: Path) -> None:
    for a, action in enumerate(data.actions):
        for i, ind in enumerate(action.indicators):
            for c, chart in enumerate(ind.charts):
                checked_png(chart, ind.id)
                (root / _chart_name(a, i, c)).write_bytes(chart.png)


def timestamp(data: ReportData) -> datetime:
    """The PDF's creation date: the reference date at midnight UTC."""
    return datetime(data.reference_date.year, data.reference_date.month, data.reference_date.day,
                    tzinfo=UTC)


def _compile(main: Path, root: Path, when: datetime, standards: list[str]) -> bytes:
    pdf, warnings = typst.compile_with_warnings(
        main, root=root, font_paths=[FONTS], ignore_system_fonts=True, format="pdf",
        pdf_standards=standards, timestamp=when, pdf_tags=True)
    for w in warnings:
        log.warning("typst: %s", w.message)
    return pdf


def report_pdf(data: ReportData) -> bytes:
    """The progress report as a tagged A4 PDF (PDF/UA-1), byte-identical for the same data."""
    with tempfile.TemporaryDirectory(prefix="ibds-report-") as tmp:
        root = Path(tmp)
        _write_charts(data, root)
        (root / "data.json").write_text(json.dumps(document_json(data), ensure_ascii=False),
                                        encoding="utf-8")
        main = root / "report.typ"
        main.write_text(TEMPLATE, encoding="utf-8")
        when = timestamp(data)
        try:
            return _compile(main, root, when, [PDF_STANDARD])
        except typst.TypstError as e:
            log.warning("PDF/UA-1 not possible (%s); writing a tagged PDF without the standard",
                        e.message)
        try:
            return _compile(main, root, when, [])
        except typst.TypstError as e:
            raise ReportError(Text("error.report.pdf", reason=e.message)) from e
