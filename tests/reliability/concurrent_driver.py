"""The second process of the concurrency test: submits its share of files to the same database
while the test's eight threads submit theirs.

``python concurrent_driver.py CONFIG DB RESULTS N``: opens the runtime, prints ``ready``, waits
for a line on stdin, then makes N submissions (plan in :func:`plan`) and writes one JSON line per
outcome to RESULTS: the label, and the status or the documented error with its message. Any other
exception ends the process with a traceback (the test fails on it)."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 1, 15)
SHARED = [("G1", "2024-Q2"), ("G2", "2024-Q2")]  # every writer also submits here
OWN = ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
ORGS = ["G1", "G2", "G3", "G4"]


def plan(writer: int, n: int) -> list[tuple[str, str, int]]:
    """(organisation, period, label) of writer ``writer``'s submissions: every other one on a
    shared organisation-quarter (overlapping with all writers), the rest on pairs of its own
    (distinct from the other writers')."""
    out = []
    for k in range(n):
        label = writer * 1000 + k
        if k % 2 == 0:
            org, period = SHARED[(k // 2) % len(SHARED)]
        else:
            org, period = ORGS[writer % 4], OWN[(writer // 4 + 2 * (k // 2)) % len(OWN)]
        out.append((org, period, label))
    return out


def content(org: str, period: str, label: int) -> bytes:
    return (f"organisatie;periode;maatstaf;waarde;toelichting\n"
            f"{org};{period};cdo;{'ja' if label % 2 else 'nee'};\n"
            f"{org};{period};fte;{label},5;w{label}\n").encode()


def expected(label: int) -> dict[str, tuple]:
    return {"cdo": (float(label % 2), None), "fte": (label + 0.5, f"w{label}")}


def submit(store, ctx, org: str, period: str, label: int) -> dict:
    from monitor.errors import DatabaseBusy
    from monitor.intake.ingest import submit_file

    try:
        result = submit_file(store, ctx, content(org, period, label), f"c-{label}.csv",
                             organisation=org, period=period, user="tester",
                             received_at=datetime(2025, 12, 1))
    except DatabaseBusy as exc:
        return {"label": label, "status": "busy", "message": str(exc)}
    return {"label": label, "status": result.status, "ids": result.submission_ids,
            "codes": [p.code for p in result.errors]}


def main(config: str, db: str, results: str, n: int) -> None:
    sys.path.insert(0, str(ROOT))
    from monitor.runtime import open_runtime

    rt = open_runtime(db, config)
    ctx = rt.context(today=TODAY)
    print("ready", flush=True)
    sys.stdin.readline()
    with open(results, "w", encoding="utf-8") as out:
        for org, period, label in plan(8, n):
            out.write(json.dumps(submit(rt.store, ctx, org, period, label)) + "\n")
            out.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
