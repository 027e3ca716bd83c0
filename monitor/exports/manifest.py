"""A manifest of exported charts (``manifest.json``): per chart the files, title, alt text,
source line, peildatum and whether it is provisional, for whoever assembles the letter."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from monitor.exports.images import ExportedChart


def manifest_entry(chart: ExportedChart, folder: Path | None = None) -> dict:
    """One chart as a JSON-ready dict; file names relative to ``folder`` when given."""
    def rel(p: Path) -> str:
        return str(p.relative_to(folder)) if folder and p.is_relative_to(folder) else str(p)

    return {
        "name": chart.name,
        "title": chart.title,
        "alt_text": chart.alt_text,
        "source": chart.source,
        "peildatum": chart.peildatum.isoformat(),
        "provisional": chart.live,
        "width_mm": chart.width_mm,
        "height_mm": chart.height_mm,
        "files": {fmt: rel(path) for fmt, path in chart.files.items()},
        "alt_text_file": rel(chart.alt_file),
    }


def write_manifest(charts: Iterable[ExportedChart], path: str | Path) -> Path:
    """Write the charts as ``{"charts": [...]}`` (UTF-8, sorted by name) to ``path``."""
    path = Path(path)
    entries = sorted((manifest_entry(c, path.parent) for c in charts), key=lambda e: e["name"])
    path.write_text(json.dumps({"charts": entries}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
