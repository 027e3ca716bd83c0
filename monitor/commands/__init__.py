"""The ``monitor`` subcommands, one module each; :mod:`monitor.cli` builds the parser from them
and dispatches.

Each module has ``register(sub)``, which adds its parser(s) to the subparsers ``sub``, and
``COMMANDS = {name: handler}`` for the top-level names it adds. A handler takes the parsed
arguments and returns the exit code (0 success, 1 problems found or refused); a user mistake is
raised as a :class:`~monitor.errors.MonitorError` (a :class:`~monitor.errors.UsageError` exits
with 2), which ``monitor.cli.main`` prints as one ``error:`` line.

Shared here: the common options, the runtime from them (:func:`runtime`: the one place a command
opens it), the acting user and the output of tables. Keep module-level imports light (no polars,
duckdb or plotly): ``monitor --help`` imports every command module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

    from monitor.runtime import Runtime

Handler = Callable[[argparse.Namespace], int]
Subparsers = argparse._SubParsersAction


def common_options(p: argparse.ArgumentParser) -> None:
    """The options every command accepts: --db, --config, --indicators (see :func:`runtime`)."""
    p.add_argument("--db", help="database file (default: MONITOR_DB or config database.path)")
    p.add_argument("--config", help="config file (default: MONITOR_CONFIG or ./config.yaml)")
    p.add_argument("--indicators", help="folder with indicator YAML files (default: indicators/)")


USER_HELP = ("user id from the users table (required when access.environment is production; in "
             "demo mode a demo user who may do this is chosen)")


def user_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", default=None, help=USER_HELP)


def format_option(p: argparse.ArgumentParser, *choices: str) -> None:
    """``--format`` with ``choices``, the first the default."""
    p.add_argument("--format", choices=list(choices), default=choices[0])


def lang_option(p: argparse.ArgumentParser, help: str | None, default: str | None = None) -> None:
    """``--lang``: the language of what the command makes (the messages about a file, a template,
    a report, a pack); what the command itself says follows ``monitor --lang``
    (:func:`cli_language`)."""
    p.add_argument("--lang", choices=["nl", "en"], default=default, help=help)


def cli_language(args: argparse.Namespace | None) -> str:
    """The language the command speaks (its status lines and its one ``error:`` line):
    ``monitor --lang nl|en``, English by default."""
    return getattr(args, "cli_lang", None) or "en"


def say(args: argparse.Namespace, key: str, /, *, file=None, **params: object) -> None:
    """Print the text ``key`` of ``monitor.text`` in the command's language."""
    from monitor.text import t

    print(t(key, cli_language(args), **params), file=file)


def runtime(args: argparse.Namespace, *, allow_example_users: bool = False) -> Runtime:
    """The runtime from the common options (:func:`common_options`): config, register,
    definitions and the migrated store. Every command opens it here."""
    from monitor.runtime import open_runtime

    return open_runtime(args.db, args.config, args.indicators,
                        allow_example_users=allow_example_users)


def acting_user(rt: Runtime, user_id: str | None, action: str,
                args: argparse.Namespace | None = None) -> str:
    """The id of the user a command acts as: ``--user``, or in demo mode a demo user allowed
    ``action`` (said on stderr, in the language of ``args``). Whether that user may do it is
    enforced by the package function the command calls."""
    from monitor.access.identity import cli_user
    from monitor.text import t

    user = cli_user(rt.store, user_id, rt.environment, action)
    if not user_id:
        print(t("cli.demo_user", cli_language(args), id=user.id, role=user.role), file=sys.stderr)
    return user.id


def print_frame(frame: pl.DataFrame, fmt: str, *, width: int = 64) -> None:
    """A table on stdout: ``json`` (a list of objects), ``csv`` (for Dutch Excel, see
    :func:`monitor.textsafe.excel_csv`) or a text table (``width``: longest text shown)."""
    import json

    import polars as pl

    from monitor.textsafe import excel_csv

    if fmt == "json":
        print(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        write_bytes(excel_csv(frame))
    else:
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=200, fmt_str_lengths=width):
            print(frame)


def write_bytes(data: bytes) -> None:
    """Bytes on stdout, after what was printed before."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
