"""The one module that owns the database: schema, migrations, connections and transactions.

DuckDB allows one writer *process* per file, and while a process has the file open no other
process can open it, even read-only. Connections are therefore short-lived: open, work, close.
When another process holds the file we retry until ``busy_timeout`` and then raise
:class:`DatabaseBusy` with a message that says what to do.

Inside one process (the dashboard serves many users from threads) DuckDB shares one database
instance between connections and would abort the second of two concurrent transactions that touch
the same rows (a write-write conflict). Write transactions on one file are therefore taken one at a
time per process; readers are never blocked (see :func:`_file_locks`).

Opening the file is the expensive part of a connection (DuckDB starts the database instance, and
closing its last connection checkpoints it: 20–100 ms). A caller that takes several short steps in
a row (an upload: the user check, a read, a write) opens a :meth:`Store.session`: the file stays
open in this thread for the block, and every :meth:`Store.read` and :meth:`Store.transaction`
inside gets its own connection on that instance (a cursor, well under a millisecond). Each
transaction is still its own connection with BEGIN/COMMIT, writers still take turns, and another
process still gets :class:`DatabaseBusy`; only the file stays open between the steps.

**One way to reach the store.** A function that reads or writes the database takes, as its first
parameter, exactly one of (never a union, never "anything with a ``.store``"):

- ``rt: Runtime`` (:mod:`monitor.runtime`): services, views, pages and commands, everything that
  needs the database together with the config, the definitions or the register;
- ``store: Store``: the storage layer, this module and the owner modules of the tables
  (:data:`TABLE_OWNERS`, with the access functions on ``users``). They need nothing but the
  database, and :func:`monitor.runtime.open_runtime` calls some before a Runtime exists; a caller
  with a runtime passes ``rt.store``;
- ``con`` (a DuckDB connection): a step inside a transaction its caller owns, such as
  ``monitor.access.audit.record`` or ``monitor.snapshots.locks.lock_quarters``, so that a change and
  its audit row are committed together.

The computation (``monitor.compute.engine.compute(store, defs, config)``) takes its inputs one by
one: a snapshot is recomputed from frozen definitions and settings, not from the runtime's.

**One owner per table.** Every table is written (INSERT, UPDATE, DELETE) by one module only, its
owner in :data:`TABLE_OWNERS`; other modules change it through the owner's functions
(``tests/test_ownership.py`` checks the package). docs/development.md explains the table.
"""

from __future__ import annotations

import functools
import logging
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import duckdb
import polars as pl

from monitor.errors import DatabaseBusy, SchemaVersionError, StoreError
from monitor.text import Text

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
    CREATE TABLE organisations (
        code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
        provincie VARCHAR, tooi VARCHAR);
    CREATE SEQUENCE submission_id_seq START 1;
    CREATE TABLE submissions (
        id BIGINT PRIMARY KEY, organisation VARCHAR NOT NULL, period VARCHAR NOT NULL,
        received_at TIMESTAMP NOT NULL, submitted_by VARCHAR NOT NULL, source VARCHAR NOT NULL,
        file_name VARCHAR, file_size BIGINT, sha256 VARCHAR NOT NULL,
        encoding VARCHAR, separator VARCHAR, deadline DATE NOT NULL, on_time BOOLEAN NOT NULL,
        row_count INTEGER NOT NULL, new_count INTEGER NOT NULL, changed_count INTEGER NOT NULL,
        unchanged_count INTEGER NOT NULL, warnings JSON);
    CREATE TABLE submission_files (sha256 VARCHAR PRIMARY KEY, content BLOB NOT NULL);
    CREATE TABLE submitted_values (
        submission_id BIGINT NOT NULL, organisation VARCHAR NOT NULL, period VARCHAR NOT NULL,
        measure VARCHAR NOT NULL, version INTEGER NOT NULL, state VARCHAR NOT NULL,
        num DOUBLE, txt VARCHAR, note VARCHAR, is_current BOOLEAN NOT NULL,
        PRIMARY KEY (organisation, period, measure, version));
    CREATE SEQUENCE rejection_id_seq START 1;
    CREATE TABLE rejected_attempts (
        id BIGINT PRIMARY KEY, organisation VARCHAR, period VARCHAR,
        received_at TIMESTAMP NOT NULL, submitted_by VARCHAR NOT NULL, source VARCHAR NOT NULL,
        file_name VARCHAR, file_size BIGINT, sha256 VARCHAR, error_count INTEGER NOT NULL,
        warning_count INTEGER NOT NULL, problems JSON NOT NULL);
    CREATE SEQUENCE audit_id_seq START 1;
    CREATE TABLE audit_log (
        id BIGINT PRIMARY KEY, occurred_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
        action VARCHAR NOT NULL, target VARCHAR, detail JSON, reason VARCHAR);
    CREATE SEQUENCE snapshot_id_seq START 1;
    CREATE TABLE snapshots (
        id BIGINT PRIMARY KEY, label VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
        created_by VARCHAR NOT NULL, reference_date DATE NOT NULL,
        definitions JSON NOT NULL, definitions_sha256 VARCHAR NOT NULL);
    CREATE VIEW current_values AS
        SELECT organisation, period, measure, state, num, txt, note, submission_id, version
        FROM submitted_values WHERE is_current;
    """,
    ),
    (
        2,
        """
    -- a quarter reported in a snapshot is locked for submissions until reopened with a reason
    CREATE TABLE period_locks (
        period VARCHAR NOT NULL, snapshot_id BIGINT, label VARCHAR NOT NULL,
        locked_at TIMESTAMP NOT NULL, locked_by VARCHAR NOT NULL,
        reopened_at TIMESTAMP, reopened_by VARCHAR, reason VARCHAR);
    """,
    ),
    (
        3,
        """
    -- frozen snapshots (peildatum): everything a figure sent to parliament was computed from,
    -- copied once and never updated (monitor.snapshots)
    ALTER TABLE snapshots ADD COLUMN until_period VARCHAR;
    ALTER TABLE snapshots ADD COLUMN settings JSON;
    CREATE TABLE snapshot_files (
        snapshot_id BIGINT NOT NULL, file_name VARCHAR NOT NULL, action VARCHAR NOT NULL,
        text VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, PRIMARY KEY (snapshot_id, file_name));
    CREATE TABLE snapshot_organisations (
        snapshot_id BIGINT NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL,
        type VARCHAR NOT NULL, provincie VARCHAR, tooi VARCHAR, PRIMARY KEY (snapshot_id, code));
    CREATE TABLE snapshot_values (
        snapshot_id BIGINT NOT NULL, organisation VARCHAR NOT NULL, period VARCHAR NOT NULL,
        measure VARCHAR NOT NULL, state VARCHAR NOT NULL, num DOUBLE, txt VARCHAR, note VARCHAR,
        submission_id BIGINT NOT NULL, version INTEGER NOT NULL);
    CREATE TABLE snapshot_results (
        snapshot_id BIGINT NOT NULL, action VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
        period VARCHAR NOT NULL, breakdown VARCHAR NOT NULL, "group" VARCHAR NOT NULL,
        value DOUBLE, numerator DOUBLE, denominator DOUBLE, reported BIGINT, expected BIGINT,
        coverage DOUBLE, baseline DOUBLE, baseline_period VARCHAR, planned DOUBLE,
        next_target DOUBLE, next_target_period VARCHAR, final_target DOUBLE,
        final_target_period VARCHAR, progress DOUBLE, forecast DOUBLE, status VARCHAR,
        achieved_date DATE);
    """,
    ),
    (
        4,
        """
    -- users and roles (monitor.access): who may do what; every change also writes audit_log.
    -- organisations binds an indiener to register codes; email/subject link an OIDC login.
    -- Rows are never deleted (deactivated instead), so audit actors stay resolvable.
    CREATE TABLE users (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, role VARCHAR NOT NULL,
        organisations VARCHAR[] NOT NULL, email VARCHAR, subject VARCHAR,
        active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, created_by VARCHAR NOT NULL,
        updated_at TIMESTAMP NOT NULL, updated_by VARCHAR NOT NULL);
    """,
    ),
    (
        5,
        """
    -- issue 14: a login is bound to the identity provider (issuer) and its 'sub' claim; the
    -- operating-system account that ran a CLI command is recorded beside the claimed --user.
    ALTER TABLE users ADD COLUMN issuer VARCHAR;
    ALTER TABLE audit_log ADD COLUMN os_user VARCHAR;
    """,
    ),
    (
        6,
        """
    -- issue 15: results carry n (values behind a figure), carried (of which carried forward) and
    -- forecast_note (why no forecast); a snapshot records the computation rules' version
    -- (empty = 1: computed before these columns existed, reproduced as it was).
    ALTER TABLE snapshot_results ADD COLUMN n BIGINT;
    ALTER TABLE snapshot_results ADD COLUMN carried BIGINT;
    ALTER TABLE snapshot_results ADD COLUMN forecast_note VARCHAR;
    ALTER TABLE snapshots ADD COLUMN rules_version INTEGER;
    """,
    ),
    (
        7,
        """
    -- issue 15: status_note says why a result has no status (no_target, before_baseline) or what
    -- its status leaves out (late: a milestone achieved after its planned date; not_held)
    ALTER TABLE snapshot_results ADD COLUMN status_note VARCHAR;
    """,
    ),
    (
        8,
        """
    -- issue 18: progress in words. An actiehouder is bound to actions (users.actions) as an
    -- indiener is bound to organisations.
    ALTER TABLE users ADD COLUMN actions VARCHAR[];
    -- an action's statement for a quarter (results, plans, successes, bottlenecks, lessons, the
    -- owner's judgement and milestone updates in body); every edit is a new version; state:
    -- draft -> submitted -> approved | returned (four-eyes: approved by a programmamanager)
    CREATE SEQUENCE statement_id_seq START 1;
    CREATE TABLE statements (
        id BIGINT PRIMARY KEY, action VARCHAR NOT NULL, period VARCHAR NOT NULL,
        version INTEGER NOT NULL, state VARCHAR NOT NULL, body JSON NOT NULL,
        judgement VARCHAR, judgement_reason VARCHAR,
        written_by VARCHAR NOT NULL, written_at TIMESTAMP NOT NULL, source VARCHAR NOT NULL,
        file_name VARCHAR, reviewed_by VARCHAR, reviewed_at TIMESTAMP, remark VARCHAR,
        UNIQUE (action, period, version));
    -- the Kamer's commitments (toezeggingen) and motions (moties), imported from the Tweede
    -- Kamer's open data (id = its Id), and their links to actions (never deleted: unlinked_at)
    CREATE TABLE commitments (
        id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, number VARCHAR NOT NULL,
        text VARCHAR NOT NULL, title VARCHAR, person VARCHAR, function VARCHAR, ministry VARCHAR,
        status VARCHAR NOT NULL, created DATE, due DATE, completed_letter VARCHAR,
        completed DATE, changed_at TIMESTAMP, removed BOOLEAN NOT NULL,
        imported_at TIMESTAMP NOT NULL, source_file VARCHAR, raw JSON NOT NULL);
    CREATE TABLE commitment_links (
        commitment_id VARCHAR NOT NULL, action VARCHAR NOT NULL,
        linked_at TIMESTAMP NOT NULL, linked_by VARCHAR NOT NULL,
        unlinked_at TIMESTAMP, unlinked_by VARCHAR);
    -- frozen with a snapshot: the approved statements and the commitments with their links
    CREATE TABLE snapshot_statements (
        snapshot_id BIGINT NOT NULL, statement_id BIGINT NOT NULL, action VARCHAR NOT NULL,
        period VARCHAR NOT NULL, version INTEGER NOT NULL, body JSON NOT NULL,
        judgement VARCHAR, judgement_reason VARCHAR, written_by VARCHAR NOT NULL,
        reviewed_by VARCHAR, reviewed_at TIMESTAMP, PRIMARY KEY (snapshot_id, action, period));
    CREATE TABLE snapshot_commitments (
        snapshot_id BIGINT NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        number VARCHAR NOT NULL, text VARCHAR NOT NULL, title VARCHAR, person VARCHAR,
        function VARCHAR, ministry VARCHAR, status VARCHAR NOT NULL, created DATE, due DATE,
        completed_letter VARCHAR, completed DATE, actions VARCHAR[] NOT NULL,
        PRIMARY KEY (snapshot_id, id));
    """,
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
# table -> the one module that writes it (see the module docstring and docs/development.md)
TABLE_OWNERS: dict[str, str] = {
    "schema_version": "monitor.store",
    "organisations": "monitor.store",  # sync_organisations: the register, on every open
    "submissions": "monitor.intake.storage",
    "submission_files": "monitor.intake.storage",
    "submitted_values": "monitor.intake.storage",
    "rejected_attempts": "monitor.intake.storage",
    "audit_log": "monitor.access.audit",
    "users": "monitor.access.users",
    "snapshots": "monitor.snapshots.create",
    "snapshot_files": "monitor.snapshots.create",
    "snapshot_organisations": "monitor.snapshots.create",
    "snapshot_values": "monitor.snapshots.create",
    "snapshot_results": "monitor.snapshots.create",
    "period_locks": "monitor.snapshots.locks",
    "statements": "monitor.statements.store",
    "commitments": "monitor.commitments.store",
    "commitment_links": "monitor.commitments.store",
    "snapshot_statements": "monitor.snapshots.create",
    "snapshot_commitments": "monitor.snapshots.create",
}
P = ParamSpec("P")
R = TypeVar("R")
_LOCK = re.compile(r"lock", re.IGNORECASE)
_CONFLICT = re.compile(r"conflict", re.IGNORECASE)
_GUARD = threading.Lock()
_FILE_LOCKS: dict[str, tuple[threading.Lock, threading.RLock]] = {}
_COMMITS: dict[str, int] = {}  # transactions committed by this process, per file
_LOG = logging.getLogger(__name__)
WAIT_LOGGED = 0.25  # seconds: a wait for the file or the write turn at least this long is logged


def _waited(path: Path, what: str, seconds: float) -> None:
    """Log a long wait (a warning on the server's log: a sign of contention an operator can
    count; the load test in benchmarks/load.py does)."""
    if seconds >= WAIT_LOGGED:
        _LOG.warning("monitor.store lock wait: %.2f s for %s on %s", seconds, what, path.name)


def _file_locks(path: Path) -> tuple[threading.Lock, threading.RLock]:
    """This process's locks for the file at ``path``: one around opening and closing connections
    (DuckDB's Python client can hand a thread a database instance that another thread is still
    starting or shutting down: "python_arrow_scan does not exist"), one for writers."""
    key = str(path.resolve())
    with _GUARD:
        return _FILE_LOCKS.setdefault(key, (threading.Lock(), threading.RLock()))


class Store:
    """Access to one DuckDB file. Create with :func:`open_store`, which also migrates."""

    def __init__(self, path: Path, busy_timeout: float = 15.0):
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self._pinned = threading.local()  # this thread's open session connection, if any

    def _busy(self, why: Text) -> DatabaseBusy:
        return DatabaseBusy(Text("error.store.busy", path=self.path, why=why))

    def _connect(self) -> duckdb.DuckDBPyConnection:
        opening, _ = _file_locks(self.path)
        started = time.monotonic()
        deadline = started + self.busy_timeout
        delay = 0.05
        while True:
            try:
                with opening:
                    con = duckdb.connect(str(self.path))
                _waited(self.path, "the file", time.monotonic() - started)
                return con
            except duckdb.IOException as exc:
                if not _LOCK.search(str(exc)):
                    raise StoreError(Text("error.store.open", path=self.path, reason=exc)) from None
                if time.monotonic() >= deadline:
                    raise self._busy(Text("error.store.busy.in_use",
                                          seconds=f"{self.busy_timeout:g}")) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except duckdb.Error as exc:
                raise StoreError(Text("error.store.open", path=self.path, reason=exc)) from None

    def _close(self, con: duckdb.DuckDBPyConnection) -> None:
        opening, _ = _file_locks(self.path)
        with opening:
            con.close()

    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection of its own: a cursor on this thread's session, else a fresh open."""
        session = getattr(self._pinned, "con", None)
        if session is not None:
            con = session.cursor()
            try:
                yield con
            finally:
                con.close()
            return
        con = self._connect()
        try:
            yield con
        finally:
            self._close(con)

    @contextmanager
    def session(self) -> Iterator[None]:
        """Keep the file open in this thread for the block, so that the reads and transactions
        inside do not each open and close it (see the module docstring). Re-entrant; opening
        waits and raises :class:`DatabaseBusy` like any connection."""
        if getattr(self._pinned, "con", None) is not None:
            yield
            return
        self._pinned.con = self._connect()
        try:
            yield
        finally:
            con, self._pinned.con = self._pinned.con, None
            if con is not None:  # None when released() could not open the file again
                self._close(con)

    @contextmanager
    def released(self) -> Iterator[None]:
        """Close this thread's session for the block and open it again after: for a long step
        that does not need the file (building an export pack), so that other processes can open
        it meanwhile. Reads and writes inside the block open the file on their own. Without a
        session it does nothing."""
        con = getattr(self._pinned, "con", None)
        if con is None:
            yield
            return
        self._pinned.con = None
        self._close(con)
        try:
            yield
        finally:
            self._pinned.con = self._connect()

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived connection for reading."""
        with self._connection() as con:
            yield con

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction: committed when the block ends, rolled back on any error.

        Writers in this process take turns (DuckDB would abort the second of two concurrent
        transactions that touch the same rows), waiting at most ``busy_timeout``."""
        _, writing = _file_locks(self.path)
        started = time.monotonic()
        if not writing.acquire(timeout=self.busy_timeout):
            raise self._busy(Text("error.store.busy.long", seconds=f"{self.busy_timeout:g}"))
        _waited(self.path, "the write turn", time.monotonic() - started)
        try:
            with self._connection() as con:
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                try:
                    con.execute("COMMIT")
                    with _GUARD:
                        key = str(self.path.resolve())
                        _COMMITS[key] = _COMMITS.get(key, 0) + 1
                except duckdb.TransactionException as exc:
                    if not _CONFLICT.search(str(exc)):
                        raise
                    # a connection outside Store changed the same rows first; nothing was stored
                    raise self._busy(Text("error.store.busy.same")) \
                        from None
        finally:
            writing.release()

    def copy_files(self, dest: Path) -> float:
        """Copy the database file (and its ``.wal``, when there is one) to ``dest`` (and
        ``dest.wal``) as they are at one moment; return how long writers waited (seconds).

        The moment: writers of this process take turns on the writing lock, so holding it stops
        them (they wait, as for any long transaction, up to ``busy_timeout``); holding a
        connection keeps the file open, so another process cannot open it (it retries, up to its
        ``busy_timeout``) and this process's last connection cannot close and checkpoint it
        meanwhile. The file and its WAL are then a consistent pair: every commit before the
        moment is in them, none after. Opening the copy replays the WAL."""
        _, writing = _file_locks(self.path)
        if not writing.acquire(timeout=self.busy_timeout):
            raise self._busy(Text("error.store.busy.long", seconds=f"{self.busy_timeout:g}"))
        try:
            with self._connection():
                start = time.monotonic()
                wal = self.path.with_name(self.path.name + ".wal")
                shutil.copyfile(self.path, dest)
                if wal.exists():
                    shutil.copyfile(wal, dest.with_name(dest.name + ".wal"))
                return time.monotonic() - start
        finally:
            writing.release()

    def change_marker(self) -> tuple:
        """Cheap to take, without opening the file: it differs after any commit to the file, by
        this process (a counter) or another one (a commit appends to the ``.wal`` file, a
        checkpoint rewrites the file; both change size or modification time). Equal markers may
        still hide nothing; callers cache what they read under the marker taken *before*
        reading, so a commit in between only makes them read again."""
        with _GUARD:
            commits = _COMMITS.get(str(self.path.resolve()), 0)
        stats = []
        for f in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                s = f.stat()
                stats.append((s.st_ino, s.st_mtime_ns, s.st_size))
            except OSError:
                stats.append(None)
        return (commits, *stats)

    def query(self, sql: str, params: list | dict | None = None) -> pl.DataFrame:
        """Run a read query and return a Polars DataFrame (see :func:`to_frame`)."""
        with self.read() as con:
            return to_frame(con.sql(sql, params=params))

    def scalar(self, sql: str, params: list | dict | None = None) -> object:
        with self.read() as con:
            row = con.execute(sql, params).fetchone()
            return row[0] if row else None

    def schema_version(self) -> int:
        with self.read() as con:
            return _version(con)

    def table_counts(self) -> dict[str, int]:
        with self.read() as con:
            names = [
                r[0]
                for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()
            ]
            return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def to_frame(relation: duckdb.DuckDBPyRelation) -> pl.DataFrame:
    """The result of ``relation`` as a Polars DataFrame, read through the Arrow C stream interface
    (the same columns and types as ``relation.pl()``, which builds a pyarrow Table on the way:
    importing pyarrow costs a CLI command ≈0,15 s of CPU; this path never imports it)."""
    return pl.DataFrame(relation)


@contextmanager
def frame_table(con: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> Iterator[None]:
    """``frame`` as the temporary table ``name`` of ``con`` for the block.

    Use this, not ``con.register(name, frame)``: DuckDB reads a registered Polars frame through a
    pyarrow Table, which imports pyarrow (≈0,15 s of CPU for a CLI command). Here DuckDB reads
    Polars' own Arrow C stream, which can be read once, so it is copied into a temporary table
    that the block's statements may read as often as they like; it is dropped at the end."""
    stream = f"{name}__stream"
    con.register(stream, frame.__arrow_c_stream__())
    try:
        con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS SELECT * FROM "{stream}"')
    finally:
        con.unregister(stream)
    try:
        yield
    finally:
        con.execute(f'DROP TABLE IF EXISTS temp."{name}"')


def in_session(fn: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Run ``fn(store, ...)`` inside ``store.session()``: one open of the file for all its steps."""

    @functools.wraps(fn)
    def wrapper(store: Store, *args: P.args, **kwargs: P.kwargs) -> R:
        with store.session():
            return fn(store, *args, **kwargs)

    return wrapper


def _version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(store: Store) -> int:
    """Bring the schema up to date, each migration in its own transaction; return the version."""
    with store.transaction() as con:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
        current = _version(con)
    if current > SCHEMA_VERSION:
        raise SchemaVersionError(Text("error.store.newer", path=store.path, version=current,
                                      known=SCHEMA_VERSION))
    for version, sql in MIGRATIONS:
        if version > current:
            with store.transaction() as con:
                con.execute(sql)
                con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
    return SCHEMA_VERSION


def open_store(path: Path, busy_timeout: float = 15.0) -> Store:
    """Open (creating when missing) the database at ``path`` with an up-to-date schema."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StoreError(Text("error.store.folder", path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store(path, busy_timeout)
    migrate(store)
    return store


def sync_organisations(store: Store, register: pl.DataFrame) -> None:
    """Make the organisations table equal to the register (one transaction). Nothing is written
    when it is equal already (every open but the first after a register change): a read is cheaper
    than a write."""
    frame = register.select(pl.col("code"), pl.col("naam").alias("name"), "type", "provincie", "tooi")
    with store.read() as con:
        stored = con.execute("SELECT code, name, type, provincie, tooi FROM organisations "
                             "ORDER BY code").fetchall()
    if stored == sorted(frame.rows()):
        return
    with store.transaction() as con, frame_table(con, "register_frame", frame):
        con.execute("DELETE FROM organisations WHERE code NOT IN (SELECT code FROM register_frame)")
        con.execute("INSERT OR REPLACE INTO organisations SELECT * FROM register_frame")
