"""The state the generator steps share: the inputs (definitions, organisations, quarters, the one
random generator) and everything generated so far (submission schedule, ranks, levels, values)."""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from monitor.definitions.model import Indicator, Measure
from monitor.demo.common import Value
from monitor.demo.profiles import Org, profiles
from monitor.intake.core import Context
from monitor.periods import Quarter, quarter_range

if TYPE_CHECKING:
    from monitor.demo.roles import Roles


class World:
    """Inputs and generated data of one demo build, from the programme start to ``until``.

    Creating it draws the organisation profiles from the seeded generator; the other attributes
    are filled in by :func:`monitor.demo.schedule.plan_submissions` (who submits when) and
    :func:`monitor.demo.measures.generate` (ranks, weights, levels and the values)."""

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
        self.orgs: dict[str, Org] = profiles(ctx.org_types, self.sole, self.rng)
        self.values: dict[tuple[str, int], dict[str, Value]] = {
            (c, qi): {} for c, ms in self.org_measures.items() if ms for qi in range(self.nq)}
        self.notes: dict[tuple[str, int, str], str] = {}
        # the submission schedule
        self.expected = 0
        self.submitted: list[set[str]] = []  # per quarter: codes that submit
        self.late: list[set[str]] = []  # per quarter: codes that submit after the deadline
        self.dates: list[tuple[date, date | None, date | None]] = []  # on time, late, corrections
        # the measures and indicators
        self.rank: dict[str, dict[str, float]] = {}  # measure -> code -> 0 (first) .. 1 (last)
        self.weight: dict[str, dict[str, float]] = {}  # measure -> code -> size weight
        self.roles: dict[str, Roles] = {}
        self.falling: set[str] = set()  # measures that should go down
        self.achieved: dict[tuple[str, str], date] = {}  # (code, measure) -> milestone date
        self.bands: dict[str, str] = {}
        self.level: dict[str, list[float]] = {}  # indicator -> national level per quarter

    def progress(self, qi: int) -> float:
        """Fraction of the programme elapsed at quarter index ``qi``."""
        span = max(1, self.config.programme_end - self.start)
        return min(1.0, (self.quarters[qi] - self.start) / span)

    def default_threshold(self, qi: int) -> float:
        """The adoption threshold (a rank) at quarter index ``qi`` when no indicator sets one."""
        return 0.1 + 0.6 * self.progress(qi)

    def population(self, ind: Indicator, m: Measure) -> list[str]:
        """The organisations that report ``m`` and are covered by ``ind``."""
        types = set(self.ctx.defs.covers(ind))
        return [c for c in self.reporters[m.id] if self.orgs[c].type in types]

    def counted(self, ind: Indicator, qi: int, codes: list[str]) -> list[str]:
        """Those of ``codes`` that count for ``ind`` at quarter index ``qi``: all when missing
        values are carried forward (or for 'latest'), else those that submit."""
        if ind.missing == "carry_forward" or ind.compute.kind == "latest":
            return codes
        return [c for c in codes if c in self.submitted[qi]]
