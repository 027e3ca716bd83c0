"""Raw numeric series per organisation and quarter, before clipping and rounding: sums spread
over the participating organisations by size, cumulative flows allocated per quarter, ratio
numerators following their denominators at the level's rate, means and medians scaling a
per-organisation factor, percentages following adoption, staff numbers and plain flows."""

from __future__ import annotations

import math
from statistics import median

from monitor.definitions.model import Condition, Indicator, Measure
from monitor.demo.levels import design_baseline
from monitor.demo.stages import Adoption
from monitor.demo.world import World

Series = dict[tuple[str, int], float]  # (code, quarter index) -> value


def gen_staff(world: World, m: Measure) -> Series:
    """Staff numbers: a slow random walk upwards (now and then a reorganisation)."""
    rng = world.rng
    out: Series = {}
    for c in world.reporters[m.id]:
        v = float(world.orgs[c].staff)
        for qi in range(world.nq):
            step = rng.gauss(-0.02, 0.01) if rng.random() < 0.03 else abs(rng.gauss(0.004, 0.004))
            v *= 1 + (step if qi else 0.0)
            out[(c, qi)] = v
    return out


def gen_ratio(world: World, m: Measure, ind: Indicator) -> Series:
    """Numerator = rate x denominator, with rates that give the indicator's level overall
    (advanced organisations higher when up is better)."""
    den = ind.compute.denominator  # type: ignore[union-attr]
    factor = float(ind.compute.factor)  # type: ignore[union-attr]
    ranks = world.rank[m.id]
    codes = [c for c in world.reporters[m.id] if c in set(world.reporters[den])]
    up = ind.direction == "up"
    g = {c: (1.3 - 0.6 * ranks[c]) if up else (0.7 + 0.6 * ranks[c]) for c in codes}
    out: Series = {}
    for qi in range(world.nq):
        target = max(0.0, world.level[ind.id][qi] / factor)
        dens = {c: world.values[(c, qi)].get(den) for c in codes}
        dens = {c: float(d) for c, d in dens.items() if isinstance(d, int | float)}
        counted = [c for c in world.counted(ind, qi, codes) if c in dens]
        total = sum(dens[c] for c in counted)
        raw = sum(dens[c] * target * g[c] for c in counted)
        scale = target * total / raw if raw else 1.0
        for c in codes:
            d = dens.get(c, 0.0)
            rate = min(1.0, max(0.0, target * g[c] * scale))
            if m.kind == "flow":
                out[(c, qi)] = sum(world.rng.random() < rate for _ in range(int(d)))
            else:
                out[(c, qi)] = d * rate
    return out


def _allocate(world: World, n: int, eligible: list[str], weights: dict[str, float],
              hi: float | None) -> dict[str, int]:
    """``n`` units drawn over ``eligible`` by weight; above ``hi`` passed on to the heaviest."""
    counts = dict.fromkeys(eligible, 0)
    if n <= 0 or not eligible:
        return counts
    for c in world.rng.choices(eligible, weights=[weights[c] for c in eligible], k=n):
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


def gen_cumulative(world: World, m: Measure, ind: Indicator) -> Series:
    """Per quarter the increase of the cumulative level, spread over the organisations that
    submit (bigger and more advanced organisations more often)."""
    codes = world.population(ind, m)
    weights = {c: world.weight[m.id][c] * (1.5 - world.rank[m.id][c]) for c in codes}
    out: Series = {}
    done = 0
    for qi in range(world.nq):
        goal = max(0, round(world.level[ind.id][qi]))
        eligible = [c for c in codes if c in world.submitted[qi]]
        counts = _allocate(world, goal - done, eligible, weights, m.high)
        done += sum(counts.values())
        for c in world.reporters[m.id]:
            out[(c, qi)] = counts.get(c, 0)
    return out


def _poisson(world: World, lam: float) -> int:
    """A Poisson draw (normal approximation above 30)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(world.rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= world.rng.random()
        if p <= limit:
            return k
        k += 1


def gen_flow(world: World, m: Measure) -> Series:
    """A flow without an indicator level: counts growing over time with organisation size."""
    codes = world.reporters[m.id]
    weight = world.weight[m.id]
    mean_w = sum(weight.values()) / len(codes)
    base = max(0.5, (m.high or 100) ** 0.3 / 5)
    return {(c, qi): _poisson(world, base * weight[c] / mean_w * (0.6 + 0.8 * world.progress(qi)))
            for c in codes for qi in range(world.nq)}


def gen_totals(world: World, m: Measure, ind: Indicator, adopt: Adoption | None) -> Series:
    """A stock whose sum (or latest sum) is the level: spread over the participating
    organisations by size; newcomers ramp up over a few quarters."""
    codes = world.reporters[m.id]
    b, f = design_baseline(ind), ind.final_target.value
    joined: dict[str, int] = {}
    out: Series = {}
    for qi in range(world.nq):
        level = world.level[ind.id][qi]
        if adopt is not None:
            part = [c for c in codes if adopt[qi][c]]
        elif len(codes) <= 3:
            part = codes
        else:  # organisations join as the total grows, so that each one's amount grows
            p = 0.15 + 0.85 * min(1.0, max(0.0, level / max(b, f, 1e-9)))
            part = [c for c in codes if world.rank[m.id][c] < p]
        for c in part:
            joined.setdefault(c, qi)
        ramp = {c: min(1.0, 0.4 + 0.3 * (qi - joined[c])) for c in part}
        counted = world.counted(ind, qi, part)
        mass = sum(world.weight[m.id][c] * ramp[c] for c in counted)
        for c in codes:
            share = world.weight[m.id][c] * ramp[c] / mass if c in ramp and mass else 0.0
            out[(c, qi)] = level * share
    return out


def gen_typical(world: World, m: Measure, ind: Indicator) -> Series:
    """A stock whose mean or median is the level: a fixed factor per organisation (size for
    a mean), normalised over the organisations counted, with a little noise."""
    codes = world.population(ind, m) or world.reporters[m.id]
    power = 1.0 if ind.compute.kind == "mean" else 0.2
    fac = {c: world.weight[m.id][c] ** power for c in world.reporters[m.id]}
    noise = 0.03 if m.required else 0.25
    out: Series = {}
    for qi in range(world.nq):
        counted = world.counted(ind, qi, codes) or codes
        vals = [fac[c] for c in counted]
        norm = (sum(vals) / len(vals)) if ind.compute.kind == "mean" else median(vals)
        for c in world.reporters[m.id]:
            v = world.level[ind.id][qi] * fac[c] / norm
            out[(c, qi)] = v * world.rng.lognormvariate(0, noise)
    return out


def gen_percent(world: World, m: Measure, adopt: Adoption | None, cond: Condition | None) -> Series:
    """A percentage per organisation that rises as the adoption threshold passes it: those
    above the threshold meet the condition value, the rest approach it."""
    lo, hi = m.low or 0.0, m.high or 100.0
    c_val = (lo + hi) / 2
    if cond is not None and isinstance(cond.value, int | float):
        c_val = float(cond.value)
    ranks = world.rank[m.id]
    out: Series = {}
    for qi in range(world.nq):
        inside = sorted(ranks[c] for c in ranks if adopt and adopt[qi][c])
        t = (inside[-1] + 1e-9) if inside else (0.0 if adopt else world.default_threshold(qi))
        for c in world.reporters[m.id]:
            r = ranks[c]
            if r < t:
                v = c_val + (hi - c_val) * min(1.0, (t - r) / max(t, 0.05) * 1.4)
            else:
                v = (c_val - lo) * (1 - min(1.0, (r - t) / max(1 - t, 0.05))) ** 1.2 + lo
            out[(c, qi)] = v
    return out


def gen_default(world: World, m: Measure, adopt: Adoption | None) -> Series:
    """A stock without a level: size-based amounts growing over the programme; zero for
    organisations that do not (yet) take part."""
    codes = world.reporters[m.id]
    weight = world.weight[m.id]
    mid_w = median(weight[c] for c in codes)
    hi = m.high or 100
    scale = hi ** 0.3 if hi > 1000 else max(1.0, hi ** 0.3 / 2)
    return {(c, qi): (0.0 if adopt is not None and not adopt[qi][c] else
                      scale * (weight[c] / mid_w) ** 0.6
                      * (0.5 + 0.5 * world.progress(qi)) * world.rng.lognormvariate(0, 0.03))
            for c in codes for qi in range(world.nq)}
