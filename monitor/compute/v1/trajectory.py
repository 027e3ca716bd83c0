"""FROZEN: rules version 1 (the code of commit 2188e91, before issue 15), kept unchanged so
snapshots taken under version 1 recompute as they were sent. Do not edit; change
``monitor/compute/trajectory.py`` instead.

Targets, planned trajectory, forecast and status: the shaping step after aggregation (Polars).

Status rule (thresholds from config.yaml ``status``):
- ``onvoldoende`` (onvoldoende gegevens): no value, or coverage below ``min_coverage``;
- ``behaald``: the final target is reached (direction-aware), or the milestone is achieved;
- otherwise ``ratio`` = achieved progress since the baseline / planned progress at that quarter
  (planned from the trajectory baseline -> targets); ``op_koers`` when ratio >= ``on_track``,
  ``risico`` when ratio >= ``at_risk``, ``achter`` below. At or before the baseline quarter nothing
  is planned yet: a value at least the baseline is ``op_koers``.
- A milestone not yet achieved is ``op_koers`` before its planned quarter and ``achter`` after.
Status is given for the national breakdown of every indicator, and for every breakdown of
indicators whose value does not depend on group size (share, mean, median, ratio, milestone).
"""

from __future__ import annotations

from itertools import pairwise

import polars as pl

from monitor.definitions.model import Indicator
from monitor.periods import Quarter

STATUSES = ("behaald", "op_koers", "risico", "achter", "onvoldoende")
INTENSIVE = ("share", "mean", "median", "ratio", "milestone")


def anchors(ind: Indicator) -> list[tuple[int, float]]:
    return [(ind.baseline.period.ordinal, ind.baseline.value)] + [
        (t.period.ordinal, t.value) for t in ind.targets
    ]


def planned_value(ind: Indicator, q: Quarter) -> float | None:
    """The straight-line trajectory baseline -> target(s) at quarter ``q``."""
    pts = anchors(ind)
    if q.ordinal < pts[0][0]:
        return None
    for (q0, v0), (q1, v1) in pairwise(pts):
        if q0 <= q.ordinal <= q1:
            return v0 + (v1 - v0) * (q.ordinal - q0) / (q1 - q0)
    return pts[-1][1]


def next_target(ind: Indicator, q: Quarter) -> tuple[Quarter, float]:
    for t in ind.targets:
        if t.period >= q:
            return t.period, t.value
    return ind.final_target.period, ind.final_target.value


def indicator_constants(
    indicators: list[Indicator], quarters: list[Quarter]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per indicator: baseline, final target, direction and milestone quarter; per indicator and
    quarter: the planned trajectory value and the next target. Joined onto the results so that
    targets and status are computed for every indicator at once."""
    consts = pl.DataFrame(
        [(ind.id, ind.baseline.value, str(ind.baseline.period), ind.final_target.value,
          str(ind.final_target.period), float(ind.final_target.period.ordinal), ind.direction == "up",
          ind.compute.kind == "milestone", ind.compute.kind in INTENSIVE,
          Quarter.containing(ind.compute.planned).ordinal if ind.compute.kind == "milestone" else None)
         for ind in indicators],
        schema={"indicator": pl.String, "baseline": pl.Float64, "baseline_period": pl.String,
                "final_target": pl.Float64, "final_target_period": pl.String, "x_final": pl.Float64,
                "up": pl.Boolean, "is_milestone": pl.Boolean, "intensive": pl.Boolean,
                "planned_ordinal": pl.Int64},
        orient="row",
    )
    rows = []
    for ind in indicators:
        for q in quarters:
            tq, tv = next_target(ind, q)
            rows.append((ind.id, str(q), planned_value(ind, q), tv, str(tq)))
    lookup = pl.DataFrame(
        rows,
        schema={"indicator": pl.String, "period": pl.String, "planned": pl.Float64,
                "next_target": pl.Float64, "next_target_period": pl.String},
        orient="row",
    )
    return consts, lookup


def add_targets(frame: pl.DataFrame, consts: pl.DataFrame, lookup: pl.DataFrame) -> pl.DataFrame:
    """Columns baseline, planned, next_target(_period), final_target(_period) (and the constants
    the forecast and status need) per indicator and quarter."""
    return frame.join(consts, on="indicator", how="left").join(lookup, on=["indicator", "period"],
                                                               how="left")


def add_forecast(frame: pl.DataFrame) -> pl.DataFrame:
    """Forecast at the final target quarter (``x_final``) from the least-squares line through the
    last four quarters with a value (up to and including each quarter); needs at least two.
    ``frame`` must be sorted by indicator, breakdown, group and period (one series after the
    other), so the rolling sums run per series without sorting or joining on the text keys."""
    key = ["indicator", "breakdown", "group"]
    series = pl.any_horizontal([pl.col(k) != pl.col(k).shift(1) for k in key]).fill_null(True).cum_sum()
    pts = (
        frame.with_row_index("_row")
        .with_columns(series.alias("_series"))
        .filter(pl.col("value").is_not_null())
        .select("_row", "_series", "value", "x_final", pl.col("ordinal").cast(pl.Float64).alias("x"))
        .with_columns((pl.col("x") * pl.col("value")).alias("xy"), (pl.col("x") ** 2).alias("xx"))
    )
    roll = [
        pl.col(c).rolling_sum(window_size=4, min_samples=1).over("_series").alias(f"s_{c}")
        for c in ("x", "value", "xy", "xx")
    ]
    pts = pts.with_columns(*roll, pl.int_range(pl.len()).over("_series").alias("_i")).with_columns(
        pl.min_horizontal(pl.col("_i") + 1, 4).cast(pl.Float64).alias("s_n")
    )
    denom = pl.col("s_n") * pl.col("s_xx") - pl.col("s_x") ** 2
    slope = (pl.col("s_n") * pl.col("s_xy") - pl.col("s_x") * pl.col("s_value")) / denom
    intercept = (pl.col("s_value") - slope * pl.col("s_x")) / pl.col("s_n")
    pts = pts.select(
        "_row",
        pl.when((pl.col("s_n") >= 2) & (denom != 0))
        .then(intercept + slope * pl.col("x_final"))
        .otherwise(None)
        .alias("forecast"),
    )
    return frame.with_row_index("_row").join(pts, on="_row", how="left", maintain_order="left").drop("_row")


def add_status(frame: pl.DataFrame, thresholds: dict[str, float]) -> pl.DataFrame:
    """Columns progress and status (the rule in the module docstring), for every indicator at
    once from the constants joined by :func:`add_targets`."""
    b, f, up = pl.col("baseline"), pl.col("final_target"), pl.col("up")
    value, planned = pl.col("value"), pl.col("planned")
    span = f - b
    flat = span == 0
    progress = pl.when(flat).then(pl.when(value == f).then(1.0).otherwise(0.0)).otherwise((value - b) / span)
    planned_progress = pl.when(flat).then(pl.lit(1.0)).otherwise((planned - b) / span)
    milestone = pl.col("is_milestone")
    met = pl.when(milestone).then(value >= 1).when(up).then(value >= f).otherwise(value <= f)
    not_worse = pl.when(up).then(value >= b).otherwise(value <= b)
    # rounded, so that a ratio that is exactly a threshold (3 of 3.33 planned = 0.9) is not
    # decided by the last bit of the floating-point division
    ratio = (progress / planned_progress).round(9)
    graded = (
        pl.when(milestone)
        .then(pl.when(pl.col("ordinal") < pl.col("planned_ordinal")).then(pl.lit("op_koers"))
              .otherwise(pl.lit("achter")))
        .when((planned_progress <= 0) | planned.is_null())
        .then(pl.when(not_worse).then(pl.lit("op_koers")).otherwise(pl.lit("achter")))
        .when(ratio >= thresholds["on_track"])
        .then(pl.lit("op_koers"))
        .when(ratio >= thresholds["at_risk"])
        .then(pl.lit("risico"))
        .otherwise(pl.lit("achter"))
    )
    insufficient = value.is_null() | (pl.col("coverage") < thresholds["min_coverage"])
    status = (
        pl.when(milestone & met)  # an achieved milestone stays achieved
        .then(pl.lit("behaald"))
        .when(insufficient)
        .then(pl.lit("onvoldoende"))
        .when(met)
        .then(pl.lit("behaald"))
        .otherwise(graded)
    )
    with_status = (pl.col("breakdown") == "national") | pl.col("intensive")
    return frame.with_columns(
        progress.alias("progress"),
        pl.when(with_status).then(status).otherwise(None).alias("status"),
    )
