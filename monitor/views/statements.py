"""The action page's "Voortgang in woorden": the published statement of a quarter with the
owner's judgement beside the computed status, what the user may do, the form's prefill and the
history of versions the user may see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import polars as pl

from monitor.access.guard import allowed
from monitor.access.model import User
from monitor.access.users import load_users
from monitor.definitions.model import Milestone
from monitor.runtime import Runtime
from monitor.statements import Draft, Published, statements_for, visible_versions
from monitor.statements.status import computed_status, differs

HISTORY = ("version", "state", "written_by", "written_at", "reviewed_by", "reviewed_at", "remark")


@dataclass(frozen=True)
class StatementPanel:
    action: str
    period: str
    published: Published | None
    computed: str | None  # the action's computed status in the quarter
    may_write: bool
    may_review: bool
    latest: dict | None  # the latest version the user may see
    prefill: Draft
    history: pl.DataFrame  # HISTORY columns, newest first; who wrote and reviewed by name
    milestones: list[Milestone] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # user id -> name

    def who(self, user_id: str | None) -> str:
        """A writer or reviewer as people know them: the name, else the id ('–' for nobody)."""
        return self.names.get(user_id, user_id) if user_id else "–"

    @property
    def disagrees(self) -> bool:
        """The published judgement differs from the computed status."""
        return bool(self.published and differs(self.published.judgement, self.computed))

    @property
    def awaiting(self) -> bool:
        return bool(self.latest and self.latest["state"] == "submitted")


def statement_panel(rt: Runtime, user: User | None, action: str, period: str,
                    today: date | None = None) -> StatementPanel:
    """Everything the section shows for ``user``, the action and the quarter."""
    [published] = statements_for(rt, None, action, period) or [None]
    frame = visible_versions(rt, user, action=action, period=period).sort("version",
                                                                           descending=True)
    latest = frame.row(0, named=True) if frame.height else None
    prefill = Draft.from_row(latest) if latest else Draft(action, period)
    spec = next(a.spec for a in rt.defs.actions if a.id == action)
    names = {u.id: u.name for u in load_users(rt.store) if u.name}
    by_name = [pl.col(c).replace_strict(names, default=pl.col(c), return_dtype=pl.String)
               for c in ("written_by", "reviewed_by")]
    return StatementPanel(
        action=action, period=period, published=published,
        computed=computed_status(rt, action, period, today),
        may_write=allowed(user, "statement.write", for_action=action),
        may_review=allowed(user, "statement.review"),
        latest=latest, prefill=prefill, history=frame.select(HISTORY).with_columns(by_name),
        milestones=list(spec.milestones), names=names)


def judgement_lines(rt: Runtime, period: str, computed: dict[str, str], lang: str) -> dict[str, str]:
    """Per action with an approved statement for ``period``: the owner's judgement beside the
    computed status (``computed``: action -> status) in words, with a flag in words and a symbol
    where they disagree (the overview); actions without one are left out."""
    from monitor.text import t

    out = {}
    for pub in statements_for(rt, None, quarter=period):
        if not pub.judgement:
            continue
        judgement = t(f"statement.judgement.{pub.judgement}", lang)
        status = computed.get(pub.action)
        out[pub.action] = (t("overview.judgement.differs", lang, judgement=judgement,
                             status=t(f"status.{status}", lang))
                           if differs(pub.judgement, status)
                           else t("overview.judgement", lang, judgement=judgement))
    return out
