"""What the report's annexes need: commitments and motions completed in the period (annex 1A)
and those still open with their expected completion (annex 1B), live or as a snapshot froze
them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from monitor.commitments.status import COMPLETED, OPEN
from monitor.commitments.store import CURRENT_SQL
from monitor.runtime import Runtime

COLUMNS = ("id", "kind", "number", "text", "title", "person", "function", "ministry", "status",
           "created", "due", "completed_letter", "completed", "actions")


@dataclass(frozen=True)
class Annexes:
    """``completed`` (1A): Voldaan/Afgedaan with a completion date in the period, by date;
    ``open`` (1B): Openstaand/Deels voldaan/Deels afgedaan, by expected completion (none
    last). Both with the columns :data:`COLUMNS` (``actions``: the linked action ids)."""

    completed: pl.DataFrame
    open: pl.DataFrame


def commitments_for(rt: Runtime, snapshot_id: int | None = None, *,
                    completed_since: date | None = None,
                    completed_until: date | None = None) -> Annexes:
    """The annexes from the snapshot ``snapshot_id`` (as it froze them) or, when None, from the
    commitments now. ``completed_since``/``completed_until`` (inclusive) bound the completion
    date of annex 1A; None: no bound."""
    cols = ", ".join(COLUMNS)
    if snapshot_id is None:
        frame = rt.store.query(f"SELECT {cols} FROM ({CURRENT_SQL})")
    else:
        frame = rt.store.query(f"SELECT {cols} FROM snapshot_commitments WHERE snapshot_id = ?",
                               [snapshot_id])
    done = frame.filter(pl.col("status").is_in(COMPLETED) & pl.col("completed").is_not_null())
    if completed_since is not None:
        done = done.filter(pl.col("completed") >= completed_since)
    if completed_until is not None:
        done = done.filter(pl.col("completed") <= completed_until)
    still = frame.filter(pl.col("status").is_in(OPEN))
    return Annexes(done.sort("completed", "number"),
                   still.sort("due", "number", nulls_last=True))
