"""Frozen snapshots (peildatum): a figure sent to parliament stays reproducible years later.

A snapshot stores, in one transaction, the definition files (YAML text and sha256), the register,
the values in effect, the computed results and the reference date, and locks the quarters it
covers. It is never updated or deleted. Modules, one job each:

- ``create``: :func:`create_snapshot`
- ``frozen``: reading snapshots (:func:`list_snapshots`, :func:`load_snapshot`, ...)
- ``recompute``: :func:`recompute_snapshot` from the frozen copy; ``verify``:
  :func:`~monitor.snapshots.verify.verify_snapshot` compares that with the stored results
- ``locks``: quarter locks (the table ``period_locks``) and :func:`reopen_quarter`
- ``diff``: :func:`diff` between snapshots or a snapshot and the live data
- ``lineage``: :func:`lineage` of one indicator value
- ``text``: value texts
"""

from monitor.snapshots.create import create_snapshot
from monitor.snapshots.diff import SnapshotDiff, diff
from monitor.snapshots.frozen import (
    Snapshot,
    list_snapshots,
    load_snapshot,
    snapshot_files,
    snapshot_results,
    snapshot_values,
)
from monitor.snapshots.lineage import lineage
from monitor.snapshots.locks import reopen_quarter
from monitor.snapshots.recompute import recompute_snapshot

__all__ = [
    "Snapshot",
    "SnapshotDiff",
    "create_snapshot",
    "diff",
    "lineage",
    "list_snapshots",
    "load_snapshot",
    "recompute_snapshot",
    "reopen_quarter",
    "snapshot_files",
    "snapshot_results",
    "snapshot_values",
]
