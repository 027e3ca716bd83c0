"""``monitor commitments import|list|link|unlink``: the Kamer's commitments (toezeggingen) and
motions (moties), imported from the Tweede Kamer's open data and linked to actions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

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
from monitor.errors import UsageError
from monitor.text import Text


def register(sub: Subparsers) -> None:
    """Add the ``commitments`` parser with its subcommands to ``sub``."""
    top = sub.add_parser("commitments", help="the Kamer's commitments and motions: import, list, "
                                             "link, unlink")
    csub = top.add_subparsers(dest="commitments_command", required=True)
    p = csub.add_parser("import", help="import an OData JSON file of the Tweede Kamer (Toezegging "
                                       "or Zaak of Soort Motie); every record or none")
    common_options(p)
    p.add_argument("file", help="the JSON file as the OData API returns it (one page or pages "
                                "joined: an object with 'value')")
    p.add_argument("--kind", choices=["toezegging", "motie"], default=None,
                   help="what the file holds (default: detected from the file)")
    format_option(p, "table", "json")
    user_option(p)
    p = csub.add_parser("list", help="list the commitments, overdue ones first")
    common_options(p)
    p.add_argument("--status", help="Openstaand, Deels voldaan, Deels afgedaan, Voldaan, Afgedaan, "
                                    "Vervallen, or the groups open, completed")
    p.add_argument("--action", help="only those linked to this action (e.g. a04)")
    p.add_argument("--ministry", help="only those of this ministry (as the Kamer writes it)")
    p.add_argument("--overdue", action="store_true",
                   help="only open ones whose expected completion date has passed")
    format_option(p, "table", "csv", "json")
    for name, what in (("link", "link a commitment to an action (programmamanager; audited)"),
                       ("unlink", "end the link of a commitment to an action (audited)")):
        p = csub.add_parser(name, help=what)
        common_options(p)
        p.add_argument("id", help="the commitment's Nummer (TZ202305-123, 2023Z12345) or Id")
        p.add_argument("action", help="action id, e.g. a04")
        user_option(p)


def cmd_commitments(args: argparse.Namespace) -> int:
    rt = runtime(args)
    lang = cli_language(args)
    if args.commitments_command == "list":
        from monitor.views.commitments import list_commitments

        frame = list_commitments(rt, status=args.status, action=args.action,
                                 ministry=args.ministry, overdue=args.overdue)
        if args.format == "table":  # the columns that fit a terminal
            frame = frame.select("number", "kind", "status", "overdue", "due", "completed",
                                 "actions", "text")
        print_frame(frame, args.format, width=48)
        return 0
    if args.commitments_command == "import":
        return _import(rt, args, lang)
    from monitor.commitments.store import link_commitment, unlink_commitment

    change = link_commitment if args.commitments_command == "link" else unlink_commitment
    user = acting_user(rt, args.user, "commitments.manage", args)
    change(rt.store, user, args.id, args.action,
           known_actions={a.id for a in rt.defs.actions})
    say(args, f"cli.commitments.{args.commitments_command}ed", id=args.id, action=args.action)
    return 0


def _import(rt, args: argparse.Namespace, lang: str) -> int:
    from monitor.commitments.odata import CommitmentFileError
    from monitor.commitments.store import import_commitments

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(Text("cli.commitments.no_file", path=path))
    user = acting_user(rt, args.user, "commitments.manage", args)
    try:
        report = import_commitments(rt.store, user, path.read_bytes(), file_name=path.name,
                                    kind=args.kind)
    except CommitmentFileError as exc:
        if args.format == "json":
            print(json.dumps({"file": path.name, "imported": False,
                              "problems": [p.as_row(lang) for p in exc.problems]},
                             ensure_ascii=False, indent=1))
        else:
            for p in exc.problems:
                print(p.said(lang), file=sys.stderr)
        raise
    if args.format == "json":
        print(json.dumps({"imported": True, **report.as_dict()}, ensure_ascii=False, indent=1))
        return 0
    print(report.text().render(lang))
    for number, fields in report.changed:
        say(args, "cli.commitments.changed", number=number, fields=", ".join(fields))
    return 0


COMMANDS: dict[str, Handler] = {"commitments": cmd_commitments}
