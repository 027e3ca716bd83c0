"""``monitor snapshot create|list|diff|verify``: frozen snapshots (peildatum)."""

from __future__ import annotations

import argparse
import sys

from monitor.commands import (
    Handler,
    Subparsers,
    acting_user,
    common_options,
    format_option,
    print_frame,
    runtime,
    say,
    user_option,
    write_bytes,
)
from monitor.commands import verify as verify_command
from monitor.errors import UsageError
from monitor.text import Text


def register(sub: Subparsers) -> None:
    """Add the ``snapshot`` parser with its subcommands to ``sub``."""
    snap = sub.add_parser("snapshot", help="frozen snapshots (peildatum): create, list, diff, verify")
    ssub = snap.add_subparsers(dest="snapshot_command", required=True)
    p = ssub.add_parser("create", help="freeze definitions, values and results; lock the quarters")
    common_options(p)
    p.add_argument("--label", help="name of the snapshot, e.g. 'Voortgangsbrief 2025' (required)")
    user_option(p)
    p.add_argument("--period", help="last quarter YYYY-Qn to include (default: last completed)")
    p = ssub.add_parser("list", help="list the snapshots")
    common_options(p)
    format_option(p, "table", "csv", "json")
    p = ssub.add_parser("diff", help="what changed from snapshot A to snapshot B (or 'live')")
    common_options(p)
    p.add_argument("a", help="snapshot id A")
    p.add_argument("b", help="snapshot id B, or 'live' for the data as it is now")
    format_option(p, "text", "csv")
    verify_command.register(ssub)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """``monitor snapshot create|list|diff|verify``."""
    return SUBCOMMANDS[args.snapshot_command](args)


def _create(args: argparse.Namespace) -> int:
    from monitor.snapshots import create_snapshot
    from monitor.snapshots.frozen import snapshot_meta

    if not (args.label or "").strip():
        raise UsageError(Text("cli.usage.snapshot_label"))
    rt = runtime(args)
    sid = create_snapshot(rt, args.label, acting_user(rt, args.user, "snapshot.create", args),
                          until=args.period)
    meta = snapshot_meta(rt.store, sid)
    say(args, "cli.snapshot.created", file=sys.stderr, id=sid, label=meta["label"],
        day=meta["reference_date"], first=rt.config.programme_start, until=meta["until_period"])
    print(sid)
    return 0


def _list(args: argparse.Namespace) -> int:
    from monitor.snapshots import list_snapshots

    print_frame(list_snapshots(runtime(args).store), args.format)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from monitor.snapshots import diff
    from monitor.snapshots.frozen import snapshot_id

    a = snapshot_id(args.a)
    b = None if args.b.strip().lower() == "live" else snapshot_id(args.b)
    rt = runtime(args)
    result = diff(rt.store, a, b, defs=rt.defs, config=rt.config)
    if args.format == "csv":
        write_bytes(result.to_csv_bytes())
    else:
        sys.stdout.write(result.to_text())
    return 0


SUBCOMMANDS: dict[str, Handler] = {"create": _create, "list": _list, "diff": _diff,
                                   "verify": verify_command.cmd_verify}
COMMANDS: dict[str, Handler] = {"snapshot": cmd_snapshot}
