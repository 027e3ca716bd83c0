"""The checked content of an accepted file as two frames, whichever path checked it: the units
(one per organisation and quarter, each one submission) and their non-empty values.

Both the row path (``core.check_rows``) and the columnar fast path (``fast.check_columns``) end in
a :class:`Batch`; comparing, warning and storing work on it (no Python object per value).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from monitor.intake.core import Unit

UNIT_SCHEMA = {"unit": pl.Int64, "organisation": pl.String, "period": pl.String, "rows": pl.Int64}
# note: stripped, None when empty; raw: the value text as submitted (shown in warnings)
BATCH_SCHEMA = {
    "unit": pl.Int64, "line": pl.Int64, "organisation": pl.String, "period": pl.String,
    "measure": pl.String, "type": pl.String, "kind": pl.String, "state": pl.String,
    "num": pl.Float64, "txt": pl.String, "note": pl.String, "raw": pl.String,
}


@dataclass(frozen=True)
class Batch:
    """``units``: unit (0, 1, ... in order of first row), organisation, period, rows (rows in the
    file, empty values included). ``values``: the non-empty values, in row order within each unit
    (BATCH_SCHEMA)."""

    units: pl.DataFrame
    values: pl.DataFrame

    def __len__(self) -> int:
        return self.units.height

    def pairs(self) -> list[tuple[str, str]]:
        """(organisation, period) of every unit, in order."""
        return list(self.units.select("organisation", "period").iter_rows())

    def keep(self, indexes: list[int]) -> Batch:
        """The units at ``indexes`` (ascending), numbered again from 0."""
        if indexes == list(range(len(self))):
            return self
        renumber = pl.DataFrame({"unit": indexes, "new": range(len(indexes))},
                                schema={"unit": pl.Int64, "new": pl.Int64})

        def pick(frame: pl.DataFrame) -> pl.DataFrame:
            return (frame.join(renumber, on="unit", how="inner", maintain_order="left")
                    .with_columns(pl.col("new").alias("unit")).drop("new"))

        return Batch(pick(self.units), pick(self.values))


def from_units(units: list[Unit]) -> Batch:
    """The batch of the row path's units (those with at least one non-empty value)."""
    units = [u for u in units if any(p.state != "empty" for _, _, p in u.values)]
    heads = [(i, u.organisation, str(u.period), len(u.values)) for i, u in enumerate(units)]
    values = [
        (i, r.row, u.organisation, str(u.period), m.id, m.type, m.kind, p.state, p.num, p.txt,
         r.note.strip() or None, r.value)
        for i, u in enumerate(units)
        for r, m, p in u.values
        if p.state != "empty"
    ]
    return Batch(pl.DataFrame(heads, schema=UNIT_SCHEMA, orient="row"),
                 pl.DataFrame(values, schema=BATCH_SCHEMA, orient="row"))
