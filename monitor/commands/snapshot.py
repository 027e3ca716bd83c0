"""``monitor snapshot create|list|diff``, ``monitor reopen`` and ``monitor lineage``.

Wire into ``monitor.cli``: call :func:`register` with the subparsers and merge :data:`COMMANDS`.
Handlers return the exit code (0 success, 1 refused, 2 usage error) and raise MonitorError for a
user mistake, which ``monitor.cli.main`` prints as one ``error:`` line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

import polars as pl

from monitor.commands import acting_user, common_options, user_option
from monitor.errors import UsageError
from monitor.textsafe import excel_csv

Handler = Callable[[argparse.Namespace], int]


def register(sub: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add the ``snapshot``, ``reopen`` and ``lineage`` parsers to ``sub``; return COMMANDS."""
    snap = sub.add_parser("snapshot", help="frozen snapshots (peildatum): create, list, diff")
    ssub = snap.add_subparsers(dest="snapshot_command", required=True)
    p = ssub.add_parser("create", help="freeze definitions, values and results; lock the quarters")
    common_options(p)
    p.add_argument("--label", help="name of the snapshot, e.g. 'Voortgangsbrief 2025' (required)")
    user_option(p)
    p.add_argument("--period", help="last quarter YYYY-Qn to include (default: last completed)")
    p = ssub.add_parser("list", help="list the snapshots")
    common_options(p)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p = ssub.add_parser("diff", help="what changed from snapshot A to snapshot B (or 'live')")
    common_options(p)
    p.add_argument("a", help="snapshot id A")
    p.add_argument("b", help="snapshot id B, or 'live' for the data as it is now")
    p.add_argument("--format", choices=["text", "csv"], default="text")
    p = sub.add_parser("reopen", help="reopen a locked quarter for resubmissions")
    common_options(p)
    p.add_argument("period", help="quarter YYYY-Qn")
    p.add_argument("--reason", help="why the quarter is reopened (required; recorded)")
    user_option(p)
    p = sub.add_parser("lineage", help="the submissions behind one indicator value")
    common_options(p)
    p.add_argument("indicator", help="indicator id")
    p.add_argument("period", help="quarter YYYY-Qn")
    p.add_argument("--snapshot", help="snapshot id (default: the live data)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    return COMMANDS


def _runtime(args: argparse.Namespace):
    from monitor.runtime import open_runtime

    return open_runtime(args.db, args.config, args.indicators)


def _print_frame(frame: pl.DataFrame, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        _write_bytes(excel_csv(frame))
    else:
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=200, fmt_str_lengths=64):
            print(frame)


def _write_bytes(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def cmd_snapshot(args: argparse.Namespace) -> int:
    """``monitor snapshot create|list|diff``."""
    return {"create": _create, "list": _list, "diff": _diff}[args.snapshot_command](args)


def _create(args: argparse.Namespace) -> int:
    from monitor.snapshots import create_snapshot
    from monitor.snapshots.frozen import snapshot_meta

    if not (args.label or "").strip():
        raise UsageError("give the snapshot a label with --label, e.g. --label 'Voortgangsbrief 2025'")
    rt = _runtime(args)
    sid = create_snapshot(rt, args.label, acting_user(rt, args.user, "snapshot.create"),
                          until=args.period)
    meta = snapshot_meta(rt.store, sid)
    print(f"snapshot {sid} '{meta['label']}' created: peildatum {meta['reference_date']}, quarters "
          f"{rt.config.programme_start} to {meta['until_period']} locked", file=sys.stderr)
    print(sid)
    return 0


def _list(args: argparse.Namespace) -> int:
    from monitor.snapshots import list_snapshots

    _print_frame(list_snapshots(_runtime(args).store), args.format)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from monitor.snapshots import diff
    from monitor.snapshots.frozen import snapshot_id

    a = snapshot_id(args.a)
    b = None if args.b.strip().lower() == "live" else snapshot_id(args.b)
    rt = _runtime(args)
    result = diff(rt.store, a, b, defs=rt.defs, config=rt.config)
    if args.format == "csv":
        _write_bytes(result.to_csv_bytes())
    else:
        sys.stdout.write(result.to_text())
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    """``monitor reopen PERIOD --reason TEXT``."""
    from monitor.periods import Quarter
    from monitor.snapshots import reopen_quarter

    if not (args.reason or "").strip():
        raise UsageError("give a reason with --reason; reopening a quarter is recorded with its reason")
    period = Quarter.parse(args.period)
    rt = _runtime(args)
    labels = reopen_quarter(rt, period, acting_user(rt, args.user, "period.reopen"), args.reason)
    print(f"{period} reopened for submissions (was locked by: {', '.join(labels)})")
    return 0


def cmd_lineage(args: argparse.Namespace) -> int:
    """``monitor lineage INDICATOR PERIOD [--snapshot ID]``."""
    from monitor.snapshots import lineage
    from monitor.snapshots.frozen import snapshot_id

    sid = snapshot_id(args.snapshot) if args.snapshot is not None else None
    rt = _runtime(args)
    _print_frame(lineage(rt.store, args.indicator, args.period, snapshot_id=sid, defs=rt.defs,
                         max_carry_default=rt.config["compute.max_carry_quarters"]),
                 args.format)
    return 0


COMMANDS: dict[str, Handler] = {"snapshot": cmd_snapshot, "reopen": cmd_reopen, "lineage": cmd_lineage}
