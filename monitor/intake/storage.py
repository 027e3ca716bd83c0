"""Storing accepted submissions as versioned values, and recording rejected attempts.

An accepted submission supersedes the values of the measures it contains for its organisation and
quarter; earlier versions stay in ``submitted_values`` with ``is_current = false``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import duckdb
import polars as pl

from monitor.intake.core import Context, Unit
from monitor.problems import Problem

VALUE_SCHEMA = {
    "unit": pl.Int64,
    "organisation": pl.String,
    "period": pl.String,
    "measure": pl.String,
    "state": pl.String,
    "num": pl.Float64,
    "txt": pl.String,
    "note": pl.String,
}


def values_frame(units: list[Unit]) -> pl.DataFrame:
    """The non-empty values of the units, one row per value, ``unit`` = index in ``units``."""
    rows = [
        (i, u.organisation, str(u.period), m.id, p.state, p.num, p.txt, r.note.strip() or None)
        for i, u in enumerate(units)
        for r, m, p in u.values
        if p.state != "empty"
    ]
    return pl.DataFrame(rows, schema=VALUE_SCHEMA, orient="row")


def classify(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> pl.DataFrame:
    """Each submitted value with its change against the value in effect: new/changed/unchanged."""
    con.register("incoming", frame)
    try:
        return con.sql("""
            SELECT i.*, c.version AS old_version,
                CASE WHEN c.version IS NULL THEN 'new'
                     WHEN c.state IS NOT DISTINCT FROM i.state AND c.num IS NOT DISTINCT FROM i.num
                      AND c.txt IS NOT DISTINCT FROM i.txt AND c.note IS NOT DISTINCT FROM i.note
                     THEN 'unchanged' ELSE 'changed' END AS change
            FROM incoming i LEFT JOIN current_values c
              ON c.organisation = i.organisation AND c.period = i.period AND c.measure = i.measure
            ORDER BY i.unit, i.measure
        """).pl()
    finally:
        con.unregister("incoming")


def latest_sha(con: duckdb.DuckDBPyConnection, units: list[Unit]) -> dict[tuple[str, str], str]:
    """sha256 of the latest accepted submission per organisation and quarter of the units."""
    keys = pl.DataFrame(
        {"organisation": [u.organisation for u in units], "period": [str(u.period) for u in units]},
        schema={"organisation": pl.String, "period": pl.String},
    )
    con.register("unit_keys", keys)
    try:
        rows = con.execute("""
            SELECT s.organisation, s.period, arg_max(s.sha256, s.id)
            FROM submissions s JOIN unit_keys k USING (organisation, period)
            GROUP BY ALL""").fetchall()
    finally:
        con.unregister("unit_keys")
    return {(o, p): sha for o, p, sha in rows}


def unit_sha(content_sha: str, unit: Unit, bulk: bool) -> str:
    """A single upload is identified by its file's sha256; a unit of a bulk file by the file's
    sha256 together with organisation and quarter."""
    if not bulk:
        return content_sha
    return hashlib.sha256(f"{content_sha}:{unit.organisation}:{unit.period}".encode()).hexdigest()


def store_units(
    con: duckdb.DuckDBPyConnection,
    ctx: Context,
    units: list[Unit],
    classified: pl.DataFrame,
    shas: list[str],
    meta: dict,
    content: bytes,
    received_at: datetime,
    warnings: dict[int, list[Problem]],
) -> list[int]:
    """Insert submissions and versioned values for ``units``; the caller owns the transaction."""
    content_sha = hashlib.sha256(content).hexdigest()
    con.execute("INSERT INTO submission_files VALUES (?, ?) ON CONFLICT DO NOTHING", [content_sha, content])
    ids = [
        r[0]
        for r in con.execute("SELECT nextval('submission_id_seq') FROM range(?)", [len(units)]).fetchall()
    ]
    counts = classified.group_by("unit", "change").len()
    by_unit: dict[tuple[int, str], int] = {(u, c): n for u, c, n in counts.iter_rows()}
    deadlines = [ctx.deadline(u.period) for u in units]
    subs = pl.DataFrame({
        "id": ids,
        "organisation": [u.organisation for u in units],
        "period": [str(u.period) for u in units],
        "received_at": [received_at] * len(units),
        "submitted_by": [meta["user"]] * len(units),
        "source": [meta["source"]] * len(units),
        "file_name": [meta.get("file_name")] * len(units),
        "file_size": [len(content)] * len(units),
        "sha256": shas,
        "encoding": [meta.get("encoding")] * len(units),
        "separator": [meta.get("separator")] * len(units),
        "deadline": deadlines,
        "on_time": [received_at.date() <= d for d in deadlines],
        "row_count": [len(u.values) for u in units],
        "new_count": [by_unit.get((i, "new"), 0) for i in range(len(units))],
        "changed_count": [by_unit.get((i, "changed"), 0) for i in range(len(units))],
        "unchanged_count": [by_unit.get((i, "unchanged"), 0) for i in range(len(units))],
        "warnings": [json.dumps([p.as_row() for p in warnings.get(i, [])], ensure_ascii=False)
                     for i in range(len(units))],
    }, schema_overrides={"file_name": pl.String, "encoding": pl.String, "separator": pl.String,
                         "received_at": pl.Datetime("us")})
    con.register("new_submissions", subs)
    try:
        con.execute("INSERT INTO submissions SELECT * FROM new_submissions")
    finally:
        con.unregister("new_submissions")
    changed = classified.filter(pl.col("change") != "unchanged").with_columns(
        pl.col("unit")
        .replace_strict(list(range(len(ids))), ids, return_dtype=pl.Int64)
        .alias("submission_id"),
        (pl.col("old_version").fill_null(0) + 1).cast(pl.Int32).alias("version"),
    )
    con.register("changed_values", changed)
    try:
        con.execute("""
            UPDATE submitted_values v SET is_current = false FROM changed_values c
            WHERE v.is_current AND v.organisation = c.organisation AND v.period = c.period
              AND v.measure = c.measure""")
        con.execute("""
            INSERT INTO submitted_values
            SELECT submission_id, organisation, period, measure, version, state, num, txt, note,
                   true FROM changed_values""")
    finally:
        con.unregister("changed_values")
    return ids


def record_rejection(
    con: duckdb.DuckDBPyConnection,
    problems: list[Problem],
    meta: dict,
    content: bytes,
    received_at: datetime,
    organisation: str | None,
    period: str | None,
) -> int:
    errors = sum(1 for p in problems if p.level == "error")
    row = con.execute(
        """INSERT INTO rejected_attempts VALUES (nextval('rejection_id_seq'), ?, ?, ?, ?, ?, ?, ?,
           ?, ?, ?, ?) RETURNING id""",
        [
            organisation,
            period,
            received_at,
            meta["user"],
            meta["source"],
            meta.get("file_name"),
            len(content) if meta.get("file_size") is None else meta["file_size"],
            # a file over the size cap is not read: its size is known, its hash is not
            hashlib.sha256(content).hexdigest() if meta.get("file_size") is None else None,
            errors,
            len(problems) - errors,
            json.dumps([p.as_row() for p in problems], ensure_ascii=False),
        ],
    ).fetchone()
    return row[0]
