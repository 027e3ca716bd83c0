"""Incremental recompute: after accepted submissions, refresh stored results instead of
recomputing everything, with the same rows, values, dtypes and order as ``engine.compute``.

What a submission for organisation O and quarter Q can change (see docs/computation.md):

- only indicators on a measure of O's submissions for Q (any version, so a measure a correction
  leaves out counts too), and every indicator on optional measures only (their coverage counts
  any submission of the quarter);
- of those, the national series, the type series (all of them: few) and O's own series;
- in a series, the quarters a change at Q reaches as aggregated rows (``sql.reach``: Q alone, Q
  to Q + the carry limit, or every later quarter for cumulative, milestone and a carry under
  ``missing: zero``), and every quarter as shaped rows: forecast, the run of quarters a target is
  held and status look back, so the whole series is shaped again;
- a measured baseline is the national value at its quarter: when it changes, every series of the
  indicator is shaped again.

The aggregation runs the engine's own per-indicator SQL (``sql.indicator_sql`` with ``changed`` and
``only``) on every organisation's quarters those rows look back on; only the rows a change
reaches and O's own rows are written. The other rows come from the stored results, which carry
every column the shaping reads (``engine.RAW_COLUMNS``). The shaping is the engine's
(``engine.shape``), per series. So every refreshed row is computed by the same code from the same
inputs as in a full recompute.
"""

from __future__ import annotations

import duckdb
import polars as pl

from monitor.compute.engine import RAW_COLUMNS, RESULT_SCHEMA, _sorted, aggregate, ordinal, shape
from monitor.compute.sql import indicator_sql, reach
from monitor.compute.trajectory import resolve_baselines
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.periods import Quarter

SERIES = ["indicator", "breakdown", "group"]


def changed_since(con: duckdb.DuckDBPyConnection, last_id: int, count: int
                  ) -> tuple[list[tuple[str, str]], set[str]] | None:
    """The (organisation, quarter) pairs of the submissions after ``last_id`` and every measure
    of any version submitted for them; None when the submissions up to ``last_id`` are no longer
    the ``count`` there were (the base is unknown: recompute everything)."""
    [(before,)] = con.execute("SELECT count(*) FROM submissions WHERE id <= ?", [last_id]).fetchall()
    if before != count:
        return None
    pairs = con.execute("SELECT DISTINCT organisation, period FROM submissions WHERE id > ? "
                        "ORDER BY ALL", [last_id]).fetchall()
    if not pairs:
        return [], set()
    frame = pl.DataFrame(pairs, schema={"organisation": pl.String, "period": pl.String}, orient="row")
    con.register("_refresh_pairs", frame)
    try:
        measures = con.execute("SELECT DISTINCT v.measure FROM submitted_values v "
                               "JOIN _refresh_pairs p USING (organisation, period)").fetchall()
    finally:
        con.unregister("_refresh_pairs")
    return [tuple(p) for p in pairs], {m for (m,) in measures}


def affected(defs: Definitions, measures: set[str]) -> list[Indicator]:
    """The indicators the submitted ``measures`` can change, in the definitions' order."""
    out = []
    for ind in defs.indicators.values():
        mids = ind.compute.measures()
        if set(mids) & measures or all(not defs.measures[m].required for m in mids):
            out.append(ind)
    return out


def refresh(con: duckdb.DuckDBPyConnection, defs: Definitions, config: Config, until: Quarter,
            old: pl.DataFrame, pairs: list[tuple[str, str]], measures: set[str]) -> pl.DataFrame:
    """``old`` (the full results before the submissions for ``pairs``) with every row those
    submissions can change computed again: equal to ``engine.compute_with`` on the new data."""
    inds = affected(defs, measures) if pairs else []
    first = min((Quarter.parse(p) for _, p in pairs), default=None)
    if not inds or first is None or first > until:
        return old
    last = max(Quarter.parse(p) for _, p in pairs)
    orgs = sorted({o for o, _ in pairs})
    changed = (first.ordinal + 1, last.ordinal + 1)  # the SQL's quarter numbers (year * 4 + quarter)
    carry = int(config["compute.max_carry_quarters"])
    queries = [indicator_sql(ind, defs.measures, defs.covers(ind), f"i{k}_", "current_values", carry,
                             changed, orgs) for k, ind in enumerate(inds)]
    raw_schema = {c: RESULT_SCHEMA[c] for c in RAW_COLUMNS}
    new = aggregate(con, defs, config, until, queries).select(
        [pl.col(c).cast(t) for c, t in raw_schema.items()]).with_columns(ordinal())
    ids = [i.id for i in inds]
    mine = old.filter(pl.col("indicator").is_in(ids))
    hit = _affected_series(orgs)
    stored = mine.select(list(RAW_COLUMNS)).with_columns(ordinal())
    rows = pl.concat([stored.filter(~(hit & _written(inds, carry, first, last))), new])
    min_coverage = config["status.min_coverage"]
    measured = [i for i in inds if i.baseline.measured]
    before = resolve_baselines(stored, measured, min_coverage)
    baselines = resolve_baselines(rows, inds, min_coverage)
    rebased = [i for i in before if before[i] != baselines[i]]
    redo = hit | pl.col("indicator").is_in(rebased)
    shaped = shape(rows.filter(redo), defs, config, until, inds, baselines)
    return _splice(old, redo & pl.col("indicator").is_in(ids), shaped)


def _written(inds: list[Indicator], carry: int, first: Quarter, last: Quarter) -> pl.Expr:
    """The rows the SQL wrote again: per indicator the quarters from ``first`` to as far after
    ``last`` as a change reaches (``sql.reach``)."""
    upto = {}
    for ind in inds:
        ahead = reach(ind, carry)[1]
        upto[ind.id] = 10**9 if ahead is None else last.ordinal + ahead
    limit = pl.col("indicator").replace_strict(upto, default=None, return_dtype=pl.Int64)
    return (pl.col("ordinal") >= first.ordinal) & (pl.col("ordinal") <= limit)


def _affected_series(orgs: list[str]) -> pl.Expr:
    """The series a submission of ``orgs`` can change in an affected indicator."""
    bd = pl.col("breakdown")
    return (bd != "organisation") | pl.col("group").is_in(orgs)


def _splice(old: pl.DataFrame, replaced: pl.Expr, shaped: pl.DataFrame) -> pl.DataFrame:
    """``old`` with its ``replaced`` rows swapped for ``shaped`` (the same keys, both sorted in
    the engine's order): written in place when the keys line up, else sorted again."""
    positions = old.with_row_index("_row").filter(replaced)
    keys = [*SERIES, "period"]
    if positions.height == shaped.height and positions.select(keys).equals(shaped.select(keys)):
        index = positions["_row"]
        columns = []
        for c in old.columns:
            col = old[c].clone()
            col.scatter(index, shaped[c])
            columns.append(col)
        return pl.DataFrame(columns)
    kept = old.filter(~replaced)
    return _sorted(pl.concat([kept, shaped])).select(list(RESULT_SCHEMA))
