"""The user as the rest of the monitor sees it (re-exported by :mod:`monitor.access.users`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from monitor.access.roles import Role
from monitor.text import Text, t

USER_ID = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")


@dataclass(frozen=True)
class User:
    """One person who uses the monitor.

    ``id`` is the stable handle recorded as ``actor`` in the audit log and as ``submitted_by``
    (``--user`` on the command line). ``organisations`` binds an *indiener* to the organisations
    it may submit for (codes from the register); ``actions`` binds an *actiehouder* to the
    strategy actions it owns (ids such as ``a03``: it writes their statements); other roles have
    neither. ``issuer`` + ``subject``
    (the OIDC ``iss`` and ``sub`` claims) bind a login to the user; a verified ``email`` only
    finds the user at the first login, see :func:`monitor.access.users.user_for_identity`.
    A deactivated user (``active=False``) may do nothing; the row is kept so the audit log stays readable.
    """

    id: str
    name: str
    role: Role
    organisations: tuple[str, ...] = field(default=())
    active: bool = True
    email: str | None = None
    subject: str | None = None
    issuer: str | None = None
    actions: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", Role(self.role))
        object.__setattr__(self, "organisations", normalise_codes(self.organisations))
        object.__setattr__(self, "actions", normalise_actions(self.actions))
        if self.email is not None:
            object.__setattr__(self, "email", self.email.strip().lower() or None)

    def describe(self, lang: str = "nl") -> str:
        """'Anna Jansen (demo-amsterdam, indiener GM0363)': for messages and logs (the role's name
        in ``lang``)."""
        bound = self.organisations or self.actions
        orgs = f" {', '.join(bound)}" if bound else ""
        return f"{self.name} ({self.id}, {t(f'role.{self.role.value}', lang)}{orgs})"


def normalise_codes(codes: Iterable[str]) -> tuple[str, ...]:
    """Organisation codes stripped, upper case, without duplicates, sorted."""
    return tuple(sorted({str(c).strip().upper() for c in codes if str(c).strip()}))


def normalise_actions(ids: Iterable[str]) -> tuple[str, ...]:
    """Strategy action ids stripped, lower case, without duplicates, sorted."""
    return tuple(sorted({str(a).strip().lower() for a in ids if str(a).strip()}))


def check_user(user: User, known_organisations: set[str] | None = None,
               known_actions: set[str] | None = None) -> list[tuple[str, str, Text]]:
    """What is wrong with ``user``: a list of (field, problem code, message as a text); empty when
    valid. ``known_organisations`` (the register's codes) and ``known_actions`` (the definitions'
    action ids), when given, are checked too."""
    found: list[tuple[str, str, Text]] = []
    if not USER_ID.match(user.id):
        found.append(("id", "users-invalid", Text("users.problem.id", value=user.id)))
    if not user.name.strip():
        found.append(("name", "users-invalid", Text("users.problem.name")))
    if user.role is Role.INDIENER and not user.organisations:
        found.append(("organisations", "users-no-organisation", Text("users.problem.no_organisation")))
    if user.role is not Role.INDIENER and user.organisations:
        found.append(("organisations", "users-organisation-not-allowed",
                      Text("users.problem.organisation_not_allowed", role=user.role.value)))
    if user.role is Role.ACTIEHOUDER and not user.actions:
        found.append(("actions", "users-no-action", Text("users.problem.no_action")))
    if user.role is not Role.ACTIEHOUDER and user.actions:
        found.append(("actions", "users-action-not-allowed",
                      Text("users.problem.action_not_allowed", role=user.role.value)))
    if known_actions is not None:
        for a in user.actions:
            if a not in known_actions:
                found.append(("actions", "users-unknown-action",
                              Text("users.problem.unknown_action", value=a)))
    if known_organisations is not None:
        for code in user.organisations:
            if code not in known_organisations:
                found.append(("organisations", "users-unknown-organisation",
                              Text("users.problem.unknown_organisation", value=code)))
    return found
