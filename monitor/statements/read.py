"""Reading statements: who may see which version, and the published (approved) statements, live
or as frozen by a snapshot (:func:`statements_for`, what the report uses)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import polars as pl

from monitor.access.guard import allowed
from monitor.access.model import User
from monitor.runtime import Runtime
from monitor.statements.model import TEXT_FIELDS
from monitor.statements.store import APPROVED_SQL, versions


@dataclass(frozen=True)
class Published:
    """An approved statement as it is published: the texts, milestone updates and judgement."""

    action: str
    period: str
    version: int
    texts: dict[str, str]
    milestones: dict[str, dict[str, Any]]
    judgement: str | None
    reason: str | None
    written_by: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    statement_id: int


def may_see_unpublished(user: User | None, action: str) -> bool:
    """Drafts, submitted and returned versions: for the action's writers and the reviewers."""
    return allowed(user, "statement.review") or allowed(user, "statement.write", for_action=action)


def visible_versions(rt: Runtime, user: User | None, *, action: str | None = None,
                     period: str | None = None, state: str | None = None) -> pl.DataFrame:
    """The versions ``user`` may see: every approved version, and the others of the actions the
    user writes for or reviews (columns of :data:`monitor.statements.store.SCHEMA`)."""
    frame = versions(rt.store, action=action, period=period, state=state)
    if frame.is_empty() or allowed(user, "statement.review"):
        return frame
    mine = [a for a in frame["action"].unique().to_list() if may_see_unpublished(user, a)]
    return frame.filter((pl.col("state") == "approved") | pl.col("action").is_in(mine))


def statements_for(rt: Runtime, snapshot_id: int | None, action: str | None = None,
                   quarter: str | None = None) -> list[Published]:
    """The approved statements, by action and quarter: live (``snapshot_id`` None: the latest
    approved version of each) or as frozen by that snapshot."""
    if snapshot_id is None:
        sql = f"SELECT * FROM ({APPROVED_SQL}) WHERE true"
        params: list[Any] = []
    else:
        sql = ("SELECT statement_id AS id, action, period, version, CAST(body AS VARCHAR) AS body, "
               "judgement, judgement_reason, written_by, reviewed_by, reviewed_at "
               "FROM snapshot_statements WHERE snapshot_id = ?")
        params = [int(snapshot_id)]
    if action:
        sql += " AND action = ?"
        params.append(action)
    if quarter:
        sql += " AND period = ?"
        params.append(str(quarter))
    rows = rt.store.query(sql + " ORDER BY action, period", params).to_dicts()
    return [published(r) for r in rows]


def published(row: dict[str, Any]) -> Published:
    body = json.loads(row["body"]) if isinstance(row["body"], str) else row["body"]
    return Published(
        action=row["action"], period=row["period"], version=int(row["version"]),
        texts={n: body.get(n) or "" for n in TEXT_FIELDS}, milestones=body.get("milestones") or {},
        judgement=row.get("judgement"), reason=row.get("judgement_reason"),
        written_by=row["written_by"], reviewed_by=row.get("reviewed_by"),
        reviewed_at=row.get("reviewed_at"), statement_id=int(row["id"]))
