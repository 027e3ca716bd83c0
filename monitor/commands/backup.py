"""``monitor backup --out FILE`` / ``monitor backup --verify FILE`` and ``monitor restore FILE
--db PATH`` (:mod:`monitor.backup`). A refused backup or restore exits with 2 and one line."""

from __future__ import annotations

import argparse
import json

from monitor.commands import Handler, Subparsers, cli_language, format_option, say
from monitor.errors import UsageError
from monitor.text import Text


def register(sub: Subparsers) -> None:
    p = sub.add_parser("backup", help="copy the database with a manifest while the dashboard runs "
                                      "(writers wait), or check a backup")
    p.add_argument("--db", help="database file (default: MONITOR_DB or config database.path)")
    p.add_argument("--config", help="config file (default: MONITOR_CONFIG or ./config.yaml)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", help="the backup file to write (written under a temporary name, "
                                    "renamed when complete)")
    what.add_argument("--verify", metavar="FILE", help="check a backup against its manifest "
                                                       "without restoring it")
    format_option(p, "text", "json")
    r = sub.add_parser("restore", help="restore a backup into a new database (an empty path only)")
    r.add_argument("file", help="the backup file")
    r.add_argument("--db", required=True, help="the database file to create (must not exist)")
    format_option(r, "text", "json")


def cmd_backup(args: argparse.Namespace) -> int:
    from monitor.backup import backup, verify

    if args.verify:
        manifest = verify(args.verify)
        _report(args, "backup.ok", manifest, path=args.verify, created=manifest.created_at)
        return 0
    from monitor.config import load_config
    from monitor.store import Store

    config = load_config(args.config)
    db = config.db_path(args.db)
    if not db.is_file():
        raise UsageError(Text("backup.missing", path=db))
    manifest = backup(Store(db, config["database.busy_timeout"]), args.out)
    _report(args, "backup.made", manifest, path=args.out,
            seconds=f"{manifest.held_seconds:.2f}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from monitor.backup import restore

    manifest = restore(args.file, args.db)
    _report(args, "backup.restored", manifest, path=args.file, db=args.db,
            created=manifest.created_at)
    return 0


def _report(args: argparse.Namespace, key: str, manifest, **params: object) -> None:
    from monitor.text import number

    if args.format == "json":
        print(json.dumps({"status": "ok", "file": str(params["path"]), **manifest.as_dict()},
                         ensure_ascii=False))
        return
    lang = cli_language(args)
    rows = sum(t["rows"] for t in manifest.tables.values())
    say(args, key, version=manifest.schema_version, tables=len(manifest.tables),
        rows=number(rows, lang=lang), **params)
    for name, t in manifest.tables.items():
        say(args, "backup.table", table=name, rows=number(t["rows"], lang=lang))


COMMANDS: dict[str, Handler] = {"backup": cmd_backup, "restore": cmd_restore}
