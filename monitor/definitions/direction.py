"""Which way is better for a measure: ``up`` (higher) or ``down`` (lower).

A measure may declare ``direction``; without one it follows from the indicators it feeds
(:func:`fed`), each of which has a direction (``up`` by default):

- sum, mean, median, latest, cumulative of the measure, and the numerator of a ratio: the
  indicator's direction (more of the measure moves the indicator that way);
- the denominator of a ratio says nothing: it is the population (employees, datasets), whose
  growth is neither good nor bad, even though it lowers the ratio;
- a share or count with a condition ``>``/``>=``: the indicator's direction; ``<``/``<=``: the
  opposite; other conditions (``=``, ``!=``, ``in``), booleans, dates and milestones say nothing.

Indicators that disagree (one says up, another down) make the direction ambiguous: no wrong-way
warning is given for the measure, and the definition check warns and asks for a declaration
(``measure-direction-ambiguous``; a warning, as such definitions were valid before). A measure
about which no indicator says anything is ``up``, the long-standing assumption that a level grows.

The intake uses it for the plausibility warning on a level (``kind: stock``) that moves the wrong
way from last quarter (``stock-decrease``, ``stock-increase``; docs/submission-format.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from monitor.definitions.model import Indicator, Measure

Direction = Literal["up", "down"]
OPPOSITE: dict[Direction, Direction] = {"up": "down", "down": "up"}
_FOLLOWS = ("sum", "mean", "median", "latest", "cumulative")


def fed(indicator: Indicator) -> dict[str, Direction]:
    """The direction ``indicator`` gives each of its measures (only those it says something
    about)."""
    c, d = indicator.compute, indicator.direction
    if c.kind == "ratio":
        return {} if c.numerator == c.denominator else {c.numerator: d}
    if c.kind in _FOLLOWS:
        return {c.measure: d}
    condition = getattr(c, "condition", None)
    if c.kind in ("share", "count") and condition is not None:
        if condition.op in (">", ">="):
            return {c.measure: d}
        if condition.op in ("<", "<="):
            return {c.measure: OPPOSITE[d]}
    return {}


def derived(indicators: Iterable[Indicator]) -> dict[str, set[Direction]]:
    """Per measure id, the directions its indicators give it."""
    found: dict[str, set[Direction]] = {}
    for ind in indicators:
        for measure, d in fed(ind).items():
            found.setdefault(measure, set()).add(d)
    return found


def measure_directions(measures: Iterable[Measure],
                       indicators: Iterable[Indicator]) -> dict[str, Direction | None]:
    """Per measure id its direction: declared, else the one its indicators agree on, else ``up``;
    None when its indicators disagree and it declares none (the definition check rejects that)."""
    from_indicators = derived(indicators)
    out: dict[str, Direction | None] = {}
    for m in measures:
        given = from_indicators.get(m.id, set())
        out[m.id] = m.direction or (given.pop() if len(given) == 1 else None if given else "up")
    return out
