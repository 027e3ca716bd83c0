"""The results frame (``engine.RESULT_SCHEMA``) read the same way everywhere: the statuses a row
can have, in their one order and by severity, and the national rows.

Pages, charts, tables, the report and the action status rule take the order from here; the
version-1 engine (``monitor.compute.v1``) keeps its own frozen copy."""

from __future__ import annotations

import polars as pl

# every status, as shown (legends, headline, heatmap): best first, then 'no judgement'
STATUSES = ("behaald", "op_koers", "risico", "achter", "onvoldoende")
INSUFFICIENT = "onvoldoende"
JUDGED = tuple(s for s in STATUSES if s != INSUFFICIENT)
# how serious a status is (the most serious decides under the 'worst' rule): behaald 1, op_koers 2,
# risico 3, achter 4; insufficient data 0 (it takes no part)
SEVERITY = {INSUFFICIENT: 0} | {s: i + 1 for i, s in enumerate(JUDGED)}


def national(results: pl.DataFrame, indicator: str | None = None) -> pl.DataFrame:
    """The national rows of ``results``; with ``indicator`` that indicator's national series in
    quarter order."""
    rows = results.filter(pl.col("breakdown") == "national")
    if indicator is None:
        return rows
    return rows.filter(pl.col("indicator") == indicator).sort("period", maintain_order=True)
