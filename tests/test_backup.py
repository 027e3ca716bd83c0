"""Backup and restore (monitor.backup, ``monitor backup`` / ``monitor restore``): a backup taken
while uploads continue restores to the database as it was at that moment; a killed backup
leaves nothing under its name; a damaged, truncated or newer-schema backup is refused with one
line and exit code 2, changing nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest
from helpers import TODAY, make_world, submit_csv

from monitor.backup import BackupRefused, backup, restore, verify
from monitor.cli import main
from monitor.intake.ingest import submit_file
from monitor.periods import Quarter, quarter_range
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[1]
ROWS = [line for line in DATA.strip().splitlines()[1:] if line.startswith("G1;2024-Q1;")]


def upload_bytes(org: str, period: str, n: int) -> bytes:
    body = [r.replace("G1;2024-Q1;", f"{org};{period};") for r in ROWS]
    body = [f"{r.rsplit(';', 2)[0]};{n % 7 + 1};" if ";num;" in r else r for r in body]
    return ("organisatie;periode;maatstaf;waarde;toelichting\n" + "\n".join(body)).encode()


def rows_of(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY ALL').fetchall() for n in names}


@pytest.fixture
def world(tmp_path):
    (tmp_path / "w").mkdir()
    rt = make_world(tmp_path / "w", DEFS, ORGS)
    submit_csv(rt, DATA)
    return rt


def test_backup_during_uploads_restores_the_database_of_its_moment(world, tmp_path):
    rt, ctx = world, world.context(TODAY)
    targets = [(o, str(q)) for q in quarter_range(Quarter.parse("2024-Q2"), Quarter.parse("2025-Q4"))
               for o in ("G1", "G2", "G3", "G4")]
    failures, done, started = [], [], threading.Event()

    def uploads() -> None:
        for n, (org, period) in enumerate(targets):
            try:
                result = submit_file(rt.store, ctx, upload_bytes(org, period, n), f"{org}.csv",
                                     organisation=org, period=period, user="test")
                assert result.status == "accepted", result.errors
                done.append(result.submission_ids[0])
            except Exception as exc:  # writers must wait, never fail
                failures.append(exc)
            if n == 3:
                started.set()

    thread = threading.Thread(target=uploads)
    thread.start()
    started.wait(60)
    out = tmp_path / "backups" / "b.duckdb"
    manifest = backup(rt.store, out)
    during = len(done)
    thread.join(120)
    assert not failures and len(done) == len(targets)
    restored = tmp_path / "restored.duckdb"
    assert restore(out, restored) == manifest
    old, live = rows_of(restored), rows_of(rt.store.path)
    assert set(old) == set(live) and "backup_manifest" not in old
    ids = {r[0] for r in old["submissions"]}
    later = {r[0] for r in live["submissions"]} - ids
    assert set(done[:4]) <= ids and later, (during, ids)  # uploads before and after the moment
    assert {t: len(r) for t, r in old.items()} == {t: v["rows"] for t, v in manifest.tables.items()}
    for table, rows in old.items():
        # row by row: the live database minus what the uploads after the moment added
        after = {"submissions": lambda r: r[0] in later,
                 "submitted_values": lambda r: r[0] in later,
                 "submission_files": lambda r: r not in old["submission_files"],
                 "audit_log": lambda r: r[0] > max(a[0] for a in old["audit_log"])}
        keep = after.get(table, lambda r: False)
        assert rows == [r for r in live[table] if not keep(r)], table
    # every upload is there whole or not at all
    assert {r[0] for r in old["submitted_values"]} == ids


def test_a_killed_backup_leaves_nothing_under_its_name(world, tmp_path):
    out = tmp_path / "k" / "b.duckdb"
    code = ("import sys; from pathlib import Path; from monitor.backup import backup; "
            "from monitor.store import Store; print('go', flush=True); "
            f"backup(Store(Path({str(world.store.path)!r})), Path({str(out)!r}))")
    killed_early = 0
    for delay in (0.0, 0.01, 0.03, 0.1):
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE)
        assert proc.stdout.readline() == b"go\n"
        threading.Event().wait(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if out.exists():  # it finished before the kill: then it is whole
            verify(out)
            out.unlink()
        else:
            killed_early += 1
    assert killed_early
    backup(world.store, out)  # the next backup to the folder clears the partial files
    assert [p.name for p in out.parent.iterdir()] == ["b.duckdb"]


def cli(*argv: str) -> int:
    return main(["--lang", "en", *argv])


def test_verify_and_restore_refuse_a_damaged_or_newer_backup_and_change_nothing(world, tmp_path,
                                                                                 capsys):
    good = tmp_path / "good.duckdb"
    assert cli("backup", "--db", str(world.store.path), "--out", str(good)) == 0
    assert cli("backup", "--verify", str(good), "--format", "json") == 0
    said = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert said["status"] == "ok" and said["tables"]["submitted_values"]["rows"] > 0

    truncated = tmp_path / "truncated.duckdb"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    changed = tmp_path / "changed.duckdb"
    shutil.copy(good, changed)
    with duckdb.connect(str(changed)) as con:
        con.execute("UPDATE submitted_values SET num = num + 1 WHERE measure = 'num'")
    newer = tmp_path / "newer.duckdb"
    shutil.copy(good, newer)
    with duckdb.connect(str(newer)) as con:
        con.execute("UPDATE backup_manifest SET manifest = json_merge_patch(manifest, "
                    "'{\"schema_version\": 99}')")
    target = tmp_path / "new" / "m.duckdb"
    for bad, words in ((truncated, "is damaged and cannot be read"),
                       (changed, "table submitted_values does not match its manifest"),
                       (newer, "schema version 99, newer than this monitor knows")):
        before = bad.read_bytes()
        capsys.readouterr()
        assert cli("backup", "--verify", str(bad)) == 2
        assert cli("restore", str(bad), "--db", str(target)) == 2
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 2 and all(line.startswith("error: ") and words in line for line in err)
        assert bad.read_bytes() == before and not target.parent.exists()
    with pytest.raises(BackupRefused, match="restore a backup only to an empty path"):
        restore(good, world.store.path)
    assert cli("restore", str(good), "--db", str(target)) == 0
    assert rows_of(target) == rows_of(world.store.path)
