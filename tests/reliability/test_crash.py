"""Crash safety: ingests in a subprocess (crash_driver.py) killed with SIGKILL at random moments,
a third of them in the commit window (after the writes, around COMMIT). After every kill the
database opens, every table reads back in full and checkpoints, and every submission is all or
nothing: present with all its values, its stored file and its audit row, or absent entirely.
Everything the driver saw acknowledged is there; nothing is there that it never tried.

CI: 30 kills over two databases in parallel; MONITOR_LONG=1: 150 kills over three."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from monitor.store import open_store
from tests.intake.world import copy_world, pristine_world
from tests.reliability import crash_driver
from tests.reliability.support import LONG, STATS, assert_consistent, scale, timed

DRIVER = Path(crash_driver.__file__)
ROOT = DRIVER.parents[2]
PAUSE_MS = 40  # the driver's pause between the last write and COMMIT
LABEL = re.compile(r"^(single|bulk)-(\d+)\.csv$")


def _journal(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.split() for line in path.read_text(encoding="utf-8").splitlines() if line]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for(path: Path, pid: int, log: Path, done, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done(_journal(path)):
        assert _alive(pid), log.read_text()  # the driver died by itself: its traceback
        assert time.monotonic() < deadline, "driver made no progress"
        time.sleep(0.002)


def verify(db: Path, journal: list[list[str]]) -> dict[str, int]:
    """Everything that must hold after a crash; returns the labels present by kind."""
    store = open_store(db)
    with store.read() as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        for t in tables:  # every block read back (DuckDB checks block checksums on reading)
            con.execute(f'SELECT * FROM "{t}"').fetchall()
        con.execute("CHECKPOINT")
        subs = con.execute("SELECT id, organisation, period, file_name, sha256 FROM submissions "
                           "ORDER BY id").fetchall()
        files = {r[0] for r in con.execute("SELECT sha256 FROM submission_files").fetchall()}
        audited = [r[0] for r in con.execute(
            "SELECT json_extract_string(detail, '$.file_name') FROM audit_log "
            "WHERE action = 'submission.accepted'").fetchall()]
        current = con.execute("SELECT organisation, period, measure, num, txt, note "
                              "FROM current_values").fetchall()
    assert_consistent(store)
    tried = {int(e[1]) for e in journal if e[0] == "try"}
    acknowledged = {int(e[1]) for e in journal if e[0] == "done"}
    assert {e[2] for e in journal if e[0] == "done"} <= {"accepted"}, "a valid file was refused"
    by_label: dict[int, list] = {}
    for sid, org, period, name, sha in subs:
        kind, label = LABEL.match(name).groups()
        by_label.setdefault(int(label), []).append((sid, org, period, kind, sha))
    assert set(by_label) <= tried, "a submission nobody tried"
    assert acknowledged <= set(by_label), "an acknowledged submission was lost"
    units = len(crash_driver.ORGS) * len(crash_driver.PERIODS)
    for label, rows in by_label.items():
        kind = rows[0][3]
        assert len(rows) == (units if kind == "bulk" else 1), (label, len(rows))
        if kind == "single":
            assert rows[0][4] in files  # the file itself is kept with its submission
    assert sorted(audited) == sorted(f"{r[0][3]}-{label}.csv" for label, r in by_label.items())
    latest: dict[tuple[str, str], int] = {}
    for label, rows in by_label.items():
        for sid, org, period, _, _ in rows:
            if sid > latest.get((org, period), (0, 0))[0]:
                latest[(org, period)] = (sid, label)
    got: dict[tuple[str, str], dict] = {}
    for org, period, measure, num, txt, note in current:
        got.setdefault((org, period), {})[measure] = (num, txt, note.split("x")[0])
    want = {key: {m: (*v, f"v{label}") for m, v in crash_driver.expected_values(label).items()}
            for key, (_, label) in latest.items()}
    assert got == want
    return {"single": sum(r[0][3] == "single" for r in by_label.values()),
            "bulk": sum(r[0][3] == "bulk" for r in by_label.values())}


def run_stream(rt, db: Path, kills: int, seed: int, out: list) -> None:
    """``kills`` drivers on one database, each killed at a random moment, checked after each."""
    rng = random.Random(seed)
    journal_path, log = db.with_suffix(".journal"), db.with_suffix(".log")
    with log.open("w") as err:
        server = subprocess.Popen([sys.executable, str(DRIVER)], cwd=ROOT, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
    try:
        for i in range(kills):
            start = len(_journal(journal_path))
            server.stdin.write(f"{rt.config.root / 'config.yaml'} {db} {journal_path} "
                               f"{seed * 1000 + i} {PAUSE_MS} {i % 2}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            try:
                _wait_for(journal_path, pid, log, lambda j, s=start: ["ready"] in j[s:])
                ready = len(_journal(journal_path))
                if i % 3 == 0:  # in the commit window: after the writes, before/while committing
                    _wait_for(journal_path, pid, log, lambda j, r=ready: any(
                        e[0] == "commit" for e in j[r:]))
                    time.sleep(rng.uniform(0, 1.5 * PAUSE_MS / 1000))
                elif i % 3 == 1:  # some time after an acknowledged submission (progress, whatever the load)
                    _wait_for(journal_path, pid, log, lambda j, r=ready: any(
                        e[0] == "done" for e in j[r:]))
                    time.sleep(rng.uniform(0, 0.4))
                else:  # at any moment from the start
                    time.sleep(rng.uniform(0, 0.4))
            finally:
                os.kill(pid, signal.SIGKILL)
                while _alive(pid):  # gone (and its file lock released) before we look
                    time.sleep(0.002)
            journal = _journal(journal_path)
            out.append(("ok", verify(db, journal)))
            STATS["crash kills survived"] += 1
            STATS["crash kills in the commit window"] += journal[-1][0] == "commit"
            STATS["crash kills with the database held open"] += i % 2
    except BaseException as exc:  # reported by the test thread
        out.append(("error", exc))
    finally:
        server.kill()
        server.wait()


def test_sigkill_never_leaves_half_a_submission(tmp_path):
    (tmp_path / "pristine").mkdir()
    pristine = pristine_world(tmp_path / "pristine")
    streams = 3 if LONG else 2
    kills = scale(30, 150)
    results: list[list] = [[] for _ in range(streams)]
    dbs = []
    for s in range(streams):
        world = copy_world(pristine, tmp_path / f"stream{s}", checkpoint=True)
        dbs.append(world.store.path)
    with timed("crash"):
        threads = [threading.Thread(target=run_stream, args=(
            pristine, dbs[s], kills // streams + (s < kills % streams), s + 1, results[s]))
            for s in range(streams)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    errors = [r[1] for rs in results for r in rs if r[0] == "error"]
    if errors:
        raise errors[0]
    assert sum(len(rs) for rs in results) == kills
    final = [rs[-1][1] for rs in results]
    STATS["crash submissions present after the last kill"] = sum(
        f["single"] + f["bulk"] for f in final)
    assert all(f["single"] + f["bulk"] >= kills // streams // 3 for f in final)  # work got done
