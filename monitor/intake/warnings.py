"""Warnings on accepted values (shown and stored, never blocking), against each organisation's
own history of the last ``HISTORY`` quarters: an outlier (robust z-score on median and MAD, with
a floor on the spread so steady growth and small counts do not alarm), a level (stock) that
moves the wrong way from last quarter (down for a measure where higher is better, up where lower
is better: its direction, ``monitor.definitions.direction``), and a large change of a level from
last quarter without a note.

One query gives, for every numeric value of a file at once, its history and last quarter's value;
Python then computes and compares per value that has history (none in a first history load)."""

from __future__ import annotations

import statistics

import duckdb
import polars as pl

from monitor.definitions.direction import measure_directions
from monitor.intake.batch import Batch
from monitor.intake.core import Context
from monitor.intake.messages import problem
from monitor.periods import Quarter
from monitor.problems import Problem
from monitor.store import frame_table

NUMERIC = ("integer", "decimal", "percentage")
OUTLIER_Z = 5.0          # robust z-score above which a value is an outlier
RELATIVE_FLOOR = 0.1     # the spread is taken as at least 10% of the median
MIN_HISTORY = 4          # quarters of history needed for the outlier check
HISTORY = 8              # quarters of own history looked at
LARGE_CHANGE = 0.5       # relative change from last quarter that needs a note


Past = list[tuple]  # (unit, line, raw, num, kind, note, measure, history, previous)


def history(con: duckdb.DuckDBPyConnection, batch: Batch) -> Past:
    """Every numeric value of the batch that has history in effect in the ``HISTORY`` quarters
    before its quarter, with that history (the values, one per quarter) and the value of the
    quarter before (or None); in the batch's order."""
    quarters = [Quarter.parse(p) for p in batch.units["period"].unique()]  # a few
    since = {str(q): str(q - HISTORY) for q in quarters}
    previous = {str(q): str(q - 1) for q in quarters}
    period = pl.col("period")
    values = (batch.values.filter(pl.col("type").is_in(NUMERIC), pl.col("state") == "value",
                                  pl.col("num").is_not_null())
              .select("unit", "line", "raw", "num", "kind", "note", "organisation", "measure",
                      "period", since=period.replace_strict(since, return_dtype=pl.String),
                      previous=period.replace_strict(previous, return_dtype=pl.String))
              .with_row_index("cid"))
    if values.is_empty():
        return []
    with frame_table(con, "warning_values", values):
        return con.execute("""
            SELECT w.unit, w.line, w.raw, w.num, w.kind, w.note, w.measure, list(v.num),
                   max(v.num) FILTER (WHERE v.period = w.previous)
            FROM warning_values w JOIN current_values v
              ON v.organisation = w.organisation AND v.measure = w.measure
             AND v.period >= w.since AND v.period < w.period
            WHERE v.state = 'value' AND v.num IS NOT NULL
            GROUP BY w.cid, w.unit, w.line, w.raw, w.num, w.kind, w.note, w.measure
            ORDER BY w.cid""").fetchall()


def value_warnings(batch: Batch, past: Past, ctx: Context) -> dict[int, list[Problem]]:
    """Warnings per unit index, from the values with history (:func:`history`)."""
    found: dict[int, list[Problem]] = {}
    directions = measure_directions(ctx.defs.measures.values(), ctx.defs.indicators.values())
    for unit, line, raw, x, kind, note, measure, values, prev in past:

        def warn(code: str, unit: int = unit, line: int = line, raw: str = raw,
                 **params: object) -> None:
            found.setdefault(unit, []).append(
                problem(code, ctx.lang, value=raw, line=line, path="waarde", **params))

        if len(values) >= MIN_HISTORY:
            med = statistics.median(values)
            mad = statistics.median(abs(v - med) for v in values)
            # a floor on the spread: steady growth and small counts are not outliers
            scale = max(mad, RELATIVE_FLOOR * abs(med), 1.0 if kind == "stock" else 3.0)
            if 0.6745 * abs(x - med) / scale > OUTLIER_Z:
                warn("outlier", median=float(med))
        if prev is not None and kind == "stock":
            wrong_way = {"up": x < prev, "down": x > prev}.get(directions.get(measure), False)
            if wrong_way:
                warn("stock-decrease" if x < prev else "stock-increase", previous=float(prev))
            big = abs(x - prev) > LARGE_CHANGE * max(abs(prev), 1.0) and abs(x - prev) >= 5
            if big and not note:
                warn("large-change-without-note", previous=float(prev))
    return found
