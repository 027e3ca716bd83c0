"""``monitor users list|add|set-role|deactivate|activate``: user management for beheerders.

Every change goes through :mod:`monitor.access.users`, which checks ``users.manage`` against the
acting user's current row and writes the audit row in the same transaction; the list is guarded
here (it shows e-mail addresses) with an audited refusal.
"""

from __future__ import annotations

import argparse

from monitor.commands import (
    Handler,
    Subparsers,
    acting_user,
    cli_language,
    common_options,
    format_option,
    print_frame,
    runtime,
    say,
    user_option,
)
from monitor.errors import UsageError
from monitor.text import Text


def register(sub: Subparsers) -> None:
    """Add the ``users`` parser with its subcommands to ``sub``."""
    users = sub.add_parser("users", help="users and roles (beheerder): list, add, set-role, "
                                         "deactivate, activate")
    usub = users.add_subparsers(dest="users_command", required=True)
    p = usub.add_parser("list", help="list the users with role and organisations")
    common_options(p)
    user_option(p)
    format_option(p, "table", "csv", "json")
    p = usub.add_parser("add", help="add a user")
    common_options(p)
    p.add_argument("id", help="user id (lower case: letters, digits, . _ @ -)")
    p.add_argument("--name", required=True, help="full name")
    p.add_argument("--role", required=True,
                   help="viewer, indiener, actiehouder, programmamanager or beheerder")
    _org_option(p)
    p.add_argument("--email", help="e-mail address of the login (OIDC email/preferred_username)")
    p.add_argument("--subject", help="OIDC subject ('sub' claim) of the login")
    _reason_option(p)
    user_option(p)
    p = usub.add_parser("set-role", help="change a user's role (and organisations)")
    common_options(p)
    p.add_argument("id", help="user id")
    p.add_argument("role", help="viewer, indiener, actiehouder, programmamanager or beheerder")
    _org_option(p)
    _reason_option(p)
    user_option(p)
    for name, what in (("deactivate", "take away all access (the user stays in the audit log)"),
                       ("activate", "give a deactivated user access again")):
        p = usub.add_parser(name, help=what)
        common_options(p)
        p.add_argument("id", help="user id")
        _reason_option(p)
        user_option(p)


def _org_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--org", action="append", default=[], metavar="CODE",
                   help="organisation code an indiener submits for (repeat for more)")
    p.add_argument("--action", action="append", default=[], metavar="ID", dest="actions",
                   help="action id an actiehouder owns, e.g. a03 (repeat for more)")


def _reason_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", help="why (required; recorded in the audit log)")


def cmd_users(args: argparse.Namespace) -> int:
    from monitor.access import users
    from monitor.access.enforce import enforce_as
    from monitor.access.model import User
    from monitor.access.roles import Role

    # these commands repair a production database that still holds demo users
    rt = runtime(args, allow_example_users=True)
    actor_id = acting_user(rt, args.user, "users.manage", args)
    if args.users_command == "list":
        enforce_as(rt.store, actor_id, "users.manage", target="users")
        print_frame(users.users_frame(rt.store), args.format)
        return 0
    if not (args.reason or "").strip():
        raise UsageError(Text("cli.usage.users_reason"))
    actor = users.get_user(rt.store, actor_id)
    if actor is None:  # cli_user only returns active users; this is a race with a removal
        raise UsageError(Text("cli.usage.no_user", id=actor_id))
    known_actions = {a.id for a in rt.defs.actions}
    if args.users_command == "add":
        try:
            user = User(args.id.strip(), args.name.strip(), args.role, tuple(args.org), True,
                        args.email, args.subject, actions=tuple(args.actions))
        except ValueError:
            raise UsageError(Text("error.users.role", role=args.role,
                                  known=", ".join(r.value for r in Role))) from None
        done = users.upsert_user(rt.store, actor, user, args.reason, new=True,
                                 known_actions=known_actions)
        say(args, "cli.users.added", user=done.describe(cli_language(args)))
    elif args.users_command == "set-role":
        done = users.set_role(rt.store, actor, args.id, args.role, args.org, args.reason,
                              actions=args.actions, known_actions=known_actions)
        print(done.describe(cli_language(args)))
    else:
        change = users.activate_user if args.users_command == "activate" else users.deactivate_user
        done = change(rt.store, actor, args.id, args.reason)
        say(args, "cli.users.activated" if done.active else "cli.users.deactivated", id=done.id)
    return 0


COMMANDS: dict[str, Handler] = {"users": cmd_users}
