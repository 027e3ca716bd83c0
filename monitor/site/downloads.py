"""The snapshot's files in the site, made by the export code itself (``monitor.exports``): per
language the charts as SVG (which the pages also show inline) and the tables behind them as CSV
and XLSX, and once the open data (CSV, Parquet and whatever metadata files the open-data format
writes). Each folder gets the pack's ``manifest.json``. The site links the files as the export
wrote them, never by names of its own."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from monitor.exports.charts import ChartExport
from monitor.exports.dcat import Publication
from monitor.exports.formats import parse_formats
from monitor.exports.images import ImageExporter
from monitor.exports.pack import PackJob
from monitor.publication.source import ExportSource
from monitor.site.paths import DOWNLOAD_FOLDER

PER_LANGUAGE = ("svg", "csv", "xlsx")  # the export formats made in every language
ONCE = ("opendata",)                   # made once, for both languages
OPEN_DATA = "open-data"                # the folder they go in


@dataclass(frozen=True)
class Downloads:
    """The files of one pack (site paths, by export format) and its charts (one language)."""

    by_format: dict[str, list[str]]
    charts: list[ChartExport]
    svg: dict[str, bytes]  # chart name -> the SVG file the export wrote

    def files(self, key: str) -> list[str]:
        return self.by_format.get(key, [])

    def chart_files(self, chart: ChartExport) -> list[str]:
        """The downloads of one chart (its table as CSV and XLSX), by the pack's file names."""
        stem = f"/{chart.name}."
        return [p for key in ("csv", "xlsx") for p in self.files(key) if stem in p]


def _pack(source: ExportSource, root: Path, folder: str, lang: str, formats: tuple[str, ...],
          exporter: ImageExporter | None) -> tuple[PackJob, dict[str, list[str]]]:
    target = root / folder
    target.mkdir(parents=True, exist_ok=True)
    job = PackJob(source, target, lang, parse_formats(formats), exporter, None)
    made = job.run()
    by_format = {key: sorted(p.relative_to(root).as_posix() for p in paths)
                 for key, paths in made.by_format.items()}
    return job, by_format


def language_downloads(source: ExportSource, root: Path, lang: str,
                       exporter: ImageExporter | None) -> Downloads:
    """``downloads/<lang>/``: every chart as SVG and its table as CSV and XLSX."""
    job, by_format = _pack(source, root, f"{DOWNLOAD_FOLDER}/{lang}", lang, PER_LANGUAGE, exporter)
    svg = {c.name: (job.folder / "grafieken" / f"{c.name}.svg").read_bytes() for c in job.charts
           if (job.folder / "grafieken" / f"{c.name}.svg").exists()}
    return Downloads(by_format, job.charts, svg)


def open_data_downloads(source: ExportSource, root: Path, base_url: str | None = None) -> list[str]:
    """``downloads/open-data/``: the open-data files, as the open-data export names them. The
    addresses in their DCAT metadata are those of the files in the site:
    ``<base>/downloads/open-data/<name>``, ``base`` the site's address (``base_url``, else the
    setting ``publication.base_url``)."""
    config = source.config
    if config is not None:
        base = (base_url or Publication.from_config(config).base_url).rstrip("/")
        values = {**config.values, "publication.base_url": f"{base}/{DOWNLOAD_FOLDER}"}
        source = dataclasses.replace(source, config=dataclasses.replace(config, values=values))
    _, by_format = _pack(source, root, DOWNLOAD_FOLDER, "nl", ONCE, None)
    return [p for key in ONCE for p in by_format.get(key, [])]
