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

from monitor.intake.batch import Batch
from monitor.intake.core import Context
from monitor.periods import Quarter
from monitor.problems import Problem
from monitor.store import frame_table, to_frame

LARGE_FILE = 256 * 1024  # bytes
_COMPARED = ("state", "num", "txt", "note")
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

CURRENT_SCHEMA = {"organisation": pl.String, "period": pl.String, "measure": pl.String,
                  "state_old": pl.String, "num_old": pl.Float64, "txt_old": pl.String,
                  "note_old": pl.String, "old_version": pl.Int32}


def values_frame(batch: Batch) -> pl.DataFrame:
    """The non-empty values of the batch, one row per value, ``unit`` = index of its unit."""
    return batch.values.select(list(VALUE_SCHEMA))


def classify(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> pl.DataFrame:
    """Each submitted value with its change against the value in effect: new/changed/unchanged
    (a value is unchanged when state, number, text and note are all the same), ordered by unit
    and measure. Only the values in effect for the frame's organisation-quarters are read."""
    with frame_table(con, "incoming_keys", frame.select("organisation", "period").unique()):
        current = to_frame(con.sql(
            "SELECT c.organisation, c.period, c.measure, c.state AS state_old, c.num AS num_old, "
            "c.txt AS txt_old, c.note AS note_old, c.version AS old_version FROM current_values c "
            "JOIN incoming_keys USING (organisation, period)"))
    same = pl.all_horizontal(pl.col(c).eq_missing(pl.col(f"{c}_old")) for c in _COMPARED)
    return (
        frame.join(current.cast(CURRENT_SCHEMA), on=["organisation", "period", "measure"],  # type: ignore[arg-type]
                   how="left")
        .with_columns(change=pl.when(pl.col("old_version").is_null()).then(pl.lit("new"))
                      .when(same).then(pl.lit("unchanged")).otherwise(pl.lit("changed")))
        .select(*frame.columns, "old_version", "change")
        .sort("unit", "measure")
    )


def latest_sha(con: duckdb.DuckDBPyConnection, batch: Batch) -> dict[tuple[str, str], str]:
    """sha256 of the latest accepted submission per organisation and quarter of the units."""
    keys = batch.units.select("organisation", "period")
    with frame_table(con, "unit_keys", keys):
        rows = con.execute("""
            SELECT s.organisation, s.period, arg_max(s.sha256, s.id)
            FROM submissions s JOIN unit_keys k USING (organisation, period)
            GROUP BY ALL""").fetchall()
    return {(o, p): sha for o, p, sha in rows}


def unit_sha(content_sha: str, organisation: str, period: str, bulk: bool) -> str:
    """A single upload is identified by its file's sha256; a unit of a bulk file by the file's
    sha256 together with organisation and quarter."""
    if not bulk:
        return content_sha
    return hashlib.sha256(f"{content_sha}:{organisation}:{period}".encode()).hexdigest()


def store_units(
    con: duckdb.DuckDBPyConnection,
    ctx: Context,
    batch: Batch,
    classified: pl.DataFrame,
    shas: list[str],
    meta: dict,
    content: bytes,
    received_at: datetime,
    warnings: dict[int, list[Problem]],
) -> list[int]:
    """Insert submissions and versioned values for the batch; the caller owns the transaction."""
    content_sha = hashlib.sha256(content).hexdigest()
    if len(content) < LARGE_FILE:
        con.execute("INSERT INTO submission_files VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [content_sha, content])
    else:  # a frame: a large file goes in 3 times faster than as a parameter
        new_file = pl.DataFrame({"sha256": [content_sha], "content": [content]},
                                schema={"sha256": pl.String, "content": pl.Binary})
        with frame_table(con, "new_file", new_file):
            con.execute("INSERT INTO submission_files SELECT * FROM new_file ON CONFLICT DO NOTHING")
    n = len(batch)
    ids = [
        r[0]
        for r in con.execute("SELECT nextval('submission_id_seq') FROM range(?)", [n]).fetchall()
    ]
    counts = classified.group_by("unit", "change").len()
    by_unit: dict[tuple[int, str], int] = {(u, c): k for u, c, k in counts.iter_rows()}
    deadline = {p: ctx.deadline(Quarter.parse(p)) for p in batch.units["period"].unique()}
    deadlines = [deadline[p] for p in batch.units["period"]]
    subs = pl.DataFrame({
        "id": ids,
        "organisation": batch.units["organisation"],
        "period": batch.units["period"],
        "received_at": [received_at] * n,
        "submitted_by": [meta["user"]] * n,
        "source": [meta["source"]] * n,
        "file_name": [meta.get("file_name")] * n,
        "file_size": [len(content)] * n,
        "sha256": shas,
        "encoding": [meta.get("encoding")] * n,
        "separator": [meta.get("separator")] * n,
        "deadline": deadlines,
        "on_time": [received_at.date() <= d for d in deadlines],
        "row_count": batch.units["rows"],
        "new_count": [by_unit.get((i, "new"), 0) for i in range(n)],
        "changed_count": [by_unit.get((i, "changed"), 0) for i in range(n)],
        "unchanged_count": [by_unit.get((i, "unchanged"), 0) for i in range(n)],
        "warnings": [json.dumps([p.as_row() for p in warnings[i]], ensure_ascii=False)
                     if i in warnings else "[]" for i in range(n)],
    }, schema_overrides={"file_name": pl.String, "encoding": pl.String, "separator": pl.String,
                         "received_at": pl.Datetime("us")})
    with frame_table(con, "new_submissions", subs):
        con.execute("INSERT INTO submissions SELECT * FROM new_submissions")
    changed = classified.filter(pl.col("change") != "unchanged").with_columns(
        pl.col("unit")
        .replace_strict(list(range(len(ids))), ids, return_dtype=pl.Int64)
        .alias("submission_id"),
        (pl.col("old_version").fill_null(0) + 1).cast(pl.Int32).alias("version"),
    )
    with frame_table(con, "changed_values", changed):
        con.execute("""
            UPDATE submitted_values v SET is_current = false FROM changed_values c
            WHERE v.is_current AND v.organisation = c.organisation AND v.period = c.period
              AND v.measure = c.measure""")
        con.execute("""
            INSERT INTO submitted_values
            SELECT submission_id, organisation, period, measure, version, state, num, txt, note,
                   true FROM changed_values""")
    return ids


def _problem_keys(problems: list) -> list[tuple[str, int | None]]:
    return sorted({(p["code"], p["row"]) for p in problems}, key=lambda k: (k[0], k[1] or 0))


def same_rejection(
    con: duckdb.DuckDBPyConnection,
    problems: list[Problem],
    meta: dict,
    content: bytes,
    organisation: str | None,
    period: str | None,
) -> int | None:
    """The id of the newest rejected attempt for the same organisation and quarter (or bulk) by
    the same user when it was the same file (name and sha256; a file over the cap, never read:
    name and size) with the same problems (codes and rows), and no submission was accepted for that
    organisation and quarter since; else None. The upload page checks a file again on every
    rerun: one record per distinct file and check."""
    row = con.execute(
        """SELECT id, sha256, file_name, file_size, CAST(problems AS VARCHAR), received_at
           FROM rejected_attempts
           WHERE organisation IS NOT DISTINCT FROM ? AND period IS NOT DISTINCT FROM ?
             AND submitted_by = ?
           ORDER BY id DESC LIMIT 1""",
        [organisation, period, meta["user"]]).fetchone()
    if row is None:
        return None
    rid, sha, name, size, found, at = row
    unread = meta.get("file_size") is not None
    if unread:
        same_file = sha is None and size == meta["file_size"]
    else:
        same_file = sha == hashlib.sha256(content).hexdigest()
    same_file = same_file and name == meta.get("file_name")
    if not same_file or _problem_keys(json.loads(found)) != _problem_keys(
            [p.as_row() for p in problems]):
        return None
    if organisation is not None:
        later = con.execute(
            "SELECT count(*) FROM submissions WHERE organisation = ? AND period = ? "
            "AND received_at >= ?", [organisation, period, at]).fetchone()[0]
        if later:
            return None  # accepted since: the same mistake again is a new attempt
    return rid


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
