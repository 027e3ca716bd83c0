"""The one call at the top of every guarded package function: check, and audit a refusal.

:func:`enforce` is :func:`monitor.access.guard.require` plus an ``access.denied`` audit row
when the user is refused, so attempts to act for another organisation are traceable too.
"""

from __future__ import annotations

from monitor.access.audit import record_denied
from monitor.access.errors import AccessDenied, UnknownIdentity
from monitor.access.guard import require
from monitor.access.model import User
from monitor.store import Store
from monitor.text import Text


def enforce(store: Store, user: User | None, action_id: str, organisation: str | None = None, *,
            target: str | None = None) -> User:
    """Return ``user`` when allowed; otherwise record ``access.denied`` (own short transaction,
    ``target`` or the organisation or the action) and raise the :class:`AccessDenied`."""
    try:
        return require(user, action_id, organisation)
    except AccessDenied as exc:
        record_denied(store, exc, target=target)
        raise


def enforce_as(store: Store, who: User | str | None, action_id: str,
               organisation: str | None = None, *, target: str | None = None) -> User:
    """:func:`enforce` for a user given as a :class:`User` or as a user id from the users table
    (the form the CLI and stored records use). An unknown or inactive id is refused like nobody."""
    from monitor.access.users import get_user

    user = who if isinstance(who, User) or who is None else get_user(store, who)
    if user is None and isinstance(who, str) and who:
        exc = UnknownIdentity(Text("access.denied.no_user", id=who), user_id=who, action=action_id,
                              organisation=organisation)
        record_denied(store, exc, target=target)  # the audit log names the id that was claimed
        raise exc
    return enforce(store, user, action_id, organisation, target=target)


def enforce_any(store: Store, user: User | str | None, *checks: tuple[str, str | None],
                target: str | None = None) -> User:
    """Return ``user`` when ANY of ``checks`` ((action, organisation) pairs) is allowed, e.g. an
    organisation's timeliness: ``view`` (every organisation) or ``submissions.view`` for it.
    Otherwise :func:`enforce` the last check, which records ``access.denied`` and raises."""
    from monitor.access.guard import allowed
    from monitor.access.users import get_user

    if not checks:
        raise ValueError("enforce_any needs at least one (action, organisation) check")
    who = get_user(store, user) if isinstance(user, str) else user
    for action_id, organisation in checks:
        if allowed(who, action_id, organisation):
            return who  # type: ignore[return-value]
    action_id, organisation = checks[-1]
    return enforce_as(store, user, action_id, organisation, target=target)
