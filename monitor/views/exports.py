"""Data for the Export page and the lineage on the action page (no Streamlit here): the snapshot
list as shown, one indicator's letter chart and its downloads in every chart format
(``monitor.exports.formats``) with the shared exporter, the export pack, the diff as tables to
show, and the lineage of one value."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go
import polars as pl

from monitor.access.guard import allowed
from monitor.access.model import User
from monitor.charts import status_style
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.exports.charts import ChartExport, indicator_chart
from monitor.exports.errors import ExportError
from monitor.exports.formats import FORMATS, ChartFile, ReportFile, chart_formats
from monitor.exports.images import ImageExporter
from monitor.exports.pack import PackResult, export_pack
from monitor.frames import each
from monitor.periods import Quarter
from monitor.publication.source import ExportSource
from monitor.snapshots import SnapshotDiff, lineage, list_snapshots
from monitor.store import Store
from monitor.text import day, moment, number, t
from monitor.text.markdown import PUNCTUATION

# One Chromium session serves one figure at a time; the page's sessions share one exporter.
_RENDER_LOCK = threading.Lock()
LINEAGE_SHOWN = 500  # rows of a lineage shown on the page; the CSV download has them all
CSV_MIME = FORMATS["csv"].mime  # the diff and lineage downloads
JSON_MIME = "application/json"  # the pack's manifest
REPORT_FORMATS = tuple(k for k, f in FORMATS.items() if isinstance(f, ReportFile))  # PDF, DOCX


# --- snapshots -------------------------------------------------------------------------------

def snapshot_table(store: Store, lang: str) -> pl.DataFrame:
    """The snapshots, newest first, as shown: id, label, peildatum (28-11-2026 in Dutch), until
    quarter ('K3 2026'), created by and the number of frozen values (1.234)."""
    snaps = list_snapshots(store).sort("id", descending=True)
    return pl.DataFrame({
        "id": snaps["id"].cast(pl.Int64),
        "label": snaps["label"],
        "reference_date": [day(d, lang) for d in snaps["reference_date"]],
        "until": [Quarter.parse(q).label(lang) for q in snaps["until_period"]],
        "created_by": snaps["created_by"],
        "values": [number(v, 0, lang) for v in snaps["values"]],
    }, schema={"id": pl.Int64, "label": pl.String, "reference_date": pl.String, "until": pl.String,
               "created_by": pl.String, "values": pl.String})


def snapshot_names(table: pl.DataFrame, lang: str) -> dict[int, str]:
    """{id: "3 · Voortgangsbrief 2026 (peildatum 28-11-2026)"} from :func:`snapshot_table`."""
    return {sid: t("export.snapshot_name", lang, id=sid, label=label, day=day)
            for sid, label, day in table.select("id", "label", "reference_date").iter_rows()}


def locked_range(store: Store, config, snapshot_id: int, lang: str) -> tuple[str, str]:
    """The quarters a snapshot covers, as labels: ('K1 2024', 'K4 2025')."""
    from monitor.snapshots.frozen import snapshot_meta

    meta = snapshot_meta(store, snapshot_id)
    return config.programme_start.label(lang), Quarter.parse(meta["until_period"]).label(lang)


# --- one chart -------------------------------------------------------------------------------

def indicators_by_action(defs: Definitions) -> dict[str, list[Indicator]]:
    return {a.id: list(a.spec.indicators) for a in defs.actions}


def chart_export(source: ExportSource, action_id: str, ind: Indicator, lang: str,
                 message: str = "") -> ChartExport:
    """The national trend of ``ind`` as it goes into a letter, and its table; its files are named
    after the source ('a03-a03_cdo_aandeel-snapshot-2-2026-Q3'); ``message``: its one line under
    the title."""
    return indicator_chart(source, action_id, ind, lang, name=f"{action_id}-{ind.id}-{source.stem}",
                           message=message)


def chart_name(action_id: str, ind: Indicator) -> str:
    """The chart's name in the pack ('a03-a03_cdo_aandeel'), the key of its message."""
    return f"{action_id}-{ind.id}"


def exporter_running(exporter: ImageExporter) -> bool:
    """Whether a cached exporter can still be used (it is closed after a failure)."""
    return exporter.browser is not None


def close_exporter(exporter: ImageExporter) -> None:
    exporter.close()


class _Shared:
    """The page's shared exporter: one render at a time; after a failure it is closed, so the
    next use starts a fresh browser."""

    def __init__(self, exporter: ImageExporter):
        self.exporter = exporter

    def render(self, fig: go.Figure, fmt: str) -> bytes:
        with _RENDER_LOCK:
            try:
                return self.exporter.render(fig, fmt)  # type: ignore[arg-type]
            except ExportError:
                self.exporter.close()
                raise


@dataclass(frozen=True)
class Download:
    """One file the page offers: ``kind`` (a format key, or 'manifest'), the file name, the
    bytes or what makes them on click (images: rendered only when asked for), the MIME type."""

    kind: str
    file_name: str
    data: bytes | Callable[[], bytes]
    mime: str


def chart_downloads(chart: ChartExport, exporter: ImageExporter | None) -> list[Download | None]:
    """One chart in every chart format (``formats.chart_formats``: images, then tables), in a
    fixed order; None where a format cannot be offered (an image without Chromium)."""
    out: list[Download | None] = []
    for f in chart_formats():
        if f.needs_browser and exporter is None:
            out.append(None)
            continue
        data = (functools.partial(_chart_file, f, chart, _Shared(exporter)) if f.needs_browser
                else _chart_file(f, chart, None))
        out.append(Download(f.key, f"{chart.name}{f.suffix}", data, f.mime))
    return out


def _chart_file(f: ChartFile, chart: ChartExport, renderer: _Shared | None) -> bytes:
    data = f.data(chart, renderer)
    if data is None:
        raise ExportError(f"this chart has no {f.key} file")
    return data


# --- the pack --------------------------------------------------------------------------------

def needs_browser(formats: Iterable[str]) -> bool:
    """Whether these pack formats need Chromium (images, or the report with its charts)."""
    return any(FORMATS[f].needs_browser for f in formats)


def make_pack(source: ExportSource, out: str | Path, formats: Iterable[str], lang: str,
              exporter: ImageExporter | None,
              progress: Callable[[float, str], None] | None = None,
              messages: Mapping[str, str] | None = None) -> PackResult:
    """:func:`export_pack` with the shared exporter (when the formats need one); the exporter is
    closed when rendering fails. ``messages``: the charts' one-line messages, by chart name."""
    formats = tuple(formats)
    if not needs_browser(formats):
        return export_pack(source, out, formats=formats, lang=lang, progress=progress,
                           messages=messages)
    if exporter is None:
        raise ExportError("this pack needs the image exporter")
    with _RENDER_LOCK:
        try:
            return export_pack(source, out, formats=formats, lang=lang, exporter=exporter,
                               progress=progress, messages=messages)
        except ExportError:
            exporter.close()
            raise


def make_report(source: ExportSource, out: str | Path, lang: str, exporter: ImageExporter | None,
                progress: Callable[[float, str], None] | None = None) -> list[Download]:
    """The report of ``source`` as PDF and DOCX (the pack's report formats, made the same way and
    under the same permission as the pack), offered as 'voortgangsrapportage-snapshot-3-2026-Q3
    .pdf' and '.docx'; ExportError without the image exporter (the report has charts)."""
    if exporter is None:
        raise ExportError("the report needs the image exporter")
    made = make_pack(source, out, REPORT_FORMATS, lang, exporter, progress)
    stem = t("export.report.file", lang, stem=source.stem)
    return [Download(f.key, f"{stem}{f.suffix}", path.read_bytes, f.mime)
            for f in (FORMATS[k] for k in REPORT_FORMATS) for path in made.by_format.get(f.key, [])]


def pack_downloads(result: PackResult) -> list[Download]:
    """What the page offers for download after a pack: the files of the formats that are
    ``offered`` (the report, the zip), then the manifest; each read when clicked."""
    out = [Download(f.key, path.name, path.read_bytes, f.mime)
           for f in FORMATS.values() if f.offered for path in result.by_format.get(f.key, [])]
    if result.manifest:
        out.append(Download("manifest", result.manifest.name, result.manifest.read_bytes, JSON_MIME))
    return out


def pack_files(result: PackResult, lang: str) -> pl.DataFrame:
    """The files listed in the pack's manifest: path, size (1.234 bytes) and sha256."""
    files = json.loads(result.manifest.read_text(encoding="utf-8"))["files"] if result.manifest else []
    return pl.DataFrame({
        "path": [f["path"] for f in files],
        "bytes": [number(f["bytes"], 0, lang) for f in files],
        "sha256": [f["sha256"] for f in files],
    }, schema={"path": pl.String, "bytes": pl.String, "sha256": pl.String})


# --- diff ------------------------------------------------------------------------------------

def diff_counts(d: SnapshotDiff) -> dict[str, int]:
    return {"values": d.values.height, "results": d.results.height,
            "organisations": d.organisations.height, "definitions": d.definitions.height}


def diff_tables(d: SnapshotDiff, lang: str) -> dict[str, pl.DataFrame]:
    """The four parts of a diff as shown: change kinds and statuses as text, numbers in the
    language's format."""
    def change(frame: pl.DataFrame) -> pl.Series:
        return each(frame, "change", lambda v: t(f"export.diff.change.{v}", lang))

    def badge(column: str) -> pl.Series:
        return each(d.results, column, lambda s: status_style(s or "onvoldoende").badge(lang),
                    skip_nulls=False)

    def short(column: str) -> pl.Series:
        return each(d.results, column, lambda v: _short_number(v, lang), skip_nulls=False)

    return {
        "values": d.values.select("organisation", "period", "measure", change(d.values), "old", "new"),
        "results": d.results.select("action", "indicator", "period", badge("old_status"),
                                    badge("new_status"), short("old_value"), short("new_value")),
        "organisations": d.organisations.select(
            "period", "organisation", each(d.organisations, "values", lambda v: number(v, 0, lang))),
        "definitions": d.definitions.select("file_name", change(d.definitions),
                                            pl.col("old_sha256").str.slice(0, 12),
                                            pl.col("new_sha256").str.slice(0, 12)),
    }


def _short_number(v: float | None, lang: str) -> str:
    """At most two decimals, trailing zeros dropped: 62,5 / 80 / 1.234,57; an en dash for none."""
    if v is None:
        return "–"
    text = number(v, 2, lang)
    return text.rstrip("0").rstrip(",.")


# --- lineage ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lineage:
    rows: pl.DataFrame  # monitor.snapshots.lineage columns: every contributing value (for the CSV)
    shown: pl.DataFrame  # at most LINEAGE_SHOWN rows, columns as shown, dates formatted

    @property
    def values(self) -> int:
        return self.rows.height

    @property
    def organisations(self) -> int:
        return self.rows["organisation"].n_unique()

    @property
    def submissions(self) -> int:
        return self.rows["submission_id"].drop_nulls().n_unique()

    @property
    def definition_sha256(self) -> str:
        return self.rows["definition_sha256"][0] if self.rows.height else ""


def markdown_escaped(frame: pl.DataFrame) -> pl.DataFrame:
    """Text columns with Markdown characters escaped, for ``st.table`` (which reads every cell as
    Markdown): submitted text such as '*' or '$5' is shown as typed."""
    return frame.with_columns(
        pl.col(c).str.replace_all(PUNCTUATION.pattern, r"\$1")  # as monitor.text.literal
        for c, dtype in frame.schema.items() if dtype == pl.String)


LINEAGE_COLUMNS = ("organisation", "measure", "period", "value", "submission_id", "version",
                   "submitted_by", "received_at", "file_name")


# who submitted which file: shown only to a role that may view every organisation's submissions
SUBMISSION_DETAILS = ("submitted_by", "file_name")


def lineage_view(store: Store, defs: Definitions, indicator_id: str, period: str, lang: str,
                 snapshot_id: int | None = None, *, user: User | None) -> Lineage:
    """The submitted values behind one indicator value (live, or in a snapshot). Without
    ``submissions.view`` for every organisation (a viewer) the submitter and file name are left
    out: the values are public to the role (``view``), who sent them in is not."""
    rows = lineage(store, indicator_id, period, snapshot_id=snapshot_id, defs=defs)
    if not allowed(user, "submissions.view"):
        rows = rows.drop(SUBMISSION_DETAILS)
    head = rows.head(LINEAGE_SHOWN)
    shown = head.with_columns(
        each(head, "period", lambda q: Quarter.parse(q).label(lang)),
        each(head, "received_at", lambda d: moment(d, lang), skip_nulls=False),
    )
    return Lineage(rows, shown.select(c for c in LINEAGE_COLUMNS if c in rows.columns))
