"""Adoption: per measure the organisations are ranked by speed, and adoption (booleans, ordered
choices, where the order of ``choices`` is the progression, and numeric conditions such as
``>= 80``) goes down that ranking as far as the level of the share or count requires. Also the
dates of date measures (milestones)."""

from __future__ import annotations

from datetime import timedelta

from monitor.definitions.model import Condition, Measure
from monitor.demo.common import NVT, clip
from monitor.demo.roles import Roles
from monitor.demo.world import World

Adoption = list[dict[str, bool]]  # per quarter: code -> meets the condition


def thresholds(world: World, m: Measure, r: Roles) -> list[dict[int, float]]:
    """Per quarter: stage j -> the rank below which organisations are at stage >= j."""
    out: list[dict[int, float]] = []
    prev: dict[tuple[int, str], float] = {}
    for qi in range(world.nq):
        cons: dict[int, float] = {}
        for j, ind in r.stages:
            pop = world.population(ind, m)
            counted = world.counted(ind, qi, pop)
            ranks = sorted(world.rank[m.id][c] for c in counted)
            level = world.level[ind.id][qi]
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
            cons = {1: world.default_threshold(qi)}
        out.append(cons)
    return out


def fill_stages(n: int, cons: dict[int, float]) -> list[float]:
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


def gen_stages(world: World, m: Measure, r: Roles) -> None:
    """The values of a boolean or choice measure: each organisation at the highest stage whose
    threshold its rank is below."""
    n = len(m.choices or []) if m.type == "choice" else 2
    for qi, cons in enumerate(thresholds(world, m, r)):
        t = fill_stages(n, cons)
        for c in world.reporters[m.id]:
            rank = world.rank[m.id][c]
            stage = next((j for j in range(n - 1, 0, -1) if rank < t[j]), 0)
            world.values[(c, qi)][m.id] = stage >= 1 if m.type == "boolean" else (m.choices or [])[stage]


def adoption(world: World, m: Measure, r: Roles) -> Adoption:
    """Who meets the condition of the measure's first staged indicator, per quarter."""
    ranks = world.rank[m.id]
    return [{c: ranks[c] < cons[1] for c in world.reporters[m.id]}
            for cons in thresholds(world, m, Roles(stages=r.stages[:1]))]


def satisfy(v: float, cond: Condition, meets: bool, m: Measure) -> float:
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
    return clip(v, m)


def gen_date(world: World, m: Measure) -> None:
    """The values of a date measure: the milestone date once it has passed (before that n.v.t.,
    or empty when the measure is optional); without a milestone some date in the programme."""
    first = world.start.first_day()
    span = (world.config.programme_end.last_day() - first).days
    for c in world.reporters[m.id]:
        day = world.achieved.get((c, m.id))
        if day is None:
            day = first + timedelta(days=round(world.rank[m.id][c] * span))
        for qi, q in enumerate(world.quarters):
            done = day <= q.last_day()
            world.values[(c, qi)][m.id] = day if done else (None if not m.required else NVT)
