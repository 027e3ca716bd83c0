"""Item 7: baselines typed by hand against the monitor's own measurement at the baseline quarter.

:func:`baseline_contradictions` compares every indicator's typed baseline with the national value
the engine computes at the baseline quarter; :func:`check_against_data` reports each one that
differs by more than ``compute.baseline_tolerance`` (a fraction of the measured value) as a
warning at the ``baseline`` key's file and line (``monitor validate --against-data``, the
Definities page). A baseline declared ``value: measured`` cannot contradict the data; it is
reported when the data give it no usable value (``baseline-unmeasured``: no status until the
definition is corrected) or when the final target lies against the direction from it.
"""

from __future__ import annotations

import polars as pl

from monitor.definitions import Definitions
from monitor.problems import ProblemList

COLUMNS = {"action": pl.String, "indicator": pl.String, "period": pl.String, "baseline": pl.Float64,
           "measured": pl.Float64, "difference": pl.Float64, "relative": pl.Float64,
           "file": pl.String, "line": pl.Int64}


def baseline_contradictions(defs: Definitions, results: pl.DataFrame, tolerance: float) -> pl.DataFrame:
    """One row per indicator whose typed baseline differs from the measured national value at its
    baseline quarter by more than ``tolerance`` x |measured| (columns ``COLUMNS``; ``relative`` is
    the difference as a fraction of the measured value, empty when that is 0). An indicator with
    no measured value at its baseline quarter is not listed (there is nothing to contradict)."""
    national = {(i, p): v for i, p, v in results.filter(pl.col("breakdown") == "national")
                .select("indicator", "period", "value").iter_rows()}
    rows = []
    for a in defs.actions:
        for k, ind in enumerate(a.spec.indicators):
            typed = ind.baseline.value
            measured = national.get((ind.id, str(ind.baseline.period)))
            if measured is None or ind.baseline.measured:
                continue
            diff = typed - measured
            if abs(diff) <= tolerance * abs(measured) + 1e-9:
                continue
            rows.append((a.id, ind.id, str(ind.baseline.period), float(typed), measured, diff,
                         diff / abs(measured) if measured else None, a.file,
                         a.doc.line_of(f"indicators[{k}].baseline")))
    return pl.DataFrame(rows, orient="row", schema=COLUMNS)


def measured_baselines(defs: Definitions, results: pl.DataFrame) -> dict[str, float | None]:
    """Per indicator with ``baseline: {value: measured}``: the baseline the engine resolved (the
    ``baseline`` column of its national row at the baseline quarter; None: no usable value)."""
    found = {(i, p): b for i, p, b in results.filter(pl.col("breakdown") == "national")
             .select("indicator", "period", "baseline").iter_rows()}
    return {ind.id: found.get((ind.id, str(ind.baseline.period)))
            for ind in defs.indicators.values() if ind.baseline.measured}


def _check_measured(defs: Definitions, results: pl.DataFrame, problems: ProblemList) -> None:
    for iid, value in measured_baselines(defs, results).items():
        ind, a = defs.indicators[iid], defs.action_of(iid)
        k = [i.id for i in a.spec.indicators].index(iid)
        where = {"file": a.file, "line": a.doc.line_of(f"indicators[{k}].baseline"),
                 "path": f"{iid}.baseline"}
        if value is None:
            problems.warning(
                "baseline-unmeasured",
                f"{iid}: the baseline is measured at {ind.baseline.period}, but that quarter has no "
                "usable national value (none, coverage below status.min_coverage or fewer than "
                "min_n values); the indicator has no status until it has one: choose a quarter "
                "with data or type the value", **where)
            continue
        final = ind.final_target.value
        if (ind.direction == "up" and final < value) or (ind.direction == "down" and final > value):
            problems.warning(
                "target-direction",
                f"{iid}: final target {final:g} goes against direction '{ind.direction}' from the "
                f"measured baseline {value:.6g} ({ind.baseline.period})", **where)


def check_against_data(defs: Definitions, results: pl.DataFrame, tolerance: float,
                       problems: ProblemList | None = None) -> ProblemList:
    """The contradictions as warnings (code ``baseline-data``) at the baseline key, and the
    measured baselines without a usable value or against the direction."""
    problems = problems if problems is not None else ProblemList()
    _check_measured(defs, results, problems)
    for r in baseline_contradictions(defs, results, tolerance).iter_rows(named=True):
        rel = f" ({r['relative']:+.1%})" if r["relative"] is not None else ""
        problems.warning(
            "baseline-data",
            f"{r['indicator']}: baseline {r['baseline']:g} differs from the value the monitor "
            f"computes at {r['period']}, {r['measured']:.6g}{rel}, by more than "
            f"{tolerance:.0%}; correct it or declare 'baseline: measured'",
            file=r["file"], line=r["line"], path=f"{r['indicator']}.baseline")
    return problems
