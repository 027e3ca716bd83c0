"""The compute engine: every indicator x quarter x breakdown, as one Polars DataFrame.

Aggregation runs in DuckDB (``sql``: one query per indicator, on one connection), shaping
(targets, forecast, status) in Polars (``trajectory``, once over all indicators). The result has
the columns in ``RESULT_SCHEMA``:

| column | meaning |
| --- | --- |
| action, indicator | ids from the definitions |
| period | quarter ``YYYY-Qn`` |
| breakdown, group | ``national``/``NL``, ``type``/organisation type, ``organisation``/code |
| value | the indicator value (empty when there is no data or the denominator is 0) |
| numerator, denominator | for share and ratio: the summed parts the value is computed from |
| reported, expected, coverage | organisations that reported / were expected to, and the share |
| baseline(_period), planned | the baseline (typed, or measured: the national value at its quarter) |
|   | and the planned trajectory value at this quarter |
| next_target(_period), final_target(_period) | the next target from this quarter, and the last |
| progress | (value - baseline) / (final target - baseline) |
| forecast | value at the final target quarter from the bounded trend (see ``forecast``) |
| status | behaald, op_koers, risico, achter or onvoldoende (see ``trajectory``) |
| achieved_date | milestones: the date the milestone was reported achieved |
| n | values that entered the value (incl. carried ones; ratio: organisations with both parts; |
|   | not the zeros filled in by missing: zero) |
| carried | how many of the n values were carried forward from an earlier quarter |
| forecast_note | why there is no forecast, or ``clamped`` (codes in ``forecast.NOTES``) |
| status_note | why there is no status or what it leaves out (``trajectory.STATUS_NOTES``) |
"""

from __future__ import annotations

from datetime import date

import duckdb
import polars as pl

from monitor.compute.forecast import add_forecast
from monitor.compute.sql import engine_queries, submitted_sql
from monitor.compute.trajectory import (
    add_series,
    add_status,
    add_targets,
    indicator_constants,
    resolve_baselines,
)
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.periods import Quarter, last_completed_quarter, quarter_range
from monitor.store import Store

RESULT_SCHEMA: dict[str, pl.DataType] = {
    "action": pl.String,
    "indicator": pl.String,
    "period": pl.String,
    "breakdown": pl.String,
    "group": pl.String,
    "value": pl.Float64,
    "numerator": pl.Float64,
    "denominator": pl.Float64,
    "reported": pl.Int64,
    "expected": pl.Int64,
    "coverage": pl.Float64,
    "baseline": pl.Float64,
    "baseline_period": pl.String,
    "planned": pl.Float64,
    "next_target": pl.Float64,
    "next_target_period": pl.String,
    "final_target": pl.Float64,
    "final_target_period": pl.String,
    "progress": pl.Float64,
    "forecast": pl.Float64,
    "status": pl.String,
    "achieved_date": pl.Date,
    # rules version 2 (issue 15): how many values stand behind a figure, how many of them were
    # carried forward from an earlier quarter, and why there is no forecast (a code) when none
    "n": pl.Int64,
    "carried": pl.Int64,
    "forecast_note": pl.String,
    # why a row has no status (no_target, before_baseline) or what the status leaves out (late,
    # not_held): migration 7
    "status_note": pl.String,
}

# The version of the computation rules. A snapshot stores the version it was computed under
# (``snapshots.rules_version``; empty = 1, before issue 15), so its figures and exports can always
# be reproduced as they were sent: version 1 results have the first 22 columns only.
RULES_VERSION = 2
RESULT_SCHEMA_V1: dict[str, pl.DataType] = dict(list(RESULT_SCHEMA.items())[:22])


def result_schema(rules_version: int | None) -> dict[str, pl.DataType]:
    """The result columns of results computed under ``rules_version`` (None: version 1)."""
    return RESULT_SCHEMA_V1 if (rules_version or 1) < 2 else RESULT_SCHEMA


def quarters_frame(first: Quarter, last: Quarter) -> pl.DataFrame:
    qs = quarter_range(first, last)
    return pl.DataFrame(
        {
            "period": [str(q) for q in qs],
            "end_ordinal": [q.last_day().toordinal() for q in qs],
        },
        schema={"period": pl.String, "end_ordinal": pl.Int64},
    )


def compute_with(
    con: duckdb.DuckDBPyConnection,
    defs: Definitions,
    config: Config,
    until: Quarter,
    values: str = "current_values",
) -> pl.DataFrame:
    """Compute on an open connection (``values`` names the relation holding the values, so a
    snapshot can be recomputed from its own frozen copy). One query per indicator aggregates
    (``sql``); the shaping runs once over all indicators (``trajectory``)."""
    indicators = [ind for a in defs.actions for ind in a.spec.indicators]
    if not indicators:
        return pl.DataFrame(schema=RESULT_SCHEMA)
    queries = engine_queries(defs, values, int(config["compute.max_carry_quarters"]))
    frame = aggregate(con, defs, config, until, queries, values)
    return shape(frame, defs, config, until, indicators)


def aggregate(con: duckdb.DuckDBPyConnection, defs: Definitions, config: Config, until: Quarter,
              queries: list[tuple[str, dict]], values: str = "current_values") -> pl.DataFrame:
    """The aggregated rows of ``queries`` (``sql``) before shaping, with action, coverage,
    ordinal and achieved_date: the columns the shaping reads (:data:`RAW_COLUMNS`)."""
    con.register("quarters", quarters_frame(config.programme_start, until))
    try:
        con.register("submitted", con.sql(submitted_sql(values)).pl())
        try:
            raw = pl.concat([con.sql(sql, params=params).pl() for sql, params in queries],
                            how="diagonal_relaxed")
        finally:
            con.unregister("submitted")
    finally:
        con.unregister("quarters")
    actions = pl.DataFrame({"indicator": [i.id for a in defs.actions for i in a.spec.indicators],
                            "action": [a.id for a in defs.actions for _ in a.spec.indicators]})
    milestones = [i.id for i in defs.indicators.values() if i.compute.kind == "milestone"]
    # a group without any value (n = 0) has no value, also under missing: zero (rules): its
    # numerator and denominator are empty too; a milestone not (yet) reported is 0
    empty = (pl.col("n") == 0) & ~pl.col("indicator").is_in(milestones)
    return raw.join(actions, on="indicator", how="left").with_columns(
        *(pl.when(~empty).then(pl.col(c)).alias(c) for c in ("value", "numerator", "denominator")),
        (pl.col("reported") / pl.col("expected")).alias("coverage"),
        ordinal(),
        (pl.col("achieved_ordinal").cast(pl.Int64) - date(1970, 1, 1).toordinal())
        .cast(pl.Int32)
        .cast(pl.Date)
        .alias("achieved_date"),
    )


# what the shaping reads of an aggregated row: a result row carries the same values (the
# incremental refresh shapes a series again from its stored rows)
RAW_COLUMNS = ("action", "indicator", "period", "breakdown", "group", "value", "numerator",
               "denominator", "reported", "expected", "coverage", "achieved_date", "n", "carried")


def ordinal() -> pl.Expr:
    """The quarter's ordinal (year * 4 + quarter - 1) from ``period``."""
    return (
        pl.col("period").str.slice(0, 4).cast(pl.Int64) * 4
        + pl.col("period").str.slice(6, 1).cast(pl.Int64)
        - 1
    ).alias("ordinal")


def shape(frame: pl.DataFrame, defs: Definitions, config: Config, until: Quarter,
          indicators: list[Indicator], baselines: dict[str, float | None] | None = None,
          ) -> pl.DataFrame:
    """Targets, forecast and status of the aggregated rows of ``indicators`` (``baselines``:
    the resolved baselines; default: resolved from ``frame``), sorted, in ``RESULT_SCHEMA``.
    Each series (indicator, breakdown, group) is shaped on its own rows and its indicator's
    constants only."""
    thresholds = {k: config[f"status.{k}"] for k in ("min_coverage", "on_track", "at_risk")}
    settings = {k: config[f"compute.{k}"] for k in ("forecast_min_points", "flow_achieved_for")}
    if baselines is None:
        baselines = resolve_baselines(frame, indicators, thresholds["min_coverage"])
    consts, lookup = indicator_constants(indicators, quarter_range(config.programme_start, until),
                                         defs.measures, defs.relations, settings, baselines)
    frame = add_series(_sorted(add_targets(frame, consts, lookup)))
    frame = add_forecast(frame)
    frame = add_status(frame, thresholds)
    # min_n: fewer values than the definition asks for is onvoldoende gegevens (value still shown)
    min_n = pl.DataFrame({"indicator": [i.id for i in indicators], "_min_n": [i.min_n for i in indicators]},
                         schema={"indicator": pl.String, "_min_n": pl.Int64})
    frame = frame.join(min_n, on="indicator", how="left", maintain_order="left").with_columns(
        pl.when(pl.col("status").is_not_null() & (pl.col("n") < pl.col("_min_n")).fill_null(False))
        .then(pl.lit("onvoldoende")).otherwise(pl.col("status")).alias("status"))
    frame = frame.with_columns(pl.lit(None).alias(c) for c in RESULT_SCHEMA if c not in frame.columns)
    return frame.select([pl.col(c).cast(t) for c, t in RESULT_SCHEMA.items()])


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    """Sorted by action, indicator, breakdown, group and period, comparing the text columns as
    ranks (enums of their sorted values) rather than as strings: much faster on a million rows."""
    keys = ["action", "indicator", "breakdown", "group", "period"]
    ranks = [pl.col(k).cast(pl.Enum(frame[k].unique().sort())).alias(f"_{k}") for k in keys]
    return frame.with_columns(ranks).sort([f"_{k}" for k in keys]).drop([f"_{k}" for k in keys])


def compute(
    store: Store,
    defs: Definitions,
    config: Config,
    *,
    until: Quarter | None = None,
    today: date | None = None,
) -> pl.DataFrame:
    """All indicators for every quarter from the programme start to ``until`` (default: the last
    completed quarter)."""
    until = until or last_completed_quarter(today or date.today())
    until = min(until, config.programme_end)
    with store.read() as con:
        return compute_with(con, defs, config, until)
