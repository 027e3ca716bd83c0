"""Item 7: baselines typed by hand against the monitor's own measurement at the baseline quarter.

:func:`baseline_contradictions` compares every indicator's typed baseline with the national value
the engine computes at the baseline quarter; :func:`check_against_data` reports each one that
differs by more than ``compute.baseline_tolerance`` (a fraction of the measured value) as a
warning at the ``baseline`` key's file and line (``monitor validate --against-data``, the
Definities page).
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
            if measured is None or not isinstance(typed, int | float):
                continue
            diff = typed - measured
            if abs(diff) <= tolerance * abs(measured) + 1e-9:
                continue
            rows.append((a.id, ind.id, str(ind.baseline.period), float(typed), measured, diff,
                         diff / abs(measured) if measured else None, a.file,
                         a.doc.line_of(f"indicators[{k}].baseline")))
    return pl.DataFrame(rows, orient="row", schema=COLUMNS)


def check_against_data(defs: Definitions, results: pl.DataFrame, tolerance: float,
                       problems: ProblemList | None = None) -> ProblemList:
    """The contradictions as warnings (code ``baseline-data``) at the baseline key."""
    problems = problems if problems is not None else ProblemList()
    for r in baseline_contradictions(defs, results, tolerance).iter_rows(named=True):
        rel = f" ({r['relative']:+.1%})" if r["relative"] is not None else ""
        problems.warning(
            "baseline-data",
            f"{r['indicator']}: baseline {r['baseline']:g} differs from the value the monitor "
            f"computes at {r['period']}, {r['measured']:.6g}{rel}, by more than "
            f"{tolerance:.0%}; correct it or declare 'baseline: measured'",
            file=r["file"], line=r["line"], path=f"{r['indicator']}.baseline")
    return problems
