"""The checks on a statement: every problem at once, each with the field it is about.

The same rules for the form on the action page and for a file (``monitor statement submit``);
for a file each problem also has its line. A draft is checked for what cannot be stored
(``complete=False``: an unknown action, quarter, judgement, milestone or status, a bad date,
unsupported formatting, a text too long); a submission also for what is required (the results and
plans, a judgement, the reason when it differs from the computed status, a realised date, an
explanation).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from monitor.definitions import Definitions
from monitor.definitions.model import MILESTONE_STATES, ActionFile
from monitor.errors import PeriodError
from monitor.periods import Quarter
from monitor.problems import Problem, ProblemList
from monitor.statements.markup import unsupported
from monitor.statements.model import (
    FROM_STATUS,
    JUDGEMENTS,
    MAX_TEXT,
    REQUIRED_TEXTS,
    TEXT_FIELDS,
    Draft,
)
from monitor.text import Text

# (key path, line offset within the value) -> line in the file, or None
Lines = Callable[[str, int], int | None]


class _Found:
    """Collects problems with the file and line of their field."""

    def __init__(self, file: str | None, lines: Lines | None):
        self.problems = ProblemList()
        self.file, self.lines = file, lines

    def add(self, code: str, path: str, key: str, offset: int = 0, value: object = None,
            **params: object) -> None:
        text = Text(key, field=Text(f"statement.field.{path.split('.')[0]}"), **params)
        line = self.lines(path, offset) if self.lines else None
        self.problems.append(Problem("error", code, text.render("en"), file=self.file, line=line,
                                     path=path, value=None if value is None else str(value),
                                     text=text))


def action_file(defs: Definitions, action_id: str) -> ActionFile | None:
    return next((a.spec for a in defs.actions if a.id == action_id), None)


def check_draft(draft: Draft, defs: Definitions, *, computed: str | None, today: date,
                complete: bool, file: str | None = None, lines: Lines | None = None) -> ProblemList:
    """Every problem of ``draft`` (``computed``: the action's computed status in the quarter, or
    None when there is none yet; ``complete``: check as a submission, not as a draft)."""
    found = _Found(file, lines)
    spec = action_file(defs, (draft.action or "").strip().lower())
    if spec is None:
        found.add("statement-unknown-action", "action", "statement.problem.unknown_action",
                  value=draft.action, action=str(draft.action or ""))
    period = _quarter(found, draft.period, spec, today)
    for name in TEXT_FIELDS:
        _text(found, name, draft.text(name), complete and name in REQUIRED_TEXTS)
    _judgement(found, draft, computed, complete)
    if spec is not None:
        _milestones(found, draft.milestones, spec, period, complete)
    return found.problems


def _quarter(found: _Found, text: str, spec: ActionFile | None, today: date) -> Quarter | None:
    try:
        q = Quarter.parse(text)
    except PeriodError:
        found.add("statement-bad-quarter", "quarter", "statement.problem.bad_quarter", value=text,
                  quarter=str(text or ""))
        return None
    now = Quarter.containing(today)
    if q > now or (spec is not None and not spec.action.start <= q <= spec.action.end):
        start, end = (spec.action.start, spec.action.end) if spec else (q, q)
        found.add("statement-quarter-outside", "quarter", "statement.problem.quarter_outside",
                  value=text, quarter=q, start=start, end=min(end, now))
    return q


def _text(found: _Found, name: str, text: str, required: bool) -> None:
    if required and not text:
        found.add("statement-required", name, "statement.problem.required")
    if len(text) > MAX_TEXT:
        found.add("statement-too-long", name, "statement.problem.too_long", count=len(text),
                  max=MAX_TEXT)
    for n, kind in unsupported(text):
        found.add("statement-unsupported", name, "statement.problem.unsupported", offset=n,
                  what=Text(f"statement.unsupported.{kind}"), line=n)


def _judgement(found: _Found, draft: Draft, computed: str | None, complete: bool) -> None:
    judgement = (draft.judgement or "").strip()
    if not judgement:
        if complete:
            found.add("statement-required", "judgement", "statement.problem.required")
        return
    if judgement not in JUDGEMENTS:
        found.add("statement-bad-judgement", "judgement", "statement.problem.bad_judgement",
                  value=judgement, judgement=judgement, choices=", ".join(JUDGEMENTS))
        return
    same = FROM_STATUS.get(computed or "")
    if complete and same is not None and same != judgement and not (draft.reason or "").strip():
        found.add("statement-reason-required", "reason", "statement.problem.reason_required",
                  judgement=Text(f"statement.judgement.{judgement}"),
                  status=Text(f"status.word.{computed}"))
    if len((draft.reason or "").strip()) > MAX_TEXT:
        found.add("statement-too-long", "reason", "statement.problem.too_long",
                  count=len(draft.reason or ""), max=MAX_TEXT)


def _milestones(found: _Found, updates: Mapping[str, Mapping[str, Any]], spec: ActionFile,
                period: Quarter | None, complete: bool) -> None:
    declared = {m.id: m for m in spec.milestones}
    if not isinstance(updates, Mapping):
        found.add("statement-bad-milestones", "milestones", "statement.problem.milestones_shape")
        return
    for mid, update in updates.items():
        path = f"milestones.{mid}"
        milestone = declared.get(str(mid))
        if milestone is None:
            found.add("statement-unknown-milestone", path, "statement.problem.unknown_milestone",
                      value=mid, milestone=str(mid), action=spec.action.id,
                      known=", ".join(declared) or "-")
            continue
        if not isinstance(update, Mapping):
            found.add("statement-bad-milestones", path, "statement.problem.milestones_shape")
            continue
        status = str(update.get("status") or "").strip()
        if not status:
            found.add("statement-required", f"{path}.status", "statement.problem.required")
        elif status not in MILESTONE_STATES:
            found.add("statement-bad-milestone-status", f"{path}.status",
                      "statement.problem.bad_milestone_status", value=status, status=status,
                      choices=", ".join(MILESTONE_STATES))
        realised = _date(found, f"{path}.realised", update.get("realised"))
        if complete and status == "gereed" and realised is None and not update.get("realised"):
            found.add("statement-realised-required", f"{path}.realised",
                      "statement.problem.realised_required")
        explanation = str(update.get("explanation") or "").strip()
        late = (period is not None and milestone.planned_date() <= period.last_day()
                and status not in ("gereed", "vervallen", ""))
        if complete and not explanation and (status == "vertraagd" or late):
            found.add("statement-explanation-required", f"{path}.explanation",
                      "statement.problem.explanation_required",
                      planned=milestone.planned_date().strftime("%d-%m-%Y"))


def _date(found: _Found, path: str, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        found.add("statement-bad-date", path, "statement.problem.bad_date", value=value,
                  text=str(value))
        return None
