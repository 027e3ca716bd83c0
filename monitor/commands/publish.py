"""``monitor publish``: the public static website of a snapshot (``monitor.site``)."""

from __future__ import annotations

import argparse

from monitor.commands import Handler, Subparsers, acting_user, common_options, runtime, say, user_option
from monitor.text import Text


def register(sub: Subparsers) -> None:
    p = sub.add_parser("publish", help="a static public website of a snapshot (any web host serves it)",
                       description="Write a static website of one snapshot: programme status, a page "
                                   "per action and per indicator, downloads, in Dutch and English, "
                                   "without JavaScript, with relative links only, and manifest.json. "
                                   "Publishing the same snapshot twice gives the same bytes.")
    common_options(p)
    p.add_argument("--snapshot", help="snapshot id")
    p.add_argument("--out", help="folder to write the site to (created; must be empty)")
    p.add_argument("--base-url", dest="base_url", default=None,
                   help="the address the site will be served from, e.g. "
                        "https://example.org/ibds/ (canonical links and the open data's DCAT "
                        "addresses; the site's own links stay relative)")
    user_option(p)


def cmd_publish(args: argparse.Namespace) -> int:
    from monitor.errors import UsageError
    from monitor.site import publish_snapshot

    if not args.snapshot or not args.out:
        raise UsageError(Text("site.cli.usage"))
    rt = runtime(args)
    user = acting_user(rt, args.user, "site.publish", args)
    made = publish_snapshot(rt, args.snapshot, user, args.out, base_url=args.base_url)
    for path, size in sorted(made.pages.items()):
        print(f"{size:>9} {path}")
    largest = max(made.pages, key=made.pages.__getitem__)
    say(args, "site.cli.pages", count=len(made.pages), size=sum(made.pages.values()), largest=largest,
        most=made.pages[largest])
    print(made.manifest)
    return 0


COMMANDS: dict[str, Handler] = {"publish": cmd_publish}
