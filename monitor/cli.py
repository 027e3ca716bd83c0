"""The ``monitor`` command. Thin over the package: build the parser from the command modules in
:mod:`monitor.commands`, parse, dispatch, and turn a user mistake into one ``error:`` line.

Exit codes: 0 success; 1 problems found or operation refused; 2 usage error.
User mistakes print one clear line (``error: ...``), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from monitor.commands import (
    Handler,
    backup,
    cli_language,
    commitments,
    compute,
    demo,
    export,
    ingest,
    lineage,
    publish,
    reopen,
    snapshot,
    statement,
    template,
    users,
    validate,
)
from monitor.errors import DefinitionError, MonitorError, UsageError
from monitor.text import t

# in the order of ``monitor --help``
MODULES = (validate, demo, compute, ingest, template, snapshot, reopen, lineage, export, publish,
           users, statement, commitments, backup)
COMMANDS: dict[str, Handler] = {name: handler for m in MODULES for name, handler in m.COMMANDS.items()}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="monitor", description="Voortgangsmonitor IBDS")
    parser.add_argument("--lang", dest="cli_lang", choices=["nl", "en"], default=None,
                        help="language of the messages and errors (default: English; a "
                             "command's own --lang also sets it)")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from monitor.access.audit import operator, os_account

    try:
        # --user is a claim, not a login: every audit row of this run also names the
        # operating-system account that ran the command
        with operator(os_account()):
            return COMMANDS[args.command](args)
    except UsageError as exc:
        print(t("cli.error", cli_language(args), message=exc.line(cli_language(args))), file=sys.stderr)
        return 2
    except DefinitionError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(t("cli.error.definitions", cli_language(args), message=exc.line(cli_language(args))),
              file=sys.stderr)
        return 1
    except MonitorError as exc:
        print(t("cli.error", cli_language(args), message=exc.line(cli_language(args))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
