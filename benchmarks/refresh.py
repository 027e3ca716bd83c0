"""Refresh after an accepted upload: the incremental refresh (``monitor.compute.refresh``) vs the
engine's full recompute and the pandas baseline's full recompute (national values only), each
after the same typical file (the ingest benchmark's: a gemeente's organisation-quarter).

Per run one new typical file goes into a copy of the scale's database; then, timed: reading what
changed since the results before it and refreshing them (``changed_since`` + ``refresh``, what
``monitor.results`` does on a cache miss), and the engine's full recompute on the same data. The
refreshed results must equal the full recompute exactly (``assert_frame_equal``: rows, order,
values, dtypes); the full recompute is the base of the next run's refresh. The pandas baseline is
timed on the data after the last file (its time hardly depends on one file more).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from polars.testing import assert_frame_equal

from benchmarks.ingest import USER, typical_files
from benchmarks.pandas_baseline import pandas_values
from benchmarks.scales import TODAY, Scale
from benchmarks.spec import spec_rows
from benchmarks.timing import measure, ratio, stats
from monitor.compute.engine import compute, quarters_frame
from monitor.compute.refresh import affected, changed_since, refresh
from monitor.intake.ingest import submit_file
from monitor.runtime import open_runtime


def run(scale: Scale, runs: int, *, pandas_runs: int = 3) -> dict:
    """``runs`` uploads, each followed by the timed refresh and full recompute; the pandas
    baseline ``pandas_runs`` times after the last (0: not timed)."""
    with tempfile.TemporaryDirectory(prefix="bench-refresh-") as tmp:
        copy = Path(tmp) / "refresh.duckdb"
        shutil.copy(scale.db, copy)
        rt = open_runtime(copy, scale.config)
        ctx = rt.context(today=TODAY)
        defs, config, until = rt.defs, rt.config, scale.until
        files = typical_files(rt, runs)
        old = compute(rt.store, defs, config, until=until)
        [(last, count)] = rt.store.query("SELECT max(id), count(*) FROM submissions").rows()
        inc, full, touched = [], [], []
        for org, period, content in files:
            result = submit_file(rt.store, ctx, content, f"{org}-{period}.csv", organisation=org,
                                 period=period, user=USER)
            if result.status != "accepted":
                raise AssertionError(f"typical file was {result.status}")
            t0 = time.perf_counter()
            with rt.store.read() as con:
                changes = changed_since(con, last, count)
                if changes is None:
                    raise AssertionError("the refresh found no base: it would recompute in full")
                refreshed = refresh(con, defs, config, until, old, *changes)
            inc.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            new = compute(rt.store, defs, config, until=until)
            full.append(time.perf_counter() - t0)
            assert_frame_equal(refreshed, new)  # exactly: rows, order, values, dtypes
            touched.append(len(affected(defs, changes[1])))
            old = new
            [(last, count)] = rt.store.query("SELECT max(id), count(*) FROM submissions").rows()
        out = {"incremental": stats(inc), "full": stats(full), "uploads": len(files),
               "indicators_touched": sorted(set(touched)), "indicators": len(defs.indicators),
               "rows": old.height, "equal": True, "full_vs_incremental": ratio(stats(full), stats(inc))}
        if pandas_runs:
            quarters = quarters_frame(config.programme_start, until).to_pandas()
            specs = spec_rows(defs)
            with rt.store.read() as con:
                pandas_t, _ = measure(lambda: pandas_values(con, specs, quarters), pandas_runs)
            out |= {"pandas": pandas_t, "pandas_vs_incremental": ratio(pandas_t, out["incremental"])}
    return out
