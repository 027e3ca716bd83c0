"""The programme overview: headline, actions with status, indicators, and changes since last
quarter.

An action's status follows from its indicators' by a declared rule, and its reason in words
(``monitor.compute.action_status``: setting ``status.action_rule``, default ``worst``, or the
action's own ``status_rule``); the heatmap's frame is ``action_status.heatmap_frame``.
"""

from __future__ import annotations

import polars as pl

from monitor.compute.action_status import action_reasons, action_status
from monitor.compute.frame import STATUSES, national
from monitor.compute.notes import DETAILS, note_details
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.periods import Quarter


def headline(results: pl.DataFrame, period: str, defs: Definitions | None = None,
             rule: str = "worst") -> dict[str, int]:
    """Number of actions per status in ``period`` (every status present, zero when none)."""
    counts = dict(action_status(results.filter(pl.col("period") == period), defs, rule)
                  .group_by("status").len().iter_rows())
    return {s: counts.get(s, 0) for s in STATUSES}


def indicator_table(results: pl.DataFrame, defs: Definitions, period: str, lang: str,
                    config: Config | None = None) -> pl.DataFrame:
    """One row per indicator in ``period``: action, line, titles, value, targets, status, coverage
    and the national series up to the period (for sparklines); with results of rules version 2
    also ``n`` and ``carried`` (values behind the figure, of which carried forward) and the
    status note, with ``config`` its details (``monitor.compute.notes.note_details``)."""
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
    v2 = [c for c in ("n", "carried", "status_note") if c in nat.columns]
    details = [*DETAILS] if config is not None and v2 else []
    if details:
        nat = note_details(nat, defs, config)
    latest = nat.filter(pl.col("period") == period).select(
        "indicator", "value", "next_target", "next_target_period", "final_target",
        "final_target_period", "coverage", "reported", "expected", "forecast", "status",
        *v2, *details)
    # no row, or no status without a reason: onvoldoende gegevens; a noted one says why (status_text)
    unexplained = pl.col("status_note").is_null() if "status_note" in v2 else pl.lit(True)
    return (meta.join(latest, on="indicator", how="left")
            .join(series, on="indicator", how="left")
            .with_columns(pl.when(unexplained).then(pl.col("status").fill_null("onvoldoende"))
                          .otherwise(pl.col("status")).alias("status")))


def action_table(results: pl.DataFrame, defs: Definitions, period: str, lang: str,
                 rule: str = "worst") -> pl.DataFrame:
    """One row per action in ``period``: line, id, title, owner, status, number of indicators and
    the reason in words (which indicators decided the status)."""
    status = action_status(results.filter(pl.col("period") == period), defs, rule)
    reasons = action_reasons(results, defs, period, lang, status)
    rows = [(a.spec.action.line, a.id, a.spec.action.title.get(lang), a.spec.action.owner,
             len(a.spec.indicators)) for a in defs.actions]
    meta = pl.DataFrame(rows, orient="row", schema={
        "line": pl.String, "action": pl.String, "title": pl.String, "owner": pl.String,
        "indicators": pl.Int64})
    return (meta.join(status.select("action", "status"), on="action", how="left")
            .with_columns(pl.col("status").fill_null("onvoldoende"),
                          pl.col("action").replace_strict(reasons, default="").alias("reason"))
            .sort("line", "action"))


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
