"""The intake entry point: check, compare, then reject or store in one transaction."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import PurePath
from typing import BinaryIO

import duckdb
import polars as pl

from monitor.access.audit import record
from monitor.access.enforce import enforce_as
from monitor.access.model import User
from monitor.errors import PeriodError, UsageError
from monitor.intake import fast
from monitor.intake.batch import Batch, from_units
from monitor.intake.columns import Columns, csv_frame, rows_frame
from monitor.intake.core import Context, IntakeResult, RawRow, Upload, check_rows, normal_rows
from monitor.intake.fast import check_columns
from monitor.intake.files import read_capped, safe_file_name
from monitor.intake.messages import problem
from monitor.intake.relations import relation_problems
from monitor.intake.storage import (
    classify,
    latest_sha,
    record_rejection,
    same_rejection,
    store_units,
    unit_sha,
    values_frame,
)
from monitor.intake.text import org_code
from monitor.intake.warnings import history, value_warnings
from monitor.periods import Quarter
from monitor.problems import Problem, ProblemList
from monitor.store import Store, frame_table, in_session
from monitor.text import Text


def _existing_keys(con: duckdb.DuckDBPyConnection, rows: list[RawRow]) -> set[tuple[str, str, str]]:
    """Keys in effect for the organisation-quarters the rows name (required measures already
    given need not be repeated)."""
    pairs = set()
    for r in rows:
        try:
            pairs.add((r.organisation, str(Quarter.parse(r.period))))
        except PeriodError:
            continue
    if not pairs:
        return set()
    frame = pl.DataFrame(sorted(pairs), schema={"organisation": pl.String, "period": pl.String},
                         orient="row")
    with frame_table(con, "upload_pairs", frame):
        rows = con.execute(
            "SELECT organisation, period, measure FROM current_values "
            "JOIN upload_pairs USING (organisation, period)").fetchall()
    return {tuple(r) for r in rows}


def submission_target(organisation: str | None, period: str | None, bulk: bool) -> tuple[str | None, str]:
    """What a submission is for: the organisation (its code as in the register: gm0363 is
    GM0363) and the audit target (``ORG/PERIOD``, or ``bulk``). One submission names an
    organisation and a quarter, a bulk history file neither; anything else is a UsageError, in
    the words of the CLI, the only caller that can get it wrong. The one check of this rule."""
    fits = not (organisation or period) if bulk else bool(organisation and period)
    if not fits:
        raise UsageError(Text("error.ingest.target"))
    if bulk:
        return None, "bulk"
    organisation = org_code(organisation)
    return organisation, f"{organisation}/{period}"


def _submitter(store: Store, user: User | str | None, organisation: str | None, period: str | None,
               bulk: bool) -> tuple[User, str | None]:
    """The acting user, allowed to submit for the organisation (or bulk), and the organisation."""
    organisation, target = submission_target(organisation, period, bulk)
    actor = enforce_as(store, user, "submit.bulk" if bulk else "submit", organisation, target=target)
    return actor, organisation


@in_session  # user check, read and write on one open of the file
def ingest(
    store: Store,
    ctx: Context,
    upload: Upload,
    *,
    organisation: str | None = None,
    period: str | None = None,
    bulk: bool = False,
    user: User | str | None = None,
    source: str = "upload",
    received_at: datetime | None = None,
    dry_run: bool = False,
    check_warnings: bool = True,
) -> IntakeResult:
    """Check ``upload`` and store it. A single submission needs ``organisation`` and ``period``;
    a bulk history file (``bulk=True``) may hold many organisations and quarters, each stored as
    its own submission, all in one transaction. Rejections are recorded (also in a dry run) and
    leave every value table unchanged."""
    actor, organisation = _submitter(store, user, organisation, period, bulk)
    received_at = received_at or datetime.now().replace(microsecond=0)
    meta = {
        "user": actor.id,
        "source": source,
        "file_name": upload.file_name,
        "encoding": upload.encoding,
        "separator": upload.separator,
    }
    content_sha = hashlib.sha256(upload.content).hexdigest()
    with store.read() as con:  # one short read: what is in effect, earlier files, history
        units, problems, rows = _check(con, upload, ctx, organisation, period, bulk)
        related = relation_problems(con, units, ctx)  # checks between measures (definitions)
        problems.items.extend(p for _, p in related if p.level == "error")
        if not problems.errors and not units:
            problems.append(problem("no-values", ctx.lang))
        if not problems.errors:
            shas = [unit_sha(content_sha, o, p, bulk) for o, p in units.pairs()]
            fresh = _fresh(con, units, shas)
            units, shas = units.keep(fresh), [shas[i] for i in fresh]
            past = history(con, units) if check_warnings and units else []
    if problems.errors:
        return _measured(_reject(store, problems.items, meta, upload, received_at, organisation,
                                 period), rows, units)
    if not units:
        return IntakeResult("duplicate", problems.items)
    warnings = value_warnings(units, past, ctx) if check_warnings else {}
    index = {pair: i for i, pair in enumerate(units.pairs())}
    for pair, p in related:
        if p.level == "warning" and pair in index:
            warnings.setdefault(index[pair], []).append(p)
    found = problems.items + [w for i in sorted(warnings) for w in warnings[i]]
    if dry_run:
        with store.read() as con:
            classified = classify(con, values_frame(units))
        return _measured(_result("valid", found, classified, []), rows, units)
    with store.transaction() as con:
        # a concurrent upload of the same file may have been stored since the check above
        kept = _fresh(con, units, shas)
        if kept:
            units, shas = units.keep(kept), [shas[i] for i in kept]
            warnings = {n: warnings[i] for n, i in enumerate(kept) if i in warnings}
            found = problems.items + [w for i in sorted(warnings) for w in warnings[i]]
            classified = classify(con, values_frame(units))
            ids = store_units(con, ctx, units, classified, shas, meta, upload.content,
                              received_at, warnings)
            result = _result("accepted", found, classified, ids)
            record(con, meta["user"], "submission.accepted",
                   "bulk" if bulk else f"{organisation}/{period}",
                   {"submission_ids": ids, "counts": result.counts,
                    "file_name": upload.file_name, "sha256": content_sha, "source": source},
                   None, received_at)
    return _measured(result, rows, units) if kept else IntakeResult("duplicate", problems.items)


def _check(con: duckdb.DuckDBPyConnection, upload: Upload, ctx: Context, organisation: str | None,
           period: str | None, bulk: bool) -> tuple[Batch, ProblemList, list[RawRow] | None]:
    """The units of a file, its problems and its rows (None from the fast path): the columnar
    fast path for a clean file; the row path, the one authority on problems, for any file the
    fast path declines."""
    frame = upload.frame
    if frame is None and upload.rows is not None and fast.worth(len(upload.rows)):
        frame = rows_frame(normal_rows(upload.rows))
    batch = None if frame is None else check_columns(con, frame, ctx, organisation, period)
    if batch is not None:
        return batch, ProblemList(), None
    rows = None if upload.rows is None else normal_rows(upload.rows)
    if rows is None:  # read as columns only: read the rows now
        from monitor.intake.reader import read_csv

        read = read_csv(upload.content, ctx.lang, max_rows(ctx, bulk))
        if read.problems.errors:
            return from_units([]), read.problems, None
        rows = read.rows
    units, problems = check_rows(rows, ctx, organisation, period, _existing_keys(con, rows))
    return from_units(list(units.values())), problems, rows


def _measured(result: IntakeResult, rows: list[RawRow] | None, units: Batch) -> IntakeResult:
    """``result`` with the measure of every row a problem is about (from the rows, or from the
    units of a file checked by the fast path), so that the report can name it."""
    lines = {p.line for p in result.problems if p.line is not None}
    if not lines:
        return result
    if rows is not None:
        result.row_measures = {r.row: r.measure for r in rows if r.row in lines}
    elif units:
        found = units.values.filter(pl.col("line").is_in(sorted(lines))).select("line", "measure")
        result.row_measures = dict(found.iter_rows())
    return result


def _fresh(con: duckdb.DuckDBPyConnection, units: Batch, shas: list[str]) -> list[int]:
    """Indexes of the units whose file differs from the latest accepted one for their
    organisation and quarter (the others were received already)."""
    previous = latest_sha(con, units) if units else {}
    return [i for i, key in enumerate(units.pairs()) if previous.get(key) != shas[i]]


def _result(status, problems: list[Problem], classified: pl.DataFrame, ids: list[int]) -> IntakeResult:
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    for change, n in classified.group_by("change").len().iter_rows():
        counts[change] = n
    changed = sorted(set(classified.filter(pl.col("change") != "unchanged")["measure"].to_list()))
    return IntakeResult(status, problems, counts, ids, changed)


def _reject(
    store: Store,
    problems: list[Problem],
    meta: dict,
    upload: Upload,
    received_at: datetime,
    organisation: str | None,
    period: str | None,
) -> IntakeResult:
    with store.transaction() as con:
        rid = same_rejection(con, problems, meta, upload.content, organisation, period)
        if rid is not None:  # the same file with the same problems again (a page rerun)
            return IntakeResult("rejected", problems, rejection_id=rid)
        rid = record_rejection(con, problems, meta, upload.content, received_at, organisation, period)
        record(con, meta["user"], "submission.rejected",
               f"{organisation}/{period}" if organisation else "bulk",
               {"rejection_id": rid, "file_name": meta.get("file_name"),
                "codes": sorted({p.code for p in problems if p.level == "error"})},
               None, received_at)
    return IntakeResult("rejected", problems, rejection_id=rid)


def max_bytes(ctx: Context, bulk: bool) -> int:
    return int(ctx.config["intake.max_bulk_mb" if bulk else "intake.max_file_mb"] * 1024 * 1024)


def max_rows(ctx: Context, bulk: bool) -> int:
    return ctx.config["intake.max_bulk_rows" if bulk else "intake.max_rows"]


@in_session  # user check, read and write (or rejection) on one open of the file
def submit_file(
    store: Store,
    ctx: Context,
    content: bytes | BinaryIO,
    file_name: str | None,
    *,
    organisation: str | None = None,
    period: str | None = None,
    bulk: bool = False,
    user: User | str | None = None,
    source: str = "upload",
    dry_run: bool = False,
    received_at: datetime | None = None,
) -> IntakeResult:
    """Read an uploaded file (CSV or .xlsx) and ingest it. Reading problems are a rejection too.
    The acting ``user`` must be allowed to submit for ``organisation`` (or bulk) before anything
    is read or recorded. ``content`` is the file's bytes, or a binary stream (an open file, a
    Streamlit upload), which is read no further than the size cap (``intake.max_file_mb``)."""
    from monitor.intake.reader import ReadResult, read_upload, too_large

    actor, organisation = _submitter(store, user, organisation, period, bulk)
    user = actor.id

    safe_name = safe_file_name(file_name)  # stored and shown only, never a path
    limit = max_bytes(ctx, bulk)
    unread = None  # the size of a stream over the cap, which is not read
    if not isinstance(content, bytes):
        content, size = read_capped(content, limit)
        unread = None if content is not None else size
    if content is None:  # over the cap: not read, so only its size is recorded
        read = ReadResult([], None, None, too_large(unread, limit, ctx.lang))
        content = b""
    elif (columns := _read_columns(content, safe_name, limit, max_rows(ctx, bulk))) is not None:
        # a plain CSV file, read as columns: its rows are read only if the fast path declines
        read = ReadResult(None, columns.encoding, columns.separator, ProblemList())
    else:
        read = read_upload(content, safe_name, ctx.lang, limit, max_rows(ctx, bulk))
    upload = Upload(read.rows, content, safe_name, read.encoding, read.separator,
                    columns.frame if read.rows is None else None)
    if read.problems.errors:
        meta = {"user": user, "source": source, "file_name": safe_name, "file_size": unread}
        return _reject(store, read.problems.items, meta, upload,
                       received_at or datetime.now().replace(microsecond=0), organisation, period)
    # the checked User, not its id: ingest need not look the user up again (a connection less)
    return ingest(store, ctx, upload, organisation=organisation, period=period, bulk=bulk,
                  user=actor, source=source, dry_run=dry_run, received_at=received_at)


def _read_columns(content: bytes, file_name: str | None, limit: int, rows: int) -> Columns | None:
    """A plain CSV file as columns (``columns.csv_frame``); None for a small file, a file over
    the size cap, a workbook or another format, and any CSV file that is not plain: the row reader
    reads those."""
    from monitor.intake.reader import OTHER_SUFFIXES, XLSX_MAGIC, XLSX_SUFFIXES

    suffix = PurePath(file_name or "").suffix.lower()
    if not fast.worth(content.count(b"\n")) or len(content) > limit:
        return None
    if content.startswith(XLSX_MAGIC) or suffix in XLSX_SUFFIXES + OTHER_SUFFIXES:
        return None
    return csv_frame(content, rows)
