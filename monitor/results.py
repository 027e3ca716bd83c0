"""Computed results, cached per data version: pages and exports ask here instead of recomputing.

The version changes with every accepted submission, rejected attempt, lock and definition change,
so an accepted submission invalidates the cache while changing a widget never recomputes.
After new submissions only, the results are refreshed from the newest cached ones of the same
definitions, settings and day (``monitor.compute.refresh``: only the indicators, series and
quarters the submissions can change); anything else (a lock or reopened quarter, a changed
register, definitions or settings, submissions gone) recomputes everything.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from datetime import date

import polars as pl

from monitor.compute.describe import rule_settings
from monitor.compute.engine import compute
from monitor.compute.refresh import changed_since, refresh
from monitor.periods import last_completed_quarter
from monitor.runtime import Runtime
from monitor.store import Store

_CACHE: OrderedDict[tuple, pl.DataFrame] = OrderedDict()
# per cache key: (what the results were computed with, submission/lock counts, register) for the
# incremental refresh of a later version
_BASES: dict[tuple, tuple[str, tuple, tuple]] = {}
_LOCK = threading.Lock()
_MAX = 4
# one computation per key at a time: the sessions that ask for the same version while it is being
# computed wait for it instead of each computing it (30 sessions after an upload made 30 copies of
# the engine's work and 2,3 GB in the load test: benchmarks/load.py)
_COMPUTING: dict[tuple, threading.Lock] = {}


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


def _settings(rt: Runtime) -> str:
    """What results depend on besides the data: store, definitions and every setting."""
    defs = "".join(a.sha256 for a in rt.defs.actions)
    rules = sorted(rule_settings(rt.config).items())  # the declared list (compute.describe)
    return f"{rt.store.path}|{defs}|{rules}|{rt.config.programme_start}|{rt.config.programme_end}"


def _register(con) -> tuple:
    [row] = con.execute("SELECT count(*), coalesce(sum(hash(code, type)), 0) FROM organisations").fetchall()
    return tuple(row)


def _refreshed(rt: Runtime, today: date, settings: str, row: tuple) -> tuple[pl.DataFrame, tuple] | None:
    """The results refreshed from the newest cached results with the same settings and day whose
    only difference is later submissions, with the register they were read with; None when
    there is no such base."""
    with _LOCK:
        bases = [(k, b) for k, b in _BASES.items() if k in _CACHE and k[1] == today and b[0] == settings
                 and b[1][2:] == row[2:] and b[1][0] <= row[0]]
    if not bases:
        return None
    key, (_, base_row, base_register) = max(bases, key=lambda kb: kb[1][1][0])
    with _LOCK:
        old = _CACHE.get(key)
    if old is None:
        return None
    until = min(last_completed_quarter(today), rt.config.programme_end)
    with rt.store.read() as con:
        if _register(con) != base_register:
            return None
        changes = changed_since(con, base_row[0], base_row[1])
        if changes is None:
            return None
        return refresh(con, rt.defs, rt.config, until, old, *changes), base_register


def current_results(rt: Runtime, today: date | None = None) -> pl.DataFrame:
    """All indicator results up to the last completed quarter, computed once per data version:
    refreshed incrementally after new submissions, else computed in full."""
    key = (data_version(rt), today or date.today())
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
        turn = _COMPUTING.setdefault(key, threading.Lock())
    with turn:
        with _LOCK:
            if key in _CACHE:  # computed by the session this one waited for
                _CACHE.move_to_end(key)
                return _CACHE[key]
        try:
            return _compute(rt, key)
        finally:
            with _LOCK:
                _COMPUTING.pop(key, None)


def _compute(rt: Runtime, key: tuple) -> pl.DataFrame:
    settings, row = _settings(rt), _counts(rt.store)
    done = _refreshed(rt, key[1], settings, row)
    if done is None:
        with rt.store.read() as con:  # read before computing: a later change only recomputes more
            register = _register(con)
        result = compute(rt.store, rt.defs, rt.config, today=key[1])
    else:
        result, register = done
    with _LOCK:
        _CACHE[key] = result
        _BASES[key] = (settings, row, register)
        while len(_CACHE) > _MAX:
            old, _ = _CACHE.popitem(last=False)
            _BASES.pop(old, None)
    return result
