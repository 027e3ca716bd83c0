"""``monitor compute``: compute all indicators and print one quarter's results."""

from __future__ import annotations

import argparse
import sys

from monitor.commands import Handler, Subparsers, common_options, format_option, print_frame, runtime

SHOWN = ["action", "indicator", "period", "group", "value", "reported", "expected", "next_target",
         "status"]


def register(sub: Subparsers) -> None:
    p = sub.add_parser("compute", help="compute all indicators")
    common_options(p)
    p.add_argument("--period", help="quarter YYYY-Qn (default: last completed quarter)")
    p.add_argument("--breakdown", choices=["national", "type", "organisation", "all"], default="national")
    format_option(p, "table", "csv", "json")


def cmd_compute(args: argparse.Namespace) -> int:
    import polars as pl

    from monitor.compute.engine import compute
    from monitor.periods import Quarter

    rt = runtime(args)
    period = Quarter.parse(args.period) if args.period else None
    result = compute(rt.store, rt.defs, rt.config, until=period)
    shown = result.filter(pl.col("period") == (str(period) if period else result["period"].max()))
    if args.breakdown != "all":
        shown = shown.filter(pl.col("breakdown") == args.breakdown)
    if args.format == "csv":  # plain CSV (',', '.'), as before: not the Excel-flavoured one
        sys.stdout.write(shown.write_csv())
    else:
        print_frame(shown if args.format == "json" else shown.select(SHOWN), args.format, width=40)
    return 0


COMMANDS: dict[str, Handler] = {"compute": cmd_compute}
