"""CLI subcommands kept out of ``monitor.cli``: each module has ``register(sub)`` that adds its
parsers and ``COMMANDS = {name: handler}`` in the style of ``monitor.cli``."""

from __future__ import annotations

import argparse


def common_options(p: argparse.ArgumentParser) -> None:
    """The options every command accepts (the same as ``monitor.cli``)."""
    p.add_argument("--db", help="database file (default: MONITOR_DB or config database.path)")
    p.add_argument("--config", help="config file (default: MONITOR_CONFIG or ./config.yaml)")
    p.add_argument("--indicators", help="folder with indicator YAML files (default: indicators/)")
