"""``monitor lineage INDICATOR PERIOD [--snapshot ID]``: the submissions behind one value."""

from __future__ import annotations

import argparse

from monitor.commands import Handler, Subparsers, common_options, format_option, print_frame, runtime


def register(sub: Subparsers) -> None:
    p = sub.add_parser("lineage", help="the submissions behind one indicator value")
    common_options(p)
    p.add_argument("indicator", help="indicator id")
    p.add_argument("period", help="quarter YYYY-Qn")
    p.add_argument("--snapshot", help="snapshot id (default: the live data)")
    format_option(p, "table", "csv", "json")


def cmd_lineage(args: argparse.Namespace) -> int:
    from monitor.snapshots import lineage
    from monitor.snapshots.frozen import snapshot_id

    sid = snapshot_id(args.snapshot) if args.snapshot is not None else None
    rt = runtime(args)
    print_frame(lineage(rt.store, args.indicator, args.period, snapshot_id=sid, defs=rt.defs,
                        max_carry_default=rt.config["compute.max_carry_quarters"]),
                args.format)
    return 0


COMMANDS: dict[str, Handler] = {"lineage": cmd_lineage}
