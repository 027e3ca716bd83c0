"""Writing the public site of a snapshot: :func:`publish_site`.

    nl/index.html, nl/action-a03.html, nl/indicator-<id>.html, nl/about.html, nl/downloads.html,
    nl/accessibility.html, nl/colophon.html   (and the same under en/)
    downloads/open-data/...   the open data as the open-data export writes it
    downloads/nl/, downloads/en/   the charts (SVG) and their tables (CSV, XLSX)
    index.html   on to the Dutch start page, with a link to each language
    manifest.json   the snapshot and sha256 of every file

One Chromium session (Kaleido) renders every chart of both languages; pass the dashboard's
``exporter`` to reuse its session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from monitor.errors import UsageError
from monitor.exports.images import ImageExporter
from monitor.publication.source import ExportSource
from monitor.reports.build import build_report
from monitor.runtime import Runtime
from monitor.site import info as about
from monitor.site import paths
from monitor.site.downloads import language_downloads, open_data_downloads
from monitor.site.layout import SiteInfo, chooser
from monitor.site.manifest import page_sizes, site_files, write_manifest
from monitor.site.pages import Material, action_page, indicator_page, start_page
from monitor.site.public import public_source
from monitor.text import LANGS, Text


@dataclass
class SiteResult:
    folder: Path
    pages: dict[str, int] = field(default_factory=dict)  # site path of every page -> bytes
    files: list[str] = field(default_factory=list)       # every file (site paths)
    manifest: Path | None = None
    info: SiteInfo | None = None


def _version() -> str:
    try:
        return metadata.version("voortgangsmonitor-ibds")
    except metadata.PackageNotFoundError:
        return "0"


def site_info(source: ExportSource, base_url: str | None = None) -> SiteInfo:
    return SiteInfo(int(source.snapshot_id or 0), source.label, source.peildatum, source.until,
                    source.definitions_sha256, source.rules_version, _version(),
                    base_url.strip() or None if base_url else None)


def _write(root: Path, rel: str, data: bytes) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _language(source: ExportSource, root: Path, info: SiteInfo, lang: str, open_data: list[str],
              exporter: ImageExporter) -> None:
    """Every page of ``lang`` and its downloads."""
    downloads = language_downloads(source, root, lang, exporter)
    m = Material(source, build_report(source, lang, None), downloads, info, lang)
    _write(root, paths.in_lang(lang, paths.HOME), start_page(m))
    for section in m.report.actions:
        _write(root, paths.in_lang(lang, paths.action_page(section.id)), action_page(m, section))
    indicators = []
    for action in source.defs.actions:
        for ind in action.spec.indicators:
            _write(root, paths.in_lang(lang, paths.indicator_page(ind.id)), indicator_page(m, action.id, ind))
            indicators.append((ind.id, ind.title.get(lang)))
    tables = downloads.files("csv") + downloads.files("xlsx")
    charts = [f for f in downloads.files("svg") if f.endswith(".svg")]
    pages = {
        paths.ABOUT: about.about_page(info, lang, m.report.notes, indicators),
        paths.DOWNLOADS: about.downloads_page(info, lang, root, open_data, tables, charts),
        paths.ACCESSIBILITY: about.accessibility_page(info, lang),
        paths.COLOPHON: about.colophon_page(info, lang),
    }
    for name, data in pages.items():
        _write(root, paths.in_lang(lang, name), data)


def publish_site(source: ExportSource, out: str | Path, *, base_url: str | None = None,
                 exporter: ImageExporter | None = None,
                 progress: Callable[[float, str], None] | None = None) -> SiteResult:
    """Write the public site of the snapshot ``source`` into ``out`` (created; it must be empty).
    ``base_url``: where it will be served (the pages' canonical address); the links stay
    relative, so the site also works elsewhere. Only what ``monitor.site.public`` allows goes in."""
    if source.live:
        raise UsageError(Text("site.cli.live"))
    root = Path(out)
    if root.exists() and any(root.iterdir()):
        raise UsageError(Text("site.cli.not_empty", path=str(root)))
    root.mkdir(parents=True, exist_ok=True)
    public = public_source(source)
    info = site_info(public, base_url)
    say = progress or (lambda _f, _m: None)
    own = exporter is None
    images = ImageExporter().start() if own else exporter
    try:
        say(0.05, "open data")
        open_data = open_data_downloads(public, root, info.base_url)
        for i, lang in enumerate(LANGS):
            say(0.1 + 0.4 * i, lang)
            _language(public, root, info, lang, open_data, images)
    finally:
        if own:
            images.close()
    _write(root, "index.html", chooser(info))
    manifest = write_manifest(root, info)
    say(1.0, "manifest.json")
    return SiteResult(root, page_sizes(root), site_files(root), manifest, info)


def publish_snapshot(rt: Runtime, snapshot_id: object, user: object, out: str | Path, *,
                     base_url: str | None = None, exporter: ImageExporter | None = None) -> SiteResult:
    """The site of snapshot ``snapshot_id`` into ``out``; ``user`` must be allowed ``site.publish``
    (and so ``export.snapshot``). The CLI and the Export page call this."""
    from monitor.access.enforce import enforce_as
    from monitor.publication.source import from_snapshot

    enforce_as(rt.store, user, "site.publish", target=f"snapshot {snapshot_id}")
    return publish_site(from_snapshot(rt, snapshot_id, user), out, base_url=base_url, exporter=exporter)


def publish_zip(rt: Runtime, snapshot_id: object, user: object, *,
                exporter: ImageExporter | None = None) -> tuple[bytes, SiteResult]:
    """The site of a snapshot as one zip (made in a temporary folder, which is removed), and
    what was made; the Export page's download."""
    import tempfile

    from monitor.site.archive import zip_site

    with tempfile.TemporaryDirectory(prefix="ibds-site-") as folder:
        made = publish_snapshot(rt, snapshot_id, user, Path(folder) / "site", exporter=exporter)
        data = zip_site(made.folder, made.info.peildatum)
    return data, made

