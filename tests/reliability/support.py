"""Shared parts of the reliability suite: the world, table fingerprints, the checks that a
rejection is structured and changed nothing but its own records, and the tally of figures.

What a rejection changes, by design (monitor/intake/ingest.py ``_reject``): one row in
``rejected_attempts`` (the attempt, its problems as JSON, file name, size and sha256) and one row in
``audit_log`` (action ``submission.rejected``), written in one transaction. Every other table,
above all the value tables ``submissions``, ``submitted_values`` and ``submission_files``, stays
exactly as it was: same row count and same order-independent hash of all rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from hypothesis import settings

from monitor.errors import MonitorError
from monitor.intake.core import IntakeResult
from monitor.intake.ingest import submit_file
from monitor.intake.messages import LEVELS
from monitor.runtime import Runtime
from monitor.store import Store
from monitor.text.catalogue import TEXTS

LONG = os.environ.get("MONITOR_LONG", "") not in ("", "0")
STATS: Counter = Counter()  # figures of this run, printed by conftest.py
REJECTION_TABLES = ("audit_log", "rejected_attempts")
VALUE_TABLES = ("submissions", "submitted_values", "submission_files")
HEADER = ["organisatie", "periode", "maatstaf", "waarde", "toelichting"]
# a valid submission for G1 2024-Q1 in the corpus world (tests/intake/world.py)
BASE_ROWS = [
    ["G1", "2024-Q1", "cdo", "ja", ""],
    ["G1", "2024-Q1", "fte", "2,5", "inclusief vacature"],
    ["G1", "2024-Q1", "stage", "gestart", ""],
]
RECEIVED = datetime(2024, 4, 15, 10, 0)


class World:
    """A runtime with a short repr (hypothesis prints the arguments of a failing case)."""

    def __init__(self, rt: Runtime):
        self.rt = rt
        self.last_fingerprint: dict | None = None  # the state after the last checked case

    def __getattr__(self, name: str):
        return getattr(self.rt, name)

    def __repr__(self) -> str:
        return f"World({self.rt.store.path})"


def examples(ci: int, long: int) -> settings:
    """Hypothesis settings of the active profile with ``ci`` (or, in long mode, ``long``) cases."""
    profile = settings.get_profile("reliability-long" if LONG else "reliability-ci")
    return settings(profile, max_examples=long if LONG else ci)


def scale(ci: int, long: int) -> int:
    return long if LONG else ci


@contextmanager
def timed(key: str) -> Iterator[None]:
    start = time.monotonic()
    try:
        yield
    finally:
        STATS[f"seconds {key}"] += round(time.monotonic() - start, 1)


def fingerprint(store: Store) -> dict[str, tuple[int, int]]:
    """Per table: row count and an order-independent hash of all rows (sum of row hashes, so
    that duplicate rows do not cancel out as they would with xor). One query for all tables."""
    with store.read() as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        sql = " UNION ALL ".join(
            f"SELECT '{n}', count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM \"{n}\" t"
            for n in names)
        return {n: (c, h) for n, c, h in con.execute(sql).fetchall()}


def csv_bytes(rows: list[list[str]], sep: str = ";", encoding: str = "utf-8",
              newline: str = "\r\n", header: list[str] = HEADER) -> bytes:
    buf = io.StringIO(newline="")
    # csv quotes only the line terminator's characters: a lone CR in a cell of a LF file would be
    # written bare, and read (as Excel does) as a line break
    breaks = any("\r" in c or "\n" in c for row in rows for c in row)
    writer = csv.writer(buf, delimiter=sep, lineterminator=newline,
                        quoting=csv.QUOTE_ALL if breaks else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode(encoding)


def submit(rt: Runtime, ctx, content: bytes, name: str = "upload.csv", org: str = "G1",
           period: str = "2024-Q1", **kw) -> IntakeResult:
    """The real intake path (read, check, store) through a real file, as the CLI and the upload
    page call it; any exception other than the project's documented errors fails the test."""
    path = Path(ctx.config.root) / "incoming" / "upload.bin"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    with path.open("rb") as stream:
        return submit_file(rt.store, ctx, stream, name, organisation=org, period=period,
                           user="tester", received_at=RECEIVED, **kw)


def assert_structured(result: IntakeResult) -> None:
    """A result the user can act on: a known status, and for a rejection at least one error, every
    problem with a documented code and a message."""
    assert isinstance(result, IntakeResult), result
    assert result.status in ("accepted", "rejected", "duplicate", "valid")
    for p in result.problems:
        assert p.code in LEVELS, p.code
        assert p.level == LEVELS[p.code]
        nl = (TEXTS.get(f"problem.{p.code}") or TEXTS[f"problem.{p.code}.other"])[0]
        for name in re.findall(r"\{(\w+)\}", nl):  # every parameter filled in
            assert "{" + name + "}" not in p.message or "{" + name + "}" in (p.value or ""), p.message
    if result.status == "rejected":
        assert result.errors and result.rejection_id is not None
    for p in result.problems:  # a message never names a Python exception (issue 14)
        assert not CLASS_NAME.search(p.message), p.message


# KeyError, BadZipFile, InvalidFileException, UnicodeDecodeError, ...
CLASS_NAME = re.compile(r"\b(?:[A-Z][a-z0-9]*)+(?:Error|Exception|ZipFile|Warning)\b")


def assert_rejection_only(rt: Runtime, before: dict, after: dict, result: IntakeResult,
                          content: bytes | None) -> None:
    """After a rejection: every table but the two rejection records is unchanged, and those grew by
    exactly one well-formed row each. ``content`` None: the file was not read (over the cap)."""
    changed = {t for t in after if after[t] != before[t]}
    if not changed:  # the same file with the same problems as the newest attempt: not again
        with rt.store.read() as con:
            newest = con.execute("SELECT max(id) FROM rejected_attempts WHERE submitted_by = "
                                 "'tester'").fetchone()[0]
        assert result.rejection_id == newest
        return
    assert changed == set(REJECTION_TABLES), changed
    for t in REJECTION_TABLES:
        assert after[t][0] == before[t][0] + 1, t
    with rt.store.read() as con:
        size, sha, errors, problems = con.execute(
            "SELECT file_size, sha256, error_count, CAST(problems AS VARCHAR) FROM rejected_attempts "
            "WHERE id = ?", [result.rejection_id]).fetchone()
        action, detail = con.execute(
            "SELECT action, CAST(detail AS VARCHAR) FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    if content is not None:
        assert (size, sha) == (len(content), hashlib.sha256(content).hexdigest())
    assert errors == len(result.errors) >= 1
    assert [p["code"] for p in json.loads(problems)] == [p.code for p in result.problems]
    assert action == "submission.rejected"
    assert json.loads(detail)["rejection_id"] == result.rejection_id


def assert_consistent(store: Store) -> None:
    """What must hold in any state of the database: every submission is all or nothing."""
    with store.read() as con:
        orphans = con.execute(
            "SELECT count(*) FROM submitted_values v ANTI JOIN submissions s "
            "ON s.id = v.submission_id").fetchone()[0]
        partial = con.execute("""
            SELECT s.id, s.new_count + s.changed_count, count(v.submission_id)
            FROM submissions s LEFT JOIN submitted_values v ON v.submission_id = s.id
            GROUP BY ALL HAVING count(v.submission_id) <> s.new_count + s.changed_count""").fetchall()
        doubly_current = con.execute("""
            SELECT organisation, period, measure FROM submitted_values WHERE is_current
            GROUP BY ALL HAVING count(*) > 1""").fetchall()
        gaps = con.execute("""
            SELECT organisation, period, measure FROM submitted_values GROUP BY ALL
            HAVING max(version) <> count(*) OR sum(is_current::INT) <> 1""").fetchall()
    assert (orphans, partial, doubly_current, gaps) == (0, [], [], []), (
        orphans, partial, doubly_current, gaps)


def call_safely(fn, *args, **kw):
    """Run ``fn``; return its result, or the project's documented error (MonitorError) as a value.
    Any other exception propagates and fails the test."""
    try:
        return fn(*args, **kw)
    except MonitorError as exc:
        return exc
