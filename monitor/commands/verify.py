"""``monitor snapshot verify ID``: recompute a snapshot and say whether it reproduces (exit 0) or
which results differ (exit 1). Registered under ``monitor snapshot`` by
:mod:`monitor.commands.snapshot`."""

from __future__ import annotations

import argparse

from monitor.commands import acting_user, common_options, lang_option, runtime, user_option


def register(ssub: argparse._SubParsersAction) -> None:
    """Add ``verify`` to the ``snapshot`` subcommands ``ssub``."""
    p = ssub.add_parser("verify", help="recompute a snapshot from its frozen values, definitions "
                                       "and settings and compare it with its stored results")
    common_options(p)
    p.add_argument("id", help="snapshot id")
    user_option(p)
    lang_option(p, "language of the report (default: the configured language)")


def cmd_verify(args: argparse.Namespace) -> int:
    from monitor.snapshots.frozen import snapshot_id
    from monitor.views.verify import check_snapshot, difference_lines, summary

    sid = snapshot_id(args.id)
    rt = runtime(args)
    lang = args.lang or rt.config["language"]
    found = check_snapshot(rt, sid, acting_user(rt, args.user, "export.snapshot", args))
    print(summary(found, lang))
    for line in difference_lines(found, lang):
        print(f"  {line}")
    return 0 if found.reproduces else 1

