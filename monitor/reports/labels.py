"""Fixed texts and shared layout choices of the progress report, used by both the PDF and the DOCX
writer so that the two documents say the same thing in the same order."""

from __future__ import annotations

from monitor.reports.errors import ReportError
from monitor.reports.model import ActionSection, AnnexEntry, Chart, ReportData, Table
from monitor.text import LANGS, day, t

LINTBLAUW = "154273"
AUTHOR = "Voortgangsmonitor IBDS"

LABELS = ("marker", "provisional_note", "period", "reference_date", "snapshot", "snapshot_live",
          "definitions", "summary", "actions", "line", "owner", "status", "notes", "annex",
          "annex_caption", "page", "of", "figure", "table", "subject",
          # edition 2 (issue 17)
          "contents", "key_points", "colophon", "colophon_note")
ANNEX_COLUMNS = ("action", "indicator", "title", "formula", "covers", "baseline", "targets", "source")
ANNEX_FACTS = ANNEX_COLUMNS[3:]  # edition 2: the annex per indicator as label: text


def labels(lang: str) -> dict:
    """The fixed texts for ``lang`` ("nl" or "en"; anything else falls back to Dutch), from the
    catalogue (``report.*``), with the annex table's header and the document's language tag."""
    lang = lang if lang in LANGS else "nl"
    out: dict = {name: t(f"report.{name}", lang) for name in LABELS}
    out["annex_header"] = [t(f"report.annex.{c}", lang) for c in ANNEX_COLUMNS]
    out["docx_lang"] = t("meta.lang_tag", lang)
    out["region"] = t("meta.region", lang)
    return out


def cover_rows(data: ReportData) -> list[tuple[str, str]]:
    """The facts on the cover, as (label, value): period and reference date (the snapshot and the
    fingerprint of the definitions are in the colophon, :func:`colophon_rows`)."""
    t = labels(data.lang)
    return [
        (t["period"], data.period_label),
        (t["reference_date"], day(data.reference_date, data.lang)),
    ]


def colophon_rows(data: ReportData) -> list[tuple[str, str]]:
    """The facts of the colophon at the end, as (label, value): what the report was made from."""
    lab, lang = labels(data.lang), data.lang
    snapshot = lab["snapshot_live"] if data.snapshot_id is None else str(data.snapshot_id)
    return [
        (lab["snapshot"], f"{snapshot} ({data.subtitle})" if data.snapshot_id is not None else snapshot),
        (lab["reference_date"], day(data.reference_date, lang)),
        (lab["period"], data.period_label),
        (lab["definitions"], data.definitions_sha256 or "–"),
        (t("report.rules_version", lang), t("report.rules_version_value", lang, n=data.rules_version)),
        (t("report.made_by", lang), AUTHOR),
    ]


def action_heading(action: ActionSection) -> str:
    """"A03 · Dataverantwoordelijkheid", as on the dashboard."""
    return f"{action.id.upper()} · {action.title}"


def action_meta(action: ActionSection, lang: str) -> list[tuple[str, str]]:
    t = labels(lang)
    return [(t["line"], action.line), (t["owner"], action.owner), (t["status"], action.status_label)]


def annex_heading(entry: AnnexEntry) -> str:
    """"A03 · Aandeel organisaties met een CDO (a03_cdo_aandeel)": an annex entry (edition 2)."""
    return f"{entry.action.upper()} · {entry.title} ({entry.indicator})"


def annex_table(data: ReportData) -> Table:
    t = labels(data.lang)
    rows = [[e.action.upper(), e.indicator, e.title, e.formula, e.covers, e.baseline, e.targets, e.source]
            for e in data.annex]
    return Table(header=list(t["annex_header"]), rows=rows, caption=t["annex_caption"])


_NUMERIC = set("0123456789.,%–-+ ")


def numeric_columns(table: Table) -> list[bool]:
    """Per column: True when every body cell looks like a number (aligned right), else False."""
    width = len(table.header)
    flags = []
    for i in range(width):
        cells = [row[i] for row in table.rows if i < len(row) and row[i].strip() not in ("", "–")]
        flags.append(bool(cells) and i > 0 and all(
            set(c) <= _NUMERIC and any(ch.isdigit() for ch in c) for c in cells))
    return flags


def padded_rows(table: Table) -> list[list[str]]:
    """Body rows cut or padded to the header's width, so a ragged row cannot break the layout."""
    width = len(table.header)
    return [(list(row) + [""] * width)[:width] for row in table.rows]


def column_widths(table: Table, wide: int = 14) -> list[str | float]:
    """Typst column widths: a column of short texts (at most ``wide`` characters on average) as
    wide as its content ("auto"); the wordier ones share the remaining width in proportion to the
    square root of their mean length, so a long reason gets the most room without starving a
    title (no column squeezed to one word per line)."""
    rows = padded_rows(table)
    if not rows:
        return ["auto"] * len(table.header)
    mean = [sum(len(r[i]) for r in rows) / len(rows) for i in range(len(table.header))]
    return [round(m ** 0.5, 2) if m > wide else "auto" for m in mean]


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CHART_MM = (160.0, 200.0)   # text width on A4 with 25 mm margins; leaves room for the caption


def checked_png(chart: Chart, indicator: str) -> tuple[int, int]:
    """The chart's size in pixels; ReportError when the bytes are not a PNG image."""
    png = chart.png
    if not png.startswith(PNG_SIGNATURE) or len(png) < 24 or png[12:16] != b"IHDR":
        raise ReportError(f"chart '{chart.title}' of indicator {indicator} is not a PNG image")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    if not width or not height:
        raise ReportError(f"chart '{chart.title}' of indicator {indicator} is an empty image")
    return width, height


def chart_size_mm(chart: Chart, indicator: str) -> tuple[float, float]:
    """Printed width and height: ``chart.width_mm``, made smaller when wider than the text or so
    tall that it would not fit on a page with its caption."""
    px_w, px_h = checked_png(chart, indicator)
    width = min(float(chart.width_mm), MAX_CHART_MM[0])
    height = width * px_h / px_w
    if height > MAX_CHART_MM[1]:
        width, height = width * MAX_CHART_MM[1] / height, MAX_CHART_MM[1]
    return round(width, 2), round(height, 2)


def chart_alt(chart: Chart) -> str:
    """The alt text (and caption) of a chart: its alt sentence, or its title when that is empty."""
    return chart.alt.strip() or chart.title.strip()
