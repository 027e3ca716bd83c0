"""CLI subcommands kept out of ``monitor.cli``: each module has ``register(sub)`` that adds its
parsers and ``COMMANDS = {name: handler}`` in the style of ``monitor.cli``."""

from __future__ import annotations

import argparse


def common_options(p: argparse.ArgumentParser) -> None:
    """The options every command accepts (the same as ``monitor.cli``)."""
    p.add_argument("--db", help="database file (default: MONITOR_DB or config database.path)")
    p.add_argument("--config", help="config file (default: MONITOR_CONFIG or ./config.yaml)")
    p.add_argument("--indicators", help="folder with indicator YAML files (default: indicators/)")


USER_HELP = ("user id from the users table (required when access.environment is production; in "
             "demo mode a demo user who may do this is chosen)")


def user_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", default=None, help=USER_HELP)


def acting_user(rt: object, user_id: str | None, action: str) -> str:
    """The id of the user a command acts as: ``--user``, or in demo mode a demo user allowed
    ``action`` (said on stderr). Whether that user may do it is enforced by the package function
    the command calls."""
    import sys

    from monitor.access.identity import cli_user

    user = cli_user(rt, user_id, rt.environment, action)  # type: ignore[attr-defined]
    if not user_id:
        print(f"demo: acting as {user.id} ({user.role})", file=sys.stderr)
    return user.id
