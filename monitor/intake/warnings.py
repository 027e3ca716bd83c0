"""Warnings on accepted values (shown and stored, never blocking), against each organisation's
own history of the last ``HISTORY`` quarters: an outlier (robust z-score on median and MAD, with
a floor on the spread so steady growth and small counts do not alarm), a level (stock) that
decreases, and a large change of a level from last quarter without a note."""

from __future__ import annotations

import statistics

import duckdb
import polars as pl

from monitor.intake.core import Context, Unit
from monitor.intake.messages import render
from monitor.problems import Problem

NUMERIC = ("integer", "decimal", "percentage")
OUTLIER_Z = 5.0          # robust z-score above which a value is an outlier
RELATIVE_FLOOR = 0.1     # the spread is taken as at least 10% of the median
MIN_HISTORY = 4          # quarters of history needed for the outlier check
HISTORY = 8              # quarters of own history looked at
LARGE_CHANGE = 0.5       # relative change from last quarter that needs a note


def history(con: duckdb.DuckDBPyConnection, units: list[Unit]
            ) -> dict[tuple[str, str], list[tuple[str, float]]]:
    """(organisation, measure) -> [(period, value)] in effect in the ``HISTORY`` quarters before
    the units' quarters, for the units' organisations and numeric measures."""
    keys = pl.DataFrame(
        [(u.organisation, m.id, str(u.period - HISTORY), str(u.period))
         for u in units for _, m, p in u.values if m.type in NUMERIC and p.state == "value"],
        schema={"organisation": pl.String, "measure": pl.String, "since": pl.String,
                "until": pl.String}, orient="row").unique()
    if keys.is_empty():
        return {}
    con.register("history_keys", keys)
    try:
        rows = con.execute(
            "SELECT v.organisation, v.measure, v.period, v.num FROM current_values v "
            "JOIN history_keys k ON k.organisation = v.organisation AND k.measure = v.measure "
            "AND v.period >= k.since AND v.period < k.until "
            "WHERE v.state = 'value' AND v.num IS NOT NULL ORDER BY v.period").fetchall()
    finally:
        con.unregister("history_keys")
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
                # a floor on the spread: steady growth and small counts are not outliers
                scale = max(mad, RELATIVE_FLOOR * abs(med), 1.0 if measure.kind == "stock" else 3.0)
                if 0.6745 * abs(x - med) / scale > OUTLIER_Z:
                    warn("outlier", median=float(med))
            if prev is not None and measure.kind == "stock":
                if x < prev:
                    warn("stock-decrease", previous=float(prev))
                big = abs(x - prev) > LARGE_CHANGE * max(abs(prev), 1.0) and abs(x - prev) >= 5
                if big and not row.note.strip():
                    warn("large-change-without-note", previous=float(prev))
    return found
