"""Targets, planned trajectory, forecast and status: the shaping step after aggregation (Polars).

Status rule (thresholds from config.yaml ``status``):
- ``onvoldoende`` (onvoldoende gegevens): no value, or coverage below ``min_coverage``;
- ``behaald``: the final target is reached (direction-aware) in this quarter and the
  ``achieved_for - 1`` quarters before it (definition ``achieved_for``; default 1, for indicators
  on per-quarter flows the setting ``compute.flow_achieved_for``), or the milestone is achieved;
  a target met but not yet held long enough is graded as below, with ``status_note`` ``not_held``;
- otherwise ``ratio`` = achieved progress since the baseline / planned progress at that quarter
  (planned from the trajectory baseline -> targets); ``op_koers`` when ratio >= ``on_track``,
  ``risico`` when ratio >= ``at_risk``, ``achter`` below. At the baseline quarter nothing is
  planned yet: a value at least the baseline is ``op_koers``.
- A milestone not yet achieved is ``op_koers`` before its planned quarter and ``achter`` after;
  one achieved after its planned date is ``behaald`` with ``status_note`` ``late``.
Rules version 2 (issue 15): no status, progress or forecast before the baseline quarter
(``status_note`` ``before_baseline``); a breakdown row is judged only when the definition's
``target_applies_to`` (default ``[national]``) names its breakdown: other rows keep their value
but have no baseline, targets, progress, forecast or status (``status_note`` ``no_target``).
A baseline declared ``value: measured`` is the national value at the baseline quarter
(:func:`resolve_baselines`); without a usable value there (none, coverage below ``min_coverage``
or fewer than ``min_n`` values) there is no baseline and no progress or status (``no_baseline``).
"""

from __future__ import annotations

from itertools import pairwise

import polars as pl

from monitor.compute.forecast import domain, forecast_block, on_flows
from monitor.compute.frame import national
from monitor.definitions.model import Indicator, Measure, Relation
from monitor.periods import Quarter

INTENSIVE = ("share", "mean", "median", "ratio", "milestone")
STATUS_NOTES = ("no_target", "before_baseline", "no_baseline", "late", "not_held")
TARGET_COLUMNS = ("baseline", "baseline_period", "planned", "next_target", "next_target_period",
                  "final_target", "final_target_period", "progress", "forecast", "status")


def anchors(ind: Indicator, baseline: float | None = None) -> list[tuple[int, float]]:
    """The trajectory's points: the baseline (``baseline`` for a measured one) and the targets."""
    b = ind.baseline.typed if baseline is None else baseline
    return [(ind.baseline.period.ordinal, b)] + [(t.period.ordinal, t.value) for t in ind.targets]


def planned_value(ind: Indicator, q: Quarter, baseline: float | None = None) -> float | None:
    """The straight-line trajectory baseline -> target(s) at quarter ``q`` (None before the
    baseline quarter, or when the baseline is measured and ``baseline`` not given)."""
    pts = anchors(ind, baseline)
    if q.ordinal < pts[0][0] or pts[0][1] is None:
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


def resolve_baselines(frame: pl.DataFrame, indicators: list[Indicator],
                      min_coverage: float) -> dict[str, float | None]:
    """The baseline of every indicator: its typed value, or for ``value: measured`` the national
    value at the baseline quarter when that value is usable (not empty, coverage at least
    ``min_coverage``, at least ``min_n`` values), else None (no baseline). ``frame`` holds the
    aggregated rows (indicator, breakdown, period, value, coverage, n)."""
    out: dict[str, float | None] = {ind.id: ind.baseline.typed for ind in indicators}
    wanted = {ind.id: ind for ind in indicators if ind.baseline.measured}
    if not wanted:
        return out
    rows = national(frame).filter(pl.col("indicator").is_in(list(wanted)))
    for iid, period, value, coverage, n in rows.select(
            "indicator", "period", "value", "coverage", "n").iter_rows():
        ind = wanted[iid]
        if period != str(ind.baseline.period) or value is None:
            continue
        few = ind.min_n is not None and (n or 0) < ind.min_n
        if few or (coverage is not None and coverage < min_coverage):
            continue
        out[iid] = float(value)
    return out


def baseline_of(ind: Indicator, results: pl.DataFrame) -> float | None:
    """``ind``'s baseline as the engine used it: the typed value, or for a measured baseline the
    ``baseline`` column of its national results (None: not measured, or no results given)."""
    if not ind.baseline.measured:
        return ind.baseline.typed
    if results.is_empty() or "baseline" not in results.columns:
        return None
    rows = results.filter(pl.col("indicator") == ind.id) if "indicator" in results.columns else results
    if "breakdown" in rows.columns:
        rows = national(rows)
    found = rows["baseline"].drop_nulls()
    return float(found[0]) if found.len() else None


def indicator_constants(
    indicators: list[Indicator],
    quarters: list[Quarter],
    measures: dict[str, Measure] | None = None,
    relations: list[Relation] | None = None,
    settings: dict[str, int] | None = None,
    baselines: dict[str, float | None] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per indicator: baseline, final target, direction, milestone quarter, the breakdowns its
    target applies to, the forecast's window, minimum, domain and block, and the quarters a target
    must hold; per indicator and quarter: the planned trajectory value and the next target. Joined
    onto the results so that targets and status are computed for every indicator at once.
    ``baselines`` holds the resolved baselines (:func:`resolve_baselines`; default: typed)."""
    measures, relations, settings = measures or {}, relations or [], settings or {}
    baselines = baselines or {}

    def base(ind: Indicator) -> float | None:
        return baselines.get(ind.id, ind.baseline.typed)

    min_points = settings.get("forecast_min_points", 4)
    flow_hold = settings.get("flow_achieved_for", 4)

    def row(ind: Indicator) -> tuple:
        lo, hi, hi_expected = domain(ind, measures, relations)
        fmin = ind.forecast.min_points or min_points
        hold = ind.achieved_for or (flow_hold if on_flows(ind, measures) else 1)
        return (ind.id, base(ind), str(ind.baseline.period), ind.final_target.value,
                str(ind.final_target.period), float(ind.final_target.period.ordinal),
                ind.direction == "up", ind.compute.kind == "milestone", ind.compute.kind in INTENSIVE,
                Quarter.containing(ind.compute.planned).ordinal if ind.compute.kind == "milestone" else None,
                ind.compute.planned if ind.compute.kind == "milestone" else None,
                *(b in ind.target_applies_to for b in ("national", "type", "organisation")),
                max(4, fmin), fmin, lo, hi, hi_expected, forecast_block(ind, measures), hold)

    consts = pl.DataFrame(
        [row(ind) for ind in indicators],
        schema={"indicator": pl.String, "baseline": pl.Float64, "baseline_period": pl.String,
                "final_target": pl.Float64, "final_target_period": pl.String, "x_final": pl.Float64,
                "up": pl.Boolean, "is_milestone": pl.Boolean, "intensive": pl.Boolean,
                "planned_ordinal": pl.Int64, "planned_date": pl.Date, "j_national": pl.Boolean,
                "j_type": pl.Boolean, "j_organisation": pl.Boolean, "fc_window": pl.Int64,
                "fc_min": pl.Int64, "lo": pl.Float64, "hi": pl.Float64, "hi_expected": pl.Boolean,
                "fc_block": pl.String, "hold": pl.Int64},
        orient="row",
    )
    rows = []
    for ind in indicators:
        for q in quarters:
            tq, tv = next_target(ind, q)
            b = base(ind)
            rows.append((ind.id, str(q), None if b is None else planned_value(ind, q, b), tv, str(tq)))
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
    out = frame.join(consts, on="indicator", how="left").join(lookup, on=["indicator", "period"],
                                                              how="left")
    bd = pl.col("breakdown")
    judged = (((bd == "national") & pl.col("j_national")) | ((bd == "type") & pl.col("j_type"))
              | ((bd == "organisation") & pl.col("j_organisation")))
    return out.with_columns(judged.fill_null(False).alias("_judged"),
                            (pl.col("period") < pl.col("baseline_period")).fill_null(False).alias("_before"))


def add_series(frame: pl.DataFrame) -> pl.DataFrame:
    """Column ``_series``: one number per indicator, breakdown and group, counting up; ``frame``
    must be sorted by them and by period (one series after the other)."""
    key = ["indicator", "breakdown", "group"]
    series = pl.any_horizontal([pl.col(k) != pl.col(k).shift(1) for k in key]).fill_null(True).cum_sum()
    return frame.with_columns(series.alias("_series"))


_DEFAULTS = {"_judged": (True, pl.Boolean), "_before": (False, pl.Boolean), "hold": (1, pl.Int64),
             "_series": (0, pl.Int64), "planned_date": (None, pl.Date),
             "achieved_date": (None, pl.Date), "forecast_note": (None, pl.String)}


def add_status(frame: pl.DataFrame, thresholds: dict[str, float]) -> pl.DataFrame:
    """Columns progress, status and status_note (the rule in the module docstring), for every
    indicator at once from the constants joined by :func:`add_targets`; the target columns of rows
    that are not judged (``_judged``) are emptied."""
    frame = frame.with_columns(pl.lit(v, dtype=t).alias(c) for c, (v, t) in _DEFAULTS.items()
                               if c not in frame.columns)
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
    # quarters in a row (this one included) in which the target is met, per series
    met_n = met.fill_null(False).cast(pl.Int64)
    total = met_n.cum_sum().over("_series")
    run = total - pl.when(met_n == 0).then(total).otherwise(None).forward_fill().over("_series").fill_null(0)
    held = run >= pl.col("hold")
    status = (
        pl.when(milestone & met)  # an achieved milestone stays achieved
        .then(pl.lit("behaald"))
        .when(insufficient)
        .then(pl.lit("onvoldoende"))
        .when(met & held)
        .then(pl.lit("behaald"))
        .otherwise(graded)
    )
    judged, before = pl.col("_judged"), pl.col("_before")
    # a measured baseline without a usable value: nothing to judge progress against
    no_base = b.is_null() & ~milestone.fill_null(False)
    with_status = (((pl.col("breakdown") == "national") | pl.col("intensive")) & judged & ~before
                   & ~no_base)
    late = milestone & met & (pl.col("achieved_date") > pl.col("planned_date"))
    note = (
        pl.when(~judged).then(pl.lit("no_target"))
        .when(before).then(pl.lit("before_baseline"))
        .when(no_base).then(pl.lit("no_baseline"))
        .when(late.fill_null(False)).then(pl.lit("late"))
        .when(with_status & ~milestone & met.fill_null(False) & ~held & ~insufficient)
        .then(pl.lit("not_held"))
    )
    out = frame.with_columns(
        pl.when(judged & ~before).then(progress).alias("progress"),
        pl.when(with_status).then(status).otherwise(None).alias("status"),
        note.alias("status_note"),
    )
    return out.with_columns(pl.when(judged).then(pl.col(c)).alias(c)
                            for c in TARGET_COLUMNS if c in out.columns)
