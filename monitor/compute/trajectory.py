"""Targets, planned trajectory, forecast and status: the shaping step after aggregation (Polars).

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


def add_targets(frame: pl.DataFrame, ind: Indicator) -> pl.DataFrame:
    """Columns baseline, planned, next_target(_period), final_target(_period) per quarter."""
    quarters = frame["period"].unique().to_list()
    rows = []
    for p in quarters:
        q = Quarter.parse(p)
        tq, tv = next_target(ind, q)
        rows.append((p, planned_value(ind, q), tv, str(tq)))
    lookup = pl.DataFrame(
        rows,
        schema={
            "period": pl.String,
            "planned": pl.Float64,
            "next_target": pl.Float64,
            "next_target_period": pl.String,
        },
        orient="row",
    )
    return frame.join(lookup, on="period", how="left").with_columns(
        pl.lit(ind.baseline.value).alias("baseline"),
        pl.lit(str(ind.baseline.period)).alias("baseline_period"),
        pl.lit(ind.final_target.value).alias("final_target"),
        pl.lit(str(ind.final_target.period)).alias("final_target_period"),
    )


def add_forecast(frame: pl.DataFrame, ind: Indicator) -> pl.DataFrame:
    """Forecast at the final target quarter from the least-squares line through the last four
    quarters with a value (up to and including each quarter); needs at least two."""
    x_final = float(ind.final_target.period.ordinal)
    key = ["breakdown", "group"]
    pts = (
        frame.filter(pl.col("value").is_not_null())
        .select(*key, "period", "value", "ordinal")
        .sort(*key, "ordinal")
        .with_columns(pl.col("ordinal").cast(pl.Float64).alias("x"))
        .with_columns((pl.col("x") * pl.col("value")).alias("xy"), (pl.col("x") ** 2).alias("xx"))
    )
    roll = [
        pl.col(c).rolling_sum(window_size=4, min_samples=1).over(key).alias(f"s_{c}")
        for c in ("x", "value", "xy", "xx")
    ]
    pts = pts.with_columns(*roll, pl.int_range(pl.len()).over(key).alias("_i")).with_columns(
        pl.min_horizontal(pl.col("_i") + 1, 4).cast(pl.Float64).alias("s_n")
    )
    denom = pl.col("s_n") * pl.col("s_xx") - pl.col("s_x") ** 2
    slope = (pl.col("s_n") * pl.col("s_xy") - pl.col("s_x") * pl.col("s_value")) / denom
    intercept = (pl.col("s_value") - slope * pl.col("s_x")) / pl.col("s_n")
    pts = pts.with_columns(
        pl.when((pl.col("s_n") >= 2) & (denom != 0))
        .then(intercept + slope * x_final)
        .otherwise(None)
        .alias("forecast")
    ).select(*key, "period", "forecast")
    return frame.join(pts, on=[*key, "period"], how="left")


def add_status(frame: pl.DataFrame, ind: Indicator, thresholds: dict[str, float]) -> pl.DataFrame:
    b, f = ind.baseline.value, ind.final_target.value
    up = ind.direction == "up"
    value = pl.col("value")
    span = f - b
    progress = (value - b) / span if span else pl.when(value == f).then(1.0).otherwise(0.0)
    planned_progress = (pl.col("planned") - b) / span if span else pl.lit(1.0)
    met = value >= f if up else value <= f
    not_worse = value >= b if up else value <= b
    ratio = progress / planned_progress
    if ind.compute.kind == "milestone":
        planned_q = Quarter.containing(ind.compute.planned).ordinal
        graded = pl.when(pl.col("ordinal") < planned_q).then(pl.lit("op_koers")).otherwise(pl.lit("achter"))
        met = value >= 1
    else:
        graded = (
            pl.when((planned_progress <= 0) | pl.col("planned").is_null())
            .then(pl.when(not_worse).then(pl.lit("op_koers")).otherwise(pl.lit("achter")))
            .when(ratio >= thresholds["on_track"])
            .then(pl.lit("op_koers"))
            .when(ratio >= thresholds["at_risk"])
            .then(pl.lit("risico"))
            .otherwise(pl.lit("achter"))
        )
    insufficient = value.is_null() | (pl.col("coverage") < thresholds["min_coverage"])
    if ind.compute.kind == "milestone":  # an achieved milestone stays achieved
        status = (
            pl.when(met)
            .then(pl.lit("behaald"))
            .when(insufficient)
            .then(pl.lit("onvoldoende"))
            .otherwise(graded)
        )
    else:
        status = (
            pl.when(insufficient)
            .then(pl.lit("onvoldoende"))
            .when(met)
            .then(pl.lit("behaald"))
            .otherwise(graded)
        )
    with_status = (pl.col("breakdown") == "national") | pl.lit(ind.compute.kind in INTENSIVE)
    return frame.with_columns(
        progress.alias("progress"),
        pl.when(with_status).then(status).otherwise(None).alias("status"),
    )
