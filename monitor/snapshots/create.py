"""Creating a frozen snapshot (peildatum): definitions, register, values in effect, results and
quarter locks, written in one transaction. A snapshot is never updated or deleted afterwards."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import duckdb
import polars as pl

from monitor.access.audit import record
from monitor.commitments.store import CURRENT_SQL as CURRENT_COMMITMENTS
from monitor.compute.engine import RESULT_SCHEMA, RULES_VERSION, compute_with
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.errors import MonitorError, StoreError, UsageError
from monitor.periods import Quarter, last_completed_quarter, quarter_range
from monitor.runtime import Runtime
from monitor.snapshots.frozen import FROZEN_SETTINGS, combined_sha256
from monitor.snapshots.locks import lock_quarters
from monitor.statements.store import APPROVED_SQL
from monitor.text import Text

ATTEMPTS = 3
# what the results depend on in the database: submissions (values only change with a new one)
# and the register
_FINGERPRINT = ("SELECT (SELECT coalesce(max(id), 0) FROM submissions), "
                "(SELECT count(*) FROM submitted_values), "
                "(SELECT coalesce(sum(hash(code, type)), 0) FROM organisations)")


def definition_files(defs: Definitions) -> list[dict[str, str]]:
    """One entry per definition file: file name (without folder), action id, sha256 and text."""
    return sorted(
        ({"file_name": Path(a.file).name, "action": a.id, "sha256": a.sha256, "text": a.text}
         for a in defs.actions),
        key=lambda f: f["file_name"],
    )


def snapshot_until(config: Config, until: str | Quarter | None, today: date) -> Quarter:
    """The last quarter a snapshot covers: ``until`` or the last completed quarter, which must lie
    in the programme and be completed on ``today``."""
    last = min(last_completed_quarter(today), config.programme_end)
    q = Quarter.parse(until) if until is not None else last
    if q > last:
        raise UsageError(Text("error.snapshot.not_completed", quarter=q, last=last))
    if q < config.programme_start:
        raise UsageError(Text("error.snapshot.before_start", quarter=q, start=config.programme_start))
    return q


def create_snapshot(
    rt: Runtime,
    label: str,
    user: object,
    *,
    until: str | Quarter | None = None,
    today: date | None = None,
) -> int:
    """Freeze the monitor as it is and return the new snapshot id.

    The results are computed first (``compute_with`` on a read connection, as ``compute()`` does);
    then one transaction stores the definition files (YAML text and sha256 each, and a combined
    hash), the register, the values in effect up to ``until``, the results, the reference date
    (peildatum = ``today``), locks every quarter from the programme start to ``until`` that is not
    locked yet, and writes an audit row (``snapshot.create``). When a submission arrives between
    computing and storing, nothing is written and the work is done again.
    """
    from monitor.access.enforce import enforce_as

    user = enforce_as(rt.store, user.strip() if isinstance(user, str) else user,
                      "snapshot.create").id
    label = (label or "").strip()
    if not label:
        raise UsageError(Text("error.snapshot.label"))
    today = today or date.today()
    q = snapshot_until(rt.config, until, today)
    files = definition_files(rt.defs)
    for _ in range(ATTEMPTS):
        seen, results = _compute(rt, q)
        with rt.store.transaction() as con:
            if con.execute(_FINGERPRINT).fetchall()[0] != seen:
                continue  # data changed since computing: nothing written, compute again
            return _write(con, rt.config, files, results, label, user, today, q)
    raise StoreError(Text("error.snapshot.busy"))


def _compute(rt: Runtime, until: Quarter) -> tuple[tuple, pl.DataFrame]:
    """The data fingerprint and all results up to ``until``, read in one read-only transaction
    (so both see the same data) before the write transaction starts."""
    with rt.store.read() as con:
        con.execute("BEGIN TRANSACTION")
        try:
            seen = con.execute(_FINGERPRINT).fetchall()[0]
            if not seen[0]:
                raise MonitorError(Text("error.snapshot.empty", path=rt.store.path))
            return seen, compute_with(con, rt.defs, rt.config, until)
        finally:
            con.execute("ROLLBACK")


def _write(
    con: duckdb.DuckDBPyConnection,
    config: Config,
    files: list[dict[str, str]],
    results: pl.DataFrame,
    label: str,
    user: str,
    today: date,
    until: Quarter,
) -> int:
    """Insert every part of the snapshot on ``con`` (inside the caller's transaction)."""
    now = datetime.now()
    sid = con.execute("SELECT nextval('snapshot_id_seq')").fetchall()[0][0]
    manifest = {"files": [{k: f[k] for k in ("file_name", "action", "sha256")} for f in files]}
    settings = {k: str(config[k]) if k.startswith("programme.") else config[k] for k in FROZEN_SETTINGS}
    combined = combined_sha256([(f["file_name"], f["sha256"]) for f in files])
    con.execute(
        "INSERT INTO snapshots (id, label, created_at, created_by, reference_date, definitions, "
        "definitions_sha256, until_period, settings, rules_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [sid, label, now, user, today, json.dumps(manifest), combined, str(until),
         json.dumps(settings), RULES_VERSION],
    )
    con.executemany("INSERT INTO snapshot_files VALUES (?, ?, ?, ?, ?)",
                    [[sid, f["file_name"], f["action"], f["text"], f["sha256"]] for f in files])
    con.execute("INSERT INTO snapshot_organisations SELECT ?, code, name, type, provincie, tooi "
                "FROM organisations", [sid])
    con.execute(
        "INSERT INTO snapshot_values SELECT ?, organisation, period, measure, state, num, txt, note, "
        "submission_id, version FROM current_values WHERE period <= ?", [sid, str(until)])
    cols = ", ".join(f'"{c}"' for c in RESULT_SCHEMA)
    con.register("frozen_results", results.select(list(RESULT_SCHEMA)))
    try:
        con.execute(f"INSERT INTO snapshot_results (snapshot_id, {cols}) SELECT ?, {cols} "
                    "FROM frozen_results", [sid])
    finally:
        con.unregister("frozen_results")
    # the Kamer's commitments and motions with the actions they are linked to now (issue 18)
    con.execute(f"INSERT INTO snapshot_commitments SELECT ?, * FROM ({CURRENT_COMMITMENTS})", [sid])
    # the published statements up to ``until``, frozen with the figures (issue 18)
    con.execute("INSERT INTO snapshot_statements SELECT ?, id, action, period, version, body, "
                "judgement, judgement_reason, written_by, reviewed_by, reviewed_at "
                f"FROM ({APPROVED_SQL}) WHERE period <= ?", [sid, str(until)])
    locked = lock_quarters(con, quarter_range(config.programme_start, until), sid, label, user, now)
    [(n_values,)] = con.execute("SELECT count(*) FROM snapshot_values WHERE snapshot_id = ?",
                                [sid]).fetchall()
    record(con, user, "snapshot.create", str(sid), {
        "snapshot_id": sid, "label": label, "reference_date": today.isoformat(), "until": str(until),
        "definitions_sha256": combined, "files": manifest["files"], "values": n_values,
        "results": results.height, "locked": locked,
    }, at=now)
    return sid
