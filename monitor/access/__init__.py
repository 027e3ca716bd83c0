"""Access control: roles, the one permission table, users, the guard, identity and the audit trail.

Modules, one job each:

- ``roles``: :class:`Role`, the permission table :data:`ACTIONS`, :func:`permissions_markdown`
- ``model``: :class:`User`
- ``guard``: :func:`require`, :func:`allowed`, :func:`visible_pages`, :func:`permitted_organisations`,
  :func:`permitted_actions`
- ``users``: the users table; :func:`user_for_identity`, :func:`set_role`, :func:`upsert_user`,
  :func:`deactivate_user`, :func:`activate_user` (each requires ``users.manage`` and is audited
  in the same transaction)
- ``usersfile``: checking ``data/users.yaml`` and :func:`seed_from_file`
- ``identity``: :func:`resolve_user` (OIDC login / demo mode / nobody) and :func:`cli_user`
- ``enforce``: :func:`enforce` = require + an ``access.denied`` audit row (package entry points)
- ``audit``: :func:`record` (inside the caller's transaction), :func:`audit_log`, :func:`audit_csv`
- ``errors``: :class:`AccessDenied`, :class:`UnknownIdentity`, :class:`UsersFileError`

Enforcement lives in the package functions (intake, snapshots, exports), which call
:func:`require` with the acting user; the pages and the CLI only pass that user along.
"""

from monitor.access.audit import AUDIT_ACTIONS, audit_csv, audit_log, record, record_denied
from monitor.access.enforce import enforce
from monitor.access.errors import AccessDenied, UnknownIdentity, UsersFileError
from monitor.access.guard import (
    PAGES,
    allowed,
    permitted_actions,
    permitted_organisations,
    require,
    scope,
    visible_pages,
)
from monitor.access.identity import (
    Acting,
    check_environment,
    cli_user,
    demo_users,
    require_not_production,
    resolve_user,
)
from monitor.access.model import User
from monitor.access.roles import ACTIONS, ROLES, Action, Role, permissions_markdown, roles_markdown
from monitor.access.users import (
    activate_user,
    deactivate_user,
    get_user,
    load_users,
    set_role,
    upsert_user,
    user_for_identity,
    users_frame,
)
from monitor.access.usersfile import check_users, load_users_file, seed_from_file, seed_users

__all__ = [
    "ACTIONS",
    "AUDIT_ACTIONS",
    "PAGES",
    "ROLES",
    "AccessDenied",
    "Acting",
    "Action",
    "Role",
    "UnknownIdentity",
    "User",
    "UsersFileError",
    "activate_user",
    "allowed",
    "audit_csv",
    "audit_log",
    "check_environment",
    "check_users",
    "cli_user",
    "deactivate_user",
    "demo_users",
    "enforce",
    "get_user",
    "load_users",
    "load_users_file",
    "permissions_markdown",
    "permitted_actions",
    "permitted_organisations",
    "record",
    "record_denied",
    "require",
    "require_not_production",
    "resolve_user",
    "roles_markdown",
    "scope",
    "seed_from_file",
    "seed_users",
    "set_role",
    "upsert_user",
    "user_for_identity",
    "users_frame",
    "visible_pages",
]
