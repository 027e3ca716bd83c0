"""Exports: freezing a snapshot, one chart PNG (letter version, built and rendered) with a warm
Chromium, and the full export pack of the snapshot (every format)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.scales import TODAY, Scale
from benchmarks.timing import measure, stats
from monitor.exports import ImageExporter
from monitor.exports.pack import DEFAULT_FORMATS, export_pack
from monitor.publication.source import from_snapshot
from monitor.runtime import open_runtime
from monitor.snapshots import create_snapshot
from monitor.views.exports import chart_export

USER = "demo-programmamanager"
CHART = ("a03", "a03_cdo_aandeel")  # a share with all breakdowns, as in the README


def run(scale: Scale, runs: int, *, pack: bool = True) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        db = folder / "export.duckdb"
        shutil.copy(scale.db, db)
        rt = open_runtime(db, scale.config)
        t0 = time.perf_counter()
        sid = create_snapshot(rt, "Benchmark", USER, today=TODAY)
        snapshot_s = time.perf_counter() - t0
        source = from_snapshot(rt, sid, USER)
        ind = rt.defs.indicators[CHART[1]]
        out: dict = {"snapshot": snapshot_s}
        with ImageExporter() as images:

            def one_png() -> bytes:
                return images.render(chart_export(source, CHART[0], ind, "nl").figure, "png")

            out["chart_png"], png = measure(one_png, runs, warmup=1)
            if not png.startswith(b"\x89PNG"):
                raise AssertionError("the chart export is not a PNG")
            if pack:
                samples = []
                for i in range(max(1, runs // 5)):
                    t0 = time.perf_counter()
                    result = export_pack(
                        source, folder / f"pack-{i}", formats=DEFAULT_FORMATS, exporter=images
                    )
                    samples.append(time.perf_counter() - t0)
                out["pack"] = stats(samples)
                out["pack_files"] = len(result.files)
                out["pack_mb"] = round(result.zip.stat().st_size / 2**20, 1) if result.zip else None
    return out
