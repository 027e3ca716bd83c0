"""``monitor demo [--reset]``: the demo database (never in production)."""

from __future__ import annotations

import argparse
import sys

from monitor.commands import Handler, Subparsers, common_options, runtime, say, user_option


def register(sub: Subparsers) -> None:
    p = sub.add_parser("demo", help="create the database with demo data (when empty)")
    common_options(p)
    p.add_argument("--reset", action="store_true",
                   help="delete the database and rebuild it (beheerder; never in production; audited)")
    user_option(p)


def _progress(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    if args.reset:
        from monitor.demo.reset import reset_demo

        done = reset_demo(args.db, args.config, args.indicators, user=args.user, progress=_progress)
        say(args, "cli.demo.rebuilt", path=done.runtime.store.path, user=done.user,
            submissions=done.previous["submissions"], summary=done.summary)
        return 0
    from monitor.demo import build_demo

    rt = runtime(args)
    if rt.environment == "production":  # refused and audited before anything else is said
        from monitor.access.identity import refuse_demo_in_production

        refuse_demo_in_production(rt.store, rt.environment, args.user)
    if rt.has_data():
        say(args, "cli.demo.has_data", path=rt.store.path)
        return 0
    print(build_demo(rt.store, rt.context(), progress=_progress, user=args.user))
    return 0


COMMANDS: dict[str, Handler] = {"demo": cmd_demo}
