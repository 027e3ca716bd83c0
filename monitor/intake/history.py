"""What the upload page shows besides the report: open quarters, an organisation's submission
history, the indicators a submission changes, and the report as a table."""

from __future__ import annotations

import polars as pl

from monitor.access.enforce import enforce_as
from monitor.access.model import User
from monitor.definitions import Definitions
from monitor.intake.core import Context, IntakeResult
from monitor.intake.messages import name
from monitor.periods import last_completed_quarter, quarter_range
from monitor.store import Store
from monitor.text import t


def open_quarters(ctx: Context) -> list[str]:
    """Quarters open for submission, newest first (locked ones excluded)."""
    last = min(last_completed_quarter(ctx.today), ctx.config.programme_end)
    qs = [str(q) for q in quarter_range(ctx.config.programme_start, last)]
    return [q for q in reversed(qs) if q not in ctx.locked]


def affected_indicators(defs: Definitions, measures: list[str]) -> list[str]:
    wanted = set(measures)
    return [i.id for i in defs.indicators.values() if wanted & set(i.compute.measures())]


def problems_frame(result: IntakeResult, lang: str = "nl") -> pl.DataFrame:
    """The report as a table in ``lang``, errors first, in row order: the level in words, the
    problem's short name beside its stable code, and its message."""
    ordered = sorted(result.problems, key=lambda p: (p.level != "error", p.line is not None, p.line or 0))
    rows = [{"level": t(f"level.{p.level}", lang), "row": p.line, "column": p.path, "value": p.value,
             "problem": name(p.code, lang), "code": p.code,
             "message": p.said(lang)} for p in ordered]
    schema = {"level": pl.String, "row": pl.Int64, "column": pl.String, "value": pl.String,
              "problem": pl.String, "code": pl.String, "message": pl.String}
    return pl.DataFrame(rows, schema=schema).select(list(schema))


def submission_history(store: Store, user: User | str | None, organisation: str) -> pl.DataFrame:
    """Accepted submissions and rejected attempts of one organisation, newest first (file names,
    who submitted). Needs ``submissions.view`` for ``organisation``; a refusal is audited
    (``access.denied``) and raised as :class:`~monitor.access.errors.AccessDenied`."""
    enforce_as(store, user, "submissions.view", organisation, target=f"history {organisation}")
    return store.query(
        """
        SELECT received_at, period, 'accepted' AS status, file_name, submitted_by, on_time,
               new_count, changed_count, unchanged_count, 0 AS error_count, id
        FROM submissions WHERE organisation = $org
        UNION ALL
        SELECT received_at, period, 'rejected', file_name, submitted_by, NULL, NULL, NULL, NULL,
               error_count, id
        FROM rejected_attempts WHERE organisation = $org
        ORDER BY received_at DESC, id DESC
        """,
        {"org": organisation},
    )
