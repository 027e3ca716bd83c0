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
    assert counts["schema_version"] == SCHEMA_VERSION == 8
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
    assert store.schema_version() == 8
    assert store.scalar("SELECT count(*) FROM period_locks") == 0
    assert store.scalar("SELECT name FROM organisations") == "X"


def test_version_4_database_gets_issuer_and_os_user(tmp_path):
    """Migration 5 (issue 14): users.issuer and audit_log.os_user, existing rows kept (NULL)."""
    from monitor.store import MIGRATIONS

    path = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")
    for version, sql in MIGRATIONS[:4]:
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
    con.execute("INSERT INTO users VALUES ('a', 'A', 'viewer', [], 'a@x.nl', 's', true, now(), 'x', "
                "now(), 'x')")
    con.execute("INSERT INTO audit_log VALUES (1, now(), 'x', 'user.create', 'a', NULL, NULL)")
    con.close()
    store = open_store(path)
    assert store.schema_version() == 8
    assert store.query("SELECT id, subject, issuer FROM users").rows() == [("a", "s", None)]
    assert store.query("SELECT actor, os_user FROM audit_log").rows() == [("x", None)]


def test_version_5_snapshot_keeps_rules_version_1(tmp_path):
    """Migration 6 (issue 15): a snapshot frozen before it has no rules version (= 1) and its
    results no n, carried or forecast note; new result columns are empty for it."""
    from monitor.compute.engine import RESULT_SCHEMA_V1, result_schema
    from monitor.store import MIGRATIONS

    path = tmp_path / "v5.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")
    for version, sql in MIGRATIONS[:5]:
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
    con.close()
    store = open_store(path)
    assert store.schema_version() == 8
    cols = {r[0] for r in store.query("DESCRIBE snapshot_results").rows()}
    assert {"n", "carried", "forecast_note"} <= cols
    assert "rules_version" in {r[0] for r in store.query("DESCRIBE snapshots").rows()}
    assert result_schema(None) == RESULT_SCHEMA_V1 and len(RESULT_SCHEMA_V1) == 22
    assert list(result_schema(2))[:22] == list(RESULT_SCHEMA_V1)


def _two_writers(store: Store, hold: float) -> tuple[list, list]:
    """Thread A updates a row and holds its transaction ``hold`` seconds; thread B starts its own
    update of the same row while A is inside. Returns (B's outcome, the final rows)."""
    import threading

    with store.transaction() as con:
        con.execute("INSERT INTO organisations VALUES ('G1', 'start', 'gemeente', NULL, NULL)")
    inside, outcome = threading.Event(), []

    def a() -> None:
        with store.transaction() as con:
            con.execute("UPDATE organisations SET name = 'A' WHERE code = 'G1'")
            inside.set()
            threading.Event().wait(hold)

    def b() -> None:
        inside.wait()
        try:
            with store.transaction() as con:
                con.execute("UPDATE organisations SET name = 'B' WHERE code = 'G1'")
            outcome.append("committed")
        except DatabaseBusy as exc:
            outcome.append(str(exc))

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcome, store.query("SELECT code, name FROM organisations").rows()


def test_writers_in_one_process_take_turns_instead_of_conflicting(tmp_path):
    """Regression: two threads changing the same row used to end in DuckDB's 'Conflict on
    update' / 'Current transaction is aborted' (a traceback for the second uploader)."""
    outcome, rows = _two_writers(open_store(tmp_path / "m.duckdb"), hold=0.3)
    assert (outcome, rows) == (["committed"], [("G1", "B")])  # B waited for A, then won


def test_a_writer_that_waits_too_long_is_told_to_try_again(tmp_path):
    store = open_store(tmp_path / "m.duckdb", busy_timeout=0.2)
    outcome, rows = _two_writers(store, hold=1.0)
    assert outcome == [f"database {store.path} is busy with another change that took longer than "
                       "0.2 s. Try again in a moment."]
    assert rows == [("G1", "A")]


def test_threads_opening_and_closing_connections_see_a_whole_database(tmp_path):
    """Regression: a thread could get a database instance that another thread was still starting
    or shutting down, and registering a frame failed with 'python_arrow_scan does not exist'."""
    import threading

    import polars as pl

    store = open_store(tmp_path / "m.duckdb")
    errors: list[str] = []

    def work() -> None:
        for _ in range(60):
            try:
                with store.read() as con:
                    con.register("frame", pl.DataFrame({"a": [1]}))
                    assert con.execute("SELECT count(*) FROM frame").fetchone() == (1,)
            except Exception as exc:  # collected: the assertion below shows them
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_session_opens_the_file_once_and_keeps_transactions_whole(tmp_path):
    from helpers import CountingStore

    open_store(tmp_path / "m.duckdb")
    store = CountingStore(tmp_path / "m.duckdb")
    with store.session():
        with store.transaction() as con:
            con.execute("INSERT INTO organisations VALUES ('X1', 'X', 'gemeente', '', '')")
        with pytest.raises(RuntimeError), store.transaction() as con:
            con.execute("INSERT INTO organisations VALUES ('X2', 'X', 'gemeente', '', '')")
            raise RuntimeError("boom")
        with store.session(), store.read() as con:  # re-entrant
            assert con.execute("SELECT code FROM organisations").fetchall() == [("X1",)]
    assert store.opens == 1
    assert store.query("SELECT code FROM organisations")["code"].to_list() == ["X1"]
    assert store.opens == 2  # after the session every connection opens the file again


def test_change_marker_moves_with_every_commit_also_from_another_connection(tmp_path):
    store = open_store(tmp_path / "m.duckdb")
    before = store.change_marker()
    assert store.change_marker() == before  # reading changes nothing
    store.query("SELECT count(*) FROM organisations")
    assert store.change_marker() == before
    with store.transaction() as con:
        con.execute("INSERT INTO organisations VALUES ('X1', 'X', 'gemeente', '', '')")
    after_own = store.change_marker()
    assert after_own != before
    con = duckdb.connect(str(tmp_path / "m.duckdb"))  # not through Store: no counter
    con.execute("INSERT INTO organisations VALUES ('X2', 'X', 'gemeente', '', '')")
    assert store.change_marker() != after_own  # the WAL file grew
    con.close()


def _other_process_writes(path) -> str:
    """Open the file from another process and insert a row: 'ok', or the lock error."""
    code = textwrap.dedent(f"""
        import duckdb
        try:
            con = duckdb.connect({str(path)!r})
            con.execute("INSERT INTO organisations VALUES ('P1', 'P', 'gemeente', '', '')")
            con.close()
            print("ok")
        except duckdb.IOException as exc:
            print("lock" if "lock" in str(exc).lower() else str(exc))
    """)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60).stdout.strip()


def test_released_frees_the_file_for_another_process_and_reopens_the_session(tmp_path):
    from helpers import CountingStore

    open_store(tmp_path / "m.duckdb")
    store = CountingStore(tmp_path / "m.duckdb")
    with store.session():
        assert _other_process_writes(store.path) == "lock"  # the session holds the file
        with store.released():
            assert _other_process_writes(store.path) == "ok"
            assert store.scalar("SELECT count(*) FROM organisations") == 1  # opens on its own
        assert store.opens == 3  # the session, the read inside, the session again
        with store.read() as con:  # the session again: no further open
            assert con.execute("SELECT code FROM organisations").fetchall() == [("P1",)]
        assert store.opens == 3
    with store.released():  # without a session: nothing to release
        assert store.scalar("SELECT count(*) FROM organisations") == 1


def test_released_that_cannot_reopen_says_busy_and_leaves_the_session_closed(tmp_path):
    path = tmp_path / "m.duckdb"
    open_store(path)
    store = Store(path, busy_timeout=0.3)
    holder = None
    try:
        with (pytest.raises(DatabaseBusy, match="in use by another process"), store.session(),
              store.released()):
            holder = subprocess.Popen(
                [sys.executable, "-c", textwrap.dedent(f"""
                    import duckdb, sys
                    con = duckdb.connect({str(path)!r})
                    print("locked", flush=True)
                    sys.stdin.readline()
                """)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert holder.stdout.readline().strip() == "locked"
        assert getattr(store._pinned, "con", None) is None  # nothing left pinned
    finally:
        if holder is not None:
            holder.communicate("\n", timeout=10)
    assert store.scalar("SELECT count(*) FROM organisations") == 0  # usable again
