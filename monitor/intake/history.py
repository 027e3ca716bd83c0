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
from monitor.problems import Problem
from monitor.store import Store
from monitor.text import t


def open_quarters(ctx: Context) -> list[str]:
    """Quarters open for submission, newest first (locked ones excluded)."""
    last = min(last_completed_quarter(ctx.today), ctx.config.programme_end)
    qs = [str(q) for q in quarter_range(ctx.config.programme_start, last)]
    return [q for q in reversed(qs) if q not in ctx.locked]


def affected_indicators(defs: Definitions, measures: list[str]) -> list[str]:
    """The ids of the indicators computed from any of ``measures`` (the CLI's JSON report)."""
    wanted = set(measures)
    return [i.id for i in defs.indicators.values() if wanted & set(i.compute.measures())]


def affected_by_action(defs: Definitions, measures: list[str],
                       lang: str = "nl") -> list[tuple[str, list[str]]]:
    """The indicators computed from any of ``measures``, by title, per action ('A03
    Dataverantwoordelijkheid', [titles]), in definition order: what a submission changes, in the
    words of the pages."""
    wanted = set(measures)
    out = []
    for a in defs.actions:
        titles = [i.title.get(lang) for i in a.spec.indicators if wanted & set(i.compute.measures())]
        if titles:
            out.append((f"{a.id.upper()} {a.spec.action.title.get(lang)}", titles))
    return out


def measure_label(defs: Definitions, measure: str | None, lang: str = "nl") -> str | None:
    """A measure by its title with its id ('Datasets met onvolledige metadata
    (datasets_metadata_onvolledig)'); an unknown id as None (the report shows it as the value)."""
    m = defs.measures.get(measure or "")
    return None if m is None else f"{m.title.get(lang)} ({m.id})"


def problems_frame(result: IntakeResult, lang: str = "nl",
                   defs: Definitions | None = None) -> pl.DataFrame:
    """The report as a table in ``lang``, errors first, in row order: the level in words, the
    row, the measure by its title (``defs`` given: the row's measure, or the measure a problem
    names in the column 'maatstaf'), the problem's short name beside its stable code, and its
    message."""
    ordered = sorted(result.problems, key=lambda p: (p.level != "error", p.line is not None, p.line or 0))

    def measure(p: Problem) -> str | None:
        if defs is None:
            return None
        named = p.value if p.path == "maatstaf" else None
        return measure_label(defs, result.row_measures.get(p.line or -1) or named, lang)

    rows = [{"level": t(f"level.{p.level}", lang), "row": p.line, "measure": measure(p),
             "column": p.path, "value": p.value, "problem": name(p.code, lang), "code": p.code,
             "message": p.said(lang)} for p in ordered]
    schema = {"level": pl.String, "row": pl.Int64, "measure": pl.String, "column": pl.String,
              "value": pl.String, "problem": pl.String, "code": pl.String, "message": pl.String}
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
