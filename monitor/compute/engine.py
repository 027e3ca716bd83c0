"""The compute engine: every indicator x quarter x breakdown, as one Polars DataFrame.

Aggregation runs in DuckDB (``sql``), shaping (targets, forecast, status) in Polars
(``trajectory``). The result has the columns in ``RESULT_SCHEMA``:

| column | meaning |
| --- | --- |
| action, indicator | ids from the definitions |
| period | quarter ``YYYY-Qn`` |
| breakdown, group | ``national``/``NL``, ``type``/organisation type, ``organisation``/code |
| value | the indicator value (empty when there is no data or the denominator is 0) |
| numerator, denominator | for share and ratio: the summed parts the value is computed from |
| reported, expected, coverage | organisations that reported / were expected to, and the share |
| baseline(_period), planned | the baseline and the planned trajectory value at this quarter |
| next_target(_period), final_target(_period) | the next target from this quarter, and the last |
| progress | (value - baseline) / (final target - baseline) |
| forecast | value at the final target quarter from the trend of the last four quarters |
| status | behaald, op_koers, risico, achter or onvoldoende (see ``trajectory``) |
| achieved_date | milestones: the date the milestone was reported achieved |
"""

from __future__ import annotations

from datetime import date

import duckdb
import polars as pl

from monitor.compute.sql import indicator_sql
from monitor.compute.trajectory import add_forecast, add_status, add_targets
from monitor.config import Config
from monitor.definitions import Definitions
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
}


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
    snapshot can be recomputed from its own frozen copy)."""
    measures = defs.measures
    thresholds = {k: config[f"status.{k}"] for k in ("min_coverage", "on_track", "at_risk")}
    con.register("quarters", quarters_frame(config.programme_start, until))
    frames = []
    try:
        for action in defs.actions:
            for ind in action.spec.indicators:
                sql, params = indicator_sql(ind, measures, values)
                restrict = (
                    sorted({o for mid in ind.compute.measures() for o in measures[mid].organisations or []})
                    or None
                )
                params |= {"types": defs.covers(ind), "orgs": restrict}
                raw = con.sql(sql, params=params).pl()
                frames.append(_shape(raw, ind, action.id, thresholds))
    finally:
        con.unregister("quarters")
    if not frames:
        return pl.DataFrame(schema=RESULT_SCHEMA)
    return pl.concat(frames, how="vertical").sort("action", "indicator", "breakdown", "group", "period")


def _shape(raw: pl.DataFrame, ind, action_id: str, thresholds: dict) -> pl.DataFrame:
    carries = ind.compute.kind in ("latest", "cumulative", "milestone") or (ind.missing == "carry_forward")
    if not carries:  # no organisation reported: no data, also under missing: zero
        raw = raw.with_columns(pl.when(pl.col("reported") > 0).then(pl.col("value")).alias("value"))
    frame = raw.filter(pl.col("breakdown").is_in(ind.breakdowns)).with_columns(
        pl.lit(action_id).alias("action"),
        pl.lit(ind.id).alias("indicator"),
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
    frame = add_targets(frame, ind)
    frame = add_forecast(frame, ind)
    frame = add_status(frame, ind, thresholds)
    return frame.select([pl.col(c).cast(t) for c, t in RESULT_SCHEMA.items()])


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
