"""The table ``statements``: one row per version of an action's statement for a quarter.

The only module that writes it (``monitor.store.TABLE_OWNERS``). Writes take the caller's
connection (the caller owns the transaction and writes the audit row with it, see
:mod:`monitor.statements.flow`); reads take the store. The published statement of a quarter is its
latest approved version (:data:`APPROVED_SQL`, also what a snapshot freezes).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import duckdb
import polars as pl

from monitor.statements.model import Draft
from monitor.store import Store

COLUMNS = ("id", "action", "period", "version", "state", "body", "judgement", "judgement_reason",
           "written_by", "written_at", "source", "file_name", "reviewed_by", "reviewed_at", "remark")
_SELECT = "SELECT " + ", ".join(c if c != "body" else "CAST(body AS VARCHAR) AS body"
                                for c in COLUMNS) + " FROM statements"
# the published statement of every action and quarter: its latest approved version
APPROVED_SQL = ("SELECT id, action, period, version, CAST(body AS VARCHAR) AS body, judgement, "
                "judgement_reason, written_by, reviewed_by, reviewed_at FROM statements "
                "WHERE state = 'approved' "
                "QUALIFY row_number() OVER (PARTITION BY action, period ORDER BY version DESC) = 1")
SCHEMA: dict[str, pl.DataType] = {
    "id": pl.Int64(), "action": pl.String(), "period": pl.String(), "version": pl.Int32(),
    "state": pl.String(), "body": pl.String(), "judgement": pl.String(),
    "judgement_reason": pl.String(), "written_by": pl.String(), "written_at": pl.Datetime("us"),
    "source": pl.String(), "file_name": pl.String(), "reviewed_by": pl.String(),
    "reviewed_at": pl.Datetime("us"), "remark": pl.String(),
}


def insert_version(con: duckdb.DuckDBPyConnection, draft: Draft, state: str, written_by: str,
                   at: datetime, source: str, file_name: str | None = None) -> dict[str, Any]:
    """Store ``draft`` as the next version of its action and quarter; return the row."""
    [(version,)] = con.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM statements WHERE action = ? AND period = ?",
        [draft.action, draft.period]).fetchall()
    reason = (draft.reason or "").strip() or None
    con.execute(
        "INSERT INTO statements (id, action, period, version, state, body, judgement, "
        "judgement_reason, written_by, written_at, source, file_name) "
        "VALUES (nextval('statement_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [draft.action, draft.period, version, state, json.dumps(draft.body(), ensure_ascii=False),
         (draft.judgement or "").strip() or None, reason, written_by, at, source, file_name])
    return latest_on(con, draft.action, draft.period) or {}


def set_review(con: duckdb.DuckDBPyConnection, statement_id: int, state: str, reviewed_by: str,
               at: datetime, remark: str | None) -> None:
    """Record the review of one submitted version: approved or returned, by whom, when, why."""
    con.execute("UPDATE statements SET state = ?, reviewed_by = ?, reviewed_at = ?, remark = ? "
                "WHERE id = ? AND state = 'submitted'",
                [state, reviewed_by, at, (remark or "").strip() or None, statement_id])


def latest_on(con: duckdb.DuckDBPyConnection, action: str, period: str) -> dict[str, Any] | None:
    """The latest version of an action's statement for a quarter (on ``con``), or None."""
    cur = con.execute(f"{_SELECT} WHERE action = ? AND period = ? ORDER BY version DESC LIMIT 1",
                      [action, period])
    row = cur.fetchone()
    return None if row is None else dict(zip(COLUMNS, row, strict=True))


def versions(store: Store, *, action: str | None = None, period: str | None = None,
             state: str | None = None) -> pl.DataFrame:
    """Every version (columns ``SCHEMA``), by action, quarter and version."""
    where, params = ["true"], []
    for column, value in (("action", action), ("period", period), ("state", state)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    frame = store.query(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY action, period, version",
                        params)
    return frame.cast(SCHEMA) if not frame.is_empty() else pl.DataFrame(schema=SCHEMA)


def approved(store: Store) -> pl.DataFrame:
    """The published statements: the latest approved version per action and quarter."""
    return store.query(f"{APPROVED_SQL} ORDER BY action, period")
