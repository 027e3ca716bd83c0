import subprocess
import sys
import textwrap

import duckdb
import pytest

from monitor.errors import DatabaseBusy, SchemaVersionError
from monitor.store import SCHEMA_VERSION, Store, migrate, open_store


def test_creates_schema_once(tmp_path):
    store = open_store(tmp_path / "m.duckdb")
    assert store.schema_version() == SCHEMA_VERSION
    assert migrate(store) == SCHEMA_VERSION  # idempotent
    counts = store.table_counts()
    assert counts["schema_version"] == SCHEMA_VERSION == 4
    assert {
        "organisations",
        "submissions",
        "submitted_values",
        "rejected_attempts",
        "audit_log",
        "snapshots",
        "submission_files",
    } <= set(counts)


def test_transaction_rolls_back_on_error(tmp_path):
    store = open_store(tmp_path / "m.duckdb")
    with pytest.raises(RuntimeError), store.transaction() as con:
        con.execute("INSERT INTO organisations VALUES ('X1', 'X', 'gemeente', '', '')")
        raise RuntimeError("boom")
    assert store.scalar("SELECT count(*) FROM organisations") == 0
    with store.transaction() as con:
        con.execute("INSERT INTO organisations VALUES ('X1', 'X', 'gemeente', '', '')")
    assert store.scalar("SELECT count(*) FROM organisations") == 1


def test_newer_schema_is_refused(tmp_path):
    store = open_store(tmp_path / "m.duckdb")
    with store.transaction() as con:
        con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    with pytest.raises(SchemaVersionError, match="newer than this monitor"):
        open_store(tmp_path / "m.duckdb")


def test_second_process_waits_then_reports_busy(tmp_path):
    path = tmp_path / "m.duckdb"
    open_store(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("locked", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        busy = Store(path, busy_timeout=0.3)
        with pytest.raises(DatabaseBusy, match="in use by another process"):
            busy.scalar("SELECT 1")
    finally:
        holder.communicate("\n", timeout=10)
    # after the other process is gone the same call succeeds
    assert Store(path, busy_timeout=0.3).scalar("SELECT count(*) FROM organisations") == 0


def test_folder_as_database_path_is_a_clear_error(tmp_path):
    from monitor.errors import StoreError

    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_duckdb_version_is_2():
    assert duckdb.__version__.startswith("2.")


def test_old_database_is_migrated_forward(tmp_path):
    """A database at version 1 gets migration 2 (period_locks) on open, data kept."""
    from monitor.store import MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")
    con.execute(MIGRATIONS[0][1])
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute("INSERT INTO organisations VALUES ('X1', 'X', 'gemeente', '', '')")
    con.close()
    store = open_store(path)
    assert store.schema_version() == 4
    assert store.scalar("SELECT count(*) FROM period_locks") == 0
    assert store.scalar("SELECT name FROM organisations") == "X"
