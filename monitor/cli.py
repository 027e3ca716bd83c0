"""The ``monitor`` command. Thin over the package: parse arguments, call, print.

Exit codes: 0 success; 1 problems found or operation refused; 2 usage error.
User mistakes print one clear line (``error: ...``), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from monitor.errors import DefinitionError, MonitorError, UsageError
from monitor.periods import Quarter


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="database file (default: MONITOR_DB or config database.path)")
    p.add_argument("--config", help="config file (default: MONITOR_CONFIG or ./config.yaml)")
    p.add_argument("--indicators", help="folder with indicator YAML files (default: indicators/)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="monitor", description="Voortgangsmonitor IBDS")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check config, register and indicator definitions")
    _common(p)
    p = sub.add_parser("demo", help="create the database with demo data (when empty)")
    _common(p)
    p.add_argument("--reset", action="store_true", help="delete the database and rebuild it")
    p = sub.add_parser("compute", help="compute all indicators")
    _common(p)
    p.add_argument("--period", help="quarter YYYY-Qn (default: last completed quarter)")
    p.add_argument("--breakdown", choices=["national", "type", "organisation", "all"], default="national")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    return parser


def cmd_validate(args: argparse.Namespace) -> int:
    from monitor.config import load_config
    from monitor.definitions import load_definitions
    from monitor.register import load_register

    config = load_config(args.config)
    register = load_register(config)
    _, problems = load_definitions(
        config, Path(args.indicators) if args.indicators else None, set(register["code"])
    )
    for p in problems.items:
        print(p)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    print(f"{n_err} error(s), {n_warn} warning(s)" if problems else "definitions are valid")
    return 1 if n_err else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from monitor.config import load_config
    from monitor.demo import build_demo
    from monitor.runtime import open_runtime

    if args.reset:
        path = load_config(args.config).db_path(args.db)
        for p in (path, path.with_name(path.name + ".wal")):
            p.unlink(missing_ok=True)
    rt = open_runtime(args.db, args.config, args.indicators)
    if rt.has_data():
        print(f"{rt.store.path} already has data; use 'monitor demo --reset' to rebuild it")
        return 0
    summary = build_demo(rt.store, rt.context(), progress=lambda m: print(m, file=sys.stderr))
    print(summary)
    return 0


def cmd_compute(args: argparse.Namespace) -> int:
    from monitor.compute.engine import compute
    from monitor.runtime import open_runtime

    rt = open_runtime(args.db, args.config, args.indicators)
    period = Quarter.parse(args.period) if args.period else None
    result = compute(rt.store, rt.defs, rt.config, until=period)
    shown = result.filter(pl.col("period") == (str(period) if period else result["period"].max()))
    if args.breakdown != "all":
        shown = shown.filter(pl.col("breakdown") == args.breakdown)
    if args.format == "json":
        print(json.dumps(shown.to_dicts(), default=str, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        sys.stdout.write(shown.write_csv())
    else:
        cols = [
            "action",
            "indicator",
            "period",
            "group",
            "value",
            "reported",
            "expected",
            "next_target",
            "status",
        ]
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=200, fmt_str_lengths=40):
            print(shown.select(cols))
    return 0


COMMANDS = {"validate": cmd_validate, "demo": cmd_demo, "compute": cmd_compute}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DefinitionError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"error: {exc}; run 'monitor validate'", file=sys.stderr)
        return 1
    except MonitorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
