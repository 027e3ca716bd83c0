"""Ingest: a typical organisation-quarter file end to end (read, check, compare, commit) with
``submit_file``, and a 100,000-row bulk history file vs DuckDB's own ``read_csv`` of that file.

Typical files are new submissions for organisation-quarters missing in S1, each holding the
organisation's values of its nearest submitted quarter written as a Dutch user types them; they
go into a copy of the S1 database. The bulk file holds S1's values quarter by quarter up to
100,000 rows and goes into an empty database each run.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from benchmarks.scales import TODAY, Scale
from benchmarks.timing import measure, ratio, stats
from monitor.intake.ingest import submit_file
from monitor.runtime import open_runtime

USER = "demo-programmamanager"
HEADER = "organisatie;periode;maatstaf;waarde;toelichting\r\n"


def dutch(m_type: str, state: str, num: float | None, txt: str | None) -> str:
    """A stored value written as a Dutch user types it."""
    if state == "nvt":
        return "n.v.t."
    if m_type == "boolean":
        return "ja" if num else "nee"
    if m_type == "date":
        return date.fromordinal(int(num)).strftime("%d-%m-%Y")  # type: ignore[arg-type]
    if m_type == "choice":
        return str(txt)
    text = f"{num:.10g}"
    return text.replace(".", ",")


def csv_text(rows, types: dict[str, str], period: str | None = None) -> bytes:
    """CSV bytes (UTF-8, ``;``) of (organisation, period, measure, state, num, txt) rows;
    ``period`` overrides the rows' quarter."""
    lines = [HEADER] + [f"{o};{period or p};{m};{dutch(types[m], s, n, t)};\r\n" for o, p, m, s, n, t in rows]
    return "".join(lines).encode("utf-8")


def typical_files(rt, count: int) -> list[tuple[str, str, bytes]]:
    """(organisation, quarter, file) for ``count`` organisation-quarters without a submission."""
    types = {m.id: m.type for m in rt.defs.measures.values()}
    missing = rt.store.query(
        """
        SELECT o.code AS organisation, q.period FROM organisations o
        CROSS JOIN (SELECT DISTINCT period FROM submissions) q
        WHERE o.type = 'gemeente' AND NOT EXISTS (
            SELECT 1 FROM submissions s WHERE s.organisation = o.code AND s.period = q.period)
        ORDER BY hash(o.code || q.period) LIMIT $n""",
        {"n": count},
    )
    files = []
    for org, period in missing.iter_rows():
        nearest = rt.store.query(
            """
            SELECT period, count(*) AS n FROM current_values WHERE organisation = $o
            GROUP BY period ORDER BY n DESC, period = $p, period DESC LIMIT 1""",
            {"o": org, "p": period},
        )
        if nearest.is_empty():
            continue
        rows = rt.store.query(
            """
            SELECT organisation, period, measure, state, num, txt FROM current_values
            WHERE organisation = $o AND period = $q ORDER BY measure""",
            {"o": org, "q": nearest["period"][0]},
        ).rows()
        files.append((org, period, csv_text(rows, types, period)))
    return files


def bulk_file(rt, folder: Path, target: int) -> tuple[Path, int]:
    """A history file with about ``target`` stored values: whole organisation-quarters, in order
    of quarter and organisation."""
    types = {m.id: m.type for m in rt.defs.measures.values()}
    rows = rt.store.query(
        """
        WITH units AS (
            SELECT period, organisation,
                   sum(count(*)) OVER (ORDER BY period, organisation) AS upto
            FROM current_values GROUP BY period, organisation)
        SELECT v.organisation, v.period, v.measure, v.state, v.num, v.txt
        FROM current_values v JOIN units u USING (period, organisation)
        WHERE u.upto <= $n ORDER BY v.period, v.organisation, v.measure""",
        {"n": target},
    ).rows()
    path = folder / f"bulk-{len(rows)}.csv"
    path.write_bytes(csv_text(rows, types))
    return path, len(rows)


def run(scale: Scale, runs: int, bulk_rows: int, bulk_runs: int) -> dict:
    src = scale.runtime()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp)
        copy = folder / "typical.duckdb"
        shutil.copy(scale.db, copy)
        rt = open_runtime(copy, scale.config)
        ctx = rt.context(today=TODAY)
        files = typical_files(rt, runs)
        samples = _typical(rt, ctx, files)
        row_counts = [content.count(b"\n") - 1 for _, _, content in files]
        out = {"typical": stats(samples), "typical_rows": sorted(set(row_counts)),
               "typical_files": len(files)}
        # as on the dashboard's Aanleveren page, where the page run already holds the file open
        # (dashboard.py: one open per script run): the same number of further files
        with rt.store.session():
            more = typical_files(rt, runs)
            out["typical_in_session"] = stats(_typical(rt, ctx, more))
        if bulk_rows:
            out |= _bulk(scale, src, folder, bulk_rows, bulk_runs)
    return out


def _typical(rt, ctx, files: list[tuple[str, str, bytes]]) -> list[float]:
    """``submit_file`` of each file, timed; all must be accepted."""
    samples, statuses = [], set()
    for org, period, content in files:
        t0 = time.perf_counter()
        result = submit_file(
            rt.store, ctx, content, f"{org}-{period}.csv", organisation=org, period=period, user=USER
        )
        samples.append(time.perf_counter() - t0)
        statuses.add(result.status)
    if statuses != {"accepted"}:
        raise AssertionError(f"typical files were {sorted(statuses)}, expected all accepted")
    return samples


def _bulk(scale: Scale, src, folder: Path, bulk_rows: int, bulk_runs: int) -> dict:
    """The bulk history file into an empty database (a fresh one each run; opening it is not
    timed) vs DuckDB's read_csv of the same file."""
    path, n = bulk_file(src, folder, bulk_rows)
    content = path.read_bytes()
    bulk_t = []
    for _ in range(bulk_runs):
        db = folder / f"bulk-{time.perf_counter_ns()}.duckdb"
        brt = open_runtime(db, scale.config)
        bctx = brt.context(today=TODAY)
        t0 = time.perf_counter()
        result = submit_file(brt.store, bctx, content, path.name, bulk=True, user=USER)
        bulk_t.append(time.perf_counter() - t0)
        if result.status != "accepted":
            raise AssertionError(f"bulk file was {result.status}: {result.errors[:3]}")
        stored = brt.store.scalar("SELECT count(*) FROM current_values")
    bulk = stats(bulk_t)

    def read_csv() -> pl.DataFrame:
        with duckdb.connect() as con:
            return con.read_csv(str(path), sep=";", header=True).pl()

    read_t, frame = measure(read_csv, max(3, bulk_runs), warmup=1)
    return {
        "bulk": bulk,
        "bulk_rows": n,
        "bulk_stored": stored,
        "bulk_mb": round(len(content) / 2**20, 2),
        "read_csv": read_t,
        "read_csv_rows": frame.height,
        "bulk_vs_read_csv": ratio(bulk, read_t),
    }
