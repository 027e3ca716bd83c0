"""The Actie page's trend table as a reader reads it (issue 17): every column that matters fits
beside the sidebar at 1 280 px. Reported and expected are one coverage column ('358/394 (91%)'),
the values behind a figure and those carried forward one column ('394 (36)'), a column without
any value is left out, the newest quarter comes first, and the forecast's note only when a
quarter's differs from the newest's (which the line above the chart says). The download keeps
every column of the data."""

from __future__ import annotations

import polars as pl

from monitor.definitions.model import Indicator
from monitor.narrative import values_cell
from monitor.periods import Quarter
from monitor.text import coverage_text, number, t

NUMBERS = ("value", "planned", "next_target", "forecast")


def trend_shown(trend: pl.DataFrame, ind: Indicator, lang: str) -> tuple[pl.DataFrame, dict[str, str]]:
    """``trend`` (national rows with ``period``, the numbers, ``reported``/``expected``, ``n``/
    ``carried``, ``status`` and ``forecast_note`` already in words) as text cells, with the
    headers for its columns; a ``type`` column (the rows per organisation type) comes first as
    it is."""
    # the newest quarter first: the one the page is about is in view without scrolling
    rows = trend.sort("period", descending=True).to_dicts() if "period" in trend.columns \
        else trend.to_dicts()
    cells: dict[str, list[str]] = {}
    if "type" in trend.columns:
        cells["type"] = [r["type"] for r in rows]
    if "period" in trend.columns:
        cells["period"] = [Quarter.parse(r["period"]).label(lang) for r in rows]
    for c in NUMBERS:
        if c in trend.columns and (c == "value" or trend[c].is_not_null().any()):
            cells[c] = [number(r[c], ind.precision, lang) for r in rows]
    if "expected" in trend.columns and "reported" in trend.columns:
        cells["coverage"] = [coverage_text(r.get("reported"), r["expected"], lang) for r in rows]
    if "n" in trend.columns:
        cells["values"] = [values_cell(r["n"], r.get("carried"), lang) for r in rows]
    if "status" in trend.columns:
        cells["status"] = [r["status"] or "–" for r in rows]
    # the newest quarter's note is said above the chart: the column only for other notes
    newest = rows[0].get("forecast_note") if rows else None
    if any(r.get("forecast_note") and r.get("forecast_note") != newest for r in rows):
        cells["forecast_note"] = [r.get("forecast_note") or "" for r in rows]
    heads = {c: t("action.col.values" if c == "values" else f"col.{c}", lang) for c in cells}
    return pl.DataFrame(cells, schema={c: pl.String for c in cells}), heads
