"""The owner of ``commitments`` and ``commitment_links``: import, link, unlink and the reads.

Every write checks ``commitments.manage`` (an audited refusal otherwise) and writes its audit
row in the same transaction (``commitments.import``, ``commitments.link``,
``commitments.unlink``). An import stores a whole file or nothing. Links are never deleted: an
unlink sets ``unlinked_at``/``unlinked_by``, so the history of who linked what stays.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from monitor.access.audit import record
from monitor.access.enforce import enforce_as
from monitor.access.model import User
from monitor.commitments.odata import COMPARED, FIELDS, parse_file
from monitor.errors import UsageError
from monitor.store import Store
from monitor.text import Text

# the commitments (not removed by the Kamer) with the actions they are linked to now; also what
# a snapshot copies (monitor.snapshots.create)
CURRENT_SQL = """
    SELECT c.id, c.kind, c.number, c.text, c.title, c.person, c.function, c.ministry, c.status,
           c.created, c.due, c.completed_letter, c.completed,
           coalesce(list_sort(list(l.action) FILTER (WHERE l.action IS NOT NULL)),
                    []::VARCHAR[]) AS actions
    FROM commitments c
    LEFT JOIN commitment_links l ON l.commitment_id = c.id AND l.unlinked_at IS NULL
    WHERE NOT c.removed
    GROUP BY ALL
"""


@dataclass
class ImportReport:
    """What an import changed: numbers of new records, changed records with the fields that
    changed, the count of unchanged ones and the records the Kamer marked ``Verwijderd``."""

    kind: str
    file_name: str
    new: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        return len(self.new) + len(self.changed) + self.unchanged + len(self.removed)

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "file": self.file_name, "records": self.records,
                "new": self.new, "changed": [{"number": n, "fields": f} for n, f in self.changed],
                "unchanged": self.unchanged, "removed": self.removed}

    def text(self) -> Text:
        """One line in the reader's language: '12 records: 3 new, 1 changed, ...'."""
        return Text("commitments.import.done", file=self.file_name,
                    records=Text("commitments.records", count=self.records), new=len(self.new),
                    changed=len(self.changed), unchanged=self.unchanged, removed=len(self.removed))


def import_commitments(store: Store, user: User | str | None, data: bytes, *, file_name: str,
                       kind: str | None = None, at: datetime | None = None) -> ImportReport:
    """Import an OData file of toezeggingen or moties (``kind``, or detected): every record is
    added or updated, in one transaction with its audit row; records not in the file are left
    as they are (a file may be filtered). Raises
    :class:`~monitor.commitments.odata.CommitmentFileError` (nothing stored) when the file has a
    problem, :class:`~monitor.access.errors.AccessDenied` without ``commitments.manage``."""
    actor = enforce_as(store, user, "commitments.manage", target="commitments")
    rows = parse_file(data, kind, file_name)
    at = at or datetime.now()
    report = ImportReport(kind or (rows[0]["kind"] if rows else "toezegging"), file_name)
    with store.transaction() as con:
        ids = [r["id"] for r in rows]
        old = {r[0]: dict(zip(("id", *COMPARED, "completed"), r, strict=True)) for r in con.execute(
            f"SELECT id, {', '.join(COMPARED)}, completed FROM commitments "
            "WHERE list_contains(?, id)", [ids]).fetchall()} if ids else {}
        for row in rows:
            before = old.get(row["id"])
            if before is None:
                _insert(con, row, at, file_name)
                (report.removed if row["removed"] else report.new).append(row["number"])
                continue
            differ = [f for f in COMPARED if before[f] != row[f]]
            if not differ:
                report.unchanged += 1
                continue
            if before["status"] == row["status"] and before["completed"] is not None:
                row = row | {"completed": before["completed"]}  # completed once, stays so
            sets = ", ".join(f"{f} = ?" for f in (*FIELDS[1:], "imported_at", "source_file"))
            con.execute(f"UPDATE commitments SET {sets} WHERE id = ?",
                        [*(row[f] for f in FIELDS[1:]), at, file_name, row["id"]])
            if row["removed"] and not before["removed"]:
                report.removed.append(row["number"])
            else:
                report.changed.append((row["number"], differ))
        record(con, actor, "commitments.import", file_name, report.as_dict(), at=at)
    return report


def _insert(con, row: dict, at: datetime, file_name: str) -> None:
    cols = (*FIELDS, "imported_at", "source_file")
    con.execute(f"INSERT INTO commitments ({', '.join(cols)}) VALUES "
                f"({', '.join('?' for _ in cols)})", [*(row[f] for f in FIELDS), at, file_name])


def find_commitment(store: Store, id_or_number: str) -> dict | None:
    """The commitment with this Id or Nummer (as a dict of its columns), or None."""
    key = (id_or_number or "").strip()
    frame = store.query("SELECT * EXCLUDE (raw) FROM commitments WHERE id = ? OR number = ? "
                        "ORDER BY removed, id LIMIT 1", [key, key])
    return frame.to_dicts()[0] if frame.height else None


def linked_actions(store: Store, commitment_id: str) -> list[str]:
    """The actions the commitment is linked to now, sorted."""
    return sorted(r[0] for r in store.query(
        "SELECT action FROM commitment_links WHERE commitment_id = ? AND unlinked_at IS NULL",
        [commitment_id]).rows())


def link_commitment(store: Store, user: User | str | None, commitment: str, action: str, *,
                    known_actions: Collection[str], at: datetime | None = None) -> str:
    """Link the commitment (Id or Nummer) to the strategy action; return its id. Audited
    (``commitments.link``); a link that exists already, an unknown commitment or action is a
    :class:`~monitor.errors.UsageError` (nothing written)."""
    return _change_link(store, user, commitment, action, True, known_actions, at)


def unlink_commitment(store: Store, user: User | str | None, commitment: str, action: str, *,
                      known_actions: Collection[str], at: datetime | None = None) -> str:
    """End the link between the commitment and the action (kept as history); return the id.
    Audited (``commitments.unlink``)."""
    return _change_link(store, user, commitment, action, False, known_actions, at)


def _change_link(store: Store, user: User | str | None, commitment: str, action: str, link: bool,
                 known_actions: Collection[str], at: datetime | None) -> str:
    actor = enforce_as(store, user, "commitments.manage", target=commitment)
    found = find_commitment(store, commitment)
    if found is None:
        raise UsageError(Text("commitments.error.unknown", id=commitment))
    action = (action or "").strip().lower()
    if action not in known_actions:
        raise UsageError(Text("commitments.error.action", action=action,
                              known=", ".join(sorted(known_actions))))
    cid, at = found["id"], at or datetime.now()
    with store.transaction() as con:
        [(linked,)] = con.execute(
            "SELECT count(*) FROM commitment_links WHERE commitment_id = ? AND action = ? "
            "AND unlinked_at IS NULL", [cid, action]).fetchall()
        if link and linked:
            raise UsageError(Text("commitments.error.linked", number=found["number"], action=action))
        if not link and not linked:
            raise UsageError(Text("commitments.error.not_linked", number=found["number"],
                                  action=action))
        if link:
            con.execute("INSERT INTO commitment_links (commitment_id, action, linked_at, linked_by) "
                        "VALUES (?, ?, ?, ?)", [cid, action, at, actor.id])
        else:
            con.execute("UPDATE commitment_links SET unlinked_at = ?, unlinked_by = ? "
                        "WHERE commitment_id = ? AND action = ? AND unlinked_at IS NULL",
                        [at, actor.id, cid, action])
        record(con, actor, "commitments.link" if link else "commitments.unlink", cid,
               {"number": found["number"], "action": action}, at=at)
    return cid


def current_commitments(store: Store) -> pl.DataFrame:
    """Every commitment not removed by the Kamer, with ``actions`` (its links now)."""
    return store.query(CURRENT_SQL + " ORDER BY number")


def link_history(store: Store, commitment_id: str | None = None) -> pl.DataFrame:
    """Every link ever made (with who linked and unlinked it, when), oldest first."""
    where, params = ("WHERE commitment_id = ?", [commitment_id]) if commitment_id else ("", [])
    return store.query(f"SELECT * FROM commitment_links {where} ORDER BY linked_at, action", params)


def raw_record(store: Store, commitment_id: str) -> dict | None:
    """The record as the Kamer's file gave it."""
    value = store.scalar("SELECT CAST(raw AS VARCHAR) FROM commitments WHERE id = ?", [commitment_id])
    return json.loads(value) if value else None
