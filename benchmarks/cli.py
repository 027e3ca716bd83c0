"""CLI start (issue 19): wall time of fresh ``monitor`` processes against the floor, a fresh
``python -c pass``, measured in the same run.

- ``help``: ``monitor --help`` (builds the parser from every command module);
- ``import``: ``python -c "import monitor.cli"``;
- ``ingest``: ``monitor ingest FILE --org --period`` of a typical file (a gemeente's missing
  quarter, as in :mod:`benchmarks.ingest`) into a copy of the scale's database, end to end:
  start, config, register, definitions, the upload, its audit and the report line.

Each figure is the median of ``runs`` processes; ratios are against the floor's median.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.ingest import USER, typical_files
from benchmarks.scales import Scale
from benchmarks.timing import ratio, stats
from monitor.runtime import open_runtime


def _monitor() -> list[str]:
    """The installed ``monitor`` script beside this interpreter (what an operator runs)."""
    script = Path(sys.executable).with_name("monitor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "monitor.cli"]


def _wall(cmd: list[str], runs: int, expect: int = 0) -> dict:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, check=False)
        samples.append(time.perf_counter() - t0)
        if done.returncode != expect:
            raise AssertionError(f"{cmd} exited {done.returncode}: {done.stderr.decode()[-400:]}")
    return stats(samples)


def run(scale: Scale, runs: int) -> dict:
    floor = _wall([sys.executable, "-c", "pass"], runs)
    out: dict = {"floor": floor}
    out["help"] = _wall([*_monitor(), "--help"], runs)
    out["import"] = _wall([sys.executable, "-c", "import monitor.cli"], runs)
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        folder = Path(tmp)
        copy = folder / "cli.duckdb"
        shutil.copy(scale.db, copy)
        files = typical_files(open_runtime(copy, scale.config), runs)
        samples = []
        for org, period, content in files:
            path = folder / f"{org}-{period}.csv"
            path.write_bytes(content)
            cmd = [*_monitor(), "ingest", str(path), "--org", org, "--period", period,
                   "--db", str(copy), "--config", scale.config, "--user", USER]
            samples.extend(_wall(cmd, 1)["samples"])
        out["ingest"] = stats(samples)
        out["ingest_files"] = len(files)
    for name in ("help", "import", "ingest"):
        out[f"{name}_vs_floor"] = ratio(out[name], floor)
    return out
