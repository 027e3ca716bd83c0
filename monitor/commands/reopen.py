"""``monitor reopen PERIOD --reason TEXT``: reopen a quarter locked by a snapshot."""

from __future__ import annotations

import argparse

from monitor.commands import Handler, Subparsers, acting_user, common_options, runtime, say, user_option
from monitor.errors import UsageError
from monitor.text import Text


def register(sub: Subparsers) -> None:
    p = sub.add_parser("reopen", help="reopen a locked quarter for resubmissions")
    common_options(p)
    p.add_argument("period", help="quarter YYYY-Qn")
    p.add_argument("--reason", help="why the quarter is reopened (required; recorded)")
    user_option(p)


def cmd_reopen(args: argparse.Namespace) -> int:
    from monitor.periods import Quarter
    from monitor.snapshots import reopen_quarter

    if not (args.reason or "").strip():
        raise UsageError(Text("cli.usage.reopen_reason"))
    period = Quarter.parse(args.period)
    rt = runtime(args)
    labels = reopen_quarter(rt, period, acting_user(rt, args.user, "period.reopen", args), args.reason)
    say(args, "cli.reopen.done", period=period, labels=", ".join(labels))
    return 0


COMMANDS: dict[str, Handler] = {"reopen": cmd_reopen}
