"""The export pack for a letter to parliament: charts, data, report, open data and a manifest,
optionally zipped. Everything is made from one :class:`ExportSource` (a snapshot, or live data
marked provisional) with one Chromium session, and is deterministic for a snapshot: exporting it
twice gives the same CSV, XLSX, SVG, PDF and report files.

What goes in is chosen by format (:mod:`monitor.exports.formats`): each writes its own files
through a :class:`PackJob`, which builds every chart once, renders every image once and makes the
report once for all formats that need them. The pack always writes ``manifest.json``: the
source, the formats, every file with its size and sha256, and the software versions."""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path

import plotly.graph_objects as go

from monitor.exports.charts import ChartExport, export_charts
from monitor.exports.formats import DEFAULT_FORMATS, FORMATS, ExportFormat, parse_formats
from monitor.exports.images import ImageExporter
from monitor.publication.source import ExportSource
from monitor.reports.build import HEATMAP, build_report, report_heatmap
from monitor.reports.model import ReportData
from monitor.text import t

VERSIONS = ("voortgangsmonitor-ibds", "duckdb", "polars", "plotly", "kaleido", "typst",
            "python-docx", "xlsxwriter", "streamlit")


@dataclass
class PackResult:
    folder: Path
    files: list[Path] = field(default_factory=list)
    manifest: Path | None = None
    zip: Path | None = None
    by_format: dict[str, list[Path]] = field(default_factory=dict)  # format key -> its files


class PackJob:
    """One pack being made: the source, the folder, the language, the image exporter and what the
    formats share (the charts, their images, the report). Formats write through :meth:`add`."""

    def __init__(self, source: ExportSource, folder: Path, lang: str, formats: tuple[ExportFormat, ...],
                 exporter: ImageExporter | None, progress: Callable[[float, str], None] | None,
                 messages: Mapping[str, str] | None = None):
        self.source, self.folder, self.lang, self.formats = source, folder, lang, formats
        # the one-line messages of this run's charts, by chart name (empty ones left out)
        self.messages = {k: v.strip() for k, v in (messages or {}).items() if v and v.strip()}
        self.exporter = exporter
        self.result = PackResult(folder)
        self._files: dict[Path, None] = {}  # written, in order, each once
        self._images: dict[tuple[int, str], bytes] = {}
        self._progress = progress or (lambda _f, _m: None)
        self._current, self._format, self._done = "", 0, 0

    # --- what the formats share ------------------------------------------------------------

    @cached_property
    def charts(self) -> list[ChartExport]:
        """Every chart of the pack: one per indicator, then the heatmap (built once)."""
        return export_charts(self.source, self.lang, self.messages)

    def render(self, fig: go.Figure, fmt: str) -> bytes:
        """``fig`` as an image, rendered once per format however many formats use it."""
        key = (id(fig), fmt)
        if key not in self._images:
            if self.exporter is None:
                from monitor.exports.errors import ExportError

                raise ExportError("this pack needs the image exporter")
            self._images[key] = self.exporter.render(fig, fmt)  # type: ignore[arg-type]
        return self._images[key]

    def report(self, images: str) -> ReportData:
        """The report, made once, with every indicator's chart as ``images`` (rendered once)."""
        if not hasattr(self, "_report"):
            charts = {c.indicator.id: self.render(c.figure, images) for c in self.charts
                      if c.indicator is not None}
            if self.source.rules_version >= 2:  # the summary page's heatmap (edition 2)
                charts[HEATMAP] = self.render(report_heatmap(self.source, self.lang), images)
            self._report = build_report(self.source, self.lang, None, charts)
        return self._report

    # --- writing ---------------------------------------------------------------------------

    @property
    def files(self) -> list[Path]:
        return list(self._files)

    def add(self, rel: str, data: bytes) -> Path:
        """Write ``data`` to ``rel`` in the pack's folder (once: the same file again is skipped)."""
        path = self.folder / rel
        if not path.resolve().is_relative_to(self.folder.resolve()):
            from monitor.exports.errors import ExportError

            raise ExportError(f"{rel!r} is not a file name inside the pack")
        if path not in self._files:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            self._files[path] = None
            self.result.by_format.setdefault(self._current, []).append(path)
        return path

    def step(self, message: str) -> None:
        """Progress: one more step of the current format (the charts count as steps)."""
        self._done += 1
        per = max(len(self.charts) + 1, 1)
        share = (self._format + min(self._done / per, 1.0)) / len(self.formats)
        self._progress(0.9 * share, message)

    def manifest(self) -> Path:
        """``manifest.json`` (written once): the source, the formats, every file so far with
        size and sha256, and the software versions."""
        if self.result.manifest is None:
            source = self.source
            manifest = {
                "title": "Voortgangsmonitor IBDS — exportpakket",
                "snapshot_id": source.snapshot_id,
                "label": source.label,
                "provisional": source.live,
                "reference_date": source.peildatum.isoformat(),
                "until": source.until,
                "definitions_sha256": source.definitions_sha256,
                "formats": [f.key for f in self.formats],
                "files": [{"path": p.relative_to(self.folder).as_posix(), "bytes": p.stat().st_size,
                           "sha256": _sha(p)} for p in sorted(self._files)],
                "software": _versions(),
            }
            if source.rules_version >= 2:  # version 1 packs reproduce without the key, as they were made
                manifest["rules_version"] = source.rules_version
            if self.messages:  # the charts' messages of this run, as typed
                manifest["messages"] = dict(sorted(self.messages.items()))
            path = self.folder / "manifest.json"
            self._progress(0.95, t("export.step.manifest", self.lang))
            path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            self.result.manifest = path
        return self.result.manifest

    def run(self) -> PackResult:
        """Every format in the order of the registry (the zip last), then the manifest."""
        own = self.exporter is None and any(f.needs_browser for f in self.formats)
        if own:
            self.exporter = ImageExporter().start()
        order = list(FORMATS.values())
        try:
            for i, f in enumerate(sorted(self.formats, key=order.index)):
                self._current, self._format, self._done = f.key, i, 0
                f.write(self)
        finally:
            if own and self.exporter is not None:
                self.exporter.close()
        self.manifest()
        self.result.files = self.files
        self._progress(1.0, t("export.step.done", self.lang))
        return self.result


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in VERSIONS:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_pack(source: ExportSource, out: str | Path, *, formats: Iterable[str] = DEFAULT_FORMATS,
                lang: str = "nl", exporter: ImageExporter | None = None,
                progress: Callable[[float, str], None] | None = None,
                messages: Mapping[str, str] | None = None) -> PackResult:
    """Write the pack into ``out`` (created). ``formats``: keys of :data:`FORMATS` (UsageError for
    unknown ones). ``exporter``: a started ImageExporter to reuse (the dashboard keeps one);
    otherwise one is started when a format needs it. ``messages``: a one-line message per chart
    name, burned in under its title and kept in the manifest."""
    chosen = parse_formats(formats)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    return PackJob(source, folder, lang, chosen, exporter, progress, messages).run()


__all__ = ["DEFAULT_FORMATS", "FORMATS", "PackJob", "PackResult", "export_pack", "parse_formats"]
