"""Warnings on accepted values (shown and stored, never blocking), against each organisation's
own history of the last ``HISTORY`` quarters: an outlier (robust z-score on median and MAD, with
a floor on the spread so steady growth and small counts do not alarm), a level (stock) that
decreases, and a large change of a level from last quarter without a note.

Computed as columns for every value at once (medians as ``statistics.median`` does: the middle
value, or the mean of the two middle values); Python runs only for the warnings found."""

from __future__ import annotations

import duckdb
import polars as pl

from monitor.intake.batch import Batch
from monitor.intake.core import Context
from monitor.intake.messages import render
from monitor.problems import Problem

NUMERIC = ("integer", "decimal", "percentage")
OUTLIER_Z = 5.0          # robust z-score above which a value is an outlier
RELATIVE_FLOOR = 0.1     # the spread is taken as at least 10% of the median
MIN_HISTORY = 4          # quarters of history needed for the outlier check
HISTORY = 8              # quarters of own history looked at
LARGE_CHANGE = 0.5       # relative change from last quarter that needs a note


HISTORY_SCHEMA = {"organisation": pl.String, "measure": pl.String, "period": pl.String,
                  "past": pl.Float64}


def _ordinal(period: pl.Expr) -> pl.Expr:
    """The quarter ordinal (year * 4 + n - 1) of a YYYY-Qn text."""
    return (period.str.slice(0, 4).cast(pl.Int64) * 4 + period.str.slice(6, 1).cast(pl.Int64) - 1)


def _candidates(batch: Batch) -> pl.DataFrame:
    """The numeric values a warning can be about, numbered in report order."""
    return (batch.values.filter(pl.col("type").is_in(NUMERIC), pl.col("state") == "value",
                                pl.col("num").is_not_null())
            .with_row_index("cid").with_columns(_ordinal(pl.col("period")).alias("q")))


def history(con: duckdb.DuckDBPyConnection, batch: Batch) -> pl.DataFrame:
    """The values in effect (organisation, measure, period, past) in the ``HISTORY`` quarters
    before the quarters of the batch's numeric values, for their organisations and measures."""
    keys = (_candidates(batch).group_by("organisation", "measure")
            .agg(since=pl.col("q").min() - HISTORY, until=pl.col("q").max()))
    if keys.is_empty():
        return pl.DataFrame(schema=HISTORY_SCHEMA)
    keys = keys.with_columns(
        (pl.col(c) // 4).cast(pl.String) + "-Q" + (pl.col(c) % 4 + 1).cast(pl.String)
        for c in ("since", "until"))
    con.register("history_keys", keys)
    try:
        rows = con.execute(
            "SELECT v.organisation, v.measure, v.period, v.num FROM current_values v "
            "JOIN history_keys k ON k.organisation = v.organisation AND k.measure = v.measure "
            "AND v.period >= k.since AND v.period < k.until "
            "WHERE v.state = 'value' AND v.num IS NOT NULL").fetchall()
    finally:
        con.unregister("history_keys")
    return pl.DataFrame(rows, schema=HISTORY_SCHEMA, orient="row")


def _median(values: pl.Expr) -> pl.Expr:
    """statistics.median of a sorted list column."""
    n = values.list.len()
    middle = values.list.get(n // 2)
    return pl.when(n % 2 == 1).then(middle).otherwise((values.list.get(n // 2 - 1) + middle) / 2)


def _flags(batch: Batch, past: pl.DataFrame) -> pl.DataFrame:
    """Per candidate value with history: median (of at least MIN_HISTORY quarters) and the
    previous quarter's value, and which warnings apply."""
    cand = _candidates(batch).lazy()
    window = (cand.select("cid", "organisation", "measure", "q")
              .join(past.lazy().with_columns(_ordinal(pl.col("period")).alias("pq")),
                    on=["organisation", "measure"])
              .filter(pl.col("pq") >= pl.col("q") - HISTORY, pl.col("pq") < pl.col("q")))
    stats = (window.group_by("cid")
             .agg(pl.col("past").sort().alias("vals"),
                  pl.col("past").filter(pl.col("pq") == pl.col("q") - 1).first().alias("prev"))
             .with_columns(_median(pl.col("vals")).alias("med")))
    spread = (window.join(stats.select("cid", "med"), on="cid")
              .group_by("cid").agg((pl.col("past") - pl.col("med")).abs().sort().alias("dev"))
              .select("cid", _median(pl.col("dev")).alias("mad")))
    x, med, prev = pl.col("num"), pl.col("med"), pl.col("prev")
    stock = pl.col("kind") == "stock"
    scale = pl.max_horizontal("mad", RELATIVE_FLOOR * med.abs(), pl.when(stock).then(1.0).otherwise(3.0))
    step = (x - prev).abs()
    return (cand.join(stats, on="cid").join(spread, on="cid").sort("cid")
            .with_columns(
                outlier=(pl.col("vals").list.len() >= MIN_HISTORY)
                & (0.6745 * (x - med).abs() / scale > OUTLIER_Z),
                decrease=stock & prev.is_not_null() & (x < prev),
                large=stock & prev.is_not_null() & (step > LARGE_CHANGE * pl.max_horizontal(prev.abs(), 1.0))
                & (step >= 5) & pl.col("note").is_null())
            .filter(pl.col("outlier") | pl.col("decrease") | pl.col("large")).collect())


def value_warnings(batch: Batch, past: pl.DataFrame, ctx: Context) -> dict[int, list[Problem]]:
    """Warnings per unit index."""
    found: dict[int, list[Problem]] = {}
    if past.is_empty():
        return found
    for row in _flags(batch, past).iter_rows(named=True):
        for code, params in (("outlier", {"median": row["med"]}),
                             ("stock-decrease", {"previous": row["prev"]}),
                             ("large-change-without-note", {"previous": row["prev"]})):
            if row[{"outlier": "outlier", "stock-decrease": "decrease"}.get(code, "large")]:
                msg = render(code, ctx.lang, value=row["raw"], **params)
                found.setdefault(row["unit"], []).append(
                    Problem("warning", code, msg, line=row["line"], path="waarde", value=row["raw"]))
    return found
