"""Warnings on accepted values (shown and stored, never blocking), against each organisation's
own history: an outlier (robust z-score on median and MAD), a level (stock) that decreases, and a
large change from last quarter without a note."""

from __future__ import annotations

import statistics

from monitor.intake.core import Context, Unit
from monitor.intake.messages import render
from monitor.problems import Problem
from monitor.store import Store

NUMERIC = ("integer", "decimal", "percentage")
OUTLIER_Z = 3.5          # robust z-score above which a value is an outlier
MIN_HISTORY = 4          # quarters of history needed for the outlier check
LARGE_CHANGE = 0.5       # relative change from last quarter that needs a note


def history(store: Store, units: list[Unit]) -> dict[tuple[str, str], list[tuple[str, float]]]:
    """(organisation, measure) -> [(period, value)] in effect, for the units' organisations."""
    orgs = sorted({u.organisation for u in units})
    if not orgs:
        return {}
    with store.read() as con:
        rows = con.execute(
            "SELECT organisation, measure, period, num FROM current_values "
            "WHERE state = 'value' AND num IS NOT NULL "
            "AND organisation IN (SELECT unnest(?::VARCHAR[])) ORDER BY period",
            [orgs],
        ).fetchall()
    out: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for org, measure, period, num in rows:
        out.setdefault((org, measure), []).append((period, num))
    return out


def value_warnings(units: list[Unit], past: dict, ctx: Context) -> dict[int, list[Problem]]:
    """Warnings per unit index."""
    found: dict[int, list[Problem]] = {}
    for i, unit in enumerate(units):
        period = str(unit.period)
        previous_q = str(unit.period - 1)
        for row, measure, parsed in unit.values:
            if measure.type not in NUMERIC or parsed.state != "value" or parsed.num is None:
                continue
            x = parsed.num
            earlier = [(p, v) for p, v in past.get((unit.organisation, measure.id), []) if p < period]
            prev = next((v for p, v in earlier if p == previous_q), None)

            def warn(code: str, row=row, i=i, **params: object) -> None:
                msg = render(code, ctx.lang, value=row.value, **params)
                found.setdefault(i, []).append(
                    Problem("warning", code, msg, line=row.row, path="waarde", value=row.value))

            values = [v for _, v in earlier]
            if len(values) >= MIN_HISTORY:
                med = statistics.median(values)
                mad = statistics.median(abs(v - med) for v in values)
                robust = mad > 0 and 0.6745 * abs(x - med) / mad > OUTLIER_Z
                if robust or (mad == 0 and abs(x - med) > max(1.0, abs(med))):
                    warn("outlier", median=float(med))
            if prev is not None:
                if measure.kind == "stock" and x < prev:
                    warn("stock-decrease", previous=float(prev))
                big = abs(x - prev) > LARGE_CHANGE * max(abs(prev), 1.0) and abs(x - prev) >= 2
                if big and not row.note.strip():
                    warn("large-change-without-note", previous=float(prev))
    return found
