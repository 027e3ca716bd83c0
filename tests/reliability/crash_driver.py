"""Crash driver: ingests files into one database in an endless loop until it is killed.

Started once by test_crash.py (``python crash_driver.py``, see :func:`serve`), it forks one
driver per line it reads; the test kills each driver with SIGKILL. Every step is written to the
journal (one flushed line each) so that the test knows what was attempted and what was
acknowledged when the kill came:

    ready                         imports done, runtime open
    try LABEL                     a submission is about to be made
    commit LABEL                  its writes are done, COMMIT follows (after PAUSE_MS)
    done LABEL STATUS             the intake returned (accepted/rejected/duplicate)

The pause before COMMIT lives here, in a Store subclass: the package has no test hooks. Values
are a function of the label (``expected_values``), so the test can check the database without
trusting the intake."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORGS = ["G1", "G2", "G3", "G4"]
PERIODS = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
STAGES = ["geen", "gestart", "gereed"]
TODAY = date(2026, 1, 15)
BULK_NOTE = 4000  # characters of note per bulk row: a bulk file is about 400 KB


def expected_values(label: int) -> dict[str, tuple]:
    """measure -> (num, txt) submitted under ``label`` (the same for every organisation)."""
    return {"cdo": (float(label % 2), None), "fte": (label + 0.5, None),
            "stage": (None, STAGES[label % 3])}


def _rows(label: int, org: str, period: str, pad: int = 0) -> list[str]:
    v = expected_values(label)
    note = f"v{label}" + "x" * pad
    return [f"{org};{period};cdo;{'ja' if v['cdo'][0] else 'nee'};{note}",
            f"{org};{period};fte;{label},5;{note}",
            f"{org};{period};stage;{v['stage'][1]};{note}"]


def single_file(label: int) -> tuple[str, str, bytes]:
    org, period = ORGS[label % len(ORGS)], PERIODS[(label // len(ORGS)) % len(PERIODS)]
    text = "organisatie;periode;maatstaf;waarde;toelichting\n" + "\n".join(
        _rows(label, org, period)) + "\n"
    return org, period, text.encode()


def bulk_file(label: int) -> bytes:
    rows = [r for org in ORGS for period in PERIODS for r in _rows(label, org, period, BULK_NOTE)]
    return ("organisatie;periode;maatstaf;waarde;toelichting\n" + "\n".join(rows) + "\n").encode()


def is_bulk(label: int) -> bool:
    return label % 5 == 4


def drive(config: str, db: str, journal_path: str, seed: int, pause_ms: int, hold: bool) -> None:
    """Ingest forever (until killed), journaling every step. ``hold``: keep one extra connection
    open, as a long-running server process does; the database instance then stays up and the
    changes pile up in the write-ahead log (replayed after the kill) instead of being checkpointed
    into the file each time the last connection closes."""
    import duckdb

    from monitor.intake.ingest import submit_file
    from monitor.runtime import open_runtime
    from monitor.store import Store

    journal = open(journal_path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115

    def note(line: str) -> None:
        journal.write(line + "\n")
        journal.flush()

    current = {"label": "-"}

    class PausingStore(Store):
        @contextmanager
        def transaction(self) -> Iterator:
            with super().transaction() as con:
                yield con
                note(f"commit {current['label']}")
                time.sleep(pause_ms / 1000)

    rt = open_runtime(db, config)
    held = duckdb.connect(db) if hold else None  # noqa: F841  (kept open until the kill)
    store = PausingStore(rt.store.path, rt.store.busy_timeout)
    ctx = rt.context(today=TODAY)
    note("ready")
    label = seed * 1_000_000
    while True:
        label += 1
        current["label"] = str(label)
        note(f"try {label}")
        if is_bulk(label):
            result = submit_file(store, ctx, bulk_file(label), f"bulk-{label}.csv", bulk=True,
                                 user="tester", received_at=datetime(2025, 12, 1))
        else:
            org, period, content = single_file(label)
            result = submit_file(store, ctx, content, f"single-{label}.csv", organisation=org,
                                 period=period, user="tester", received_at=datetime(2025, 12, 1))
        note(f"done {label} {result.status}")


def serve() -> None:
    """Start a fresh driver process for every line ``CONFIG DB JOURNAL SEED PAUSE_MS HOLD`` on
    stdin and print its process id. Each driver is forked from this process, which has imported the
    package but never used Polars or DuckDB (forking after their first use is unsafe), so a new
    driver starts in milliseconds instead of re-importing for seconds."""
    import os
    import signal

    import pyarrow  # noqa: F401  (imported once, before forking; DuckDB loads it lazily)

    import monitor.intake.ingest
    import monitor.runtime  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed drivers are reaped by the kernel
    for line in sys.stdin:
        config, db, journal, seed, pause, hold = line.split()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                drive(config, db, journal, int(seed), int(pause), hold == "1")
            finally:
                os._exit(1)  # never return into the server loop
        print(pid, flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    serve()
