"""Computed results, cached per data version: pages and exports ask here instead of recomputing.

The version changes with every accepted submission, rejected attempt, lock and definition change,
so an accepted submission invalidates the cache while changing a widget never recomputes.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from datetime import date

import polars as pl

from monitor.compute.engine import compute
from monitor.runtime import Runtime
from monitor.store import Store

_CACHE: OrderedDict[tuple, pl.DataFrame] = OrderedDict()
_LOCK = threading.Lock()
_MAX = 4


_COUNTS: dict[str, tuple[tuple, tuple]] = {}  # database path -> (change marker, counts)


def _counts(store: Store) -> tuple:
    """Submission and lock counts; read again only when the file changed since the last read
    (:meth:`Store.change_marker`), so a page run does not open the database for them."""
    key = str(store.path)
    marker = store.change_marker()  # before reading: a commit in between means reading again
    with _LOCK:
        known = _COUNTS.get(key)
    if known and known[0] == marker:
        return known[1]
    from monitor.snapshots.locks import lock_counts

    with store.read() as con:
        [submissions] = con.execute("SELECT coalesce(max(id), 0), count(*) FROM submissions").fetchall()
        row = (*submissions, *lock_counts(con))
    with _LOCK:
        _COUNTS[key] = (marker, row)
    return row


def data_version(rt: Runtime) -> str:
    """A short fingerprint of everything the results depend on."""
    row = _counts(rt.store)
    defs = "".join(a.sha256 for a in rt.defs.actions)
    thresholds = [rt.config[f"status.{k}"] for k in ("min_coverage", "on_track", "at_risk")]
    text = f"{rt.store.path}|{row}|{defs}|{thresholds}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def current_results(rt: Runtime, today: date | None = None) -> pl.DataFrame:
    """All indicator results up to the last completed quarter, computed once per data version."""
    key = (data_version(rt), today or date.today())
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    result = compute(rt.store, rt.defs, rt.config, today=key[1])
    with _LOCK:
        _CACHE[key] = result
        while len(_CACHE) > _MAX:
            _CACHE.popitem(last=False)
    return result
