"""The programme overview: headline, actions with status, heatmap, and changes since last quarter.

An action's status is the most serious status among its indicators (achter > risico > op_koers >
behaald), ignoring indicators with insufficient data; when no indicator has enough data the action
is 'onvoldoende'.
"""

from __future__ import annotations

import polars as pl

from monitor.compute.trajectory import STATUSES
from monitor.definitions import Definitions
from monitor.periods import Quarter

SEVERITY = {"achter": 4, "risico": 3, "op_koers": 2, "behaald": 1, "onvoldoende": 0}


def national(results: pl.DataFrame) -> pl.DataFrame:
    return results.filter(pl.col("breakdown") == "national")


def action_status(results: pl.DataFrame) -> pl.DataFrame:
    """Status per action and quarter (columns action, period, status)."""
    return (
        national(results)
        .with_columns(pl.col("status").replace_strict(SEVERITY, return_dtype=pl.Int8).alias("sev"))
        .group_by("action", "period")
        .agg(pl.col("sev").max())
        .with_columns(pl.col("sev").replace_strict({v: k for k, v in SEVERITY.items()},
                                                   return_dtype=pl.String).alias("status"))
        .drop("sev")
        .sort("action", "period")
    )


def headline(results: pl.DataFrame, period: str) -> dict[str, int]:
    """Number of actions per status in ``period`` (every status present, zero when none)."""
    counts = dict(action_status(results).filter(pl.col("period") == period)
                  .group_by("status").len().iter_rows())
    return {s: counts.get(s, 0) for s in STATUSES}


def indicator_table(results: pl.DataFrame, defs: Definitions, period: str, lang: str) -> pl.DataFrame:
    """One row per indicator in ``period``: action, line, titles, value, targets, status, coverage
    and the national series up to the period (for sparklines)."""
    nat = national(results).filter(pl.col("period") <= period)
    series = nat.sort("period").group_by("indicator", maintain_order=True).agg(
        pl.col("value").alias("series"))
    rows = []
    for a in defs.actions:
        for ind in a.spec.indicators:
            rows.append((a.id, a.spec.action.line, a.spec.action.title.get(lang), ind.id,
                         ind.title.get(lang), ind.unit, ind.precision, ind.direction))
    meta = pl.DataFrame(rows, orient="row", schema={
        "action": pl.String, "line": pl.String, "action_title": pl.String, "indicator": pl.String,
        "title": pl.String, "unit": pl.String, "precision": pl.Int64, "direction": pl.String})
    latest = nat.filter(pl.col("period") == period).select(
        "indicator", "value", "next_target", "next_target_period", "final_target",
        "final_target_period", "coverage", "reported", "expected", "forecast", "status")
    return (meta.join(latest, on="indicator", how="left")
            .join(series, on="indicator", how="left")
            .with_columns(pl.col("status").fill_null("onvoldoende")))


def action_table(results: pl.DataFrame, defs: Definitions, period: str, lang: str) -> pl.DataFrame:
    """One row per action in ``period``: line, id, title, owner, status, number of indicators."""
    status = action_status(results).filter(pl.col("period") == period)
    rows = [(a.spec.action.line, a.id, a.spec.action.title.get(lang), a.spec.action.owner,
             len(a.spec.indicators)) for a in defs.actions]
    meta = pl.DataFrame(rows, orient="row", schema={
        "line": pl.String, "action": pl.String, "title": pl.String, "owner": pl.String,
        "indicators": pl.Int64})
    return (meta.join(status.select("action", "status"), on="action", how="left")
            .with_columns(pl.col("status").fill_null("onvoldoende")).sort("line", "action"))


def heatmap_frame(results: pl.DataFrame, defs: Definitions, lang: str) -> pl.DataFrame:
    """Status per action and quarter with a label, for the heatmap."""
    labels = {a.id: f"{a.id.upper()} {a.spec.action.title.get(lang)}" for a in defs.actions}
    return action_status(results).with_columns(
        pl.col("action").replace_strict(labels).alias("action_label"))


def changes(results: pl.DataFrame, defs: Definitions, period: str, lang: str) -> pl.DataFrame:
    """Indicators whose national status changed from the previous quarter to ``period``."""
    previous = str(Quarter.parse(period) - 1)
    nat = national(results).filter(pl.col("period").is_in([previous, period]))
    wide = nat.select("indicator", "period", "status", "value").pivot(
        on="period", index="indicator", values=["status", "value"])
    cols = {f"status_{previous}": "status_before", f"status_{period}": "status_now",
            f"value_{previous}": "value_before", f"value_{period}": "value_now"}
    if not all(c in wide.columns for c in cols):
        return pl.DataFrame(schema={"indicator": pl.String, "title": pl.String,
                                    "status_before": pl.String, "status_now": pl.String,
                                    "value_before": pl.Float64, "value_now": pl.Float64})
    titles = {i.id: i.title.get(lang) for i in defs.indicators.values()}
    return (wide.rename(cols)
            .filter(pl.col("status_before") != pl.col("status_now"))
            .with_columns(pl.col("indicator").replace_strict(titles).alias("title"))
            .select("indicator", "title", "status_before", "status_now", "value_before",
                    "value_now")
            .sort("indicator"))
