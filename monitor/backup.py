"""Backup and restore of the database (``monitor backup``, ``monitor restore``).

A backup is one DuckDB file: a copy of the database at one moment (:meth:`Store.copy_files`:
writers wait while the file is copied, they do not fail), with its WAL replayed and a manifest
inside, the table ``backup_manifest`` (one row of JSON: when, from where, the schema version and
per table its row count and a sha256 of its rows). It is written under a temporary name beside
the final one and renamed at the end, so a backup killed halfway leaves nothing under the final
name (only a ``.FILE.partial-PID`` file, removed by the next backup to that folder).

:func:`verify` opens a backup read-only and recomputes every count and checksum; :func:`restore`
verifies first and then writes a new database at an empty path, without the manifest. A damaged
(truncated, changed) or newer-schema backup is refused with one line (:class:`BackupRefused`)
and nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from monitor.errors import UsageError
from monitor.store import SCHEMA_VERSION, Store
from monitor.text import Text

MANIFEST = "backup_manifest"
FORMAT = 1


class BackupRefused(UsageError):
    """A backup that cannot be used (damaged, not a backup, newer schema) or a target that is not
    empty: one line, exit code 2, nothing changed."""


@dataclass(frozen=True)
class Manifest:
    created_at: str
    source: str
    host: str
    schema_version: int
    held_seconds: float
    tables: dict[str, dict]  # name -> {"rows": n, "sha256": hex}

    def as_dict(self) -> dict:
        return {"format": FORMAT, "created_at": self.created_at, "source": self.source,
                "host": self.host, "schema_version": self.schema_version,
                "held_seconds": self.held_seconds, "tables": self.tables}


def table_digests(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Per table (the manifest apart): its row count and a sha256 over its rows in a fixed
    order (every column, sorted), so equal tables give equal digests in any file."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND table_name <> ? "
        "ORDER BY table_name", [MANIFEST]).fetchall()]
    out = {}
    for name in names:
        digest = hashlib.sha256()
        cur = con.execute(f'SELECT * FROM "{name}" ORDER BY ALL')
        rows = 0
        while chunk := cur.fetchmany(10_000):
            rows += len(chunk)
            for row in chunk:
                digest.update(repr(row).encode("utf-8"))
                digest.update(b"\n")
        out[name] = {"rows": rows, "sha256": digest.hexdigest()}
    return out


def _partial(final: Path) -> Path:
    return final.with_name(f".{final.name}.partial-{os.getpid()}")


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def backup(store: Store, out: Path) -> Manifest:
    """Copy the database to ``out`` with its manifest (see the module docstring)."""
    out = Path(out)
    if out.is_dir():
        raise BackupRefused(Text("backup.out_folder", path=out))
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in out.parent.glob(f".{out.name}.partial-*"):
        _remove(stale)
    tmp = _partial(out)
    try:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        held = store.copy_files(tmp)
        con = duckdb.connect(str(tmp))  # replays the copied WAL
        try:
            version = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
            manifest = Manifest(created, str(store.path.resolve()), socket.gethostname(), version,
                                round(held, 3), table_digests(con))
            con.execute(f"CREATE TABLE {MANIFEST} (manifest JSON NOT NULL)")
            con.execute(f"INSERT INTO {MANIFEST} VALUES (?)", [json.dumps(manifest.as_dict())])
            con.execute("CHECKPOINT")
        finally:
            con.close()
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        _remove(tmp.with_name(tmp.name + ".wal"))
        os.replace(tmp, out)
    except BaseException:
        _remove(tmp)
        raise
    return manifest


def verify(path: Path) -> Manifest:
    """The manifest of the backup at ``path`` when every table matches it; else
    :class:`BackupRefused` saying what is wrong. Opens the file read-only."""
    path = Path(path)
    if not path.is_file():
        raise BackupRefused(Text("backup.missing", path=path))
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise BackupRefused(Text("backup.damaged", path=path, reason=_first_line(exc))) from None
    try:
        try:
            row = con.execute(f"SELECT manifest FROM {MANIFEST}").fetchone()
        except duckdb.CatalogException:
            raise BackupRefused(Text("backup.not_backup", path=path)) from None
        data = json.loads(row[0])
        manifest = Manifest(data["created_at"], data["source"], data["host"],
                            data["schema_version"], data["held_seconds"], data["tables"])
        if manifest.schema_version > SCHEMA_VERSION:
            raise BackupRefused(Text("backup.newer", path=path, version=manifest.schema_version,
                                     known=SCHEMA_VERSION))
        found = table_digests(con)
    except duckdb.Error as exc:
        raise BackupRefused(Text("backup.damaged", path=path, reason=_first_line(exc))) from None
    finally:
        con.close()
    wrong = sorted(set(found) ^ set(manifest.tables)
                   | {t for t in found if found[t] != manifest.tables.get(t)})
    if wrong:
        raise BackupRefused(Text("backup.mismatch", path=path, tables=", ".join(wrong)))
    return manifest


def restore(path: Path, db: Path) -> Manifest:
    """Verify the backup at ``path`` and write it as a new database at ``db``, which must not
    exist (nor its WAL). Written under a temporary name and renamed; refused without change."""
    db = Path(db)
    if db.exists() or db.with_name(db.name + ".wal").exists():
        raise BackupRefused(Text("backup.target_exists", path=db))
    manifest = verify(path)
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = _partial(db)
    try:
        _remove(tmp)
        with Path(path).open("rb") as src, tmp.open("wb") as dst:
            while block := src.read(1 << 20):
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        con = duckdb.connect(str(tmp))
        try:
            con.execute(f"DROP TABLE {MANIFEST}")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        _remove(tmp.with_name(tmp.name + ".wal"))
        os.link(tmp, db)  # fails rather than overwrite a file that appeared meanwhile
    except FileExistsError:
        raise BackupRefused(Text("backup.target_exists", path=db)) from None
    finally:
        _remove(tmp)
    return manifest


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
