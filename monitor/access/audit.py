"""The audit trail: who did what, when, to what and why, one ``audit_log`` row per write.

:func:`record` writes on the caller's connection, inside the caller's transaction, so the change
and its audit row are committed (or rolled back) together; it is the one function that writes
``audit_log`` (its owner, see docs/development.md). :func:`audit_log` reads the trail for the audit
page, :func:`audit_csv` makes its download.

Action names in the log (``AUDIT_ACTIONS``) are fixed; the detail is a JSON object.

``os_user``: a command-line run claims a user with ``--user`` (a claim, not a login), so the CLI
also records the operating-system account that ran it (:func:`operator`, read by :func:`record`);
the dashboard leaves it empty.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time, timedelta

import duckdb
import polars as pl

from monitor.access.errors import AccessDenied
from monitor.access.model import User
from monitor.errors import UsageError
from monitor.store import Store
from monitor.text import has, t
from monitor.textsafe import excel_csv

AUDIT_ACTIONS: dict[str, str] = {
    "submission.accepted": "a submission was stored (target ORG/PERIOD, or 'bulk'; detail: ids, counts)",
    "submission.rejected": "a submission was rejected (target ORG/PERIOD; detail: rejection id, codes)",
    "snapshot.create": "a snapshot was frozen (target snapshot id)",
    "snapshot.verify": "a snapshot was recomputed and compared with its stored results (target "
                       "snapshot id; detail: reproduces, differing rows, the first difference)",
    "period.reopen": "a locked quarter was reopened (target quarter; reason required)",
    "user.create": "a user was added (target user id; detail: the user)",
    "user.update": "a user's name, login or organisations changed (detail: before, after)",
    "user.bind": "a first login matched by verified e-mail bound the user to the provider's issuer "
                 "and subject (detail: issuer, subject)",
    "user.role": "a user's role or organisations changed (detail: before, after; reason required)",
    "user.deactivate": "a user was deactivated (reason required)",
    "user.activate": "a deactivated user was given access again (reason required)",
    "demo.reset": "the demo database was rebuilt (written into the new database)",
    "statement.save": "an action statement was saved as a draft (target ACTION/QUARTER; detail: "
                      "statement id, version)",
    "statement.submit": "an action statement was submitted for approval (target ACTION/QUARTER)",
    "statement.approve": "a submitted action statement was approved (target ACTION/QUARTER)",
    "statement.return": "a submitted action statement was returned (target ACTION/QUARTER; the "
                        "remark as reason)",
    "access.denied": "a guarded action was refused (detail: action, organisation)",
    "commitments.import": "a file of commitments or motions of the Kamer was imported (target file "
                          "name; detail: new, changed fields, unchanged, removed)",
    "commitments.link": "a commitment or motion was linked to an action (target its Id)",
    "commitments.unlink": "a commitment's link to an action was ended (target its Id)",
}

def action_name(action: str, lang: str = "nl") -> str:
    """What an audit action code means, in words ('aanlevering opgeslagen'); an unknown code as
    it is."""
    key = f"audit.action.{action}"
    return t(key, lang) if has(key) else action


COLUMNS: dict[str, pl.DataType] = {
    "id": pl.Int64(), "occurred_at": pl.Datetime("us"), "actor": pl.String(),
    "action": pl.String(), "target": pl.String(), "detail": pl.String(), "reason": pl.String(),
    "os_user": pl.String(),
}

_OS_USER: ContextVar[str | None] = ContextVar("monitor_audit_os_user", default=None)


def os_account() -> str:
    """The operating-system account running this process (``getpass.getuser()``), or '?' when
    it cannot be determined (no login name, no USER/LOGNAME variables)."""
    try:
        return getpass.getuser() or "?"
    except Exception:  # getuser raises OSError/KeyError (and more on some systems)
        return "?"


@contextmanager
def operator(os_user: str | None) -> Iterator[None]:
    """Inside the block every audit row records ``os_user`` (the CLI wraps each command)."""
    token = _OS_USER.set(os_user)
    try:
        yield
    finally:
        _OS_USER.reset(token)


def current_os_user() -> str | None:
    """The operating-system account recorded with audit rows now (None outside the CLI)."""
    return _OS_USER.get()


def record(
    con: duckdb.DuckDBPyConnection,
    actor: User | str,
    action: str,
    target: str | None,
    detail: Mapping | None = None,
    reason: str | None = None,
    at: datetime | None = None,
) -> int:
    """Append one audit row on ``con`` (the caller owns the transaction); return its id.

    ``actor`` is the acting user (its id is stored) or an id such as ``system``."""
    actor_id = actor.id if isinstance(actor, User) else str(actor or "").strip()
    if not actor_id:
        raise UsageError("an audit row needs an actor (who did it)")
    if not action:
        raise UsageError("an audit row needs an action (what was done)")
    payload = None if detail is None else json.dumps(dict(detail), ensure_ascii=False, sort_keys=True,
                                                     default=str)
    reason = (reason or "").strip() or None
    row = con.execute(
        "INSERT INTO audit_log (id, occurred_at, actor, action, target, detail, reason, os_user) "
        "VALUES (nextval('audit_id_seq'), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [at or datetime.now(), actor_id, action, target, payload, reason, current_os_user()],
    ).fetchall()
    return row[0][0]


def record_denied(store: Store, exc: AccessDenied, *, target: str | None = None,
                  at: datetime | None = None) -> int:
    """Record a refusal in its own short transaction (action ``access.denied``); return the id.
    Call it where an :class:`AccessDenied` is raised by an entry point, before re-raising."""
    detail = {"action": exc.action, "organisation": exc.organisation, "message": exc.nl}
    with store.transaction() as con:
        return record(con, exc.user_id or "anonymous", "access.denied",
                      target or exc.organisation or exc.action, detail, None, at)


def audit_log(
    store: Store,
    *,
    actor: str | None = None,
    action: str | None = None,
    target: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    limit: int | None = None,
) -> pl.DataFrame:
    """The audit trail, newest first, columns ``COLUMNS``.

    ``actor`` and ``target`` match exactly; ``action`` matches exactly, or as a prefix when it
    ends with ``*`` (``"user.*"``). ``since`` and ``until`` are inclusive; a date as ``until``
    includes that whole day."""
    where, params = ["true"], []
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if action:
        if action.endswith("*"):
            where.append("starts_with(action, ?)")
            params.append(action[:-1])
        else:
            where.append("action = ?")
            params.append(action)
    if target:
        where.append("target = ?")
        params.append(target)
    if since is not None:
        where.append("occurred_at >= ?")
        params.append(since if isinstance(since, datetime) else datetime.combine(since, time()))
    if until is not None:
        if isinstance(until, datetime):
            where.append("occurred_at <= ?")
            params.append(until)
        else:
            where.append("occurred_at < ?")
            params.append(datetime.combine(until + timedelta(days=1), time()))
    sql = ("SELECT id, occurred_at, actor, action, target, CAST(detail AS VARCHAR) AS detail, reason, "
           "os_user "
           f"FROM audit_log WHERE {' AND '.join(where)} ORDER BY occurred_at DESC, id DESC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    frame = store.query(sql, params)
    return frame.cast(COLUMNS) if not frame.is_empty() else pl.DataFrame(schema=COLUMNS)


def audit_csv(frame: pl.DataFrame, names: dict[str, str] | None = None) -> bytes:
    """The audit log as CSV for Dutch Excel (``;``, UTF-8 with BOM; text neutralised against
    formula injection), moments as ``dd-mm-jjjj hh:mm:ss``; ``names``: the column headers as the
    page shows them."""
    out = frame.with_columns(pl.col("occurred_at").dt.strftime("%d-%m-%Y %H:%M:%S")) \
        if "occurred_at" in frame.columns else frame
    return excel_csv(out.rename(names or {}))
