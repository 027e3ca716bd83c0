"""Recomputing a snapshot from its own frozen copy: the values, the register, the definitions and
the computation settings stored with it, so the figure comes out the same years later."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import polars as pl

from monitor.compute import v1
from monitor.compute.engine import compute_with
from monitor.runtime import Runtime
from monitor.snapshots.frozen import VALUE_COLUMNS, frozen_config, load_snapshot

FROZEN_VALUES = "frozen_values"


@contextmanager
def frozen_relations(con: duckdb.DuckDBPyConnection, snapshot_id: int) -> Iterator[str]:
    """Temporary views on ``con`` for one snapshot: ``frozen_values`` (shaped like current_values)
    and ``organisations`` (the frozen register, shadowing the live table on this connection only).
    Yields the name of the values relation."""
    sid = int(snapshot_id)  # an int, so it is safe to write into the view text
    cols = ", ".join(VALUE_COLUMNS)
    con.execute(f"CREATE OR REPLACE TEMP VIEW {FROZEN_VALUES} AS SELECT {cols} FROM snapshot_values "
                f"WHERE snapshot_id = {sid}")
    con.execute("CREATE OR REPLACE TEMP VIEW organisations AS SELECT code, name, type, provincie, tooi "
                f"FROM main.snapshot_organisations WHERE snapshot_id = {sid}")
    try:
        yield FROZEN_VALUES
    finally:
        con.execute(f"DROP VIEW IF EXISTS temp.{FROZEN_VALUES}")
        con.execute("DROP VIEW IF EXISTS temp.organisations")


def recompute_snapshot(rt: Runtime, snapshot_id: int) -> pl.DataFrame:
    """The snapshot's results computed again from its frozen values, register, definitions and
    settings, under the rules version it was made with (the live data, definitions and rules are
    not used). Equal to ``snapshot_results``: a version-1 snapshot is recomputed by the frozen
    version-1 engine (``monitor.compute.v1``), in version 1's columns."""
    snap = load_snapshot(rt.store, snapshot_id)
    config = frozen_config(rt.config, snap.settings)
    compute = v1.compute_with if snap.rules_version < 2 else compute_with
    with rt.store.read() as con, frozen_relations(con, snap.id) as values:
        return compute(con, snap.defs, config, snap.until, values=values)
