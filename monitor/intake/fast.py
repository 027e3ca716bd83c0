"""The columnar fast path: checking a clean file as columns, with Python work only per distinct
organisation, quarter, measure and (organisation, measure) pair.

:func:`check_columns` gives the same :class:`~monitor.intake.batch.Batch` as the row path
(``core.check_rows`` and ``batch.from_units``) for a file without problems, and None as soon as
it sees anything that is or might be a problem: then the row path checks the whole file and is
the one authority on problems, their wording, rows and columns.
"""

from __future__ import annotations

import duckdb
import polars as pl

from monitor.errors import PeriodError
from monitor.intake.batch import BATCH_SCHEMA, UNIT_SCHEMA, Batch
from monitor.intake.core import Context
from monitor.intake.fastvalues import convention, measure_table, parse_column
from monitor.periods import Quarter, last_completed_quarter
from monitor.store import frame_table

ENABLED = True  # tests switch it off to compare with the row path
# below this many rows checking row by row is cheaper than the fixed cost of the columns (a
# typical organisation-quarter has 20); tests set it to 0 to take the fast path for every file
MIN_ROWS = 500


def worth(rows: int) -> bool:
    """Whether a file of about ``rows`` rows goes the fast path (when it is clean)."""
    return ENABLED and rows >= MIN_ROWS


def _periods(texts: list[str], ctx: Context, period: str | None) -> dict[str, str] | None:
    """Text -> quarter (YYYY-Qn) of every period text, when all are open quarters (the expected
    one, for a single submission)."""
    expected = Quarter.parse(period) if period else None
    first = ctx.config.programme_start
    last = min(last_completed_quarter(ctx.today), ctx.config.programme_end)
    out = {}
    for text in texts:
        try:
            q = Quarter.parse(text)
        except PeriodError:
            return None
        if (expected and q != expected) or q > last or q < first or str(q) in ctx.locked:
            return None
        out[text] = str(q)
    return out


def _known(pairs: pl.DataFrame, ctx: Context, organisation: str | None) -> bool:
    """Every organisation of the (organisation, measure) ``pairs`` known (and the expected one),
    every measure known and applicable."""
    measures = ctx.defs.measures
    for org, mid in pairs.iter_rows():
        org_type = ctx.org_types.get(org)
        if org_type is None or (organisation and org != organisation):
            return False
        m = measures.get(mid)
        if m is None or not m.applies_to(org, org_type):
            return False
    return True


def _required_given(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame, pairs: pl.DataFrame,
                    ctx: Context) -> bool:
    """Every required measure of every organisation-quarter is in the file or already in effect."""
    required = [m for m in ctx.defs.measures.values() if m.required]
    wanted = pl.DataFrame(
        [(org, m.id) for org in pairs["organisation"].unique() for m in required
         if m.applies_to(org, ctx.org_types[org])],
        schema={"organisation": pl.String, "measure": pl.String}, orient="row")
    missing = (frame.select("organisation", "period").unique().join(wanted, on="organisation")
               .join(frame.select("organisation", "period", "measure"),
                     on=["organisation", "period", "measure"], how="anti"))
    if missing.is_empty():
        return True
    with frame_table(con, "missing_keys", missing):
        found = con.execute(
            "SELECT count(*) FROM current_values JOIN missing_keys "
            "USING (organisation, period, measure)").fetchall()[0][0]
    return found == missing.height


def check_columns(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame, ctx: Context,
                  organisation: str | None = None, period: str | None = None) -> Batch | None:
    """The batch of a clean file (columns of ``columns.SCHEMA``), or None: let the row path check."""
    if not ENABLED or frame.is_empty():
        return None
    pairs = frame.select("organisation", "measure").unique()
    if not _known(pairs, ctx, organisation):
        return None
    quarters = _periods(frame["period"].unique().to_list(), ctx, period)
    if quarters is None:
        return None
    frame = frame.with_columns(pl.col("period").replace_strict(quarters, return_dtype=pl.String))
    if frame.select(pl.struct("organisation", "period", "measure").is_duplicated().any()).item():
        return None
    ids = frame["measure"].unique().to_list()
    frame = frame.join(measure_table(ctx.defs.measures, ids), on="measure", maintain_order="left")
    read = parse_column(frame, ctx.defs.measures, convention(frame))
    if read is None or not read.filter(pl.col("required") & (pl.col("state") == "empty")).is_empty():
        return None
    if not _required_given(con, frame, pairs, ctx):
        return None
    units = (read.group_by("organisation", "period", maintain_order=True)
             .agg(pl.len().cast(pl.Int64).alias("rows"), (pl.col("state") != "empty").any().alias("any"))
             .filter("any").drop("any").with_row_index("unit").cast({"unit": pl.Int64}))
    if units.is_empty():
        return None  # no values at all
    values = (read.filter(pl.col("state") != "empty")
              .join(units.select("organisation", "period", "unit"), on=["organisation", "period"],
                    maintain_order="left")
              .with_columns(pl.col("value").alias("raw"),
                            pl.col("note").replace("", None).alias("note"))
              .select(list(BATCH_SCHEMA)).cast(BATCH_SCHEMA))  # type: ignore[arg-type]
    return Batch(units.select(list(UNIT_SCHEMA)), values)
