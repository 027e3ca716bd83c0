"""Rebuilding the demo database (``monitor demo --reset``): guarded, audited, never in production.

The order matters: who may reset is decided by the database that is about to be erased (its
users table, where a beheerder may have changed roles), and a refusal is recorded there, so the
attempt stays traceable. Only then are the files removed and the demo rebuilt; the new database
gets one ``demo.reset`` audit row naming the person and what the old database held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from monitor.access.audit import record
from monitor.access.enforce import enforce_as
from monitor.access.identity import cli_user, require_not_production
from monitor.config import load_config
from monitor.demo.build import DemoSummary, build_demo
from monitor.runtime import Runtime, open_runtime

__all__ = ["ResetResult", "reset_demo"]

# what the audit row says the erased database held
_COUNTED = ("submissions", "submitted_values", "snapshots", "users", "audit_log")


@dataclass(frozen=True)
class ResetResult:
    runtime: Runtime
    summary: DemoSummary
    user: str
    previous: dict[str, int]


def reset_demo(
    db: str | Path | None = None,
    config_path: str | Path | None = None,
    indicators: str | Path | None = None,
    *,
    user: str | None = None,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> ResetResult:
    """Erase the database and rebuild it with demo data, acting as ``user`` (an id; in demo mode
    without one the first active user allowed ``demo.reset``, normally the demo beheerder).

    Refused without touching the database: in production (:class:`AccessDenied`, nothing read or
    written) and for a user without ``demo.reset`` (:class:`AccessDenied`, an ``access.denied``
    row in the existing database)."""
    config = load_config(config_path)
    require_not_production(config["access.environment"])
    old = open_runtime(db, config_path, indicators)
    actor = cli_user(old.store, user, old.environment, "demo.reset")
    enforce_as(old.store, actor.id, "demo.reset", target=old.store.path.name)
    counts = old.store.table_counts()
    previous = {t: counts.get(t, 0) for t in _COUNTED}
    path = old.store.path
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)
    rt = open_runtime(path, config_path, indicators)
    summary = build_demo(rt.store, rt.context(today=today), progress=progress)
    with rt.store.transaction() as con:
        record(con, actor.id, "demo.reset", path.name,
               {"previous": previous, "demo": str(summary)}, None, datetime.now())
    return ResetResult(rt, summary, actor.id, previous)
