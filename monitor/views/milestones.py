"""The milestones of an action (the action page) and the overdue ones (the overview): the
definitions' plan with the state from the approved action statements.

The ``statements`` table is owned by ``monitor.statements.store``; this module only reads the
approved versions (the latest approved version per action and quarter)."""

from __future__ import annotations

import json
from datetime import date

import polars as pl

from monitor.milestones import late_text, milestone_table, overdue, planned_text, status_text
from monitor.periods import Quarter
from monitor.runtime import Runtime
from monitor.text import day, t

# the latest approved version per action and quarter
_APPROVED = """
    SELECT action, period, body FROM statements
    WHERE state = 'approved' {where}
    QUALIFY row_number() OVER (PARTITION BY action, period ORDER BY version DESC) = 1
"""


def approved_milestone_reports(rt: Runtime, action: str | None = None) -> dict[str, dict[str, dict]]:
    """Per action, per quarter: ``body["milestones"]`` of the latest approved statement (an
    approved statement without milestones gives an empty mapping)."""
    sql = _APPROVED.format(where="AND action = $action" if action else "")
    rows = rt.store.query(sql, {"action": action} if action else None)
    out: dict[str, dict[str, dict]] = {}
    for r in rows.iter_rows(named=True):
        body = json.loads(r["body"]) if isinstance(r["body"], str) else (r["body"] or {})
        reports = body.get("milestones") if isinstance(body, dict) else None
        out.setdefault(r["action"], {})[r["period"]] = reports if isinstance(reports, dict) else {}
    return out


def as_of_day(period: str, newest: str, today: date) -> date:
    """The day the milestones are judged on: today when ``period`` is the newest quarter shown
    (the live state), else the last day of ``period``; never after today."""
    end = Quarter.parse(period).last_day()
    return today if period == newest or end > today else end


def action_milestones(rt: Runtime, action_id: str, as_of: date, lang: str) -> pl.DataFrame:
    """The milestones of one action as of ``as_of`` (columns ``monitor.milestones.SCHEMA``)."""
    spec = next(a.spec for a in rt.defs.actions if a.id == action_id)
    return milestone_table([spec], approved_milestone_reports(rt, action_id), as_of, lang)


def overdue_milestones(rt: Runtime, as_of: date, lang: str) -> pl.DataFrame:
    """Every overdue milestone as of ``as_of``, longest overdue first, with the action's label."""
    specs = [a.spec for a in rt.defs.actions]
    late = overdue(milestone_table(specs, approved_milestone_reports(rt), as_of, lang))
    titles = {a.id: f"{a.id.upper()} · {a.spec.action.title.get(lang)}" for a in rt.defs.actions}
    return late.with_columns(pl.col("action").replace_strict(titles).alias("action_label"))


def shown_table(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The milestone table as the reader sees it: title, planned, state, realised, late, why."""
    rows = [{
        "title": r["title"], "planned": planned_text(r, lang),
        "status": status_text(r["status"], lang), "realised": day(r["realised"], lang),
        "late": late_text(r, lang), "explanation": r["explanation"] or "",
    } for r in frame.iter_rows(named=True)]
    schema = dict.fromkeys(("title", "planned", "status", "realised", "late", "explanation"),
                           pl.String)
    return pl.DataFrame(rows, schema=schema, orient="row")


def download_table(frame: pl.DataFrame) -> pl.DataFrame:
    """The data behind the table for a CSV download: ISO dates and codes."""
    return frame.select("milestone", "title", "planned", "status", "reported_in", "realised",
                        "late", "days_late", "explanation")


def column_names(lang: str) -> dict[str, str]:
    cols = ("milestone", "title", "planned", "status", "reported_in", "realised", "late",
            "days_late", "explanation")
    return {c: t(f"milestones.col.{c}", lang) for c in cols}
