"""Quarter locks: a snapshot locks the quarters it covers; a programme manager can reopen one.

The owner of the table ``period_locks``: it is written and read here only. The intake refuses a
locked quarter (code ``period-locked``, naming the snapshot label) because
``Runtime.locked_periods`` reads the locks in effect (:func:`locks_in_effect`), and the upload
page shows them (``monitor.intake.calendar``). Reopening only marks the lock; the snapshot itself
never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import duckdb

from monitor.access.audit import record
from monitor.errors import UsageError
from monitor.periods import Quarter
from monitor.text import Text

if TYPE_CHECKING:
    from monitor.runtime import Runtime
    from monitor.store import Store


@dataclass(frozen=True)
class Lock:
    """The snapshot that locks a quarter: its id, label and the moment it locked the quarter."""

    snapshot_id: int | None
    label: str
    since: datetime


def locks_in_effect(store: Store) -> dict[str, Lock]:
    """Quarter -> the newest lock on it that was not reopened."""
    with store.read() as con:  # plain rows: a frame would load pyarrow, slow for a CLI command
        rows = con.execute(
            "SELECT period, arg_max(snapshot_id, locked_at), arg_max(label, locked_at), "
            "max(locked_at) FROM period_locks WHERE reopened_at IS NULL GROUP BY period").fetchall()
    return {p: Lock(int(sid) if sid is not None else None, label, since)
            for p, sid, label, since in rows}


def lock_counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """How many locks were ever taken and how many of them were reopened: together they change
    with every lock and reopening (a fingerprint for caches, ``monitor.results``)."""
    row = con.execute("SELECT count(*), count(reopened_at) FROM period_locks").fetchall()[0]
    return int(row[0]), int(row[1])


def active_locks(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Quarters that are locked now (a lock that was not reopened)."""
    rows = con.execute("SELECT DISTINCT period FROM period_locks WHERE reopened_at IS NULL").fetchall()
    return {r[0] for r in rows}


def lock_quarters(
    con: duckdb.DuckDBPyConnection,
    quarters: list[Quarter],
    snapshot_id: int,
    label: str,
    user: str,
    at: datetime,
) -> list[str]:
    """Lock every quarter of ``quarters`` that is not locked yet; return the quarters locked. The
    caller owns the transaction."""
    locked = active_locks(con)
    new = [str(q) for q in quarters if str(q) not in locked]
    if new:
        con.executemany(
            "INSERT INTO period_locks VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL)",
            [[p, snapshot_id, label, at, user] for p in new],
        )
    return new


def reopen_quarter(
    rt: Runtime, period: str | Quarter, user: object, reason: str, *, at: datetime | None = None
) -> list[str]:
    """Reopen a locked quarter for resubmissions: mark its lock(s) reopened with who, when and
    why, and write an audit row (action ``period.reopen``). Returns the labels of the snapshots
    whose lock was lifted. A reason is required; a quarter that is not locked is refused."""
    from monitor.access.enforce import enforce_as

    q = str(Quarter.parse(period))
    user = enforce_as(rt.store, user.strip() if isinstance(user, str) else user, "period.reopen",
                      target=q).id
    reason = (reason or "").strip()
    if not reason:
        raise UsageError(Text("error.reopen.reason"))
    at = at or datetime.now()
    with rt.store.transaction() as con:
        rows = con.execute(
            "SELECT snapshot_id, label FROM period_locks WHERE period = ? AND reopened_at IS NULL "
            "ORDER BY locked_at", [q]).fetchall()
        if not rows:
            raise UsageError(Text("error.reopen.not_locked", quarter=q))
        con.execute(
            "UPDATE period_locks SET reopened_at = ?, reopened_by = ?, reason = ? "
            "WHERE period = ? AND reopened_at IS NULL", [at, user, reason, q])
        labels = [label for _, label in rows]
        record(con, user, "period.reopen", q,
               {"period": q, "snapshots": [sid for sid, _ in rows], "labels": labels}, reason, at)
    return labels
