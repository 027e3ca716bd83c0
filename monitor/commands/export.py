"""``monitor export``: the export pack of a snapshot (or live data, marked provisional)."""

from __future__ import annotations

import argparse
import sys

from monitor.commands import (
    Handler,
    Subparsers,
    acting_user,
    common_options,
    lang_option,
    runtime,
    user_option,
)
from monitor.text import Text

_FORMATS_EPILOG = "formats: monitor.exports.formats"  # replaced by the list when the help is shown


class _ExportHelp(argparse.RawDescriptionHelpFormatter):
    """The help of ``monitor export``, with the formats of :mod:`monitor.exports.formats` read
    only when it is shown: importing them takes a second (plotly, the export modules), which
    ``monitor --help`` and every other command should not wait for."""

    def add_text(self, text: str | None) -> None:
        if text == _FORMATS_EPILOG:
            from monitor.exports.formats import FORMATS

            text = "formats:\n" + "\n".join(f"  {f.describe()}" for f in FORMATS.values())
        super().add_text(text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.dest == "formats":
            from monitor.exports.formats import FORMATS

            return f"comma-separated, from: {', '.join(FORMATS)} (see below)"
        return super()._get_help_string(action)


def register(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="charts, data, report and open data for a letter to parliament",
                       formatter_class=_ExportHelp, epilog=_FORMATS_EPILOG)
    common_options(p)
    p.add_argument("--snapshot", help="snapshot id, or 'live' for current data (marked VOORLOPIG)")
    p.add_argument("--out", help="folder to write to (created)")
    p.add_argument("--formats", help="comma-separated format keys (default: the default formats)")
    p.add_argument("--message", action="append", metavar="CHART=TEXT",
                   help="a one-line message under a chart's title, e.g. "
                        "--message 'a03-a03_cdo_aandeel=Meer organisaties hebben een CDO' (repeat "
                        "for more charts); CHART is the chart's file name in grafieken/, its "
                        "indicator id, or an action with one chart; at most 90 characters")
    p.add_argument("--check-dcat", action="store_true",
                   help="check the open data's metadata against the DCAT-AP 3.0.0 SHACL shapes "
                        "(pyshacl) and print the violations; exit code 1 if there are any")
    lang_option(p, None, default="nl")
    user_option(p)


def cmd_export(args: argparse.Namespace) -> int:
    from monitor.errors import UsageError
    from monitor.exports.formats import DEFAULT_FORMATS, parse_formats
    from monitor.exports.messages import parse_messages
    from monitor.exports.pack import export_pack
    from monitor.publication import source as sources

    if not args.snapshot or not args.out:
        raise UsageError(Text("cli.usage.export"))
    formats = parse_formats(args.formats if args.formats is not None else DEFAULT_FORMATS)
    rt = runtime(args)
    if args.snapshot == "live":
        source = sources.live(rt, acting_user(rt, args.user, "export.live", args))
    else:
        user = acting_user(rt, args.user, "export.snapshot", args)
        source = sources.from_snapshot(rt, args.snapshot, user)
    messages = parse_messages(args.message or [], source.defs)  # before anything is made

    def progress(fraction: float, message: str) -> None:
        print(f"{fraction:4.0%} {message}", file=sys.stderr)

    result = export_pack(source, args.out, formats=[f.key for f in formats], lang=args.lang,
                         progress=progress, messages=messages)
    for path in result.files:
        print(path)
    print(result.manifest)
    if result.zip:
        print(result.zip)
    return _check_dcat(result.files, args.lang) if args.check_dcat else 0


def _check_dcat(files: list, lang: str) -> int:
    """``--check-dcat``: every open-data metadata file of the pack against the shapes."""
    from monitor.exports.dcat_check import FORMATS, check_file
    from monitor.text import t

    bad = 0
    for path in files:
        if path.parent.name != "open-data" or ".metadata." not in path.name or path.suffix not in FORMATS:
            continue
        check = check_file(path)
        if check.conforms:
            print(t("dcat.check.ok", lang, file=path.name))
            continue
        bad += 1
        print(t("dcat.check.violations", lang, file=path.name, count=len(check.violations)))
        for line in check.violations:
            print(f"  {line}")
    return 1 if bad else 0


COMMANDS: dict[str, Handler] = {"export": cmd_export}
