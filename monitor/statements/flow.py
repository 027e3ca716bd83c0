"""The four-eyes flow: save a draft, submit, approve, return; each one transaction with its audit
row, each refusal audited (``access.denied``) with nothing changed.

- :func:`save_statement` (``statement.write`` for the action): a new version, ``draft`` or
  ``submitted``; problems (every one, with the field) mean nothing is stored.
- :func:`review_statement` (``statement.review``): the latest version, when it is submitted,
  becomes ``approved`` or ``returned`` (a remark is required to return). Four-eyes: the reviewer
  may not be the one who wrote that version.

An edit after approval is a new version; the published statement stays the latest approved one
until a newer version is approved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import polars as pl

from monitor.access.audit import record, record_denied
from monitor.access.errors import AccessDenied, UnknownIdentity
from monitor.access.guard import require
from monitor.access.model import User
from monitor.errors import MonitorError, UsageError
from monitor.problems import ProblemList
from monitor.runtime import Runtime
from monitor.statements.check import Lines, check_draft
from monitor.statements.model import Draft
from monitor.statements.status import computed_status, status_in
from monitor.statements.store import insert_version, latest_on, set_review
from monitor.text import Text


@dataclass
class Saved:
    """What :func:`save_statement` did: the stored version (None when there were problems)."""

    problems: ProblemList = field(default_factory=ProblemList)
    version: dict[str, Any] | None = None


def acting(rt: Runtime, who: User | str | None, permission: str, *, for_action: str | None = None,
           target: str | None = None) -> User:
    """The user (a :class:`User` or an id) when allowed; otherwise ``access.denied`` is recorded
    and the refusal raised."""
    from monitor.access.users import get_user

    user = get_user(rt.store, who) if isinstance(who, str) else who
    try:
        if user is None and isinstance(who, str) and who:
            raise UnknownIdentity(Text("access.denied.no_user", id=who), user_id=who,
                                  action=permission)
        return require(user, permission, for_action=for_action)
    except AccessDenied as exc:
        record_denied(rt.store, exc, target=target or for_action)
        raise


def save_statement(rt: Runtime, who: User | str | None, draft: Draft, *, submit: bool,
                   source: str = "dashboard", file_name: str | None = None,
                   today: date | None = None, at: datetime | None = None,
                   lines: Lines | None = None, problems: ProblemList | None = None,
                   results: pl.DataFrame | None = None) -> Saved:
    """Check ``draft`` and store it as a new version (``submitted`` when ``submit``, else
    ``draft``) with an audit row (``statement.save`` / ``statement.submit``). ``problems``: those
    already found in the file's form, reported together with the content's; ``results``: the
    results the judgement is compared with (default: the current results)."""
    action = (draft.action or "").strip().lower()
    draft = Draft(action, canonical_quarter(draft.period), draft.texts, draft.judgement,
                  draft.reason, draft.milestones)
    user = acting(rt, who, "statement.write", for_action=action or None,
                  target=f"{action}/{draft.period}")
    today = today or (at.date() if at else date.today())
    found = ProblemList(list(problems.items) if problems else [])
    computed = None
    if _is_quarter(draft.period):
        computed = (computed_status(rt, action, draft.period, today) if results is None
                    else status_in(results, rt, action, draft.period))
    found.items += check_draft(draft, rt.defs, computed=computed, today=today, complete=submit,
                               file=file_name, lines=lines).items
    if found:
        return Saved(found)
    at = at or datetime.now()
    state = "submitted" if submit else "draft"
    with rt.store.transaction() as con:
        row = insert_version(con, draft, state, user.id, at, source, file_name)
        record(con, user, f"statement.{'submit' if submit else 'save'}", f"{action}/{draft.period}",
               {"statement_id": row["id"], "version": row["version"], "judgement": row["judgement"],
                "computed": computed, "source": source, "file_name": file_name}, at=at)
    return Saved(found, row)


def review_statement(rt: Runtime, who: User | str | None, action: str, period: str, *,
                     approve: bool, remark: str | None = None,
                     at: datetime | None = None) -> dict[str, Any]:
    """Approve (or return, with ``remark``) the submitted latest version of an action's statement
    for a quarter; return the reviewed row. Refused (audited, nothing changed): without
    ``statement.review``, and for the person who wrote that version (four-eyes)."""
    action, period = (action or "").strip().lower(), canonical_quarter(period)
    target = f"{action}/{period}"
    user = acting(rt, who, "statement.review", target=target)
    if not approve and not (remark or "").strip():
        raise UsageError(Text("statement.error.remark_required"))
    at = at or datetime.now()
    with rt.store.transaction() as con:
        row = latest_on(con, action, period)
        if row is None or row["state"] != "submitted":
            raise MonitorError(Text("statement.error.nothing_submitted", action=action,
                                    quarter=period,
                                    state=Text(f"statement.state.{row['state']}") if row
                                    else Text("statement.state.none")))
        if row["written_by"] == user.id:
            exc = AccessDenied(Text("statement.error.four_eyes", version=row["version"]),
                               user_id=user.id, action="statement.review")
        else:
            exc = None
            state = "approved" if approve else "returned"
            set_review(con, row["id"], state, user.id, at, remark)
            record(con, user, f"statement.{'approve' if approve else 'return'}", target,
                   {"statement_id": row["id"], "version": row["version"],
                    "written_by": row["written_by"]}, remark, at=at)
            row = latest_on(con, action, period) or row
    if exc is not None:
        record_denied(rt.store, exc, target=target)
        raise exc
    return row


def canonical_quarter(text: str | None) -> str:
    """'2026-Q3' for the accepted spellings of a quarter; other text stripped, as given."""
    from monitor.errors import PeriodError
    from monitor.periods import Quarter

    try:
        return str(Quarter.parse(text or ""))
    except PeriodError:
        return (text or "").strip()


def _is_quarter(text: str) -> bool:
    from monitor.errors import PeriodError
    from monitor.periods import Quarter

    try:
        Quarter.parse(text)
    except PeriodError:
        return False
    return True
