"""The export pack for a letter to parliament: charts, data, report, open data and a manifest,
optionally zipped. Everything is made from one :class:`ExportSource` (a snapshot, or live data
marked provisional) with one Chromium session, and is deterministic for a snapshot: exporting it
twice gives the same CSV, XLSX, SVG, PDF and report files."""

from __future__ import annotations

import hashlib
import json
import platform
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from monitor.charts import status_heatmap
from monitor.exports.context import ExportContext
from monitor.exports.images import ImageExporter
from monitor.exports.letter import letter_figure
from monitor.exports.opendata import SnapshotInfo, open_data
from monitor.exports.source import ExportSource
from monitor.exports.tables import Table, chart_table, table_csv, table_xlsx
from monitor.reports.build import build_report, chart_context, national, trend_figure
from monitor.text import as_made, t
from monitor.views.overview import heatmap_frame

IMAGE_FORMATS = ("png", "svg", "pdf")
FORMATS = (*IMAGE_FORMATS, "csv", "xlsx", "report-pdf", "report-docx", "opendata", "zip")
DEFAULT_FORMATS = ("png", "svg", "xlsx", "csv", "report-pdf", "report-docx", "opendata", "zip")
VERSIONS = ("voortgangsmonitor-ibds", "duckdb", "polars", "plotly", "kaleido", "typst",
            "python-docx", "xlsxwriter", "streamlit")


@dataclass
class PackResult:
    folder: Path
    files: list[Path] = field(default_factory=list)
    manifest: Path | None = None
    zip: Path | None = None


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """'png,svg,report-pdf' -> ('png', 'svg', 'report-pdf'); UsageError for unknown ones."""
    from monitor.errors import UsageError

    items = [f.strip() for f in (text.split(",") if isinstance(text, str) else text) if f.strip()]
    unknown = [f for f in items if f not in FORMATS]
    if unknown or not items:
        raise UsageError(f"unknown export format(s) {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(FORMATS)}")
    return tuple(dict.fromkeys(items))


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
                progress: Callable[[float, str], None] | None = None) -> PackResult:
    """Write the pack into ``out`` (created). ``exporter``: a started ImageExporter to reuse (the
    dashboard keeps one); otherwise one is started when images are asked for."""
    with as_made(source.rules_version):  # in the texts the snapshot's exports were made with
        return _export_pack(source, out, formats, lang, exporter, progress)


def _export_pack(source: ExportSource, out: str | Path, formats: Iterable[str], lang: str,
                 exporter: ImageExporter | None,
                 progress: Callable[[float, str], None] | None) -> PackResult:
    formats = parse_formats(formats)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    result = PackResult(folder)
    step = progress or (lambda _f, _m: None)
    indicators = [(a.id, ind) for a in source.defs.actions for ind in a.spec.indicators]
    images = [f for f in formats if f in IMAGE_FORMATS]
    reports = [f for f in formats if f.startswith("report-")]
    need_browser = bool(images) or bool(reports)
    own = exporter is None and need_browser
    ex = ImageExporter().start() if own else exporter
    try:
        pngs: dict[str, bytes] = {}
        total = len(indicators) + 1
        for i, (action_id, ind) in enumerate(indicators):
            step(i / total * 0.8, ind.title.get(lang))
            name = f"{action_id}-{ind.id}"
            ctx = chart_context(source, ind, lang)
            if images or reports:
                letter = letter_figure(trend_figure(source, ind, lang), ctx)
                for fmt in images:
                    data = ex.render(letter, fmt)
                    result.files.append(_write(folder / "grafieken" / f"{name}.{fmt}", data))
                    if fmt == "png":
                        pngs[ind.id] = data
                if images:
                    alt = (letter.layout.meta or {}).get("alt", "")
                    result.files.append(_write(folder / "grafieken" / f"{name}.txt",
                                               f"{alt}\n".encode()))
                if "png" not in images and reports:
                    pngs[ind.id] = ex.render(letter, "png")
            if "csv" in formats or "xlsx" in formats:
                table = chart_table(national(source, ind.id), ind, ctx)
                result.files += _tables(folder / "gegevens" / name, table, formats)
        if images:
            rule = source.action_rule if source.rules_version >= 2 else None  # None: version 1
            heat = status_heatmap(heatmap_frame(source.results, source.defs, lang, rule), lang)
            ctx = ExportContext(t("chart.status_title", lang), "", source.peildatum, source.live,
                                "", lang)
            letter = letter_figure(heat, ctx)
            for fmt in images:
                result.files.append(_write(folder / "grafieken" / f"status-per-actie.{fmt}",
                                           ex.render(letter, fmt)))
        if reports:
            step(0.85, t("export.step.report", lang))
            data = build_report(source, lang, None, pngs)
            if "report-pdf" in reports:
                from monitor.reports.pdf import report_pdf

                result.files.append(_write(folder / "rapport" / "voortgangsrapportage.pdf",
                                           report_pdf(data)))
            if "report-docx" in reports:
                from monitor.reports.docx import report_docx

                result.files.append(_write(folder / "rapport" / "voortgangsrapportage.docx",
                                           report_docx(data)))
    finally:
        if own and ex is not None:
            ex.close()
    if "opendata" in formats:
        info = SnapshotInfo(source.label, source.peildatum, source.definitions_sha256)
        result.files += open_data(source.results, info, defs=source.defs,
                                  rules_version=source.rules_version).write(folder / "open-data")
    step(0.95, t("export.step.manifest", lang))
    result.manifest = _manifest(source, folder, result.files, formats)
    if "zip" in formats:
        result.zip = _zip(source, folder, [*result.files, result.manifest])
    step(1.0, t("export.step.done", lang))
    return result


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _tables(stem: Path, table: Table, formats: tuple[str, ...]) -> list[Path]:
    out = []
    if "csv" in formats:
        out.append(_write(stem.with_suffix(".csv"), table_csv(table)))
    if "xlsx" in formats:
        out.append(_write(stem.with_suffix(".xlsx"), table_xlsx(table)))
    return out


def _manifest(source: ExportSource, folder: Path, files: list[Path], formats: tuple) -> Path:
    manifest = {
        "title": "Voortgangsmonitor IBDS — exportpakket",
        "snapshot_id": source.snapshot_id,
        "label": source.label,
        "provisional": source.live,
        "reference_date": source.peildatum.isoformat(),
        "until": source.until,
        "definitions_sha256": source.definitions_sha256,
        "formats": list(formats),
        "files": [{"path": p.relative_to(folder).as_posix(), "bytes": p.stat().st_size,
                   "sha256": _sha(p)} for p in sorted(files)],
        "software": _versions(),
    }
    if source.rules_version >= 2:  # version 1 packs reproduce without the key, as they were made
        manifest["rules_version"] = source.rules_version
    path = folder / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def _zip(source: ExportSource, folder: Path, files: list[Path]) -> Path:
    """A deterministic ZIP: sorted entries, every entry dated the peildatum."""
    path = folder / f"ibds-export-{source.stem}.zip"
    stamp = (*source.peildatum.timetuple()[:3], 0, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(files):
            info = zipfile.ZipInfo(p.relative_to(folder).as_posix(), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, p.read_bytes())
    return path


__all__ = ["DEFAULT_FORMATS", "FORMATS", "PackResult", "export_pack", "parse_formats"]
