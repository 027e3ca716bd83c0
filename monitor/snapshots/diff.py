"""What changed between two snapshots, or between a snapshot and the live data ("now").

Compared over the quarters both sides cover (up to the earlier ``until``): revised values (state,
number or text; a new note alone is not a revision) of organisation-quarters A has, national
results whose status or value changed, organisations that report in B but not in A (per quarter),
definition files added, removed or changed (by sha256), and the published action statements
added, removed or replaced by a newer approved version (issue 18).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import polars as pl

from monitor.compute.engine import RULES_VERSION, compute
from monitor.compute.frame import national
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.errors import UsageError
from monitor.frames import each
from monitor.periods import Quarter, last_completed_quarter
from monitor.snapshots.create import definition_files
from monitor.snapshots.frozen import frozen_definitions, read_files, read_meta, read_results, read_values
from monitor.snapshots.text import number_text, with_value_text
from monitor.statements.store import APPROVED_SQL
from monitor.store import Store
from monitor.text import t
from monitor.textsafe import excel_csv

KEY = ["organisation", "period", "measure"]
CHANGE_COLUMNS = {"section": pl.String, "change": pl.String, "subject": pl.String,
                  "organisation": pl.String, "period": pl.String, "old": pl.String, "new": pl.String,
                  "old_status": pl.String, "new_status": pl.String}


@dataclass(frozen=True)
class _Side:
    id: int | None
    name: str
    until: Quarter
    values: pl.DataFrame  # organisation, period, measure, state, num, txt
    results: pl.DataFrame  # national rows: action, indicator, period, status, value
    files: dict[str, str]  # file name -> sha256
    types: dict[str, str]  # measure -> type
    rules: int = RULES_VERSION  # the computation rules' version of the results
    statements: pl.DataFrame | None = None  # action, period, version, statement_id, judgement


STATEMENT_COLUMNS = {"action": pl.String, "period": pl.String, "change": pl.String,
                     "old_version": pl.Int64, "new_version": pl.Int64, "old_judgement": pl.String,
                     "new_judgement": pl.String}


@dataclass(frozen=True)
class SnapshotDiff:
    """The differences from A to B. ``b`` is None for the live data."""

    a: int
    b: int | None
    a_name: str
    b_name: str
    through: str  # the last quarter compared
    values: pl.DataFrame  # organisation, period, measure, change, old, new, old_num, new_num
    results: pl.DataFrame  # action, indicator, period, old_status, new_status, old_value, new_value
    organisations: pl.DataFrame  # period, organisation, values
    definitions: pl.DataFrame  # file_name, change, old_sha256, new_sha256
    a_rules: int = RULES_VERSION  # rules version of A's results (1: before issue 15)
    b_rules: int = RULES_VERSION
    # action, period, change (added, removed, revised), old/new version and judgement
    statements: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=STATEMENT_COLUMNS))

    def rules_note(self) -> str:
        """One line when A and B were computed under different rules versions, else ''."""
        if self.a_rules == self.b_rules:
            return ""
        return (f"rules version {self.a_rules} -> {self.b_rules}: A's results were computed under "
                f"rules version {self.a_rules}, B's under {self.b_rules}; a result can differ because "
                "the rules changed, not the data (each snapshot recomputes under its own rules)")

    def is_empty(self) -> bool:
        return all(f.is_empty() for f in (self.values, self.results, self.organisations,
                                          self.definitions, self.statements))

    def changes(self) -> pl.DataFrame:
        """All differences in one long frame (columns ``CHANGE_COLUMNS``), for export."""
        lit, col = pl.lit, pl.col
        results = self.results.select(
            lit("result").alias("section"),
            pl.when(col("old_status").ne_missing(col("new_status"))).then(lit("status"))
            .otherwise(lit("value")).alias("change"),
            col("indicator").alias("subject"), lit("NL").alias("organisation"), "period",
            each(self.results, "old_value", number_text, name="old"),
            each(self.results, "new_value", number_text, name="new"),
            "old_status", "new_status")
        values = self.values.select(lit("value").alias("section"), "change",
                                    col("measure").alias("subject"), "organisation", "period", "old", "new")
        organisations = self.organisations.select(
            lit("organisation").alias("section"), lit("new").alias("change"), "organisation", "period",
            col("values").cast(pl.String).alias("new"))
        definitions = self.definitions.select(
            lit("definition").alias("section"), "change", col("file_name").alias("subject"),
            col("old_sha256").alias("old"), col("new_sha256").alias("new"))
        statements = self.statements.select(
            lit("statement").alias("section"), "change", col("action").alias("subject"), "period",
            col("old_version").cast(pl.String).alias("old"),
            col("new_version").cast(pl.String).alias("new"))
        parts = [p.cast({c: CHANGE_COLUMNS[c] for c in p.columns})
                 for p in (values, results, organisations, definitions, statements)]
        return pl.concat([pl.DataFrame(schema=CHANGE_COLUMNS), *parts], how="diagonal").select(
            list(CHANGE_COLUMNS))

    def to_csv_bytes(self, lang: str | None = None) -> bytes:
        """The long frame as CSV for Dutch Excel (``;``, BOM, decimal comma, text neutralised);
        with ``lang`` its headers, kinds of change and statuses in words (the Export page)."""
        frame = self.changes()
        if lang is None:
            return excel_csv(frame)

        def words(column: str, prefix: str) -> pl.Series:
            return each(frame, column, lambda v: t(f"{prefix}.{v}", lang))

        shown = frame.with_columns(words("section", "diff.section"), words("change", "export.diff.change"),
                                   words("old_status", "status.word"), words("new_status", "status.word"))
        return excel_csv(shown.rename({c: t(f"diff.col.{c}", lang) for c in shown.columns}))

    def to_text(self) -> str:
        """A readable summary with every difference."""
        lines = [f"{self.a_name} -> {self.b_name} (compared up to {self.through})"]
        if self.rules_note():
            lines.append(self.rules_note())
        sections = [("revised values", self.values.drop("old_num", "new_num")),
                    ("results (national) with another status or value", self.results),
                    ("organisations reporting in B but not in A", self.organisations),
                    ("definition files", self.definitions)]
        if not self.statements.is_empty():
            sections.append(("action statements (approved)", self.statements))
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=200, fmt_str_lengths=64,
                       tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
            for title, frame in sections:
                lines.append(f"\n{title}: {frame.height}")
                if frame.height:
                    lines.append(str(frame))
        return "\n".join(lines) + "\n"


def diff(
    store: Store,
    a: int,
    b: int | None,
    *,
    defs: Definitions | None = None,
    config: Config | None = None,
    today: date | None = None,
) -> SnapshotDiff:
    """The differences from snapshot ``a`` to snapshot ``b``, or to the live data when ``b`` is
    None (then ``defs`` and ``config`` give the live definitions and settings)."""
    old = _snapshot_side(store, a)
    if b is None:
        if defs is None or config is None:
            raise UsageError("comparing with the live data needs the live definitions and config")
        new = _live_side(store, defs, config, min(old.until, _live_until(config, today)), today)
    else:
        new = _snapshot_side(store, b)
    through = str(min(old.until, new.until))
    types = {**old.types, **new.types}
    va = _within(old.values, through).rename({c: f"old_{c}" for c in ("state", "num", "txt")})
    vb = _within(new.values, through).rename({c: f"new_{c}" for c in ("state", "num", "txt")})
    pairs_a = va.select("organisation", "period").unique()
    joined = va.join(vb, on=KEY, how="full", coalesce=True).join(
        pairs_a, on=["organisation", "period"], how="semi")
    same = (pl.col("old_state").eq_missing(pl.col("new_state"))
            & pl.col("old_num").eq_missing(pl.col("new_num"))
            & pl.col("old_txt").eq_missing(pl.col("new_txt")))
    revised = joined.filter(~same).with_columns(
        pl.when(pl.col("old_state").is_null()).then(pl.lit("added"))
        .when(pl.col("new_state").is_null()).then(pl.lit("removed"))
        .otherwise(pl.lit("revised")).alias("change"))
    revised = with_value_text(with_value_text(revised, types, "old_", "old"), types, "new_", "new")
    values = revised.select(*KEY, "change", "old", "new", "old_num", "new_num").sort(KEY)
    organisations = (
        vb.join(pairs_a, on=["organisation", "period"], how="anti")
        .group_by("period", "organisation").agg(pl.len().cast(pl.Int64).alias("values"))
        .sort("period", "organisation"))
    return SnapshotDiff(a=old.id, b=new.id, a_name=old.name, b_name=new.name,
                        through=through, values=values, results=_results(old, new, through),
                        organisations=organisations, definitions=_files(old.files, new.files),
                        a_rules=old.rules, b_rules=new.rules,
                        statements=_statements(old.statements, new.statements, through))


def _within(values: pl.DataFrame, through: str) -> pl.DataFrame:
    return values.select(*KEY, "state", "num", "txt").filter(pl.col("period") <= through)


def _results(old: _Side, new: _Side, through: str) -> pl.DataFrame:
    ra = old.results.rename({"status": "old_status", "value": "old_value"}).drop("action")
    rb = new.results.rename({"status": "new_status", "value": "new_value"})
    joined = rb.join(ra, on=["indicator", "period"], how="inner").filter(pl.col("period") <= through)
    o, n = pl.col("old_value"), pl.col("new_value")
    moved = (o.is_null() != n.is_null()) | ((o - n).abs() > 1e-9 * pl.max_horizontal(pl.lit(1.0), o.abs()))
    changed = pl.col("old_status").ne_missing(pl.col("new_status")) | moved.fill_null(False)
    return joined.filter(changed).select(
        "action", "indicator", "period", "old_status", "new_status", "old_value", "new_value",
    ).sort("action", "indicator", "period")


def _files(old: dict[str, str], new: dict[str, str]) -> pl.DataFrame:
    rows = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a != b:
            change = "added" if a is None else "removed" if b is None else "changed"
            rows.append((name, change, a, b))
    return pl.DataFrame(rows, orient="row", schema={"file_name": pl.String, "change": pl.String,
                                                    "old_sha256": pl.String, "new_sha256": pl.String})


def _statements(old: pl.DataFrame | None, new: pl.DataFrame | None, through: str) -> pl.DataFrame:
    """Published statements added, removed or replaced by another approved version."""
    if old is None or new is None:
        return pl.DataFrame(schema=STATEMENT_COLUMNS)
    key = ["action", "period"]
    a = old.filter(pl.col("period") <= through).rename(
        {"version": "old_version", "statement_id": "old_id", "judgement": "old_judgement"})
    b = new.filter(pl.col("period") <= through).rename(
        {"version": "new_version", "statement_id": "new_id", "judgement": "new_judgement"})
    joined = a.join(b, on=key, how="full", coalesce=True)
    changed = joined.filter(pl.col("old_id").ne_missing(pl.col("new_id"))).with_columns(
        pl.when(pl.col("old_id").is_null()).then(pl.lit("added"))
        .when(pl.col("new_id").is_null()).then(pl.lit("removed"))
        .otherwise(pl.lit("revised")).alias("change"))
    return changed.select(list(STATEMENT_COLUMNS)).cast(STATEMENT_COLUMNS).sort(key)


_STATEMENTS = "action, period, version, {id} AS statement_id, judgement"


def _national(results: pl.DataFrame) -> pl.DataFrame:
    return national(results).select("action", "indicator", "period", "status", "value")


def _snapshot_side(store: Store, sid: object) -> _Side:
    with store.read() as con:
        meta = read_meta(con, sid)
        files, values, results = (read(con, meta["id"]) for read in (read_files, read_values, read_results))
        rules = meta["rules_version"]
        statements = con.sql(f"SELECT {_STATEMENTS.format(id='statement_id')} "
                             "FROM snapshot_statements WHERE snapshot_id = ?",
                             params=[meta["id"]]).pl()
    defs = frozen_definitions(files)
    return _Side(
        id=meta["id"],
        name=f"snapshot {meta['id']} '{meta['label']}' ({meta['reference_date']})",
        until=Quarter.parse(meta["until_period"]),
        values=values,
        results=_national(results),
        files=dict(files.select("file_name", "sha256").iter_rows()),
        types={m.id: m.type for m in defs.measures.values()},
        rules=rules,
        statements=statements,
    )


def _live_until(config: Config, today: date | None) -> Quarter:
    return min(last_completed_quarter(today or date.today()), config.programme_end)


def _live_side(store: Store, defs: Definitions, config: Config, until: Quarter, today: date | None) -> _Side:
    values = store.query("SELECT organisation, period, measure, state, num, txt FROM current_values")
    return _Side(
        id=None,
        name="live",
        until=until,
        values=values,
        results=_national(compute(store, defs, config, until=until, today=today)),
        files={f["file_name"]: f["sha256"] for f in definition_files(defs)},
        types={m.id: m.type for m in defs.measures.values()},
        statements=store.query(f"SELECT {_STATEMENTS.format(id='id')} FROM ({APPROVED_SQL})"),
    )
