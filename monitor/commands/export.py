"""``monitor export``: the export pack of a snapshot (or live data, marked provisional)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from monitor.commands import acting_user, common_options, user_option

Handler = Callable[[argparse.Namespace], int]


def register(sub: argparse._SubParsersAction) -> dict[str, Handler]:
    from monitor.exports.formats import DEFAULT_FORMATS, FORMATS

    p = sub.add_parser("export", help="charts, data, report and open data for a letter to parliament",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="formats:\n" + "\n".join(f"  {f.describe()}" for f in FORMATS.values()))
    common_options(p)
    p.add_argument("--snapshot", help="snapshot id, or 'live' for current data (marked VOORLOPIG)")
    p.add_argument("--out", help="folder to write to (created)")
    p.add_argument("--formats", default=",".join(DEFAULT_FORMATS),
                   help=f"comma-separated, from: {', '.join(FORMATS)} (see below)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    user_option(p)
    return COMMANDS


def cmd_export(args: argparse.Namespace) -> int:
    from monitor.errors import UsageError
    from monitor.exports.formats import parse_formats
    from monitor.exports.pack import export_pack
    from monitor.publication import source as sources
    from monitor.runtime import open_runtime

    if not args.snapshot or not args.out:
        raise UsageError("give --snapshot ID (or --snapshot live) and --out FOLDER")
    formats = parse_formats(args.formats)
    rt = open_runtime(args.db, args.config, args.indicators)
    if args.snapshot == "live":
        source = sources.live(rt, acting_user(rt, args.user, "export.live"))
    else:
        user = acting_user(rt, args.user, "export.snapshot")
        source = sources.from_snapshot(rt, args.snapshot, user)

    def progress(fraction: float, message: str) -> None:
        print(f"{fraction:4.0%} {message}", file=sys.stderr)

    result = export_pack(source, args.out, formats=[f.key for f in formats], lang=args.lang,
                         progress=progress)
    for path in result.files:
        print(path)
    print(result.manifest)
    if result.zip:
        print(result.zip)
    return 0


COMMANDS: dict[str, Handler] = {"export": cmd_export}
