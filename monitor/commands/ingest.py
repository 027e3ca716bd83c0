"""``monitor ingest FILE``: submit a CSV or .xlsx file (one organisation and quarter, or a bulk
history file). The contract (exit codes, ``--format json``) is in the README."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.commands import (
    Handler,
    Subparsers,
    acting_user,
    cli_language,
    common_options,
    format_option,
    lang_option,
    runtime,
    say,
    user_option,
)
from monitor.errors import UsageError
from monitor.text import Text, t

if TYPE_CHECKING:
    from monitor.intake.core import Context, IntakeResult
    from monitor.runtime import Runtime


def register(sub: Subparsers) -> None:
    p = sub.add_parser("ingest", help="submit a CSV or .xlsx file")
    common_options(p)
    p.add_argument("file", help="the file to submit")
    p.add_argument("--org", help="organisation code the file is for")
    p.add_argument("--period", help="quarter YYYY-Qn the file is for")
    p.add_argument("--bulk", action="store_true",
                   help="a multi-organisation history file (instead of --org/--period)")
    user_option(p)
    p.add_argument("--dry-run", action="store_true", help="check and compare, store nothing")
    format_option(p, "text", "json")
    lang_option(p, "language of the messages about the file (default: the configured language)")


def cmd_ingest(args: argparse.Namespace) -> int:
    from monitor.intake.history import affected_indicators
    from monitor.intake.ingest import submission_target

    submission_target(args.org, args.period, args.bulk)  # a usage error before anything is opened
    rt = runtime(args)
    with rt.store.session():  # one open of the file for the locks, the user and the upload
        ctx = rt.context(lang=args.lang)
        user = acting_user(rt, args.user, "submit.bulk" if args.bulk else "submit", args)
        result = _submit(rt, ctx, args, user)
    ids = result.submission_ids
    report = {
        "status": result.status,
        "submission_id": ids[0] if len(ids) == 1 else (ids or None),
        "errors": [_row(p) for p in result.errors],
        "warnings": [_row(p) for p in result.warnings],
        "counts": result.counts,
        "indicators": affected_indicators(rt.defs, result.changed_measures),
    }
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False))
    else:
        lang = cli_language(args)
        for p in result.problems:
            where = t("cli.ingest.row", lang, row=p.line) if p.line else t("cli.ingest.file", lang)
            say(args, "cli.ingest.problem", level=t(f"cli.ingest.level.{p.level}", lang), where=where,
                column=f", {p.path}" if p.path else "", code=p.code, message=p.said(ctx.lang))
        c = result.counts
        print(t("cli.ingest.counts", lang, status=t(f"cli.ingest.status.{result.status}", lang),
                new=c["new"], changed=c["changed"], unchanged=c["unchanged"])
              + (t("cli.ingest.submission", lang, id=report["submission_id"]) if ids else ""))
    return 1 if result.status == "rejected" else 0


def _submit(rt: Runtime, ctx: Context, args: argparse.Namespace, user: str) -> IntakeResult:
    from monitor.intake.ingest import submit_file

    path = Path(args.file)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise UsageError(Text("cli.usage.read", path=path, reason=exc.strerror)) from None
    # the intake checks the user first, then reads no more than the size cap (a huge file,
    # /dev/zero) and records a file over it as a rejected attempt
    with stream:
        return submit_file(rt.store, ctx, stream, path.name, organisation=args.org,
                           period=args.period, bulk=args.bulk, user=user, source="cli",
                           dry_run=args.dry_run)


def _row(p) -> dict:
    return {"row": p.line, "column": p.path, "value": p.value, "code": p.code, "message": p.message}


COMMANDS: dict[str, Handler] = {"ingest": cmd_ingest}
