"""The progress report as PDF, typeset with Typst.

:func:`report_pdf` writes the report's content as ``data.json`` and the charts as PNG files into a
temporary directory, next to one fixed Typst template (:data:`TEMPLATE`), and compiles it in
memory. The template reads every text through ``json(...)`` and places it as a *string*, so text
from the data is never parsed as Typst markup: ``#``, ``*``, ``_``, ``$``, ``@``, ``<b>``,
``[x]`` and backslashes come out exactly as written, and no text can run code.

- A4 portrait throughout, DejaVu Sans from ``monitor/reports/fonts`` only (system fonts ignored),
  headings in lintblauw (#154273), page header with the title and the VOORLOPIG/PROVISIONAL marker
  (when the report is not made from a snapshot), footer with the source line and "Pagina n van m".
- Cover: title, subtitle (the snapshot's label), period, reference date and the contents; page 2
  the summary (status counts in a sentence and a table, key sentences, the status heatmap, every
  action with its status and why); per action and indicator status, sentence, coverage, chart and
  table; notes; the indicator definitions as a compact list per indicator; a colophon with what
  the report was made from (snapshot, fingerprint of the definitions, rules version).
- Headings are kept with what follows (``sticky``; an indicator's heading with its status,
  sentence and coverage), a chart with its caption (figures do not break), a short table with its
  caption (it moves whole); the long summary table breaks and repeats its header row.
- Tagged PDF (document title, language, alt text on every chart, table header rows, headings
  H1-H3 without skipped levels), marked PDF/UA-1 by Typst, which checks its rules while it
  writes; no independent validator (veraPDF) has confirmed it here (tests/reports/test_layout.py
  walks the structure tree). Should Typst refuse PDF/UA-1 for some content, the report is still
  made as a tagged PDF (title and language set) and a warning is logged. poppler's pdfinfo prints
  "Suspects object is wrong type (boolean)" for every Typst PDF: a poppler quirk (it reports the
  valid ``/MarkInfo << /Suspects false >>`` as an error), not a defect of the file.
- Deterministic: the creation date is the reference date (midnight UTC), so the same data gives
  byte-identical PDFs.
- A snapshot of rules version 1 keeps the layout it was sent with (:mod:`monitor.reports.edition1`).
"""

from __future__ import annotations

import json
import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from monitor.reports import edition1
from monitor.reports.errors import ReportError
from monitor.reports.labels import (
    ANNEX_FACTS,
    AUTHOR,
    LINTBLAUW,
    action_heading,
    action_meta,
    annex_heading,
    chart_alt,
    chart_size_mm,
    checked_png,
    colophon_rows,
    column_widths,
    cover_rows,
    labels,
    numeric_columns,
    padded_rows,
)
from monitor.reports.model import Chart, ReportData, Table
from monitor.reports.pdf_words import commitments_json, words_json
from monitor.reports.typst_run import TypstFailed, compile_pdf
from monitor.text import LANGS, Text, t

log = logging.getLogger(__name__)

FONTS = Path(__file__).parent / "fonts"
PDF_STANDARD = "ua-1"
HEATMAP_FILE = "heatmap.png"
CHART_MM = 135.0  # the widest chart: a little narrower than the text, so more share a page

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
  header: context if here().page() > 1 {
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
#show heading: set block(above: 1.3em, below: 0.7em, sticky: true)
#show heading.where(level: 1): set text(size: 17pt)
#show heading.where(level: 2): set text(size: 13pt)
#show heading.where(level: 3): set text(size: 11pt)
#show heading.where(outlined: false): set text(size: 10pt)
#show figure.where(kind: table): set figure.caption(position: top)
#show figure.where(kind: table): set align(left)
#show figure.caption: set text(size: 9pt)
#show outline.entry.where(level: 1): set text(weight: "bold")

// A table breaks over pages only when asked (the long summary table); a short one moves whole to
// the next page, so its caption (on top) never ends a page alone.
#let datatable(tb, size: 9pt, breakable: false) = {
  let widths = tb.widths.map(w => if w == "auto" { auto } else { w * 1fr })
  let body = {
    set text(size: size, hyphenate: true)
    table(
      columns: widths,
      align: (x, y) => if tb.numeric.at(x) { right + top } else { left + top },
      fill: (x, y) => if y == 0 { blue } else if calc.even(y) { luma(243) } else { none },
      stroke: 0.5pt + luma(170),
      inset: 4pt,
      table.header(..tb.header.map(h => text(fill: white, weight: "bold", h))),
      ..tb.rows.flatten(),
    )
  }
  if tb.caption != "" {
    show figure: set block(breakable: breakable)
    // a table that breaks keeps its caption with its first rows
    show figure.caption: c => if breakable { block(sticky: true, c) } else { c }
    figure(body, kind: table, caption: tb.caption)
  } else { body }
}

#let facts(rows, size: 10pt) = {
  set text(size: size)
  grid(
    columns: (auto, 1fr),
    column-gutter: 5mm,
    row-gutter: 0.7em,
    ..rows.map(r => (strong(r.at(0)), r.at(1))).flatten(),
  )
}

#let chart(c) = figure(
  image(c.file, alt: c.alt, width: c.width * 1mm, height: c.height * 1mm),
  caption: c.alt,
)

// The owner's words (edition 2, issue 18): the approved statement, the judgement beside the
// computed status (a disagreement in words, with a symbol), the milestones. Texts are strings.
#let words(w) = {
  heading(level: 3, w.heading)
  if w.missing != "" { par(emph(w.missing)) } else {
    par(w.judgement)
    if w.differs != "" { par(text(weight: "bold", fill: red, w.differs)) }
    if w.reason != "" { par(strong(w.reason_label + ": ") + w.reason) }
    for p in w.parts {
      heading(level: 4, outlined: false, bookmarked: false, p.title)
      for b in p.blocks {
        if b.kind == "list" { list(..b.items) } else { par(b.items.at(0)) }
      }
    }
  }
  heading(level: 3, w.milestones_heading)
  if w.milestones != none { datatable(w.milestones, size: 8.5pt) } else { par(w.no_milestones) }
}

// Cover: title, subtitle, period and reference date, the contents
#v(18mm)
#title()
#v(2mm)
#text(size: 15pt, fill: blue, d.subtitle)
#v(8mm)
#facts(d.cover)
#if d.provisional {
  v(6mm)
  block(stroke: 1.5pt + red, inset: 10pt, width: 100%, {
    text(size: 14pt, weight: "bold", fill: red, d.marker)
    parbreak()
    t.provisional_note
  })
}
#v(12mm)
#outline(title: t.contents, depth: 2)

// Summary: status counts, key sentences, the heatmap, every action with its status and why
#pagebreak()
#heading(level: 1, t.summary)
#if d.overview != none {
  par(d.overview.counts_sentence)
  heading(level: 2, t.key_points)
  list(..d.overview.key_points)
  datatable(d.overview.counts)
}
#datatable(d.summary, size: 8.5pt, breakable: true)
#if d.overview != none and d.overview.heatmap != none { chart(d.overview.heatmap) }

// Actions and indicators
#heading(level: 1, t.actions)
#for a in d.actions {
  heading(level: 2, a.heading)
  par(a.meta.map(m => strong(m.at(0) + ": ") + m.at(1)).join(h(0.6em) + "·" + h(0.6em)))
  par(a.description)
  if a.words != none { words(a.words) }
  for ind in a.indicators {
    // the heading with its status, sentence and coverage on one page
    block(breakable: false, {
      heading(level: 3, ind.title)
      par(strong(t.status + ": ") + ind.status_label)
      par(ind.sentence)
      par(text(size: 9pt, style: "italic", fill: grey, ind.coverage_note))
    })
    for c in ind.charts { chart(c) }
    if ind.table != none { datatable(ind.table, size: 8.5pt) }
  }
}

// Notes
#if d.notes.len() > 0 {
  heading(level: 1, t.notes)
  list(..d.notes)
}

// Annexes 1A and 1B: the Kamer's commitments and motions (edition 2, issue 18)
#for c in d.commitments {
  heading(level: 1, c.title)
  par(c.intro)
  if c.table != none { datatable(c.table, size: 8pt, breakable: true) }
}

// Annex: per indicator its definition as a list of facts (portrait, compact)
#if d.annex.len() > 0 {
  heading(level: 1, t.annex)
  for e in d.annex {
    heading(level: 2, outlined: false, bookmarked: false, e.heading)
    {
      set text(size: 8pt)
      set par(spacing: 0.55em)
      for f in e.facts { par(strong(f.at(0) + ": ") + f.at(1)) }
    }
  }
}

// Colophon: what the report was made from, kept together at the end
#block(breakable: false, {
  heading(level: 1, t.colophon)
  facts(d.colophon, size: 9pt)
  v(4mm)
  par(text(size: 9pt, t.colophon_note))
})
"""


def _table(table: Table, widths: list | None = None) -> dict:
    return {
        "header": list(table.header),
        "rows": padded_rows(table),
        "caption": table.caption,
        "numeric": numeric_columns(table),
        "widths": widths or column_widths(table),
    }


def _chart(chart: Chart, indicator: str, name: str) -> dict:
    width, height = chart_size_mm(chart, indicator)
    if width > CHART_MM:
        width, height = CHART_MM, round(height * CHART_MM / width, 2)
    return {"file": name, "alt": chart_alt(chart), "title": chart.title, "width": width, "height": height}


def _annex(data: ReportData) -> list[dict]:
    lang = data.lang
    out = []
    for e in data.annex:
        out.append({
            "heading": annex_heading(e),
            "facts": [(t(f"report.annex.{k}", lang), getattr(e, k) or "–") for k in ANNEX_FACTS],
        })
    return out


def _overview(data: ReportData) -> dict | None:
    o = data.overview
    if o is None:
        return None
    return {
        "counts_sentence": o.counts_sentence,
        "counts": _table(o.counts),
        "key_points": list(o.key_points),
        "heatmap": _chart(o.heatmap, "heatmap", HEATMAP_FILE) if o.heatmap is not None else None,
    }


def document_json(data: ReportData) -> dict:
    """Everything the template shows, as plain JSON (chart images by file name)."""
    lab = labels(data.lang)
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
                "charts": [_chart(chart, ind.id, edition1.chart_name(a, i, c))
                           for c, chart in enumerate(ind.charts)],
                "table": _table(ind.table) if ind.table is not None else None,
            })
        actions.append({
            "id": action.id,
            "heading": action_heading(action),
            "meta": action_meta(action, data.lang),
            "description": action.description,
            "indicators": indicators,
            "words": words_json(action.words, data.lang, _table),
        })
    return {
        "lang": data.lang if data.lang in LANGS else "nl",
        "region": lab["region"],
        "labels": lab,
        "colour": f"#{LINTBLAUW}",
        "author": AUTHOR,
        "subject": lab["subject"],
        "title": data.title,
        "subtitle": data.subtitle,
        "provisional": data.provisional,
        "marker": lab["marker"],
        "source": data.source_line,
        "cover": cover_rows(data),
        "overview": _overview(data),
        "summary": _table(data.summary),
        "actions": actions,
        "notes": list(data.notes),
        "annex": _annex(data),
        "commitments": commitments_json(data, _table),
        "colophon": colophon_rows(data),
    }


def _write_charts(data: ReportData, root: Path) -> None:
    for a, action in enumerate(data.actions):
        for i, ind in enumerate(action.indicators):
            for c, chart in enumerate(ind.charts):
                checked_png(chart, ind.id)
                (root / edition1.chart_name(a, i, c)).write_bytes(chart.png)
    if data.overview is not None and data.overview.heatmap is not None:
        checked_png(data.overview.heatmap, "heatmap")
        (root / HEATMAP_FILE).write_bytes(data.overview.heatmap.png)


def timestamp(data: ReportData) -> datetime:
    """The PDF's creation date: the reference date at midnight UTC."""
    return datetime(data.reference_date.year, data.reference_date.month, data.reference_date.day,
                    tzinfo=UTC)


def _compile(main: Path, root: Path, when: datetime, standards: list[str]) -> bytes:
    """Typst in a process of its own (``monitor.reports.typst_run``: its caches are not kept)."""
    pdf, warnings = compile_pdf(main, root, FONTS, when, standards)
    for w in warnings:
        log.warning("typst: %s", w)
    return pdf


def report_pdf(data: ReportData) -> bytes:
    """The progress report as a tagged A4 PDF (marked PDF/UA-1), byte-identical for the same
    data; a report of edition 1 (a rules-version-1 snapshot) in the layout it was made with."""
    first = data.edition == 1
    doc = edition1.document_json(data) if first else document_json(data)
    with tempfile.TemporaryDirectory(prefix="ibds-report-") as tmp:
        root = Path(tmp)
        _write_charts(data, root)
        (root / "data.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        main = root / "report.typ"
        main.write_text(edition1.TEMPLATE if first else TEMPLATE, encoding="utf-8")
        when = timestamp(data)
        try:
            return _compile(main, root, when, [PDF_STANDARD])
        except TypstFailed as e:
            log.warning("PDF/UA-1 not possible (%s); writing a tagged PDF without the standard",
                        e.message)
        try:
            return _compile(main, root, when, [])
        except TypstFailed as e:
            raise ReportError(Text("error.report.pdf", reason=e.message)) from e
