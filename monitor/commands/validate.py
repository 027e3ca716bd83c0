"""``monitor validate``: check config, register and every indicator file."""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor.commands import Handler, Subparsers, common_options, runtime, say
from monitor.text import Text


def register(sub: Subparsers) -> None:
    p = sub.add_parser("validate", help="check config, register and indicator definitions")
    common_options(p)
    p.add_argument("--against-data", action="store_true",
                   help="also compare every baseline with the value computed at its quarter "
                        "(tolerance: compute.baseline_tolerance)")


def cmd_validate(args: argparse.Namespace) -> int:
    """Print every problem as ``file:line key.path: message``; exit 1 when there is an error.
    Reads the files itself (not through the runtime), so that every problem is listed instead
    of the first refusal."""
    from monitor.config import load_config
    from monitor.definitions import load_definitions
    from monitor.register import load_register

    config = load_config(args.config)
    register_ = load_register(config)
    _, problems = load_definitions(
        config, Path(args.indicators) if args.indicators else None, set(register_["code"])
    )
    if args.against_data and not problems.errors:
        from monitor.compute.engine import compute
        from monitor.definitions.baselines import check_against_data

        rt = runtime(args)
        tolerance = config["compute.baseline_tolerance"]
        check_against_data(rt.defs, compute(rt.store, rt.defs, rt.config), tolerance, problems)
    for p in problems.items:
        print(p)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    if problems:
        say(args, "cli.validate.summary", errors=Text("cli.validate.errors", count=n_err),
            warnings=Text("cli.validate.warnings", count=n_warn))
    else:
        say(args, "cli.validate.valid")
    return 1 if n_err else 0


COMMANDS: dict[str, Handler] = {"validate": cmd_validate}
