"""The checks: may this user do this (for this organisation)? Read from the permission table only.

:func:`require` raises :class:`AccessDenied` with a message in Dutch and English; :func:`allowed`
answers yes or no. Both take the acting :class:`User` (``None`` = nobody logged in, always
refused; a deactivated user is always refused).

An organisation-bound action (``submit``, ``submissions.view``) asked *without* an organisation
means "for every organisation", so only a role with scope ``all`` passes: forgetting the
organisation never lets an indiener through. Likewise an action-bound one (``statement.write``)
asked without ``for_action`` means "for every strategy action".

:func:`visible_pages` derives the navigation from the same table; it only hides what cannot be
used, the package functions enforce.
"""

from __future__ import annotations

from collections.abc import Iterable

from monitor.access.errors import AccessDenied
from monitor.access.model import User
from monitor.access.roles import Role, Scope, action
from monitor.text import Listed, Text

# page id -> the actions of which at least one (in any scope) makes the page usable; none: every
# active user (the accessibility statement, contact and colophon). Order = navigation order
# (dashboard.py).
PAGES: dict[str, tuple[str, ...]] = {
    "overzicht": ("view",),
    "actie": ("view",),
    "organisatie": ("view", "submissions.view"),
    "volledigheid": ("view",),
    "aanleveren": ("submit",),
    "toezeggingen": ("commitments.view",),
    "definities": ("definitions.view",),
    "export": ("export.snapshot", "export.live", "snapshot.create", "period.reopen"),
    "audit": ("audit.view",),
    "gebruikers": ("users.manage",),
    "colofon": (),
}


def scope(user: User | None, action_id: str) -> Scope | None:
    """The scope in which ``user`` may perform the action: 'all', 'own' or None (not at all)."""
    act = action(action_id)
    if user is None or not user.active:
        return None
    return act.grants.get(user.role)


def allowed(user: User | None, action_id: str, organisation: str | None = None, *,
            for_action: str | None = None) -> bool:
    """Whether ``user`` may perform the action (for ``organisation``, when organisation-bound;
    for the strategy action ``for_action``, when action-bound)."""
    act = action(action_id)
    granted = scope(user, action_id)
    if granted is None:
        return False
    if granted == "all":
        return True
    if act.action_bound:
        wanted = (for_action or "").strip().lower()
        return bool(wanted) and wanted in user.actions  # type: ignore[union-attr]
    if not act.organisation_bound:
        return True
    code = _code(organisation)
    return code is not None and code in user.organisations  # type: ignore[union-attr]


def require(user: User | None, action_id: str, organisation: str | None = None, *,
            for_action: str | None = None) -> User:
    """Return ``user`` when allowed; raise :class:`AccessDenied` otherwise, e.g.
    "U mag geen gegevens aanleveren voor GM0599; u bent indiener voor GM0363." """
    if allowed(user, action_id, organisation, for_action=for_action):
        return user  # type: ignore[return-value]
    raise denial(user, action_id, organisation, for_action=for_action)


def denial(user: User | None, action_id: str, organisation: str | None = None, *,
           for_action: str | None = None) -> AccessDenied:
    """The :class:`AccessDenied` for a refused action (not raised)."""
    act = action(action_id)
    code = _code(organisation)
    where = {"user_id": user.id if user else None, "action": action_id, "organisation": code}
    if user is None:
        return AccessDenied(Text("access.denied.not_logged_in"), **where)
    if not user.active:
        return AccessDenied(Text("access.denied.deactivated", id=user.id), **where)
    org = code if act.organisation_bound and code else Text("permission.org.all")
    strategy = (for_action or "").strip().lower() or Text("permission.action.all")
    denied = Text(f"permission.{act.id}.denied", org=org, action=strategy)
    as_a = Text(f"role.{user.role.value}.as_a")
    if user.role is Role.INDIENER:
        return AccessDenied(Text("access.denied.role_for", denied=denied, as_a=as_a,
                                 organisations=Listed(user.organisations)), **where)
    if user.role is Role.ACTIEHOUDER:
        return AccessDenied(Text("access.denied.role_for_actions", denied=denied, as_a=as_a,
                                 actions=Listed(user.actions)), **where)
    return AccessDenied(Text("access.denied.role", denied=denied, as_a=as_a), **where)


def permitted_actions(user: User | None, action_id: str, ids: Iterable[str]) -> list[str]:
    """Those of the strategy action ``ids`` for which ``user`` may perform the action-bound
    permission, in the given order (e.g. the actions an actiehouder may write statements for)."""
    return [a for a in ids if allowed(user, action_id, for_action=a)]


def permitted_organisations(user: User | None, action_id: str, codes: Iterable[str]) -> list[str]:
    """Those of ``codes`` (e.g. the register) for which ``user`` may perform the organisation-bound
    action, in the given order: the organisation picker of the Aanleveren and Organisatie pages."""
    return [c for c in codes if allowed(user, action_id, c)]


def visible_pages(user: User | None) -> list[str]:
    """The page ids ``user`` may use, in navigation order (empty for nobody / deactivated)."""
    active = user is not None and user.active
    return [page for page, needs in PAGES.items()
            if any(scope(user, a) for a in needs) or (active and not needs)]


def _code(organisation: str | None) -> str | None:
    code = (organisation or "").strip().upper()
    return code or None
