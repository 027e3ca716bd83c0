"""Milestones as of a day: the plan from the definitions (``milestones[]`` of an action) and the
state its owner reported in the approved action statements (``body["milestones"]``).

Pure: the caller hands in the approved statements' milestone reports per quarter, from the live
table or a snapshot (``monitor.views.milestones.approved_milestone_reports`` reads the live one),
so the pages and the report derive the same table, and say it in the same words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import polars as pl

from monitor.definitions.model import MILESTONE_STATES, ActionFile
from monitor.periods import Quarter
from monitor.text import day, quarter, t

# states in which a milestone is settled: never overdue
SETTLED = ("gereed", "vervallen")
NEVER_REPORTED = "gepland"

SCHEMA: dict[str, Any] = {
    "action": pl.String,          # action id
    "milestone": pl.String,       # milestone id
    "title": pl.String,           # the title in the language asked for
    "planned": pl.Date,           # the day it is due (a quarter's last day)
    "planned_quarter": pl.String,  # 'YYYY-Qn' when planned as a quarter, else null
    "indicator": pl.String,       # the indicator that measures it, or null
    "status": pl.String,          # one of MILESTONE_STATES; 'gepland' when never reported
    "reported_in": pl.String,     # the quarter of the statement the state comes from, or null
    "realised": pl.Date,          # the realised date reported, or null
    "late": pl.Boolean,           # overdue, or realised after the planned day
    "overdue": pl.Boolean,        # the planned day has passed and it is not gereed or vervallen
    "days_late": pl.Int64,        # days overdue (as of), or days realised after planned; else null
    "explanation": pl.String,     # the owner's explanation, or null
}

Reports = Mapping[str, Mapping[str, Mapping[str, Any]]]  # quarter -> milestone id -> report


def _day(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def latest_report(milestone_id: str, reports: Reports, until: Quarter) -> tuple[str, dict] | None:
    """The latest report on ``milestone_id`` with a known status in a quarter up to ``until``:
    (quarter, report). A statement that leaves a milestone out keeps the earlier report."""
    for period in sorted(reports, key=Quarter.parse, reverse=True):
        if Quarter.parse(period) > until:
            continue
        report = (reports[period] or {}).get(milestone_id)
        if isinstance(report, Mapping) and report.get("status") in MILESTONE_STATES:
            return period, dict(report)
    return None


def milestone_rows(spec: ActionFile, reports: Reports, as_of: date, lang: str = "nl") -> list[dict]:
    """One dict per milestone of ``spec`` (in declared order) with the columns of ``SCHEMA``, as of
    the day ``as_of``: the state from the latest approved statement of a quarter up to the quarter
    containing ``as_of``."""
    until = Quarter.containing(as_of)
    rows = []
    for ms in spec.milestones:
        planned = ms.planned_date()
        found = latest_report(ms.id, reports, until)
        period, report = found if found else (None, {})
        status = report.get("status", NEVER_REPORTED)
        realised = _day(report.get("realised"))
        overdue = status not in SETTLED and planned < as_of
        realised_late = realised is not None and realised > planned
        days = ((as_of - planned).days if overdue
                else (realised - planned).days if realised_late else None)  # type: ignore[operator]
        explanation = report.get("explanation")
        rows.append({
            "action": spec.action.id, "milestone": ms.id, "title": ms.title.get(lang),
            "planned": planned,
            "planned_quarter": None if isinstance(ms.planned, date) else str(ms.planned),
            "indicator": ms.indicator, "status": status, "reported_in": period,
            "realised": realised, "late": overdue or realised_late, "overdue": overdue,
            "days_late": days,
            "explanation": explanation.strip() or None if isinstance(explanation, str) else None,
        })
    return rows


def milestone_table(specs: list[ActionFile], reports: Mapping[str, Reports], as_of: date,
                    lang: str = "nl") -> pl.DataFrame:
    """The milestones of every action in ``specs`` as of ``as_of`` (columns ``SCHEMA``);
    ``reports``: per action id, its approved statements' ``body["milestones"]`` per quarter."""
    rows = [r for spec in specs for r in milestone_rows(spec, reports.get(spec.action.id, {}),
                                                         as_of, lang)]
    return pl.DataFrame(rows, schema=SCHEMA, orient="row") if rows else pl.DataFrame(schema=SCHEMA)


def overdue(table: pl.DataFrame) -> pl.DataFrame:
    """The overdue milestones of ``table``, longest overdue first."""
    return table.filter(pl.col("overdue")).sort(["days_late", "action", "planned"],
                                                descending=[True, False, False])


def planned_text(row: Mapping[str, Any], lang: str) -> str:
    """'K2 2024' for a milestone planned as a quarter, else the day ('15-05-2026')."""
    return quarter(row["planned_quarter"], lang) if row["planned_quarter"] else day(row["planned"], lang)


def status_text(status: str, lang: str) -> str:
    """The state with its symbol: '✔ gereed'."""
    return t(f"milestones.status.{status}", lang)


def late_text(row: Mapping[str, Any], lang: str) -> str:
    """Late in words (never by colour alone): days overdue, days realised late, on time, not
    applicable (vervallen) or not yet due."""
    if row["overdue"]:
        return t("milestones.late.overdue", lang, count=row["days_late"])
    if row["late"]:
        return t("milestones.late.realised", lang, count=row["days_late"])
    if row["status"] == "gereed":
        return t("milestones.late.on_time", lang)
    if row["status"] == "vervallen":
        return t("milestones.late.cancelled", lang)
    return t("milestones.late.not_due", lang)
