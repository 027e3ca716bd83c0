"""How the indicators use each measure: as a staged adoption (share or count meeting a
condition), as an amount (sum, latest, cumulative, mean, median), as a ratio numerator or
denominator, or as a milestone date."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.definitions.model import Condition, Indicator, Measure
from monitor.demo.common import NUMERIC, is_number


@dataclass
class Roles:
    """How the indicators use one measure."""

    stages: list[tuple[int, Indicator]] = field(default_factory=list)  # share/count: stage >= j
    amount: Indicator | None = None  # sum, latest, cumulative, mean or median
    ratio: Indicator | None = None  # the measure is the numerator
    denominator: bool = False
    milestone: Indicator | None = None


def stage_of(cond: Condition | None, m: Measure) -> int | None:
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
    if m.type in NUMERIC and is_number(cond.value):
        return 1
    return None


def measure_roles(measures: dict[str, Measure], indicators: dict[str, Indicator]) -> dict[str, Roles]:
    """The roles of every measure; the first indicator wins a role (a cumulative one the amount)."""
    roles = {mid: Roles() for mid in measures}
    for ind in indicators.values():
        c = ind.compute
        if c.kind == "ratio":
            roles[c.numerator].ratio = roles[c.numerator].ratio or ind
            roles[c.denominator].denominator = True
        elif c.kind == "milestone":
            roles[c.measure].milestone = roles[c.measure].milestone or ind
        elif c.kind in ("share", "count"):
            j = stage_of(c.condition, measures[c.measure])
            if j is not None:
                roles[c.measure].stages.append((j, ind))
        else:
            r = roles[c.measure]
            if r.amount is None or (c.kind == "cumulative" and r.amount.compute.kind != "cumulative"):
                r.amount = ind
    return roles


def falling_measures(indicators: dict[str, Indicator]) -> set[str]:
    """The measures that should go down: the (first) measure of indicators where down is better
    (for a ratio: the numerator)."""
    return {ind.compute.measures()[0] for ind in indicators.values() if ind.direction == "down"}
