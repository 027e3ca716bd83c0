"""The computed status an owner's judgement is compared with: the action's status in a quarter
(:func:`monitor.compute.action_status.action_status`, under the setting ``status.action_rule``)."""

from __future__ import annotations

from datetime import date

import polars as pl

from monitor.compute.action_status import action_status
from monitor.runtime import Runtime


def status_in(results: pl.DataFrame, rt: Runtime, action: str, period: str) -> str | None:
    """The action's computed status in ``period`` from ``results``, or None when that quarter
    has no results (not completed yet, or outside the programme)."""
    rows = results.filter(pl.col("period") == period)
    if rows.is_empty():
        return None
    frame = action_status(rows, rt.defs, rt.config["status.action_rule"]).filter(
        pl.col("action") == action)
    return frame["status"][0] if frame.height else None


def computed_status(rt: Runtime, action: str, period: str, today: date | None = None) -> str | None:
    """The action's computed status in ``period`` from the current results (cached per data
    version), or None."""
    from monitor.results import current_results

    return status_in(current_results(rt, today), rt, action, period)


def differs(judgement: str | None, computed: str | None) -> bool:
    """The owner's ``judgement`` says something else than the ``computed`` action status (False
    when either is missing or the status is ``onvoldoende``: nothing to compare)."""
    from monitor.statements.model import FROM_STATUS

    same = FROM_STATUS.get(computed or "")
    return bool(judgement and same and judgement != same)
