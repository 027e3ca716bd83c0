"""Checking submitted rows and storing them as versioned values: the one path for every upload,
bulk history load and the demo generator.

``ingest`` checks every row (all problems in one pass), compares with the values in effect, and
either records a rejected attempt or stores the accepted submission(s) in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

import polars as pl

from monitor.config import Config
from monitor.definitions import Definitions
from monitor.definitions.model import Measure
from monitor.errors import PeriodError
from monitor.intake.messages import problem
from monitor.intake.text import clean, org_code
from monitor.intake.values import Convention, Parsed, ValueProblem, file_convention, parse_value
from monitor.periods import Quarter, last_completed_quarter
from monitor.problems import Problem, ProblemList

COLUMNS = ("organisatie", "periode", "maatstaf", "waarde", "toelichting")
Status = Literal["accepted", "rejected", "valid", "duplicate"]


@dataclass(frozen=True)
class RawRow:
    """One row as submitted; ``row`` is the row number the user sees (header = row 1)."""

    row: int
    organisation: str
    period: str
    measure: str
    value: str
    note: str = ""
    typed: object = None  # a typed worksheet cell (number, date, bool), read as is


def normal_rows(rows: list[RawRow]) -> list[RawRow]:
    """``rows`` with their texts in NFC without invisible characters and organisation codes in
    upper case (``text``); the reader gives such rows, this is for rows made elsewhere."""

    def normal(r: RawRow) -> bool:
        return (r.organisation.isascii() and r.organisation == r.organisation.upper()
                and r.period.isascii() and r.measure.isascii() and r.value.isascii())

    if all(normal(r) for r in rows):
        return rows
    return [r if normal(r) else replace(
        r, organisation=org_code(r.organisation) or "", period=clean(r.period).strip(),
        measure=clean(r.measure).strip(), value=clean(r.value).strip(), note=clean(r.note))
        for r in rows]


@dataclass(frozen=True)
class Upload:
    """A file to ingest: its rows (None when read as columns only, ``frame``, see
    ``monitor.intake.columns``) and its bytes."""

    rows: list[RawRow] | None
    content: bytes
    file_name: str | None = None
    encoding: str | None = None
    separator: str | None = None
    frame: pl.DataFrame | None = None


@dataclass(frozen=True)
class Context:
    """What checking needs: definitions, the register (code -> type), config and today."""

    defs: Definitions
    org_types: dict[str, str]
    config: Config
    today: date = field(default_factory=date.today)
    lang: str = "nl"
    locked: dict[str, str] = field(default_factory=dict)  # quarter -> snapshot label

    def deadline(self, period: Quarter) -> date:
        return period.last_day() + timedelta(days=self.config["calendar.deadline_days"])


@dataclass
class Unit:
    """The rows of one organisation and quarter: one submission."""

    organisation: str
    period: Quarter
    values: list[tuple[RawRow, Measure, Parsed]] = field(default_factory=list)


@dataclass
class IntakeResult:
    status: Status
    problems: list[Problem]
    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "changed": 0, "unchanged": 0})
    submission_ids: list[int] = field(default_factory=list)
    changed_measures: list[str] = field(default_factory=list)
    rejection_id: int | None = None
    # the measure (as written in the file) of each row a problem is about: the report names it
    row_measures: dict[int, str] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]


def check_rows(
    rows: list[RawRow],
    ctx: Context,
    organisation: str | None = None,
    period: str | None = None,
    existing: set[tuple[str, str, str]] | None = None,
) -> tuple[dict[tuple[str, Quarter], Unit], ProblemList]:
    """Check every row; group the usable ones by organisation and quarter. ``existing`` holds the
    (organisation, period, measure) keys already in effect, which satisfy required measures."""
    problems = ProblemList()
    measures = ctx.defs.measures
    numeric = ("integer", "decimal", "percentage")
    convention: Convention | None = file_convention(
        [r.value for r in rows
         if r.typed is None and r.measure in measures and measures[r.measure].type in numeric]
    )
    expected_period = Quarter.parse(period) if period else None
    first, last = ctx.config.programme_start, min(last_completed_quarter(ctx.today),
                                                  ctx.config.programme_end)
    units: dict[tuple[str, Quarter], Unit] = {}
    seen: dict[tuple[str, str, str], int] = {}
    for r in rows:
        ok = True

        def err(code: str, column: str, value: str, r: RawRow = r, **params: object) -> None:
            problems.append(problem(code, ctx.lang, value=value, line=r.row, path=column, **params))

        org_type = ctx.org_types.get(r.organisation)
        if org_type is None:
            err("unknown-organisation", "organisatie", r.organisation)
            ok = False
        elif organisation and r.organisation != organisation:
            err("wrong-organisation", "organisatie", r.organisation, expected=organisation)
            ok = False
        try:
            q: Quarter | None = Quarter.parse(r.period)
        except PeriodError:
            err("bad-period", "periode", r.period)
            q, ok = None, False
        if q is not None:
            if expected_period and q != expected_period:
                err("wrong-period", "periode", r.period, expected=str(expected_period))
                ok = False
            elif q > last or q < first:
                err("period-not-open", "periode", str(q), first=str(first), last=str(last))
                ok = False
            elif str(q) in ctx.locked:
                err("period-locked", "periode", str(q), detail=ctx.locked[str(q)])
                ok = False
        m = measures.get(r.measure)
        if m is None:
            err("unknown-measure", "maatstaf", r.measure)
            continue
        if org_type and not m.applies_to(r.organisation, org_type):
            err("measure-not-applicable", "maatstaf", r.measure, organisation=r.organisation,
                type=org_type)
            ok = False
        key = (r.organisation, str(q) if q is not None else r.period, r.measure)
        if key in seen:
            err("duplicate-measure", "maatstaf", r.measure, other=seen[key])
            ok = False
        seen.setdefault(key, r.row)
        try:
            parsed = parse_value(r.value, m, convention, r.typed)
        except ValueProblem as exc:
            err(exc.code, "waarde", r.value, **{k: v for k, v in exc.params.items() if k != "value"})
            continue
        if parsed.state == "empty" and m.required:
            err("required-missing", "waarde", r.measure, organisation=r.organisation,
                period=r.period)
            ok = False
        if ok and q is not None:
            unit = units.setdefault((r.organisation, q), Unit(r.organisation, q))
            unit.values.append((r, m, parsed))
    _check_required(units, ctx, problems, rows, existing or set())
    return units, problems


def _check_required(
    units: dict, ctx: Context, problems: ProblemList, rows: list[RawRow],
    existing: set[tuple[str, str, str]],
) -> None:
    """A required measure must be in the file (any row, even one with another problem) or
    already in effect for that organisation and quarter."""
    present = defaultdict(set)
    for r in rows:
        try:
            present[(r.organisation, Quarter.parse(r.period))].add(r.measure)
        except PeriodError:
            continue
    for org, q in units:
        for m in ctx.defs.measures_for(org, ctx.org_types[org]):
            if m.required and m.id not in present[(org, q)] and (org, str(q), m.id) not in existing:
                problems.append(problem("required-missing", ctx.lang, value=m.id, organisation=org,
                                        period=str(q), path="maatstaf"))
