"""``monitor statement submit|approve|return|list``: action statements (four-eyes).

``submit FILE`` checks a statement file (docs/statements.md) and stores it as a submitted version
(``--draft``: as a draft); every problem is printed as ``file:line field: message``. ``approve``
and ``return`` review the submitted latest version of an action's statement for a quarter
(``statement.review``; not by its writer). ``list`` shows the versions the user may see.
"""

from __future__ import annotations

import argparse
import sys

from monitor.commands import (
    Handler,
    Subparsers,
    acting_user,
    cli_language,
    common_options,
    format_option,
    print_frame,
    runtime,
    say,
    user_option,
)


def register(sub: Subparsers) -> None:
    """Add the ``statement`` parser with its subcommands to ``sub``."""
    stmt = sub.add_parser("statement", help="action statements per quarter: submit, approve, "
                                            "return, list")
    ssub = stmt.add_subparsers(dest="statement_command", required=True)
    p = ssub.add_parser("submit", help="check a statement file and submit it for approval")
    common_options(p)
    p.add_argument("file", help="statement file (YAML, see docs/statements.md)")
    p.add_argument("--draft", action="store_true", help="save as a draft instead of submitting")
    user_option(p)
    for name, what in (("approve", "approve the submitted statement of an action for a quarter"),
                       ("return", "return the submitted statement to its writer with a remark")):
        p = ssub.add_parser(name, help=what)
        common_options(p)
        p.add_argument("action", help="action id, e.g. a03")
        p.add_argument("quarter", help="quarter YYYY-Qn")
        p.add_argument("--remark", required=name == "return",
                       help="remark for the writer" + (" (required)" if name == "return" else ""))
        user_option(p)
    p = ssub.add_parser("list", help="list the statement versions you may see")
    common_options(p)
    p.add_argument("--action", help="only this action")
    p.add_argument("--quarter", help="only this quarter YYYY-Qn")
    p.add_argument("--state", choices=["draft", "submitted", "approved", "returned"],
                   help="only versions in this state")
    user_option(p)
    format_option(p, "table", "csv", "json")


def cmd_statement(args: argparse.Namespace) -> int:
    """``monitor statement submit|approve|return|list``."""
    return SUBCOMMANDS[args.statement_command](args)


def _submit(args: argparse.Namespace) -> int:
    from pathlib import Path

    from monitor.errors import UsageError
    from monitor.statements import save_statement
    from monitor.statements.fileformat import read_statement_file
    from monitor.text import Text

    lang = cli_language(args)
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(Text("cli.statement.no_file", path=str(path)))
    draft, problems, lines = read_statement_file(path)
    rt = runtime(args)
    if draft is None:
        return _problems(problems.items, lang)
    user = acting_user(rt, args.user, "statement.write", args)
    saved = save_statement(rt, user, draft, submit=not args.draft, source="file",
                           file_name=path.name, lines=lines, problems=problems)
    if saved.version is None:
        return _problems(saved.problems.items, lang)
    v = saved.version
    say(args, "cli.statement.saved", action=v["action"], quarter=v["period"], version=v["version"],
        state=Text(f"statement.state.{v['state']}"))
    return 0


def _problems(problems: list, lang: str) -> int:
    from monitor.text import t

    for p in problems:
        where = " ".join(x for x in (p.location(), p.path) if x)
        print(f"{where}: {p.said(lang)}" if where else p.said(lang), file=sys.stderr)
    print(t("cli.statement.problems", lang, count=len(problems)), file=sys.stderr)
    return 1


def _review(args: argparse.Namespace) -> int:
    from monitor.statements import review_statement
    from monitor.text import Text

    rt = runtime(args)
    approve = args.statement_command == "approve"
    user = acting_user(rt, args.user, "statement.review", args)
    row = review_statement(rt, user, args.action, args.quarter, approve=approve,
                           remark=args.remark)
    say(args, "cli.statement.reviewed", action=row["action"], quarter=row["period"],
        version=row["version"], state=Text(f"statement.state.{row['state']}"))
    return 0


def _list(args: argparse.Namespace) -> int:
    import json

    import polars as pl

    from monitor.access.users import get_user
    from monitor.statements import visible_versions
    from monitor.statements.flow import canonical_quarter

    rt = runtime(args)
    user = get_user(rt.store, acting_user(rt, args.user, "statement.review", args)
                    if args.user is None else args.user)
    frame = visible_versions(rt, user, action=(args.action or "").strip().lower() or None,
                             period=canonical_quarter(args.quarter) if args.quarter else None,
                             state=args.state)
    if args.format == "json":
        rows = [{**r, "body": json.loads(r["body"])} for r in frame.to_dicts()]
        print(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
    else:
        print_frame(frame.drop("body").with_columns(pl.col("id").cast(pl.Int64)), args.format)
    return 0


SUBCOMMANDS: dict[str, Handler] = {"submit": _submit, "approve": _review, "return": _review,
                                   "list": _list}
COMMANDS: dict[str, Handler] = {"statement": cmd_statement}
