"""The measure values: every organisation's value of every measure in every quarter, generated
so that the indicators using them follow their levels (see :mod:`monitor.demo.levels`), then
made consistent (stocks mostly grow, parts never exceed their wholes, conditions follow adoption,
optional measures are n.v.t. or empty where they do not apply) and annotated with notes."""

from __future__ import annotations

from monitor.definitions.model import Measure
from monitor.demo.amounts import (
    gen_cumulative,
    gen_default,
    gen_flow,
    gen_percent,
    gen_ratio,
    gen_staff,
    gen_totals,
    gen_typical,
)
from monitor.demo.common import NUMERIC, NVT, clip, hash_unit, is_number, round_value
from monitor.demo.levels import levels, milestones
from monitor.demo.roles import Roles, falling_measures, measure_roles
from monitor.demo.stages import adoption, gen_date, gen_stages, satisfy
from monitor.demo.world import World


def generate(world: World) -> None:
    """Rank and weigh the organisations per measure, set the indicator levels and generate every
    value and note into ``world``. Needs the submission schedule
    (:func:`monitor.demo.schedule.plan_submissions`)."""
    rng = world.rng
    for mid in world.measures:
        codes = world.reporters[mid]
        keys = sorted(((world.orgs[c].speed + rng.gauss(0, 0.1), c) for c in codes), reverse=True)
        world.rank[mid] = {c: (i + 0.5) / len(codes) for i, (_, c) in enumerate(keys)}
        world.weight[mid] = {c: world.orgs[c].staff ** 0.7 * rng.lognormvariate(0, 0.35) for c in codes}
    world.roles = roles = measure_roles(world.measures, world.indicators)
    world.falling = falling_measures(world.indicators)
    world.achieved, gates = milestones(world, roles)
    world.bands, world.level = levels(world, gates)
    # ratio numerators after the other required measures (their denominators), optional ones last
    first = [m for m in world.measures.values() if not roles[m.id].ratio and m.required]
    second = [m for m in world.measures.values() if roles[m.id].ratio and m.required]
    last = [m for m in world.measures.values() if not m.required]
    done: set[str] = set()
    deferred: list[Measure] = []  # optional measures whose companion comes later in the file
    for m in first + second + last:
        if not world.reporters[m.id]:
            continue
        r = roles[m.id]
        if m.type in ("boolean", "choice"):
            gen_stages(world, m, r)
        elif m.type == "date":
            gen_date(world, m)
        else:
            _gen_numeric(world, m, r)
        done.add(m.id)
        if not m.required:
            comp = _companion(world, m)
            if comp is None or comp.id in done:
                _blank_not_applicable(world, m)
            else:
                deferred.append(m)
    for m in deferred:
        _blank_not_applicable(world, m)
    _notes(world)


def _gen_numeric(world: World, m: Measure, r: Roles) -> None:
    """The values of a numeric measure: a raw series chosen by the measure's roles, then
    clipped, kept consistent and rounded as each organisation reports it."""
    stage = r.stages[0] if r.stages else None
    adopt = adoption(world, m, r) if stage is not None else None
    cond = stage[1].compute.condition if stage else None
    amount = r.amount
    exact = False  # the values add up to the level exactly: no smoothing afterwards
    if r.ratio is not None:
        vals = gen_ratio(world, m, r.ratio)
    elif m.kind == "flow" and amount is not None and amount.compute.kind == "cumulative":
        vals = gen_cumulative(world, m, amount)
    elif m.kind == "flow":
        vals = gen_flow(world, m)
    elif amount is not None and amount.compute.kind in ("sum", "latest"):
        vals = gen_totals(world, m, amount, adopt)
        exact = True
    elif amount is not None and amount.compute.kind in ("mean", "median"):
        vals = gen_typical(world, m, amount)
    elif m.type == "percentage":
        vals = gen_percent(world, m, adopt, cond)
    elif m.unit == "medewerkers":
        vals = gen_staff(world, m)
    else:
        vals = gen_default(world, m, adopt)
    rising = m.kind == "stock" and m.required and m.id not in world.falling and not exact
    den = r.ratio.compute.denominator if r.ratio else None  # type: ignore[union-attr]
    for c in world.reporters[m.id]:
        prev = None
        for qi in range(world.nq):
            v = clip(vals[(c, qi)], m)
            if rising and prev is not None and v < prev and world.rng.random() < 0.95:
                v = prev  # a stock mostly grows
            limit = world.values[(c, qi)].get(den) if den else None
            if is_number(limit):
                v = min(v, limit)  # type: ignore[type-var]  # a part never exceeds its whole
            if cond is not None and adopt is not None:
                v = satisfy(v, cond, adopt[qi][c], m)
            prev = v
            world.values[(c, qi)][m.id] = round_value(m, v, world.orgs[c])


def _companion(world: World, m: Measure) -> Measure | None:
    """For an optional measure: the measure of the same action that says whether it applies
    (an ordered choice: applies from its second stage; a flow: applies after a non-zero
    quarter)."""
    action = next(a for a in world.ctx.defs.actions if any(x.id == m.id for x in a.spec.measures))
    for other in action.spec.measures:
        if other.id == m.id or other.organisations or not set(m.reporters) <= set(other.reporters):
            continue
        if other.type == "choice" or (other.kind == "flow" and other.type == "integer"):
            return other
    return None


def _blank_not_applicable(world: World, m: Measure) -> None:
    """Optional numeric measures apply only sometimes; elsewhere n.v.t. or empty."""
    if m.type not in NUMERIC:
        return
    comp = _companion(world, m)
    for c in world.reporters[m.id]:
        nice = 0.05 + 0.9 * hash_unit("fraction", c, m.id)
        for qi in range(world.nq):
            row = world.values[(c, qi)]
            if comp is not None and comp.type == "choice":
                stage = (comp.choices or []).index(row[comp.id])  # type: ignore[arg-type]
                applies = stage > 0
                steps = len(comp.choices or []) - 1
                if applies and m.low == 1 and m.high == steps:  # a score on the same scale
                    row[m.id] = round(min(m.high, stage + nice), 1)
            elif comp is not None:
                window = [world.values[(c, p)].get(comp.id) for p in (qi - 1, qi - 2) if p >= 0]
                applies = any(isinstance(v, int) and v > 0 for v in window)
            else:
                applies = hash_unit("applies", c, m.id, str(qi)) < 0.85
            if not applies:
                row[m.id] = NVT if world.orgs[c].writes_nvt else None


def _notes(world: World) -> None:
    """Notes with n.v.t. (sometimes) and with the decimals of organisations that estimate."""
    for (c, qi), row in world.values.items():
        for mid, v in row.items():
            if v is NVT and hash_unit("note", c, mid, str(qi)) < 0.3:
                world.notes[(c, qi, mid)] = "niet van toepassing dit kwartaal"
            elif world.orgs[c].estimates and world.measures[mid].type == "decimal" and v:
                world.notes[(c, qi, mid)] = "schatting"
