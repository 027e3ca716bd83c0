"""The world of the intake fixture corpus: the small world of tests/compute/test_engine.py (DEFS,
ORGS) with one addition, ``min: 0`` on ``wait``, so that a value can be out of range."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
from helpers import TODAY, make_world

from monitor.config import Config
from monitor.intake.core import Context
from monitor.intake.ingest import submit_file
from monitor.runtime import Runtime
from monitor.store import Store
from tests.compute.test_engine import DEFS, ORGS

_WAIT = "{id: wait, title: {nl: W, en: W}, type: decimal,"
assert DEFS.count(_WAIT) == 1
CORPUS_DEFS = DEFS.replace(_WAIT, _WAIT + " min: 0,")

FIXTURES = Path(__file__).parent / "fixtures"
VALID_DIR = FIXTURES / "valid"
PROBLEM_DIR = FIXTURES / "with_problems"
ON_TIME = datetime(2024, 4, 15, 10, 0)  # before the 2024-Q1 deadline (2024-04-30)
VALUE_TABLES = ("submissions", "submitted_values", "submission_files")


def pristine_world(path: Path) -> Runtime:
    """A new world (config, register, definitions, migrated database) in ``path``."""
    return make_world(path, CORPUS_DEFS, ORGS)


def copy_world(pristine: Runtime, path: Path, checkpoint: bool = False) -> Runtime:
    """A fresh world with its own DuckDB file in ``path``: a copy of the pristine world's database
    (much faster than building the world again). ``checkpoint`` first: for a database that is held
    open, so that everything is in the main file."""
    path.mkdir(parents=True, exist_ok=True)
    if checkpoint:
        with pristine.store.read() as con:
            con.execute("CHECKPOINT")
    for suffix in ("", ".wal"):
        src = Path(f"{pristine.store.path}{suffix}")
        if src.exists():
            shutil.copyfile(src, path / f"m.duckdb{suffix}")
    # already migrated: a Store on the copy needs no connection until it is used
    return dataclasses.replace(pristine, store=Store(path / "m.duckdb", pristine.store.busy_timeout))


@contextmanager
def held_open(rt: Runtime) -> Iterator[None]:
    """Keep the world's database open (see conftest.py) while the block runs."""
    con = duckdb.connect(str(rt.store.path))
    try:
        yield
    finally:
        con.close()


def context(rt: Runtime, lang: str = "nl", locked: dict[str, str] | None = None,
            max_file_mb: float | None = None) -> Context:
    config = rt.config
    if max_file_mb is not None:
        config = Config({**config.values, "intake.max_file_mb": max_file_mb}, config.root)
    return Context(rt.defs, rt.org_types, config, TODAY, lang, locked or {})


def submit(rt, content: bytes, name: str, org: str = "G1", period: str = "2024-Q1",
           ctx: Context | None = None, received_at: datetime = ON_TIME, dry_run: bool = False):
    return submit_file(rt.store, ctx or context(rt), content, name, organisation=org, period=period,
                       user="tester", received_at=received_at, dry_run=dry_run)


def snapshot(rt, con=None) -> dict[str, list[tuple]]:
    """Full contents of every value table."""
    if con is None:
        with rt.store.read() as con:
            return snapshot(rt, con)
    return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in VALUE_TABLES}


def rows(rt, *queries: str) -> list[list[tuple]]:
    """The rows of each query, over one connection."""
    with rt.store.read() as con:
        return [con.execute(q).fetchall() for q in queries]


def current(rt, org: str = "G1", period: str = "2024-Q1") -> list[tuple]:
    """(measure, state, num, txt, note) in effect, by measure."""
    return rt.store.query(
        "SELECT measure, state, num, txt, note FROM current_values "
        "WHERE organisation = ? AND period = ? ORDER BY measure", [org, period]
    ).rows()


def found(result) -> list[tuple]:
    """(row, column, code, value) of every problem, in reported order."""
    return [(p.line, p.path, p.code, p.value) for p in result.problems]
