"""The export formats: one registered object per output format, each saying what it writes, from
what and in which languages. The CLI (``monitor export --formats``), the Export page (one chart's
downloads, the pack's choices) and the pack itself (:mod:`monitor.exports.pack`) all take them
from :data:`FORMATS`; nothing chooses a format by comparing its name.

=============  ==========  =====================================================================
key            made from   writes
=============  ==========  =====================================================================
png, svg, pdf  a chart     ``grafieken/<chart>.<suffix>``, and the alt text beside it (``.txt``)
csv, xlsx      a table     ``gegevens/<chart>.<suffix>``: the data behind each indicator's chart
report-pdf     the report  ``rapport/voortgangsrapportage.pdf`` (and ``report-docx``: ``.docx``)
opendata       results     ``open-data/``: CSV, Parquet and DCAT-AP metadata (JSON-LD, Turtle; nl+en)
zip            the pack    ``ibds-export-<source>.zip``: every file above and ``manifest.json``
=============  ==========  =====================================================================

A format made from a chart or a table also gives one chart's file on its own (:meth:`ChartFile.
data`), which is what the Export page offers for download.
"""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING, ClassVar, Protocol

import plotly.graph_objects as go

from monitor.config import LANGUAGES
from monitor.exports.tables import table_csv, table_xlsx
from monitor.text import Text, t

if TYPE_CHECKING:
    from collections.abc import Iterable

    from monitor.exports.charts import ChartExport
    from monitor.exports.pack import PackJob
    from monitor.reports.model import ReportData


class Renderer(Protocol):
    """What renders a figure to image bytes: an ``ImageExporter`` (or the pack's job, which
    keeps the images it rendered)."""

    def render(self, fig: go.Figure, fmt: str) -> bytes: ...


class ExportFormat:
    """One output format. ``key``: its name in ``--formats`` and on the Export page; ``writes``:
    what it writes, in words; ``made_from``: chart, table, report, results or pack;
    ``languages``: the languages it is made in (``per_language`` False: one file for every
    language, holding both); ``needs_browser``: it renders charts with Chromium; ``default``: in
    the pack unless other formats are asked for; ``offered``: offered for download on the Export
    page once the pack is made."""

    key: ClassVar[str]
    writes: ClassVar[str]
    made_from: ClassVar[str]
    suffix: ClassVar[str]
    mime: ClassVar[str]
    languages: ClassVar[tuple[str, ...]] = LANGUAGES
    per_language: ClassVar[bool] = True
    needs_browser: ClassVar[bool] = False
    default: ClassVar[bool] = True
    offered: ClassVar[bool] = False

    def write(self, job: PackJob) -> None:
        """Write this format's files of the pack (``job.add``)."""
        raise NotImplementedError

    def describe(self) -> str:
        """'png: one chart image per indicator ... (from a chart; nl, en)'."""
        langs = ", ".join(self.languages) if self.per_language else " and ".join(self.languages) + " in one"
        return f"{self.key}: {self.writes} (from {self.made_from}; {langs})"


FORMATS: dict[str, ExportFormat] = {}


def register(cls: type[ExportFormat]) -> type[ExportFormat]:
    """Add a format; the order of registration is the order of the pack (the zip last)."""
    if cls.key in FORMATS:
        raise ValueError(f"export format {cls.key!r} is registered twice")
    FORMATS[cls.key] = cls()
    return cls


# --- one file per chart ----------------------------------------------------------------------

class ChartFile(ExportFormat):
    """A file per chart of the pack (``folder/<chart name><suffix>``), and on its own for one
    chart on the Export page."""

    folder: ClassVar[str]

    def data(self, chart: ChartExport, renderer: Renderer | None) -> bytes | None:
        """This chart's file (None: the format has nothing for this chart)."""
        raise NotImplementedError

    def write(self, job: PackJob) -> None:
        for chart in job.charts:
            job.step(chart.context.title)
            data = self.data(chart, job)
            if data is not None:
                job.add(f"{self.folder}/{chart.name}{self.suffix}", data)


class ChartImage(ChartFile):
    made_from = "a chart"
    folder = "grafieken"
    needs_browser = True

    def data(self, chart: ChartExport, renderer: Renderer | None) -> bytes:
        if renderer is None:
            from monitor.exports.errors import ExportError

            raise ExportError(f"a {self.key} image needs the image exporter")
        return renderer.render(chart.figure, self.key)

    def write(self, job: PackJob) -> None:
        super().write(job)
        for chart in job.charts:  # the alt text beside every image, for Word's alternative text
            job.add(f"{self.folder}/{chart.name}.txt", f"{chart.alt}\n".encode())


@register
class PNG(ChartImage):
    key, suffix, mime = "png", ".png", "image/png"
    writes = "each chart as an image 160 mm wide at 300 dpi, with its alt text (.txt)"


@register
class SVG(ChartImage):
    key, suffix, mime = "svg", ".svg", "image/svg+xml"
    writes = "each chart as a vector drawing (SVG) with title and alt text, with its alt text (.txt)"


@register
class ChartPDF(ChartImage):
    key, suffix, mime = "pdf", ".pdf", "application/pdf"
    writes = "each chart as a one-page vector PDF, with its alt text (.txt)"
    default = False


class TableFile(ChartFile):
    made_from = "a table"
    folder = "gegevens"

    def data(self, chart: ChartExport, renderer: Renderer | None = None) -> bytes | None:
        return None if chart.table is None else self.table(chart)

    def table(self, chart: ChartExport) -> bytes:
        raise NotImplementedError


@register
class CSV(TableFile):
    key, suffix, mime = "csv", ".csv", "text/csv"
    writes = "the data behind each indicator's chart as CSV for Dutch Excel (;, decimal comma)"

    def table(self, chart: ChartExport) -> bytes:
        return table_csv(chart.table)


@register
class XLSX(TableFile):
    key, suffix = "xlsx", ".xlsx"
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    writes = "the data behind each indicator's chart as an Excel workbook with typed cells"

    def table(self, chart: ChartExport) -> bytes:
        return table_xlsx(chart.table)


# --- the report ------------------------------------------------------------------------------

class ReportFile(ExportFormat):
    made_from = "the report"
    needs_browser = True  # its charts
    offered = True
    images: ClassVar[str] = "png"  # the charts are embedded as PNG (300 dpi)

    def render(self, report: ReportData) -> bytes:
        raise NotImplementedError

    def write(self, job: PackJob) -> None:
        job.step(t("export.step.report", job.lang))
        job.add(f"rapport/voortgangsrapportage{self.suffix}", self.render(job.report(self.images)))


@register
class ReportPDF(ReportFile):
    key, suffix, mime = "report-pdf", ".pdf", "application/pdf"
    writes = ("the progress report as a tagged PDF (marked PDF/UA-1 by Typst, not confirmed by an "
              "independent validator), fonts bundled")

    def render(self, report: ReportData) -> bytes:
        from monitor.reports.pdf import report_pdf

        return report_pdf(report)


@register
class ReportDOCX(ReportFile):
    key, suffix = "report-docx", ".docx"
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    writes = "the progress report as a Word document with Word styles, to edit"

    def render(self, report: ReportData) -> bytes:
        from monitor.reports.docx import report_docx

        return report_docx(report)


# --- open data and the zip -------------------------------------------------------------------

@register
class OpenDataFiles(ExportFormat):
    key, suffix, mime = "opendata", ".csv", "text/csv"
    made_from = "the results"
    per_language = False
    writes = "the computed results as CSV and Parquet with DCAT-AP metadata (CC0 1.0)"

    def write(self, job: PackJob) -> None:
        from monitor.exports.dcat import Publication
        from monitor.exports.opendata import SnapshotInfo, open_data

        job.step(t("export.step.opendata", job.lang))
        source = job.source
        info = SnapshotInfo(source.label, source.peildatum, source.definitions_sha256, source.snapshot_id)
        made = open_data(source.results, info, defs=source.defs, rules_version=source.rules_version,
                         publication=Publication.from_config(source.config))
        for name, data in made.files():
            job.add(f"open-data/{name}", data)


@register
class Zip(ExportFormat):
    key, suffix, mime = "zip", ".zip", "application/zip"
    made_from = "the pack"
    offered = True
    writes = "every file of the pack and its manifest.json in one deterministic ZIP"

    def write(self, job: PackJob) -> None:
        """Sorted entries, every entry dated the peildatum, so the same snapshot gives the same
        bytes."""
        files = [*job.files, job.manifest()]
        path = job.folder / f"ibds-export-{job.source.stem}.zip"
        stamp = (*job.source.peildatum.timetuple()[:3], 0, 0, 0)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in sorted(files):
                info = zipfile.ZipInfo(p.relative_to(job.folder).as_posix(), date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, p.read_bytes())
        job.result.zip = path
        job.result.by_format[self.key] = [path]


DEFAULT_FORMATS = tuple(k for k, f in FORMATS.items() if f.default)


def parse_formats(text: str | Iterable[str]) -> tuple[ExportFormat, ...]:
    """'png,svg,report-pdf' (or the keys) -> their formats, in the order given, each once;
    UsageError for unknown ones."""
    from monitor.errors import UsageError

    items = [f.strip() for f in (text.split(",") if isinstance(text, str) else text) if f.strip()]
    unknown = [f for f in items if f not in FORMATS]
    if unknown or not items:
        raise UsageError(Text("error.export.formats", unknown=", ".join(unknown) or "(none)",
                              known=", ".join(FORMATS), count=len(unknown)))
    return tuple(FORMATS[k] for k in dict.fromkeys(items))


def chart_formats() -> list[ChartFile]:
    """The formats one chart can be downloaded in on its own (images, then tables)."""
    return [f for f in FORMATS.values() if isinstance(f, ChartFile)]


__all__ = ["DEFAULT_FORMATS", "FORMATS", "ChartFile", "ExportFormat", "chart_formats",
           "parse_formats", "register"]
