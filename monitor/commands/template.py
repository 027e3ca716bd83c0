"""``monitor template``: an organisation's submission template (``;``, UTF-8 with BOM)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from monitor.commands import (
    Handler,
    Subparsers,
    acting_user,
    common_options,
    lang_option,
    runtime,
    say,
    user_option,
)
from monitor.errors import UsageError
from monitor.text import Text


def register(sub: Subparsers) -> None:
    p = sub.add_parser("template", help="write the submission template for an organisation")
    common_options(p)
    p.add_argument("--org", required=True, help="organisation code")
    p.add_argument("--period", required=True, help="quarter YYYY-Qn")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    user_option(p)
    lang_option(p, "language of the column names")


def cmd_template(args: argparse.Namespace) -> int:
    from monitor.access.enforce import enforce_as
    from monitor.intake.template import template_csv

    rt = runtime(args)
    user = acting_user(rt, args.user, "submit", args)
    if args.org in rt.org_types:  # the template shows last quarter's values: submitters only
        enforce_as(rt.store, user, "submit", args.org, target=f"template {args.org}")
    content = template_csv(rt.store, rt.context(lang=args.lang), args.org, args.period)
    if args.output:
        try:
            Path(args.output).write_bytes(content)
        except OSError as exc:
            raise UsageError(Text("cli.usage.write", path=args.output, reason=exc.strerror)) from None
        say(args, "cli.template.written", path=args.output)
    else:
        sys.stdout.buffer.write(content)
    return 0


COMMANDS: dict[str, Handler] = {"template": cmd_template}
