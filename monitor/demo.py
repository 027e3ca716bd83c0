"""Deterministic demo data: realistic quarterly submissions for every organisation in the register,
loaded only through the normal intake path (:func:`monitor.intake.ingest.ingest`).

Everything follows from the definitions and one ``random.Random(config["demo.seed"])``:

- *Organisations* get a size (staff, from a hash of the code; the largest few fixed), a speed
  (ministeries, provincies and agencies fast, small gemeenten slow, plus noise) and a sloppiness
  (how often they miss a quarter or submit late), and a few writing habits (``n.v.t.``, ``1.234``,
  ``45%``).
- *Indicators* get a target band (behaald, op koers, risico, achter; shuffled so that every band
  occurs) and from it a momentum ``mu``: the national level follows
  ``baseline + mu(q) * (planned(q) - baseline)``, where ``mu(q)`` drifts from 1 at the programme
  start to ``mu`` at the last generated quarter. So the trajectories start on plan and end at
  different fractions of their targets: the status at the last quarter is mostly the band
  (medians of optional measures and small whole numbers may land elsewhere). Indicators of an
  action with a milestone stay at their baseline until the milestone is reached.
- *Measures* are generated so that the indicators using them follow those levels. Per measure
  the organisations are ranked by speed (plus noise). Adoption (booleans, ordered choices, where
  the order of ``choices`` is the progression, and numeric conditions such as ``>= 80``) goes down
  that ranking as far as the level of the share or count requires; sums are spread over the
  participating organisations by size, cumulative flows are allocated per quarter, ratio numerators
  follow their denominators at the level's rate, means and medians scale a per-organisation
  factor, milestone dates lie near the planned date (one a few quarters late). Optional measures
  are filled in only when they apply (``n.v.t.`` or empty otherwise).
- *Submissions*: 12.5 % of organisation-quarters are missing (more early on and for small
  gemeenten), some arrive after the deadline, a few are resubmitted later with one or two
  corrected values, and a few values are ten times too high (most corrected, some left in).

Each quarter gives up to three files (on time, late, corrections), each a real CSV in the
submission format, ingested as one bulk upload in order of receipt.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import random
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from statistics import NormalDist, median

from monitor.compute.trajectory import planned_value
from monitor.definitions.model import Condition, Indicator, Measure
from monitor.errors import UsageError
from monitor.intake.core import COLUMNS, Context, RawRow, Upload
from monitor.intake.ingest import ingest
from monitor.intake.values import file_convention
from monitor.periods import Quarter, last_completed_quarter, quarter_range
from monitor.store import Store

MISSING_SHARE = 0.125  # organisation-quarters without a submission
LATE_SHARE = 0.07  # submissions received after the deadline
CORRECTION_SHARE = 0.03  # submissions corrected by a later resubmission
OUTLIER_SHARE = 0.0015  # submissions with one value ten times too high
BANDS = ("op_koers", "risico", "achter", "behaald", "op_koers", "risico", "achter", "op_koers")
NUMERIC = ("integer", "decimal", "percentage")

# staff (persons) per type: median, spread (sigma of the log), lower and upper bound
_STAFF = {
    "gemeente": (420, 0.75, 60, 20000),
    "provincie": (1100, 0.35, 500, 2500),
    "waterschap": (650, 0.4, 250, 1500),
    "ministerie": (4000, 0.9, 800, 40000),
    "uitvoeringsorganisatie": (1200, 1.1, 40, 8000),
    "koepel": (200, 0.6, 40, 600),
}
_STAFF_FIXED = {"GM0363": 17500, "GM0599": 13500, "GM0518": 9800, "GM0344": 5800, "DEF": 72000}
_SPEED = {"ministerie": 0.72, "provincie": 0.7, "uitvoeringsorganisatie": 0.66, "koepel": 0.6,
          "waterschap": 0.52, "gemeente": 0.26}
_SLOPPY = {"ministerie": 0.45, "provincie": 0.4, "uitvoeringsorganisatie": 0.5, "koepel": 0.9,
           "waterschap": 0.6, "gemeente": 1.0}


class _NotApplicable:
    def __repr__(self) -> str:
        return "n.v.t."


NVT = _NotApplicable()
Value = bool | int | float | str | date | _NotApplicable | None


@dataclass
class DemoSummary:
    """What :func:`build_demo` loaded."""

    submissions: int = 0  # accepted submissions (organisation-quarter versions), corrections included
    missing: int = 0  # expected organisation-quarters without any submission
    late: int = 0  # first submissions received after the deadline
    corrections: int = 0  # resubmissions with corrected values
    values: int = 0  # value versions stored
    expected: int = 0  # organisation-quarters that should have been submitted
    files: int = 0  # uploaded files (one ingest each)
    outliers: int = 0  # values ten times too high
    outliers_left: int = 0  # ... of which never corrected
    quarters: str = ""

    @property
    def missing_share(self) -> float:
        return self.missing / self.expected if self.expected else 0.0

    def __str__(self) -> str:
        return (
            f"demo data {self.quarters}: {self.submissions} submissions in {self.files} "
            f"file{'' if self.files == 1 else 's'} "
            f"({self.late} late, {self.corrections} corrections), {self.values} values; "
            f"{self.missing} of {self.expected} organisation-quarters missing "
            f"({100 * self.missing_share:.1f} %); {self.outliers} outliers "
            f"({self.outliers_left} left uncorrected)"
        )


@dataclass
class _Org:
    code: str
    type: str
    staff: int
    size: float  # percentile of staff within the type
    speed: float
    sloppiness: float
    writes_nvt: bool
    groups_thousands: bool
    whole_decimals: bool
    percent_sign: bool
    percent_decimals: bool
    estimates: bool


@dataclass
class _Roles:
    """How the indicators use one measure."""

    stages: list[tuple[int, Indicator]] = field(default_factory=list)  # share/count: stage >= j
    amount: Indicator | None = None  # sum, latest, cumulative, mean or median
    ratio: Indicator | None = None  # the measure is the numerator
    denominator: bool = False
    milestone: Indicator | None = None


@dataclass
class _Batch:
    received_at: datetime
    period: Quarter
    label: str
    units: list[str]  # organisation codes
    correction: bool = False


def _hash_unit(*parts: str) -> float:
    """A number in (0, 1) that depends only on the parts (stable across seeds and runs)."""
    digest = hashlib.sha256(":".join(parts).encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") + 0.5) / 2**64


def _clip(v: float, m: Measure) -> float:
    lo, hi = m.low, m.high
    if lo is not None:
        v = max(v, lo)
    if hi is not None:
        v = min(v, hi)
    return v


def _stage_of(cond: Condition | None, m: Measure) -> int | None:
    """The stage ``j`` such that 'meets the condition' means 'stage >= j' (1 for booleans and
    numeric conditions); None when the condition gives no adoption to steer."""
    if m.type == "boolean":
        return 1 if cond is None or cond.value in (True, 1, "ja", "true") else None
    if cond is None:
        return None
    if m.type == "choice":
        choices = m.choices or []
        if cond.op == "in" and isinstance(cond.value, list):
            idx = [choices.index(v) for v in cond.value if v in choices]
            return min(idx) if idx and min(idx) > 0 else None
        if cond.op == "=" and cond.value in choices:
            return choices.index(cond.value) or None  # type: ignore[arg-type]
        if cond.op == "!=" and choices and cond.value == choices[0]:
            return 1
        return None
    if m.type in NUMERIC and isinstance(cond.value, int | float) and not isinstance(cond.value, bool):
        return 1
    return None


def _satisfy(v: float, cond: Condition, meets: bool, m: Measure) -> float:
    """``v`` moved just far enough to meet (or not meet) the numeric condition."""
    c = float(cond.value)  # type: ignore[arg-type]
    step = 0.1 if m.type == "decimal" else 1.0
    if cond.op in (">", ">="):
        least = c if cond.op == ">=" else c + step
        v = max(v, least) if meets else min(v, least - step)
    elif cond.op in ("<", "<="):
        most = c if cond.op == "<=" else c - step
        v = min(v, most) if meets else max(v, most + step)
    elif cond.op == "=":
        v = c if meets else (v if v != c else c + step)
    elif cond.op == "!=":
        v = (v if v != c else c + step) if meets else c
    return _clip(v, m)


class _Generator:
    def __init__(self, ctx: Context, until: Quarter):
        self.ctx = ctx
        self.config = ctx.config
        self.rng = random.Random(ctx.config["demo.seed"])
        self.start = ctx.config.programme_start
        self.until = until
        self.quarters = quarter_range(self.start, until)
        self.nq = len(self.quarters)
        self.measures = ctx.defs.measures
        self.indicators = ctx.defs.indicators
        self.org_measures = {
            code: ctx.defs.measures_for(code, ctx.org_types[code]) for code in sorted(ctx.org_types)}
        self.reporters = {
            mid: [c for c, ms in self.org_measures.items() if any(x.id == mid for x in ms)]
            for mid in self.measures}
        self.sole = {c for m in self.measures.values() for c in (m.organisations or [])}
        self.orgs = self._profiles()
        self.values: dict[tuple[str, int], dict[str, Value]] = {
            (c, qi): {} for c, ms in self.org_measures.items() if ms for qi in range(self.nq)}
        self.notes: dict[tuple[str, int, str], str] = {}
        self.submitted: list[set[str]] = []
        self.late: list[set[str]] = []
        self.batches: list[_Batch] = []
        self.outliers: dict[tuple[str, int], dict[str, Value]] = {}
        self.corrections: dict[tuple[str, int], dict[str, tuple[Value, str]]] = {}
        self.left_in = 0
        self.expected = 0
        self.dates: list[tuple[date, date | None, date | None]] = []  # on time, late, corrections
        self.rank: dict[str, dict[str, float]] = {}  # measure -> code -> 0 (first) .. 1 (last)
        self.weight: dict[str, dict[str, float]] = {}  # measure -> code -> size weight
        self.achieved: dict[tuple[str, str], date] = {}  # (code, measure) -> milestone date
        self.bands: dict[str, str] = {}
        self.level: dict[str, list[float]] = {}  # indicator -> national level per quarter
        self.roles: dict[str, _Roles] = {}
        self.falling: set[str] = set()  # measures that should go down

    # ----- organisations and measures -------------------------------------------------------

    def _profiles(self) -> dict[str, _Org]:
        nd = NormalDist()
        staff: dict[str, int] = {}
        for code, t in sorted(self.ctx.org_types.items()):
            med, sigma, lo, hi = _STAFF.get(t, (500, 0.7, 20, 20000))
            guess = med * math.exp(sigma * nd.inv_cdf(_hash_unit("staff", code)))
            staff[code] = _STAFF_FIXED.get(code) or int(min(hi, max(lo, guess)))
        peers: dict[str, list[int]] = defaultdict(list)
        for code, t in self.ctx.org_types.items():
            peers[t].append(staff[code])
        for t in peers:
            peers[t].sort()
        orgs = {}
        rng = self.rng
        for code, t in sorted(self.ctx.org_types.items()):
            size = (bisect_left(peers[t], staff[code]) + 0.5) / len(peers[t])
            speed = _SPEED.get(t, 0.5) + (0.35 if t == "gemeente" else 0.1) * size + rng.gauss(0, 0.08)
            sloppy = _SLOPPY.get(t, 0.8) * ((1.5 - size) if t == "gemeente" else 1.0)
            sloppy *= rng.lognormvariate(0, 0.5)
            orgs[code] = _Org(
                code, t, staff[code], size, speed, 0.0 if code in self.sole else sloppy,
                writes_nvt=rng.random() < 0.3, groups_thousands=rng.random() < 0.25,
                whole_decimals=rng.random() < 0.4, percent_sign=rng.random() < 0.2,
                percent_decimals=rng.random() < 0.15, estimates=rng.random() < 0.05)
        return orgs

    def _roles(self) -> dict[str, _Roles]:
        roles = {mid: _Roles() for mid in self.measures}
        for ind in self.indicators.values():
            c = ind.compute
            if c.kind == "ratio":
                roles[c.numerator].ratio = roles[c.numerator].ratio or ind
                roles[c.denominator].denominator = True
            elif c.kind == "milestone":
                roles[c.measure].milestone = roles[c.measure].milestone or ind
            elif c.kind in ("share", "count"):
                j = _stage_of(c.condition, self.measures[c.measure])
                if j is not None:
                    roles[c.measure].stages.append((j, ind))
            else:
                r = roles[c.measure]
                if r.amount is None or (c.kind == "cumulative" and r.amount.compute.kind != "cumulative"):
                    r.amount = ind
        return roles

    def _progress(self, qi: int) -> float:
        """Fraction of the programme elapsed at quarter index ``qi``."""
        span = max(1, self.config.programme_end - self.start)
        return min(1.0, (self.quarters[qi] - self.start) / span)

    def _population(self, ind: Indicator, m: Measure) -> list[str]:
        types = set(self.ctx.defs.covers(ind))
        return [c for c in self.reporters[m.id] if self.orgs[c].type in types]

    # ----- submission behaviour -------------------------------------------------------------

    def _plan_submissions(self) -> None:
        rng = self.rng
        today = self.ctx.today
        expected = [(c, qi) for qi in range(self.nq) for c, ms in self.org_measures.items() if ms]
        self.expected = len(expected)

        def pick(units: list[tuple[str, int]], weight: Callable[[str, int], float], k: int) -> set:
            keyed = []
            for u in units:
                w = weight(*u)
                if w > 0:
                    keyed.append((math.log(rng.random() or 1e-12) / w, u))
            keyed.sort(reverse=True)
            return {u for _, u in keyed[:k]}

        def early(qi: int) -> float:  # more missing and late at the start of the programme
            return 1.8 - 1.4 * self._progress(qi)

        missing = pick(expected, lambda c, qi: self.orgs[c].sloppiness * early(qi),
                       round(MISSING_SHARE * len(expected)))
        dates = []
        for q in self.quarters:
            deadline = self.ctx.deadline(q)
            on_time = max(deadline - timedelta(days=rng.randint(2, 9)),
                          min(deadline, q.last_day() + timedelta(days=1)))
            late = deadline + timedelta(days=rng.randint(4, 35))
            late_ok = late if late <= today else (today if today > deadline else None)
            fix = (late_ok or deadline) + timedelta(days=rng.randint(20, 50))
            dates.append((min(on_time, today), late_ok, fix if fix <= today else None))
        submitted = [u for u in expected if u not in missing]
        late = pick([u for u in submitted if dates[u[1]][1] is not None],
                    lambda c, qi: max(self.orgs[c].sloppiness, 0.2) * early(qi),
                    round(LATE_SHARE * len(submitted)))
        self.submitted = [set() for _ in self.quarters]
        self.late = [set() for _ in self.quarters]
        for c, qi in submitted:
            self.submitted[qi].add(c)
            if (c, qi) in late:
                self.late[qi].add(c)
        self.dates = dates

    def _clock(self, day: date) -> datetime:
        return datetime.combine(day, time(self.rng.randint(8, 17), self.rng.randint(0, 59)))

    # ----- indicator levels -----------------------------------------------------------------

    def _milestones(self, roles: dict[str, _Roles]) -> dict[str, int]:
        """Achieved dates of milestone measures, near the planned date and one a few quarters
        late; returns action id -> first quarter index with the milestone achieved (the other
        indicators of that action start then)."""
        inds = sorted({r.milestone.id for r in roles.values() if r.milestone})
        late_one = self.rng.choice(inds) if inds else None
        gates = {}
        for iid in inds:
            ind = self.indicators[iid]
            m = self.measures[ind.compute.measure]  # type: ignore[union-attr]
            planned: date = ind.compute.planned  # type: ignore[union-attr]
            pop = self.reporters[m.id]
            for c in pop:
                if len(pop) == 1:
                    shift = -self.rng.uniform(0, 30)
                    if iid == late_one:
                        shift = self.rng.randint(2, 3) * 91 + self.rng.uniform(-20, 20)
                else:
                    shift = (self.rank[m.id][c] - 0.35) * 500
                self.achieved[(c, m.id)] = planned + timedelta(days=round(shift))
            if len(pop) == 1:
                day = self.achieved[(pop[0], m.id)]
                gate = next((qi for qi, q in enumerate(self.quarters) if q.last_day() >= day),
                            self.nq)
                gates[self.ctx.defs.action_of(iid).id] = gate
        return gates

    def _momentum(self, ind: Indicator, band: str) -> float:
        b, f = ind.baseline.value, ind.final_target.value
        p = planned_value(ind, self.until)
        if p is None or p == b:
            return 1.0
        reach = (f - b) / (p - b)  # momentum at which the final target is met at `until`
        if band == "behaald":
            return min(3.0, max(1.05, reach * 1.08))
        if band == "op_koers":
            return min(1.0, (1 + reach) / 2 - 0.01)
        return 0.8 if band == "risico" else 0.5

    def _levels(self, gates: dict[str, int]) -> None:
        inds = sorted(i for i, ind in self.indicators.items() if ind.compute.kind != "milestone")
        order = inds[:]
        self.rng.shuffle(order)
        self.bands = {iid: BANDS[k % len(BANDS)] for k, iid in enumerate(order)}
        for iid in inds:
            ind = self.indicators[iid]
            mu = self._momentum(ind, self.bands[iid])
            gate = gates.get(self.ctx.defs.action_of(iid).id)
            b, up = ind.baseline.value, ind.direction == "up"
            out: list[float] = []
            for qi, q in enumerate(self.quarters):
                p = planned_value(ind, q)
                t = qi / max(1, self.nq - 1)
                v = b + (1 + (mu - 1) * t ** 0.8) * ((b if p is None else p) - b)
                if gate is not None and qi < gate:
                    v = b
                if out:
                    v = max(v, out[-1]) if up else min(v, out[-1])
                out.append(v)
            self.level[iid] = out

    # ----- measures -------------------------------------------------------------------------

    def generate(self) -> None:
        self._plan_submissions()
        rng = self.rng
        for mid in self.measures:
            codes = self.reporters[mid]
            keys = sorted(((self.orgs[c].speed + rng.gauss(0, 0.1), c) for c in codes), reverse=True)
            self.rank[mid] = {c: (i + 0.5) / len(codes) for i, (_, c) in enumerate(keys)}
            self.weight[mid] = {c: self.orgs[c].staff ** 0.7 * rng.lognormvariate(0, 0.35)
                                for c in codes}
        self.roles = roles = self._roles()
        self.falling = {ind.compute.measures()[0] for ind in self.indicators.values()
                        if ind.direction == "down"}  # for a ratio: the numerator
        self._levels(self._milestones(roles))
        first = [m for m in self.measures.values() if not roles[m.id].ratio and m.required]
        second = [m for m in self.measures.values() if roles[m.id].ratio and m.required]
        last = [m for m in self.measures.values() if not m.required]
        for m in first + second + last:
            if not self.reporters[m.id]:
                continue
            r = roles[m.id]
            if m.type in ("boolean", "choice"):
                self._gen_stages(m, r)
            elif m.type == "date":
                self._gen_date(m, r)
            else:
                self._gen_numeric(m, r)
            if not m.required:
                self._blank_not_applicable(m)
        self._notes()

    def _thresholds(self, m: Measure, r: _Roles) -> list[dict[int, float]]:
        """Per quarter: stage j -> the rank below which organisations are at stage >= j."""
        out: list[dict[int, float]] = []
        prev: dict[tuple[int, str], float] = {}
        for qi in range(self.nq):
            cons: dict[int, float] = {}
            for j, ind in r.stages:
                pop = self._population(ind, m)
                counted = pop if ind.missing == "carry_forward" else [
                    c for c in pop if c in self.submitted[qi]]
                ranks = sorted(self.rank[m.id][c] for c in counted)
                level = self.level[ind.id][qi]
                if ind.compute.kind == "share":
                    k = round(level / 100 * (len(pop) if ind.missing == "zero" else len(counted)))
                else:
                    k = round(level)
                k = max(0, min(k, len(ranks)))
                t = 0.0 if k == 0 else 1.0 if k == len(ranks) else (ranks[k - 1] + ranks[k]) / 2
                if ind.direction == "up":
                    t = max(t, prev.get((j, ind.id), 0.0))
                prev[(j, ind.id)] = t
                cons[j] = max(cons.get(j, 0.0), t)
            if not cons:
                cons = {1: 0.1 + 0.6 * self._progress(qi)}
            out.append(cons)
        return out

    @staticmethod
    def _fill_stages(n: int, cons: dict[int, float]) -> list[float]:
        """Thresholds for every stage 1..n-1 from the constrained ones; lower stages reach more
        organisations, higher stages fewer; never increasing with the stage."""
        js = sorted(cons)
        lo, hi = js[0], js[-1]
        t = [2.0] * n
        for j in range(1, n):
            if j in cons:
                t[j] = cons[j]
            elif j < lo:
                t[j] = cons[lo] + (1 - cons[lo]) * (lo - j) / lo * 0.6
            elif j > hi:
                t[j] = cons[hi] * 0.45 ** (j - hi)
            else:
                a = max(x for x in js if x < j)
                b = min(x for x in js if x > j)
                t[j] = cons[a] + (cons[b] - cons[a]) * (j - a) / (b - a)
        for j in range(n - 2, 0, -1):
            t[j] = max(t[j], t[j + 1])
        return t

    def _gen_stages(self, m: Measure, r: _Roles) -> None:
        n = len(m.choices or []) if m.type == "choice" else 2
        for qi, cons in enumerate(self._thresholds(m, r)):
            t = self._fill_stages(n, cons)
            for c in self.reporters[m.id]:
                rank = self.rank[m.id][c]
                stage = next((j for j in range(n - 1, 0, -1) if rank < t[j]), 0)
                self.values[(c, qi)][m.id] = (
                    stage >= 1 if m.type == "boolean" else (m.choices or [])[stage])

    def _gen_date(self, m: Measure, r: _Roles) -> None:
        for c in self.reporters[m.id]:
            day = self.achieved.get((c, m.id))
            if day is None:  # a date measure without milestone: some date in the programme
                first = self.start.first_day()
                span = (self.config.programme_end.last_day() - first).days
                day = first + timedelta(days=round(self.rank[m.id][c] * span))
            for qi, q in enumerate(self.quarters):
                done = day <= q.last_day()
                self.values[(c, qi)][m.id] = day if done else (None if not m.required else NVT)

    def _gen_numeric(self, m: Measure, r: _Roles) -> None:
        stage = next(((j, ind) for j, ind in r.stages), None)
        adopt: list[dict[str, bool]] | None = None
        if stage is not None:
            adopt = [{c: self.rank[m.id][c] < cons[1] for c in self.reporters[m.id]}
                     for cons in self._thresholds(m, _Roles(stages=[stage]))]
        amount = r.amount
        exact = False  # the values add up to the level exactly: no smoothing afterwards
        if r.ratio is not None:
            vals = self._gen_ratio(m, r.ratio)
        elif m.kind == "flow" and amount is not None and amount.compute.kind == "cumulative":
            vals = self._gen_cumulative(m, amount)
        elif m.kind == "flow":
            vals = self._gen_flow(m)
        elif amount is not None and amount.compute.kind in ("sum", "latest"):
            vals = self._gen_totals(m, amount, adopt)
            exact = True
        elif amount is not None and amount.compute.kind in ("mean", "median"):
            vals = self._gen_typical(m, amount)
        elif m.type == "percentage":
            vals = self._gen_percent(m, adopt, stage[1].compute.condition if stage else None)
        elif m.unit == "medewerkers":
            vals = self._gen_staff(m)
        else:
            vals = self._gen_default(m, adopt)
        cond = stage[1].compute.condition if stage else None
        rising = m.kind == "stock" and m.required and m.id not in self.falling and not exact
        den = r.ratio.compute.denominator if r.ratio else None  # type: ignore[union-attr]
        for c in self.reporters[m.id]:
            prev = None
            for qi in range(self.nq):
                v = _clip(vals[(c, qi)], m)
                if rising and prev is not None and v < prev and self.rng.random() < 0.95:
                    v = prev  # a stock mostly grows
                limit = self.values[(c, qi)].get(den) if den else None
                if isinstance(limit, int | float) and not isinstance(limit, bool):
                    v = min(v, limit)  # a part never exceeds its whole
                if cond is not None and adopt is not None:
                    v = _satisfy(v, cond, adopt[qi][c], m)
                prev = v
                self.values[(c, qi)][m.id] = self._round(m, v, self.orgs[c])

    def _gen_staff(self, m: Measure) -> dict[tuple[str, int], float]:
        """Staff numbers: a slow random walk upwards (now and then a reorganisation)."""
        out: dict[tuple[str, int], float] = {}
        for c in self.reporters[m.id]:
            v = float(self.orgs[c].staff)
            for qi in range(self.nq):
                step = self.rng.gauss(-0.02, 0.01) if self.rng.random() < 0.03 else abs(
                    self.rng.gauss(0.004, 0.004))
                v *= 1 + (step if qi else 0.0)
                out[(c, qi)] = v
        return out

    @staticmethod
    def _round(m: Measure, v: float, org: _Org) -> int | float:
        if m.type == "integer":
            return round(v)
        if m.type == "percentage" and not org.percent_decimals:
            return float(round(v))
        return round(v, 1)

    def _counted(self, ind: Indicator, m: Measure, qi: int, codes: list[str]) -> list[str]:
        if ind.missing == "carry_forward" or ind.compute.kind == "latest":
            return codes
        return [c for c in codes if c in self.submitted[qi]]

    def _gen_ratio(self, m: Measure, ind: Indicator) -> dict[tuple[str, int], float]:
        """Numerator = rate x denominator, with rates that give the indicator's level overall
        (advanced organisations higher when up is better)."""
        den = ind.compute.denominator  # type: ignore[union-attr]
        factor = float(ind.compute.factor)  # type: ignore[union-attr]
        codes = [c for c in self.reporters[m.id] if c in set(self.reporters[den])]
        up = ind.direction == "up"
        g = {c: (1.3 - 0.6 * self.rank[m.id][c]) if up else (0.7 + 0.6 * self.rank[m.id][c])
             for c in codes}
        out: dict[tuple[str, int], float] = {}
        for qi in range(self.nq):
            target = max(0.0, self.level[ind.id][qi] / factor)
            dens = {c: self.values[(c, qi)].get(den) for c in codes}
            dens = {c: float(d) for c, d in dens.items() if isinstance(d, int | float)}
            counted = [c for c in self._counted(ind, m, qi, codes) if c in dens]
            total = sum(dens[c] for c in counted)
            raw = sum(dens[c] * target * g[c] for c in counted)
            scale = target * total / raw if raw else 1.0
            for c in codes:
                d = dens.get(c, 0.0)
                rate = min(1.0, max(0.0, target * g[c] * scale))
                if m.kind == "flow":
                    out[(c, qi)] = sum(self.rng.random() < rate for _ in range(int(d)))
                else:
                    out[(c, qi)] = d * rate
        return out

    def _allocate(self, n: int, eligible: list[str], weights: dict[str, float],
                  hi: float | None) -> dict[str, int]:
        counts = dict.fromkeys(eligible, 0)
        if n <= 0 or not eligible:
            return counts
        for c in self.rng.choices(eligible, weights=[weights[c] for c in eligible], k=n):
            counts[c] += 1
        if hi is not None:
            cap = int(hi)
            spare = sum(max(0, v - cap) for v in counts.values())
            for c in eligible:
                counts[c] = min(counts[c], cap)
            for c in sorted(eligible, key=lambda x: -weights[x]):
                give = min(spare, cap - counts[c])
                counts[c] += give
                spare -= give
        return counts

    def _gen_cumulative(self, m: Measure, ind: Indicator) -> dict[tuple[str, int], float]:
        """Per quarter the increase of the cumulative level, spread over the organisations that
        submit (bigger and more advanced organisations more often)."""
        codes = self._population(ind, m)
        weights = {c: self.weight[m.id][c] * (1.5 - self.rank[m.id][c]) for c in codes}
        out: dict[tuple[str, int], float] = {}
        done = 0
        for qi in range(self.nq):
            goal = max(0, round(self.level[ind.id][qi]))
            eligible = [c for c in codes if c in self.submitted[qi]]
            counts = self._allocate(goal - done, eligible, weights, m.high)
            done += sum(counts.values())
            for c in self.reporters[m.id]:
                out[(c, qi)] = counts.get(c, 0)
        return out

    def _poisson(self, lam: float) -> int:
        if lam <= 0:
            return 0
        if lam > 30:
            return max(0, round(self.rng.gauss(lam, math.sqrt(lam))))
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                return k
            k += 1

    def _gen_flow(self, m: Measure) -> dict[tuple[str, int], float]:
        """A flow without an indicator level: counts growing over time with organisation size."""
        codes = self.reporters[m.id]
        mean_w = sum(self.weight[m.id].values()) / len(codes)
        base = max(0.5, (m.high or 100) ** 0.3 / 5)
        return {(c, qi): self._poisson(base * self.weight[m.id][c] / mean_w
                                       * (0.6 + 0.8 * self._progress(qi)))
                for c in codes for qi in range(self.nq)}

    def _gen_totals(self, m: Measure, ind: Indicator,
                    adopt: list[dict[str, bool]] | None) -> dict[tuple[str, int], float]:
        """A stock whose sum (or latest sum) is the level: spread over the participating
        organisations by size; newcomers ramp up over a few quarters."""
        codes = self.reporters[m.id]
        b, f = ind.baseline.value, ind.final_target.value
        joined: dict[str, int] = {}
        out: dict[tuple[str, int], float] = {}
        for qi in range(self.nq):
            level = self.level[ind.id][qi]
            if adopt is not None:
                part = [c for c in codes if adopt[qi][c]]
            elif len(codes) <= 3:
                part = codes
            else:  # organisations join as the total grows, so that each one's amount grows
                p = 0.15 + 0.85 * min(1.0, max(0.0, level / max(b, f, 1e-9)))
                part = [c for c in codes if self.rank[m.id][c] < p]
            for c in part:
                joined.setdefault(c, qi)
            ramp = {c: min(1.0, 0.4 + 0.3 * (qi - joined[c])) for c in part}
            counted = self._counted(ind, m, qi, part)
            mass = sum(self.weight[m.id][c] * ramp[c] for c in counted)
            for c in codes:
                share = self.weight[m.id][c] * ramp[c] / mass if c in ramp and mass else 0.0
                out[(c, qi)] = level * share
        return out

    def _gen_typical(self, m: Measure, ind: Indicator) -> dict[tuple[str, int], float]:
        """A stock whose mean or median is the level: a fixed factor per organisation (size for
        a mean), normalised over the organisations counted, with a little noise."""
        codes = self._population(ind, m) or self.reporters[m.id]
        power = 1.0 if ind.compute.kind == "mean" else 0.2
        fac = {c: self.weight[m.id][c] ** power for c in self.reporters[m.id]}
        noise = 0.03 if m.required else 0.25
        out: dict[tuple[str, int], float] = {}
        for qi in range(self.nq):
            counted = self._counted(ind, m, qi, codes) or codes
            vals = [fac[c] for c in counted]
            norm = (sum(vals) / len(vals)) if ind.compute.kind == "mean" else median(vals)
            for c in self.reporters[m.id]:
                v = self.level[ind.id][qi] * fac[c] / norm
                out[(c, qi)] = v * self.rng.lognormvariate(0, noise)
        return out

    def _gen_percent(self, m: Measure, adopt: list[dict[str, bool]] | None,
                     cond: Condition | None) -> dict[tuple[str, int], float]:
        """A percentage per organisation that rises as the adoption threshold passes it: those
        above the threshold meet the condition value, the rest approach it."""
        lo, hi = m.low or 0.0, m.high or 100.0
        c_val = (lo + hi) / 2
        if cond is not None and isinstance(cond.value, int | float):
            c_val = float(cond.value)
        out: dict[tuple[str, int], float] = {}
        for qi in range(self.nq):
            ranks = self.rank[m.id]
            inside = sorted(ranks[c] for c in ranks if adopt and adopt[qi][c])
            t = (inside[-1] + 1e-9) if inside else (0.0 if adopt else 0.1 + 0.6 * self._progress(qi))
            for c in self.reporters[m.id]:
                r = ranks[c]
                if r < t:
                    v = c_val + (hi - c_val) * min(1.0, (t - r) / max(t, 0.05) * 1.4)
                else:
                    v = (c_val - lo) * (1 - min(1.0, (r - t) / max(1 - t, 0.05))) ** 1.2 + lo
                out[(c, qi)] = v
        return out

    def _gen_default(self, m: Measure,
                     adopt: list[dict[str, bool]] | None) -> dict[tuple[str, int], float]:
        """A stock without a level: size-based amounts growing over the programme; zero for
        organisations that do not (yet) take part."""
        codes = self.reporters[m.id]
        mid_w = median(self.weight[m.id][c] for c in codes)
        hi = m.high or 100
        scale = hi ** 0.3 if hi > 1000 else max(1.0, hi ** 0.3 / 2)
        return {(c, qi): (0.0 if adopt is not None and not adopt[qi][c] else
                          scale * (self.weight[m.id][c] / mid_w) ** 0.6
                          * (0.5 + 0.5 * self._progress(qi)) * self.rng.lognormvariate(0, 0.03))
                for c in codes for qi in range(self.nq)}

    def _companion(self, m: Measure) -> Measure | None:
        """For an optional measure: the measure of the same action that says whether it applies
        (an ordered choice: applies from its second stage; a flow: applies after a non-zero
        quarter)."""
        action = next(a for a in self.ctx.defs.actions if any(x.id == m.id for x in a.spec.measures))
        for other in action.spec.measures:
            if other.id == m.id or other.organisations or not set(m.reporters) <= set(other.reporters):
                continue
            if other.type == "choice" or (other.kind == "flow" and other.type == "integer"):
                return other
        return None

    def _blank_not_applicable(self, m: Measure) -> None:
        """Optional numeric measures apply only sometimes; elsewhere n.v.t. or empty."""
        if m.type not in NUMERIC:
            return
        comp = self._companion(m)
        for c in self.reporters[m.id]:
            nice = 0.05 + 0.9 * _hash_unit("fraction", c, m.id)
            for qi in range(self.nq):
                row = self.values[(c, qi)]
                if comp is not None and comp.type == "choice":
                    stage = (comp.choices or []).index(row[comp.id])  # type: ignore[arg-type]
                    applies = stage > 0
                    steps = len(comp.choices or []) - 1
                    if applies and m.low == 1 and m.high == steps:  # a score on the same scale
                        row[m.id] = round(min(m.high, stage + nice), 1)
                elif comp is not None:
                    window = [self.values[(c, p)].get(comp.id) for p in (qi - 1, qi - 2) if p >= 0]
                    applies = any(isinstance(v, int) and v > 0 for v in window)
                else:
                    applies = _hash_unit("applies", c, m.id, str(qi)) < 0.85
                if not applies:
                    row[m.id] = NVT if self.orgs[c].writes_nvt else None

    def _notes(self) -> None:
        for (c, qi), row in self.values.items():
            for mid, v in row.items():
                if v is NVT and _hash_unit("note", c, mid, str(qi)) < 0.3:
                    self.notes[(c, qi, mid)] = "niet van toepassing dit kwartaal"
                elif self.orgs[c].estimates and self.measures[mid].type == "decimal" and v:
                    self.notes[(c, qi, mid)] = "schatting"

    # ----- outliers, corrections and files --------------------------------------------------

    def _nudge(self, m: Measure, v: float, roles: _Roles) -> float | None:
        """A slightly different value (a correction); up for denominators, down for numerators."""
        sign = 1 if roles.denominator else -1 if roles.ratio else self.rng.choice((-1, 1))
        step = max(1.0, abs(v) * self.rng.uniform(0.05, 0.2))
        if m.type == "decimal":
            step = max(0.1, round(abs(v) * self.rng.uniform(0.05, 0.2), 1))
        for s in (sign, -sign):
            new = _clip(v + s * step, m)
            new = round(new) if m.type == "integer" else round(new, 1)
            if new != v and not (roles.ratio and s > 0) and not (roles.denominator and s < 0):
                return new
        return None

    def plan_files(self) -> None:
        rng = self.rng
        roles = self.roles
        submitted = [(c, qi) for qi in range(self.nq) for c in sorted(self.submitted[qi])]
        # outliers: a stock value ten times too high, at least two quarters before the end
        eligible = [u for u in submitted if u[1] <= self.nq - 3]
        n_out = min(len(eligible), max(2, round(OUTLIER_SHARE * len(submitted))))
        for c, qi in sorted(rng.sample(eligible, n_out)):
            row = self.values[(c, qi)]
            options = [
                mid for mid, v in row.items()
                if (m := self.measures[mid]).type in ("integer", "decimal") and m.kind == "stock"
                and not m.organisations and not roles[mid].ratio
                and isinstance(v, int | float) and not isinstance(v, bool) and v >= 1
                and (m.high is None or 10 * v <= m.high)]
            if not options:
                continue
            mid = rng.choice(options)
            self.outliers[(c, qi)] = {mid: row[mid] * 10}  # type: ignore[operator]
            if rng.random() < 0.7 and self.dates[qi][2] is not None:
                self.corrections[(c, qi)] = {mid: (row[mid], "correctie: waarde was tien keer "
                                                   "te hoog (tikfout)")}
            else:
                self.left_in += 1
        # ordinary corrections: one or two values changed in a later resubmission
        fixable = [u for u in submitted if self.dates[u[1]][2] is not None
                   and u not in self.outliers]
        for c, qi in sorted(rng.sample(fixable, min(len(fixable),
                                                    round(CORRECTION_SHARE * len(submitted))))):
            row = self.values[(c, qi)]
            options = [mid for mid, v in row.items() if self.measures[mid].type in NUMERIC
                       and isinstance(v, int | float) and not isinstance(v, bool) and v >= 2]
            change = {}
            for mid in rng.sample(options, min(len(options), rng.choice((1, 1, 2)))):
                new = self._nudge(self.measures[mid], float(row[mid]), roles[mid])  # type: ignore[arg-type]
                if new is not None:
                    change[mid] = (self._round(self.measures[mid], new, self.orgs[c]),
                                   "correctie na controle")
            if change:
                self.corrections[(c, qi)] = change
        # the files: on time, late and corrections per quarter
        for qi, q in enumerate(self.quarters):
            on_time, late_day, fix_day = self.dates[qi]
            ontime = sorted(self.submitted[qi] - self.late[qi])
            late = sorted(self.late[qi])
            fixes = sorted(c for c, p in self.corrections if p == qi)
            if ontime:
                self.batches.append(_Batch(self._clock(on_time), q, "tijdig", ontime))
            if late and late_day is not None:
                self.batches.append(_Batch(self._clock(late_day), q, "nagekomen", late))
            if fixes and fix_day is not None:
                self.batches.append(_Batch(self._clock(fix_day), q, "correcties", fixes, True))
        self.batches.sort(key=lambda b: (b.received_at, b.period))

    def _text(self, m: Measure, v: Value, org: _Org) -> str:
        """The value as a Dutch user types it."""
        if v is None:
            return ""
        if v is NVT:
            return "n.v.t."
        if m.type == "boolean":
            return "ja" if v else "nee"
        if m.type == "date" and isinstance(v, date):
            return v.strftime("%d-%m-%Y")
        if m.type == "choice":
            return str(v)
        x = float(v)  # type: ignore[arg-type]
        if m.type == "percentage" and m.percent_format == "fraction" and not org.percent_sign:
            return f"{x / 100:.2f}".replace(".", ",")
        if m.type == "integer" or (x == int(x) and (m.type == "percentage" or org.whole_decimals)):
            n = int(x)
            text = f"{n:,}".replace(",", ".") if org.groups_thousands else str(n)
        else:
            text = f"{x:.1f}".replace(".", ",")
        return text + "%" if m.type == "percentage" and org.percent_sign else text

    def render(self, batch: _Batch, grouping: bool = True) -> tuple[list[RawRow], bytes]:
        qi = self.quarters.index(batch.period)
        rows: list[RawRow] = []
        for code in batch.units:
            org = self.orgs[code]
            if not grouping:
                org = replace(org, groups_thousands=False)
            key = (code, qi)
            changed = self.corrections.get(key, {}) if batch.correction else {}
            wrong = {} if batch.correction else self.outliers.get(key, {})
            for m in self.org_measures[code]:
                v = self.values[key].get(m.id)
                note = self.notes.get((code, qi, m.id), "")
                if m.id in changed:
                    v, note = changed[m.id]
                v = wrong.get(m.id, v)
                rows.append(RawRow(len(rows) + 2, code, str(batch.period), m.id,
                                   self._text(m, v, org), note))
        numbers = [r.value for r in rows if self.measures[r.measure].type in NUMERIC]
        if grouping and file_convention(numbers) != "nl":
            return self.render(batch, grouping=False)  # '1.234' would be ambiguous
        buf = io.StringIO()
        out = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        out.writerow(COLUMNS)
        for r in rows:
            out.writerow((r.organisation, r.period, r.measure, r.value, r.note))
        return rows, buf.getvalue().encode("utf-8")


def build_demo(
    store: Store, ctx: Context, *, until: Quarter | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Generate demo submissions for every organisation in ``ctx.org_types`` and every quarter
    from the programme start to ``until`` (default: the last quarter completed before
    ``ctx.today``) and load them with :func:`ingest`, one bulk upload per file. The same seed
    (``demo.seed``) gives the same data. Raises RuntimeError when a file is not accepted."""
    latest = min(last_completed_quarter(ctx.today), ctx.config.programme_end)
    until = until or latest
    if until > latest:
        raise UsageError(f"demo data can run up to {latest} (the last completed quarter of the "
                         f"programme on {ctx.today}); {until} was asked")
    if until < ctx.config.programme_start:
        raise UsageError(f"{until} lies before the programme start {ctx.config.programme_start}")
    if store.scalar("SELECT count(*) FROM submissions"):
        raise UsageError(f"{store.path} already has submissions; demo data needs an empty database")
    gen = _Generator(ctx, until)
    gen.generate()
    gen.plan_files()
    summary = DemoSummary(expected=gen.expected, outliers=len(gen.outliers),
                          outliers_left=gen.left_in, quarters=f"{gen.start} to {until}")
    for batch in gen.batches:
        rows, content = gen.render(batch)
        name = f"demo-{batch.period}-{batch.label}.csv"
        result = ingest(store, ctx, Upload(rows, content, name, "utf-8", ";"), bulk=True,
                        user="demo", source="demo", received_at=batch.received_at)
        if result.status != "accepted":
            first = "; ".join(str(p) for p in result.errors[:5])
            raise RuntimeError(f"demo file {name} was {result.status}: {first}")
        n = len(result.submission_ids)
        summary.files += 1
        summary.submissions += n
        summary.values += result.counts["new"] + result.counts["changed"]
        if batch.correction:
            summary.corrections += n
        elif batch.label == "nagekomen":
            summary.late += n
        if progress:
            progress(f"{name}: {n} submissions received {batch.received_at:%d-%m-%Y}, "
                     f"{result.counts['new']} new and {result.counts['changed']} changed values")
    summary.missing = gen.expected - sum(len(s) for s in gen.submitted)
    return summary
