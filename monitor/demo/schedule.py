"""Submission behaviour: which organisation-quarters are missing (12.5 %, more early on and for
sloppy organisations), which arrive after the deadline, when each file is received, which values
are ten times too high (most corrected, some left in) and which submissions are resubmitted later
with one or two corrected values. Each quarter gives up to three files: on time, late,
corrections."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from monitor.definitions.model import Measure
from monitor.demo.common import NUMERIC, Value, clip, is_number, round_value
from monitor.demo.roles import Roles
from monitor.demo.world import World
from monitor.periods import Quarter

MISSING_SHARE = 0.125  # organisation-quarters without a submission
LATE_SHARE = 0.07  # submissions received after the deadline
CORRECTION_SHARE = 0.03  # submissions corrected by a later resubmission
OUTLIER_SHARE = 0.0015  # submissions with one value ten times too high

Unit = tuple[str, int]  # (organisation code, quarter index)


@dataclass
class Batch:
    """One file: the submissions of some organisations for one quarter, received together."""

    received_at: datetime
    period: Quarter
    label: str  # tijdig, nagekomen or correcties
    units: list[str]  # organisation codes
    correction: bool = False


@dataclass
class FilePlan:
    """The files to upload, in order of receipt, and what deviates from the generated values."""

    batches: list[Batch] = field(default_factory=list)
    outliers: dict[Unit, dict[str, Value]] = field(default_factory=dict)  # as first submitted
    corrections: dict[Unit, dict[str, tuple[Value, str]]] = field(default_factory=dict)  # value, note
    left_in: int = 0  # outliers never corrected


def plan_submissions(world: World) -> None:
    """Decide who submits (``world.submitted``), who is late (``world.late``) and the receipt
    days per quarter (``world.dates``: on time, late, corrections; None when after 'today')."""
    rng = world.rng
    today = world.ctx.today
    expected = [(c, qi) for qi in range(world.nq) for c, ms in world.org_measures.items() if ms]
    world.expected = len(expected)

    def pick(units: list[Unit], weight: Callable[[str, int], float], k: int) -> set[Unit]:
        """``k`` units drawn without replacement with probability by weight."""
        keyed = []
        for u in units:
            w = weight(*u)
            if w > 0:
                keyed.append((math.log(rng.random() or 1e-12) / w, u))
        keyed.sort(reverse=True)
        return {u for _, u in keyed[:k]}

    def early(qi: int) -> float:  # more missing and late at the start of the programme
        return 1.8 - 1.4 * world.progress(qi)

    missing = pick(expected, lambda c, qi: world.orgs[c].sloppiness * early(qi),
                   round(MISSING_SHARE * len(expected)))
    dates = []
    for q in world.quarters:
        deadline = world.ctx.deadline(q)
        on_time = max(deadline - timedelta(days=rng.randint(2, 9)),
                      min(deadline, q.last_day() + timedelta(days=1)))
        late = deadline + timedelta(days=rng.randint(4, 35))
        late_ok = late if late <= today else (today if today > deadline else None)
        fix = (late_ok or deadline) + timedelta(days=rng.randint(20, 50))
        dates.append((min(on_time, today), late_ok, fix if fix <= today else None))
    submitted = [u for u in expected if u not in missing]
    late_units = pick([u for u in submitted if dates[u[1]][1] is not None],
                      lambda c, qi: max(world.orgs[c].sloppiness, 0.2) * early(qi),
                      round(LATE_SHARE * len(submitted)))
    world.submitted = [set() for _ in world.quarters]
    world.late = [set() for _ in world.quarters]
    for c, qi in submitted:
        world.submitted[qi].add(c)
        if (c, qi) in late_units:
            world.late[qi].add(c)
    world.dates = dates


def plan_files(world: World) -> FilePlan:
    """Outliers, corrections and the files, drawn after the values are generated."""
    plan = FilePlan()
    submitted = [(c, qi) for qi in range(world.nq) for c in sorted(world.submitted[qi])]
    _plan_outliers(world, plan, submitted)
    _plan_corrections(world, plan, submitted)
    for qi, q in enumerate(world.quarters):
        on_time, late_day, fix_day = world.dates[qi]
        ontime = sorted(world.submitted[qi] - world.late[qi])
        late = sorted(world.late[qi])
        fixes = sorted(c for c, p in plan.corrections if p == qi)
        if ontime:
            plan.batches.append(Batch(_clock(world, on_time), q, "tijdig", ontime))
        if late and late_day is not None:
            plan.batches.append(Batch(_clock(world, late_day), q, "nagekomen", late))
        if fixes and fix_day is not None:
            plan.batches.append(Batch(_clock(world, fix_day), q, "correcties", fixes, True))
    plan.batches.sort(key=lambda b: (b.received_at, b.period))
    return plan


def _plan_outliers(world: World, plan: FilePlan, submitted: list[Unit]) -> None:
    """A stock value ten times too high, at least two quarters before the end; most corrected
    later, when a correction can still be received."""
    rng = world.rng
    eligible = [u for u in submitted if u[1] <= world.nq - 3]
    n_out = min(len(eligible), max(2, round(OUTLIER_SHARE * len(submitted))))
    for c, qi in sorted(rng.sample(eligible, n_out)):
        row = world.values[(c, qi)]
        options = [
            mid for mid, v in row.items()
            if (m := world.measures[mid]).type in ("integer", "decimal") and m.kind == "stock"
            and not m.organisations and not world.roles[mid].ratio
            and is_number(v) and v >= 1  # type: ignore[operator]
            and (m.high is None or 10 * v <= m.high)]  # type: ignore[operator]
        if not options:
            continue
        mid = rng.choice(options)
        plan.outliers[(c, qi)] = {mid: row[mid] * 10}  # type: ignore[operator]
        if rng.random() < 0.7 and world.dates[qi][2] is not None:
            plan.corrections[(c, qi)] = {mid: (row[mid], "correctie: waarde was tien keer "
                                               "te hoog (tikfout)")}
        else:
            plan.left_in += 1


def _plan_corrections(world: World, plan: FilePlan, submitted: list[Unit]) -> None:
    """Ordinary corrections: one or two values changed in a later resubmission."""
    rng = world.rng
    fixable = [u for u in submitted if world.dates[u[1]][2] is not None and u not in plan.outliers]
    for c, qi in sorted(rng.sample(fixable, min(len(fixable), round(CORRECTION_SHARE * len(submitted))))):
        row = world.values[(c, qi)]
        options = [mid for mid, v in row.items() if world.measures[mid].type in NUMERIC
                   and is_number(v) and v >= 2]  # type: ignore[operator]
        change = {}
        for mid in rng.sample(options, min(len(options), rng.choice((1, 1, 2)))):
            m = world.measures[mid]
            new = _nudge(world, m, float(row[mid]), world.roles[mid])  # type: ignore[arg-type]
            if new is not None:
                change[mid] = (round_value(m, new, world.orgs[c]), "correctie na controle")
        if change:
            plan.corrections[(c, qi)] = change


def _nudge(world: World, m: Measure, v: float, roles: Roles) -> float | None:
    """A slightly different value (a correction); up for denominators, down for numerators."""
    rng = world.rng
    sign = 1 if roles.denominator else -1 if roles.ratio else rng.choice((-1, 1))
    step = max(1.0, abs(v) * rng.uniform(0.05, 0.2))
    if m.type == "decimal":
        step = max(0.1, round(abs(v) * rng.uniform(0.05, 0.2), 1))
    for s in (sign, -sign):
        new = clip(v + s * step, m)
        new = round(new) if m.type == "integer" else round(new, 1)
        if new != v and not (roles.ratio and s > 0) and not (roles.denominator and s < 0):
            return new
    return None


def _clock(world: World, day: date) -> datetime:
    """A time of receipt on ``day`` during office hours."""
    return datetime.combine(day, time(world.rng.randint(8, 17), world.rng.randint(0, 59)))
