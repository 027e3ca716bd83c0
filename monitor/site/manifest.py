"""The site's ``manifest.json``: the snapshot it shows and every file with its size and sha256
(sorted, so the same snapshot gives the same bytes), and the size of every page."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from monitor.site.layout import SiteInfo

MANIFEST = "manifest.json"
# the most bytes one HTML page may have, its charts inline (measured: BENCHMARKS.md; checked by
# tests/site/test_build.py)
PAGE_BUDGET = 300_000


def site_files(root: Path) -> list[str]:
    """Every file of the site (site paths, sorted), the manifest left out."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and p.relative_to(root).as_posix() != MANIFEST)


def page_sizes(root: Path) -> dict[str, int]:
    """The bytes of every HTML page, by site path."""
    return {f: (root / f).stat().st_size for f in site_files(root) if f.endswith(".html")}


def write_manifest(root: Path, info: SiteInfo) -> Path:
    files = [{"path": f, "bytes": (root / f).stat().st_size,
              "sha256": hashlib.sha256((root / f).read_bytes()).hexdigest()} for f in site_files(root)]
    manifest = {
        "title": "Voortgangsmonitor IBDS — openbare website",
        "snapshot_id": info.snapshot_id,
        "label": info.label,
        "reference_date": info.peildatum.isoformat(),
        "until": info.until,
        "definitions_sha256": info.definitions_sha256,
        "rules_version": info.rules_version,
        "base_url": info.base_url,
        "monitor_version": info.version,
        "files": files,
    }
    path = root / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
