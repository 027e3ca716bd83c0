"""National indicator levels per quarter. Each indicator gets a target band (behaald, op koers,
risico, achter; shuffled so that every band occurs) and from it a momentum ``mu``: the level
follows ``baseline + mu(q) * (planned(q) - baseline)``, where ``mu(q)`` drifts from 1 at the
programme start to ``mu`` at the last generated quarter. Milestone dates lie near the planned date
(one a few quarters late); indicators of an action with a milestone stay at their baseline until
the milestone is reached."""

from __future__ import annotations

from datetime import date, timedelta

from monitor.compute.trajectory import planned_value
from monitor.definitions.model import Indicator
from monitor.demo.roles import Roles
from monitor.demo.world import World
from monitor.periods import Quarter

BANDS = ("op_koers", "risico", "achter", "behaald", "op_koers", "risico", "achter", "op_koers")

# The level the generator starts from for a baseline declared ``value: measured`` (the engine
# then measures the baseline from the generated data). For the shipped definitions: the values
# they typed before they declared their baselines measured, so that the demo data stay the same;
# any other measured indicator starts at a third of its first target (up) or 1,5 times it (down).
DESIGN_BASELINES = {
    "a02_projecten_met_afweging": 30.0, "a03_cdo_aandeel": 12.0, "a04_fds_datasets": 20.0,
    "a06_publicerende_organisaties": 130.0, "a08_bijdrage_fte": 5.0, "a09_deelnemend_aandeel": 8.0,
    "a09_deelnames_totaal": 60.0, "a10_partij_aandeel": 2.0, "a11_assessments_uitgevoerd": 40.0,
    "a11_niveau3_aandeel": 5.0, "a11_score_mediaan": 2.1,
}


def design_baseline(ind: Indicator) -> float:
    """The baseline the generator designs ``ind``'s level around (typed or ``DESIGN_BASELINES``)."""
    if ind.baseline.typed is not None:
        return ind.baseline.typed
    first = ind.targets[0].value
    return DESIGN_BASELINES.get(ind.id, first / 3 if ind.direction == "up" else first * 1.5)


def milestones(world: World, roles: dict[str, Roles]) -> tuple[dict[tuple[str, str], date], dict[str, int]]:
    """Achieved dates of milestone measures ((code, measure) -> date), near the planned date and
    one a few quarters late; and action id -> first quarter index with the milestone achieved
    (the other indicators of that action start then)."""
    rng = world.rng
    inds = sorted({r.milestone.id for r in roles.values() if r.milestone})
    late_one = rng.choice(inds) if inds else None
    achieved: dict[tuple[str, str], date] = {}
    gates = {}
    for iid in inds:
        ind = world.indicators[iid]
        m = world.measures[ind.compute.measure]  # type: ignore[union-attr]
        planned: date = ind.compute.planned  # type: ignore[union-attr]
        pop = world.reporters[m.id]
        for c in pop:
            if len(pop) == 1:
                shift = -rng.uniform(0, 30)
                if iid == late_one:
                    shift = rng.randint(2, 3) * 91 + rng.uniform(-20, 20)
            else:
                shift = (world.rank[m.id][c] - 0.35) * 500
            achieved[(c, m.id)] = planned + timedelta(days=round(shift))
        if len(pop) == 1:
            day = achieved[(pop[0], m.id)]
            gate = next((qi for qi, q in enumerate(world.quarters) if q.last_day() >= day), world.nq)
            gates[world.ctx.defs.action_of(iid).id] = gate
    return achieved, gates


def momentum(ind: Indicator, band: str, until: Quarter) -> float:
    """The factor on the planned progress at ``until`` that puts ``ind`` in ``band``."""
    b, f = design_baseline(ind), ind.final_target.value
    p = planned_value(ind, until, b)
    if p is None or p == b:
        return 1.0
    reach = (f - b) / (p - b)  # momentum at which the final target is met at `until`
    if band == "behaald":
        return min(3.0, max(1.05, reach * 1.08))
    if band == "op_koers":
        return min(1.0, (1 + reach) / 2 - 0.01)
    return 0.8 if band == "risico" else 0.5


def levels(world: World, gates: dict[str, int]) -> tuple[dict[str, str], dict[str, list[float]]]:
    """The band per indicator (milestones excepted) and its national level per quarter, never
    moving against the indicator's direction."""
    inds = sorted(i for i, ind in world.indicators.items() if ind.compute.kind != "milestone")
    order = inds[:]
    world.rng.shuffle(order)
    bands = {iid: BANDS[k % len(BANDS)] for k, iid in enumerate(order)}
    level: dict[str, list[float]] = {}
    for iid in inds:
        ind = world.indicators[iid]
        mu = momentum(ind, bands[iid], world.until)
        gate = gates.get(world.ctx.defs.action_of(iid).id)
        b, up = design_baseline(ind), ind.direction == "up"
        out: list[float] = []
        for qi, q in enumerate(world.quarters):
            p = planned_value(ind, q, b)
            t = qi / max(1, world.nq - 1)
            v = b + (1 + (mu - 1) * t ** 0.8) * ((b if p is None else p) - b)
            if gate is not None and qi < gate:
                v = b
            if out:
                v = max(v, out[-1]) if up else min(v, out[-1])
            out.append(v)
        level[iid] = out
    return bands, level
