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

from monitor.commands import acting_user, common_options, user_option
from monitor.commands import export as export_commands
from monitor.commands import snapshot as snapshot_commands
from monitor.commands import users as users_commands
from monitor.errors import DefinitionError, MonitorError, UsageError
from monitor.periods import Quarter


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="monitor", description="Voortgangsmonitor IBDS")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check config, register and indicator definitions")
    common_options(p)
    p.add_argument("--against-data", action="store_true",
                   help="also compare every baseline with the value computed at its quarter "
                        "(tolerance: compute.baseline_tolerance)")
    p = sub.add_parser("demo", help="create the database with demo data (when empty)")
    common_options(p)
    p.add_argument("--reset", action="store_true",
                   help="delete the database and rebuild it (beheerder; never in production; audited)")
    user_option(p)
    p = sub.add_parser("compute", help="compute all indicators")
    common_options(p)
    p.add_argument("--period", help="quarter YYYY-Qn (default: last completed quarter)")
    p.add_argument("--breakdown", choices=["national", "type", "organisation", "all"], default="national")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p = sub.add_parser("ingest", help="submit a CSV or .xlsx file")
    common_options(p)
    p.add_argument("file", help="the file to submit")
    p.add_argument("--org", help="organisation code the file is for")
    p.add_argument("--period", help="quarter YYYY-Qn the file is for")
    p.add_argument("--bulk", action="store_true",
                   help="a multi-organisation history file (instead of --org/--period)")
    user_option(p)
    p.add_argument("--dry-run", action="store_true", help="check and compare, store nothing")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--lang", choices=["nl", "en"], help="language of the messages")
    p = sub.add_parser("template", help="write the submission template for an organisation")
    common_options(p)
    p.add_argument("--org", required=True, help="organisation code")
    p.add_argument("--period", required=True, help="quarter YYYY-Qn")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    user_option(p)
    p.add_argument("--lang", choices=["nl", "en"], help="language of the column names")
    snapshot_commands.register(sub)
    export_commands.register(sub)
    users_commands.register(sub)
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
    if args.against_data and not problems.errors:
        from monitor.compute.engine import compute
        from monitor.definitions.baselines import check_against_data
        from monitor.runtime import open_runtime

        rt = open_runtime(args.db, args.config, args.indicators)
        tolerance = config["compute.baseline_tolerance"]
        check_against_data(rt.defs, compute(rt.store, rt.defs, rt.config), tolerance, problems)
    for p in problems.items:
        print(p)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    print(f"{n_err} error(s), {n_warn} warning(s)" if problems else "definitions are valid")
    return 1 if n_err else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from monitor.demo import build_demo
    from monitor.runtime import open_runtime

    progress = lambda m: print(m, file=sys.stderr)  # noqa: E731
    if args.reset:
        from monitor.demo.reset import reset_demo

        done = reset_demo(args.db, args.config, args.indicators, user=args.user, progress=progress)
        print(f"{done.runtime.store.path} rebuilt by {done.user} "
              f"(was {done.previous['submissions']} submissions): {done.summary}")
        return 0
    rt = open_runtime(args.db, args.config, args.indicators)
    if rt.environment == "production":  # refused and audited before anything else is said
        from monitor.access.identity import refuse_demo_in_production

        refuse_demo_in_production(rt.store, rt.environment, args.user)
    if rt.has_data():
        print(f"{rt.store.path} already has data; use 'monitor demo --reset' to rebuild it")
        return 0
    print(build_demo(rt.store, rt.context(), progress=progress, user=args.user))
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


def cmd_ingest(args: argparse.Namespace) -> int:
    from monitor.intake.history import affected_indicators
    from monitor.intake.ingest import submit_file
    from monitor.runtime import open_runtime

    if args.bulk == bool(args.org or args.period) or (not args.bulk and not (args.org and args.period)):
        raise UsageError("give --org and --period for one submission, or --bulk for a history file")
    rt = open_runtime(args.db, args.config, args.indicators)
    ctx = rt.context(lang=args.lang)
    path = Path(args.file)
    user = acting_user(rt, args.user, "submit.bulk" if args.bulk else "submit")
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    # the intake checks the user first, then reads no more than the size cap (a huge file,
    # /dev/zero) and records a file over it as a rejected attempt
    with stream:
        result = submit_file(rt.store, ctx, stream, path.name, organisation=args.org,
                             period=args.period, bulk=args.bulk, user=user, source="cli",
                             dry_run=args.dry_run)
    report = {
        "status": result.status,
        "submission_id": result.submission_ids[0] if len(result.submission_ids) == 1 else (
            result.submission_ids or None),
        "errors": [_row(p) for p in result.errors],
        "warnings": [_row(p) for p in result.warnings],
        "counts": result.counts,
        "indicators": affected_indicators(rt.defs, result.changed_measures),
    }
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False))
    else:
        for p in result.problems:
            where = f"row {p.line}" if p.line else "file"
            print(f"{p.level} {where}{', ' + p.path if p.path else ''} [{p.code}]: {p.message}")
        c = result.counts
        print(f"{result.status}: {c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged"
              + (f" (submission {report['submission_id']})" if result.submission_ids else ""))
    return 1 if result.status == "rejected" else 0


def _row(p) -> dict:
    return {"row": p.line, "column": p.path, "value": p.value, "code": p.code, "message": p.message}


def cmd_template(args: argparse.Namespace) -> int:
    from monitor.intake.template import template_csv
    from monitor.runtime import open_runtime

    rt = open_runtime(args.db, args.config, args.indicators)
    from monitor.access.enforce import enforce_as

    user = acting_user(rt, args.user, "submit")
    if args.org in rt.org_types:  # the template shows last quarter's values: submitters only
        enforce_as(rt.store, user, "submit", args.org, target=f"template {args.org}")
    content = template_csv(rt.store, rt.context(lang=args.lang), args.org, args.period)
    if args.output:
        try:
            Path(args.output).write_bytes(content)
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"template written to {args.output}")
    else:
        sys.stdout.buffer.write(content)
    return 0


COMMANDS = {
    "validate": cmd_validate,
    "demo": cmd_demo,
    "compute": cmd_compute,
    "ingest": cmd_ingest,
    "template": cmd_template,
} | snapshot_commands.COMMANDS | export_commands.COMMANDS | users_commands.COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from monitor.access.audit import operator, os_account

    try:
        # --user is a claim, not a login: every audit row of this run also names the
        # operating-system account that ran the command
        with operator(os_account()):
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
