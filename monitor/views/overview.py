"""The programme overview: headline, actions with status, indicators, and changes since last
quarter.

An action's status follows from its indicators' by a declared rule, and its reason in words
(``monitor.compute.action_status``: setting ``status.action_rule``, default ``worst``, or the
action's own ``status_rule``); the heatmap's frame is ``action_status.heatmap_frame``.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from monitor.compute.action_status import action_reasons, action_status
from monitor.compute.frame import STATUSES, national
from monitor.compute.notes import DETAILS, note_details
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.periods import Quarter
from monitor.runtime import Runtime
from monitor.text import number, percent, quarter, t, value_text
from monitor.views.completeness import reporting_rates

# whether more of a status is good news (None: neither)
MORE_IS_GOOD = {"behaald": True, "op_koers": True, "risico": False, "achter": False,
                "onvoldoende": None}


def headline(results: pl.DataFrame, period: str, defs: Definitions | None = None,
             rule: str = "worst") -> dict[str, int]:
    """Number of actions per status in ``period`` (every status present, zero when none)."""
    counts = dict(action_status(results.filter(pl.col("period") == period), defs, rule)
                  .group_by("status").len().iter_rows())
    return {s: counts.get(s, 0) for s in STATUSES}


@dataclass(frozen=True)
class KeyFigure:
    """One key figure as the overview shows it: ``key`` (a status, or ``submissions``), its value
    in words, the change since the previous quarter in words (arrow and sign: '↑ +3', '= 0'; None
    for the first quarter) and whether that change is good news (``better``: True, False, or
    None for no change or no meaning), which sets the colour the words are shown in."""

    key: str
    value: str
    change: str | None
    better: bool | None


def _change(now: float, before: float | None, decimals: int, more_is_good: bool | None,
            lang: str, points: bool = False) -> tuple[str | None, bool | None]:
    if before is None:
        return None, None
    diff = round(now - before, decimals)
    size = number(abs(diff), decimals, lang)
    if points:
        size = t("overview.change.points", lang, n=size)
    if diff == 0:
        return t("overview.change.same", lang), None
    up = diff > 0
    words = t(f"overview.change.{'up' if up else 'down'}", lang, change=size)
    return words, None if more_is_good is None else up == more_is_good


def key_figures(rt: Runtime, results: pl.DataFrame, period: str, lang: str) -> list[KeyFigure]:
    """The overview's key figures for ``period``, each with its change since the previous quarter
    (as the Coronadashboard shows them): the number of actions per status, then the share of
    expected organisations that submitted."""
    rule = rt.config["status.action_rule"]
    previous = str(Quarter.parse(period) - 1)
    known = previous in set(results["period"].unique().to_list())
    now = headline(results, period, rt.defs, rule)
    before = headline(results, previous, rt.defs, rule) if known else {}
    figures = []
    for status in STATUSES:
        change, better = _change(now[status], before.get(status), 0, MORE_IS_GOOD[status], lang)
        figures.append(KeyFigure(status, number(now[status], 0, lang), change, better))
    rates = (reporting_rates(rt.store, rt.defs, rt.register, [previous, period])
             .group_by("period").agg(pl.col("expected").sum(), pl.col("reported").sum()))
    share = {p: 100 * r / e for p, e, r in rates.select("period", "expected", "reported").iter_rows()
             if e}
    if period in share:
        change, better = _change(round(share[period]), round(share[previous]) if known and
                                 previous in share else None, 0, True, lang, points=True)
        figures.append(KeyFigure("submissions", percent(share[period], 0, lang), change, better))
    return figures


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
                         ind.title.get(lang), ind.unit, ind.precision, ind.direction,
                         ind.unit_singular))
    meta = pl.DataFrame(rows, orient="row", schema={
        "action": pl.String, "line": pl.String, "action_title": pl.String, "indicator": pl.String,
        "title": pl.String, "unit": pl.String, "precision": pl.Int64, "direction": pl.String,
        "unit_singular": pl.String})
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
    table = (meta.join(latest, on="indicator", how="left")
             .join(series, on="indicator", how="left")
             .with_columns(pl.when(unexplained).then(pl.col("status").fill_null("onvoldoende"))
                           .otherwise(pl.col("status")).alias("status")))
    return table.with_columns(
        _texts(table, lambda r: value_text(r["value"], r["precision"], r["unit"], lang,
                                      singular=r["unit_singular"]),
               "value_text"),
        _texts(table, lambda r: _target(r, lang), "target_text"),
        # the sparkline draws the quarters with a value (a gap is left out, not drawn as text)
        pl.col("series").list.drop_nulls().alias("series"))


def _texts(table: pl.DataFrame, text, name: str) -> pl.Series:
    return pl.Series(name, [text(r) for r in table.iter_rows(named=True)], dtype=pl.String)


def _target(row: dict, lang: str) -> str:
    """'80% in K4 2026': the next target in the measure's precision, with its quarter."""
    if row["next_target"] is None:
        return value_text(None, None, None, lang)
    return t("overview.target", lang, value=value_text(row["next_target"], row["precision"],
                                                       row["unit"], lang, trim=True,
                                                       singular=row["unit_singular"]),
             period=quarter(row["next_target_period"], lang))


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
    """Indicators whose national status changed from the previous quarter to ``period``, with
    their values before and now in words (the measure's precision and unit, '38,2%')."""
    previous = str(Quarter.parse(period) - 1)
    nat = national(results).filter(pl.col("period").is_in([previous, period]))
    wide = nat.select("indicator", "period", "status", "value").pivot(
        on="period", index="indicator", values=["status", "value"])
    cols = {f"status_{previous}": "status_before", f"status_{period}": "status_now",
            f"value_{previous}": "value_before", f"value_{period}": "value_now"}
    if not all(c in wide.columns for c in cols):
        return pl.DataFrame(schema={"indicator": pl.String, "title": pl.String,
                                    "status_before": pl.String, "status_now": pl.String,
                                    "value_before": pl.String, "value_now": pl.String})
    inds = defs.indicators
    changed = (wide.rename(cols)
               .filter(pl.col("status_before") != pl.col("status_now"))
               .sort("indicator"))
    shown = {c: [value_text(v, inds[i].precision, inds[i].unit, lang, singular=inds[i].unit_singular)
                 for i, v in changed.select("indicator", c).iter_rows()]
             for c in ("value_before", "value_now")}
    return (changed.with_columns(
                pl.col("indicator").replace_strict({i.id: i.title.get(lang) for i in inds.values()})
                .alias("title"),
                *(pl.Series(c, v, dtype=pl.String) for c, v in shown.items()))
            .select("indicator", "title", "status_before", "status_now", "value_before",
                    "value_now"))
