"""The audit trail of snapshot actions: one ``audit_log`` row per create and reopen."""

from __future__ import annotations

import json
from datetime import datetime

import duckdb


def record(
    con: duckdb.DuckDBPyConnection,
    actor: str,
    action: str,
    target: str,
    detail: dict,
    reason: str | None = None,
    at: datetime | None = None,
) -> int:
    """Append one audit row on ``con`` (the caller owns the transaction); return its id."""
    from monitor.access.audit import current_os_user

    row = con.execute(
        "INSERT INTO audit_log (id, occurred_at, actor, action, target, detail, reason, os_user) "
        "VALUES (nextval('audit_id_seq'), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [at or datetime.now(), actor, action, target,
         json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str), reason,
         current_os_user()],
    ).fetchall()
    return row[0][0]
