"""Verifying a snapshot: recompute it from its frozen copy and compare with what was stored.

The promise of a snapshot is that its figures reproduce: :func:`recompute_snapshot` computes them
again from the frozen values, register, definitions and settings, under the rules version the
snapshot was made with. :func:`verify_snapshot` compares that with the stored results, cell by
cell, and records the check in the audit log (``snapshot.verify``). Anyone who may export the
snapshot may verify it.

Texts, whole numbers, dates and statuses must be equal. Numbers with decimals may differ in the
last digits of the floating-point computation (a sum of the same values in another order:
15.199999999999998 for 15.2; DuckDB adds in parallel, so even two computations of the live data
can differ so): they count as equal when they differ by less than ``TOLERANCE`` relatively, and
are counted apart (``rounded``). A difference that changes a status is a difference of the status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import polars as pl

from monitor.snapshots.frozen import RESULT_ORDER, load_snapshot
from monitor.snapshots.recompute import recompute_snapshot

if TYPE_CHECKING:
    from monitor.runtime import Runtime

KEY = ("action", "indicator", "period", "breakdown", "group")  # one result row
DIFFERENCE_SCHEMA: dict[str, pl.DataType] = {
    **{k: pl.String() for k in KEY},
    "column": pl.String(),  # empty: the whole row is stored or recomputed only
    "stored": pl.String(),  # the stored value as text (floats exactly); empty: null or no row
    "recomputed": pl.String(),
}
_AGAIN = "__recomputed"
TOLERANCE = 1e-9  # relative: |stored - recomputed| <= TOLERANCE * max(1, |stored|, |recomputed|)


@dataclass(frozen=True)
class Verification:
    """The outcome of :func:`verify_snapshot`."""

    snapshot_id: int
    label: str
    rules_version: int
    results: int  # result rows stored with the snapshot
    differing_rows: int  # result rows with at least one difference (or on one side only)
    differences: pl.DataFrame  # DIFFERENCE_SCHEMA, one row per differing cell, in result order
    rounded: int = 0  # numbers equal within TOLERANCE but not to the last digit

    @property
    def reproduces(self) -> bool:
        return self.differing_rows == 0


def compare_results(stored: pl.DataFrame, again: pl.DataFrame) -> tuple[int, pl.DataFrame, int]:
    """``again`` against ``stored`` (same columns): how many result rows differ, the differing
    cells (``DIFFERENCE_SCHEMA``) and how many numbers are equal only within ``TOLERANCE``. A row
    on one side only is one difference with an empty ``column``; its missing side is empty."""
    columns = [c for c in stored.columns if c not in KEY]
    left = stored.with_columns(pl.lit("row").alias("_row"))
    right = again.select(*KEY, *columns, pl.lit("row").alias("_row"))
    joined = left.join(right, on=list(KEY), how="full", coalesce=True, suffix=_AGAIN)
    exact = {c: pl.col(c).eq_missing(pl.col(c + _AGAIN)) for c in ("_row", *columns)}
    same = {c: exact[c] | _close(c) if left.schema[c].is_float() else exact[c] for c in exact}
    differing = joined.filter(~pl.all_horizontal(same.values()))
    cells = [
        differing.filter(~same[c]).select(
            *KEY,
            pl.lit(None if c == "_row" else c, pl.String()).alias("column"),
            pl.col(c).cast(pl.String()).alias("stored"),
            pl.col(c + _AGAIN).cast(pl.String()).alias("recomputed"),
            pl.lit(i).alias("_order"),
        )
        for i, c in enumerate(same)
    ]
    found = pl.concat(cells).sort(*RESULT_ORDER, "_order").drop("_order").cast(DIFFERENCE_SCHEMA)
    rounded = joined.select(pl.sum_horizontal((same[c] & ~exact[c]).sum() for c in same)).item()
    return differing.height, found, int(rounded or 0)


def _close(column: str) -> pl.Expr:
    """Both numbers present and equal within ``TOLERANCE`` (relative, at least 1 as the scale)."""
    a, b = pl.col(column), pl.col(column + _AGAIN)
    scale = pl.max_horizontal(pl.lit(1.0), a.abs(), b.abs())
    return ((a - b).abs() <= TOLERANCE * scale).fill_null(False)


def verify_snapshot(rt: Runtime, snapshot_id: object, user: object,
                    *, at: datetime | None = None) -> Verification:
    """Recompute snapshot ``snapshot_id`` and compare it with its stored results. ``user`` must be
    allowed ``export.snapshot`` (refused and audited otherwise); the check is audited as
    ``snapshot.verify`` (detail: whether it reproduces, how many rows, the first difference)."""
    from monitor.access.audit import record
    from monitor.access.enforce import enforce_as

    actor = enforce_as(rt.store, user.strip() if isinstance(user, str) else user,
                       "export.snapshot", target=f"snapshot {snapshot_id}")
    snap = load_snapshot(rt.store, snapshot_id)
    differing, cells, rounded = compare_results(snap.results, recompute_snapshot(rt, snap.id))
    found = Verification(snap.id, snap.label, snap.rules_version, snap.results.height, differing,
                         cells, rounded)
    detail = {"snapshot_id": snap.id, "reproduces": found.reproduces, "results": found.results,
              "differing_rows": differing, "rounded": rounded, "rules_version": snap.rules_version,
              "first_difference": cells.row(0, named=True) if cells.height else None}
    with rt.store.transaction() as con:
        record(con, actor, "snapshot.verify", str(snap.id), detail, None, at)
    return found
