"""The forecast (rules version 2, issue 15): a bounded straight-line trend, only where it means
something, with a code in ``forecast_note`` whenever there is none or it was bounded.

- Made at a quarter with a value, before the final target quarter, for a row judged against a
  target (``trajectory.judged``), from the least-squares line through the last
  ``max(4, min_points)`` quarters with a value; it needs ``min_points`` of them (definition
  ``forecast.min_points``, default setting ``compute.forecast_min_points``). The line is fitted
  on quarter numbers counted from the final target quarter and centred on their mean, so the
  sums stay small and exact.
- Not made for milestones, nor for indicators on per-quarter flows (``kind: flow``, except
  ``cumulative``) unless the definition declares ``forecast: {allow: true}``.
- Bounded to the indicator's domain (:func:`domain`): a forecast outside it is set to the bound
  and noted ``clamped``.

``forecast_note`` codes: ``no_target`` (a breakdown row no target applies to),
``before_baseline``, ``not_for_kind``, ``no_value``, ``target_passed`` (at or after the final
target quarter), ``too_few_points``, ``clamped``; empty for an unbounded forecast.
"""

from __future__ import annotations

import polars as pl

from monitor.definitions.model import Indicator, Measure, Relation

NOTES = ("no_target", "before_baseline", "not_for_kind", "no_value", "target_passed", "too_few_points",
         "clamped")


def on_flows(ind: Indicator, measures: dict[str, Measure]) -> bool:
    """Whether the indicator's value is a per-quarter flow (a cumulative sum is a stock)."""
    return ind.compute.kind != "cumulative" and any(
        measures[m].kind == "flow" for m in ind.compute.measures() if m in measures)


def forecast_block(ind: Indicator, measures: dict[str, Measure]) -> str | None:
    """``not_for_kind`` when no forecast is made for this indicator at all, else None."""
    if ind.compute.kind == "milestone" or ind.forecast.allow is False:
        return "not_for_kind"
    if on_flows(ind, measures) and not ind.forecast.allow:
        return "not_for_kind"
    return None


def domain(ind: Indicator, measures: dict[str, Measure], relations: list[Relation]
           ) -> tuple[float | None, float | None, bool]:
    """(lowest, highest, highest is the number of expected organisations) an indicator value can
    take: share 0-100; milestone 0-1; count 0-expected; mean, median and latest of a mean, median,
    max or min within the measure's range; sum, cumulative and latest sum at least 0 when the
    measure cannot be negative; ratio at least 0 when both parts cannot be negative, at most
    ``factor`` when a check declares numerator <= denominator (negative factors mirror)."""
    c = ind.compute
    if c.kind == "share":
        return 0.0, 100.0, False
    if c.kind == "milestone":
        return 0.0, 1.0, False
    if c.kind == "count":
        return 0.0, None, True
    if c.kind == "ratio":
        num, den = measures.get(c.numerator), measures.get(c.denominator)
        nonneg = all(m is not None and m.low is not None and m.low >= 0 for m in (num, den))
        capped = nonneg and any(r.measure == c.numerator and r.op == "at_most"
                                and r.other == c.denominator for r in relations)
        lo, hi = (0.0 if nonneg else None), (1.0 if capped else None)
        if c.factor < 0:
            lo, hi = (None if hi is None else hi * c.factor), (None if lo is None else lo * c.factor)
        else:
            lo, hi = (None if lo is None else lo * c.factor), (None if hi is None else hi * c.factor)
        return lo, hi, False
    m = measures.get(c.measure)
    if m is None:
        return None, None, False
    if c.kind in ("mean", "median") or (c.kind == "latest" and c.agg != "sum"):
        return m.low, m.high, False
    # sum, cumulative, latest sum: any number of organisations' values added up
    return (0.0 if m.low is not None and m.low >= 0 else None), None, False


def add_forecast(frame: pl.DataFrame) -> pl.DataFrame:
    """Columns ``forecast`` and ``forecast_note`` (rules in the module docstring). ``frame`` is
    sorted per series (``_series``: one id per indicator, breakdown and group) and has the
    constants of ``trajectory.indicator_constants`` and the flags ``_judged`` and ``_before``."""
    pts = (
        frame.with_row_index("_row")
        .filter(pl.col("value").is_not_null())
        .select("_row", "_series", "fc_window", pl.col("value").alias("y"),
                (pl.col("ordinal") - pl.col("x_final")).cast(pl.Float64).alias("x"))
        .with_columns((pl.col("x") * pl.col("y")).alias("xy"), (pl.col("x") ** 2).alias("xx"),
                      pl.lit(1.0).alias("one"))
    )
    parts = []
    for w in pts["fc_window"].unique().drop_nulls().to_list():
        part = pts.filter(pl.col("fc_window") == w)
        parts.append(part.select("_row", *[
            pl.col(c).rolling_sum(window_size=int(w), min_samples=1).over("_series").alias(f"s_{c}")
            for c in ("one", "x", "y", "xy", "xx")]))
    sums = (pl.concat(parts) if parts else
            pl.DataFrame(schema={"_row": pl.UInt32, **{f"s_{c}": pl.Float64
                                                        for c in ("one", "x", "y", "xy", "xx")}}))
    n, mx, my = pl.col("s_one"), pl.col("s_x") / pl.col("s_one"), pl.col("s_y") / pl.col("s_one")
    sxx = pl.col("s_xx") - n * mx * mx  # centred: sum of (x - mean x)^2
    sxy = pl.col("s_xy") - n * mx * my
    raw = my + pl.when(sxx > 0).then(sxy / sxx).otherwise(0.0) * (0.0 - mx)  # at x = 0 (final)
    sums = sums.select("_row", n.alias("_n"), pl.when(sxx > 0).then(raw).alias("_raw"))
    out = frame.with_row_index("_row").join(sums, on="_row", how="left", maintain_order="left")
    hi = pl.when(pl.col("hi_expected")).then(pl.col("expected").cast(pl.Float64)).otherwise(pl.col("hi"))
    lo, r = pl.col("lo"), pl.col("_raw")
    bounded = pl.max_horizontal(r, lo).fill_null(r)
    bounded = pl.min_horizontal(bounded, hi).fill_null(bounded)
    note = (
        pl.when(~pl.col("_judged")).then(pl.lit("no_target"))
        .when(pl.col("_before")).then(pl.lit("before_baseline"))
        .when(pl.col("fc_block").is_not_null()).then(pl.col("fc_block"))
        .when(pl.col("value").is_null()).then(pl.lit("no_value"))
        .when(pl.col("ordinal") >= pl.col("x_final")).then(pl.lit("target_passed"))
        .when((pl.col("_n") < pl.col("fc_min")) | r.is_null()).then(pl.lit("too_few_points"))
        .when(bounded != r).then(pl.lit("clamped"))
    )
    return out.with_columns(note.alias("forecast_note")).with_columns(
        pl.when(pl.col("forecast_note").is_null() | (pl.col("forecast_note") == "clamped"))
        .then(bounded).alias("forecast")
    ).drop("_row", "_n", "_raw")
