"""The computation rules of version 1 (before issue 15), frozen.

A snapshot records the rules version it was computed under (``snapshots.rules_version``; empty =
1). Its stored results are what was sent; :func:`compute_with` here recomputes a version-1
snapshot with the rules it was made under, so ``recompute_snapshot`` and ``snapshot diff`` never
call a version-1 figure wrong because the rules changed later. ``sql`` and ``trajectory`` are
copies of the modules as they were at commit 2188e91; do not edit them.
"""

from __future__ import annotations

from datetime import date

import duckdb
import polars as pl

from monitor.compute.engine import RESULT_SCHEMA_V1
from monitor.compute.v1.sql import engine_queries, submitted_sql
from monitor.compute.v1.trajectory import add_forecast, add_status, add_targets, indicator_constants
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.periods import Quarter, quarter_range


def quarters_frame(first: Quarter, last: Quarter) -> pl.DataFrame:
    qs = quarter_range(first, last)
    return pl.DataFrame(
        {
            "period": [str(q) for q in qs],
            "end_ordinal": [q.last_day().toordinal() for q in qs],
        },
        schema={"period": pl.String, "end_ordinal": pl.Int64},
    )


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    """Sorted by action, indicator, breakdown, group and period, comparing the text columns as
    ranks (enums of their sorted values) rather than as strings: much faster on a million rows."""
    keys = ["action", "indicator", "breakdown", "group", "period"]
    ranks = [pl.col(k).cast(pl.Enum(frame[k].unique().sort())).alias(f"_{k}") for k in keys]
    return frame.with_columns(ranks).sort([f"_{k}" for k in keys]).drop([f"_{k}" for k in keys])


def compute_with(
    con: duckdb.DuckDBPyConnection,
    defs: Definitions,
    config: Config,
    until: Quarter,
    values: str = "current_values",
) -> pl.DataFrame:
    """Version 1's ``monitor.compute.engine.compute_with`` (results in ``RESULT_SCHEMA_V1``)."""
    thresholds = {k: config[f"status.{k}"] for k in ("min_coverage", "on_track", "at_risk")}
    indicators = [ind for a in defs.actions for ind in a.spec.indicators]
    if not indicators:
        return pl.DataFrame(schema=RESULT_SCHEMA_V1)
    con.register("quarters", quarters_frame(config.programme_start, until))
    try:
        con.register("submitted", con.sql(submitted_sql(values)).pl())
        try:
            raw = pl.concat([con.sql(sql, params=params).pl()
                             for sql, params in engine_queries(defs, values)], how="diagonal_relaxed")
        finally:
            con.unregister("submitted")
    finally:
        con.unregister("quarters")
    actions = pl.DataFrame({"indicator": [i.id for a in defs.actions for i in a.spec.indicators],
                            "action": [a.id for a in defs.actions for _ in a.spec.indicators]})
    consts, lookup = indicator_constants(indicators, quarter_range(config.programme_start, until))
    carrying = [i.id for i in indicators
                if i.compute.kind in ("latest", "cumulative", "milestone") or i.missing == "carry_forward"]
    frame = raw.join(actions, on="indicator", how="left").with_columns(
        pl.when((pl.col("reported") > 0) | pl.col("indicator").is_in(carrying))
        .then(pl.col("value")).alias("value"),
        (pl.col("reported") / pl.col("expected")).alias("coverage"),
        (
            pl.col("period").str.slice(0, 4).cast(pl.Int64) * 4
            + pl.col("period").str.slice(6, 1).cast(pl.Int64)
            - 1
        ).alias("ordinal"),
        (pl.col("achieved_ordinal").cast(pl.Int64) - date(1970, 1, 1).toordinal())
        .cast(pl.Int32)
        .cast(pl.Date)
        .alias("achieved_date"),
    )
    frame = _sorted(add_targets(frame, consts, lookup))
    frame = add_forecast(frame)
    frame = add_status(frame, thresholds)
    return frame.select([pl.col(c).cast(t) for c, t in RESULT_SCHEMA_V1.items()])
