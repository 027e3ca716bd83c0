"""The report of a rules-version-1 snapshot, laid out as it was made (edition 1).

A snapshot computed before issue 15 exports byte-identically (tests/snapshots/test_rules_v1.py),
its report PDF included. The report's layout has moved on since (edition 2: summary page with
status counts, heatmap and key sentences, table of contents, colophon, compact annex; see
:mod:`monitor.reports.pdf`), so the Typst template, the JSON it reads and the two layout helpers
that changed are frozen here as they were, in the spirit of :mod:`monitor.text.edition`.
:func:`monitor.reports.pdf.report_pdf` uses this module only for ``ReportData.edition == 1``.
Never change it: a change here changes a PDF that was sent.
"""

from __future__ import annotations

from monitor.reports.labels import (
    AUTHOR,
    LINTBLAUW,
    action_heading,
    action_meta,
    annex_table,
    chart_alt,
    chart_size_mm,
    labels,
    numeric_columns,
    padded_rows,
)
from monitor.reports.model import Chart, ReportData, Table
from monitor.text import LANGS, day

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


def cover_rows(data: ReportData) -> list[tuple[str, str]]:
    """The facts on the cover, as (label, value)."""
    t = labels(data.lang)
    snapshot = t["snapshot_live"] if data.snapshot_id is None else str(data.snapshot_id)
    return [
        (t["period"], data.period_label),
        (t["reference_date"], day(data.reference_date, data.lang)),
        (t["snapshot"], snapshot),
        (t["definitions"], data.definitions_sha256 or "–"),
    ]


def column_widths(table: Table) -> list[str | float]:
    """Typst column widths: every column as wide as its content ("auto"), except that a table with
    long texts gives its wordiest column the remaining width (1 fraction) so it fills the line."""
    rows = padded_rows(table)
    if not rows:
        return ["auto"] * len(table.header)
    mean = [sum(len(r[i]) for r in rows) / len(rows) for i in range(len(table.header))]
    widths: list[str | float] = ["auto"] * len(table.header)
    if max(mean) > 20:
        widths[mean.index(max(mean))] = 1.0
    return widths



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


def chart_name(a: int, i: int, c: int) -> str:
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
                "charts": [_chart(chart, ind.id, chart_name(a, i, c)) for c, chart in enumerate(ind.charts)],
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


