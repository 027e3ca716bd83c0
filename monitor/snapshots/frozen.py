"""Reading frozen snapshots: metadata, definition files, values, results and the register.

Everything here only reads. A snapshot is written once by :func:`monitor.snapshots.create.
create_snapshot` and never updated or deleted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import polars as pl

from monitor.compute.engine import result_schema
from monitor.config import SETTINGS_BY_KEY, Config
from monitor.definitions import Definitions
from monitor.definitions.loader import parse_file
from monitor.errors import DefinitionError, UsageError
from monitor.periods import Quarter
from monitor.problems import ProblemList
from monitor.store import Store
from monitor.text import Text

# the settings the computation depends on; frozen with every snapshot (a snapshot taken before a
# setting was frozen is read with that setting's declared default: ``frozen_config``). They include
# every setting the rules in words depend on (``monitor.compute.describe.RULE_SETTINGS``).
FROZEN_SETTINGS = ("programme.start", "programme.end", "status.min_coverage", "status.on_track",
                   "status.at_risk", "compute.max_carry_quarters",
                   "status.action_rule", "compute.forecast_min_points", "compute.flow_achieved_for")
VALUE_COLUMNS = ("organisation", "period", "measure", "state", "num", "txt", "note", "submission_id",
                 "version")
RESULT_ORDER = ("action", "indicator", "breakdown", "group", "period")


@dataclass(frozen=True)
class Snapshot:
    """One frozen snapshot: its metadata, definitions rebuilt from the stored YAML, and results."""

    id: int
    label: str
    created_at: datetime
    created_by: str
    reference_date: date  # the peildatum
    until: Quarter  # results cover the programme start up to and including this quarter
    definitions_sha256: str
    settings: dict[str, object]
    files: pl.DataFrame  # file_name, action, sha256, text
    defs: Definitions
    results: pl.DataFrame  # result_schema(rules_version)
    rules_version: int = 1  # the computation rules it was made under (1: before issue 15)


def combined_sha256(files: list[tuple[str, str]]) -> str:
    """One hash over all definition files: sha256 of the sorted ``name sha256`` lines."""
    lines = "".join(f"{name} {sha}\n" for name, sha in sorted(files))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def snapshot_id(value: object) -> int:
    """A snapshot id as an int; UsageError for anything that is not a positive whole number."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) < 1:
        raise UsageError(Text("error.snapshot.id", value=value))
    return int(text)


def read_meta(con: duckdb.DuckDBPyConnection, sid: object) -> dict:
    """The ``snapshots`` row of ``sid`` as a dict (JSON columns decoded); UsageError when there is
    no such snapshot."""
    sid = snapshot_id(sid)
    rows = con.sql("SELECT * FROM snapshots WHERE id = $id", params={"id": sid}).pl().to_dicts()
    if not rows:
        raise UsageError(Text("error.snapshot.none", id=sid))
    meta = rows[0]
    meta["settings"] = json.loads(meta["settings"]) if meta.get("settings") else {}
    meta["definitions"] = json.loads(meta["definitions"])
    meta["rules_version"] = meta.get("rules_version") or 1  # empty: taken before issue 15
    return meta


def read_files(con: duckdb.DuckDBPyConnection, sid: int) -> pl.DataFrame:
    return con.sql("SELECT file_name, action, sha256, text FROM snapshot_files WHERE snapshot_id = $id "
                   "ORDER BY file_name", params={"id": sid}).pl()


def read_values(con: duckdb.DuckDBPyConnection, sid: int) -> pl.DataFrame:
    return con.sql(f"SELECT {', '.join(VALUE_COLUMNS)} FROM snapshot_values WHERE snapshot_id = $id "
                   "ORDER BY organisation, period, measure", params={"id": sid}).pl()


def read_results(con: duckdb.DuckDBPyConnection, sid: int, rules_version: int | None = None) -> pl.DataFrame:
    """The stored results of ``sid`` in the columns of its rules version (version 1: the 22
    columns it was sent with; read from the snapshot when ``rules_version`` is not given)."""
    if rules_version is None:
        rules_version = read_meta(con, sid)["rules_version"]
    schema = result_schema(rules_version)
    cols = ", ".join(f'"{c}"' for c in schema)
    frame = con.sql(f"SELECT {cols} FROM snapshot_results WHERE snapshot_id = $id",
                    params={"id": sid}).pl()
    return frame.select([pl.col(c).cast(t) for c, t in schema.items()]).sort(*RESULT_ORDER)


def snapshot_meta(store: Store, sid: object) -> dict:
    """The ``snapshots`` row of ``sid``; UsageError when there is no such snapshot."""
    with store.read() as con:
        return read_meta(con, sid)


def snapshot_exists(store: Store, sid: object) -> bool:
    """Whether ``sid`` (any text, e.g. from a URL) names a stored snapshot."""
    try:
        snapshot_meta(store, sid)
    except UsageError:
        return False
    return True


def list_snapshots(store: Store) -> pl.DataFrame:
    """All snapshots, oldest first, with the number of frozen values and results."""
    return store.query("""
        SELECT s.id, s.label, s.reference_date, s.until_period, s.created_at, s.created_by,
               s.definitions_sha256,
               (SELECT count(*) FROM snapshot_values v WHERE v.snapshot_id = s.id) AS "values",
               (SELECT count(*) FROM snapshot_results r WHERE r.snapshot_id = s.id) AS results
        FROM snapshots s ORDER BY s.id""")


def snapshot_files(store: Store, sid: object) -> pl.DataFrame:
    """The definition files frozen with the snapshot: file_name, action, sha256, text."""
    with store.read() as con:
        return read_files(con, read_meta(con, sid)["id"])


def snapshot_values(store: Store, sid: object) -> pl.DataFrame:
    """The values that were in effect when the snapshot was made (the columns of current_values)."""
    with store.read() as con:
        return read_values(con, read_meta(con, sid)["id"])


def snapshot_results(store: Store, sid: object) -> pl.DataFrame:
    """The results as stored with the snapshot, in its rules version's columns and compute()'s
    order."""
    with store.read() as con:
        return read_results(con, read_meta(con, sid)["id"])


def frozen_definitions(files: pl.DataFrame) -> Definitions:
    """Definitions rebuilt from stored YAML texts (``file_name``, ``text``) with parse_file."""
    problems = ProblemList()
    actions = []
    for name, text in files.select("file_name", "text").iter_rows():
        parsed = parse_file(text, problems, name)
        if parsed is not None:
            actions.append(parsed)
    if problems.errors:
        raise DefinitionError(problems.items)
    return Definitions(sorted(actions, key=lambda a: a.id))


def frozen_config(base: Config, settings: dict[str, object]) -> Config:
    """``base`` with the computation settings frozen in a snapshot put back; a setting of
    ``FROZEN_SETTINGS`` the snapshot does not hold (taken before it was frozen) has its declared
    default, not the live value, as the rules in words of that snapshot say."""
    values = dict(base.values)
    defaults = {k: SETTINGS_BY_KEY[k].default for k in FROZEN_SETTINGS
                if k not in settings and not k.startswith("programme.")}  # always frozen
    for key, value in {**defaults, **settings}.items():
        values[key] = Quarter.parse(value) if key.startswith("programme.") else value
    return Config(values, base.root)


def load_snapshot(store: Store, sid: object) -> Snapshot:
    """Metadata, frozen definitions (rebuilt from the stored YAML) and stored results."""
    with store.read() as con:
        meta = read_meta(con, sid)
        files = read_files(con, meta["id"])
        results = read_results(con, meta["id"], meta["rules_version"])
    return Snapshot(
        id=meta["id"],
        label=meta["label"],
        created_at=meta["created_at"],
        created_by=meta["created_by"],
        reference_date=meta["reference_date"],
        until=Quarter.parse(meta["until_period"]),
        definitions_sha256=meta["definitions_sha256"],
        settings=meta["settings"],
        files=files,
        defs=frozen_definitions(files),
        results=results,
        rules_version=meta["rules_version"],
    )
