"""Binding a login to a user: the identity provider's issuer and ``sub`` claim, never a name.

Rule (issue 14):

1. A user whose ``subject`` equals the ``sub`` claim and whose ``issuer`` equals the ``iss``
   claim is the user. A ``subject`` preset in the users file without an ``issuer`` matches the
   ``sub`` of any issuer once, and the login's issuer is then stored (``user.bind``).
2. Otherwise, at a FIRST login only: the ``email`` claim, when the provider says
   ``email_verified`` is ``True`` (a missing claim counts as unverified), against ``users.email``
   (case-insensitive) of a user that is not bound yet (no ``subject``). The login's issuer and
   ``sub`` are then stored on that user, in one transaction with an audit row ``user.bind``.
   After that only issuer + subject match.
3. ``preferred_username`` (Entra ID's UPN, Keycloak's user name: both can be chosen or renamed)
   is never compared with anything.

A login that matches nobody, or a deactivated user, raises :class:`UnknownIdentity`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from monitor.access.audit import record
from monitor.access.errors import UnknownIdentity
from monitor.access.model import User
from monitor.access.users import _SELECT, _user, write_user
from monitor.store import Store
from monitor.text import Text


def claims(identity: Mapping[str, object]) -> tuple[str, str, str, bool]:
    """(issuer, subject, email, email verified) of the login, stripped; e-mail lower case."""
    def text(key: str) -> str:
        value = identity.get(key)
        return value.strip() if isinstance(value, str) else ""

    return (text("iss"), text("sub"), text("email").lower(), identity.get("email_verified") is True)


def user_for_identity(store: Store, identity: Mapping[str, object],
                      *, at: datetime | None = None) -> User:
    """The active user behind an OIDC identity (the claims of ``st.user``), by the rule above.
    A first login matched by verified e-mail, or a preset subject without issuer, stores the
    login's issuer and subject (audit ``user.bind``). Never returns None."""
    issuer, subject, email, verified = claims(identity)
    who = email or subject or "?"
    with store.transaction() as con:
        user, how = None, None
        if subject:
            rows = con.execute(f"{_SELECT} WHERE subject = ? AND issuer IS NOT DISTINCT FROM ?",
                               [subject, issuer or None]).fetchall()
            if not rows and issuer:  # a subject preset without issuer in the users file
                rows = con.execute(f"{_SELECT} WHERE subject = ? AND issuer IS NULL",
                                   [subject]).fetchall()
                how = "subject" if rows else None
            user = _user(rows[0]) if rows else None
        if user is None and subject and email and verified:
            rows = con.execute(f"{_SELECT} WHERE lower(email) = ? AND subject IS NULL",
                               [email]).fetchall()
            user, how = (_user(rows[0]), "email") if rows else (None, None)
        if user is None:
            raise UnknownIdentity(Text("access.denied.login_unknown", who=who), action="login")
        if not user.active:
            raise UnknownIdentity(Text("access.denied.login_deactivated", id=user.id, who=who),
                                  user_id=user.id, action="login")
        if how is not None:
            user = _bind(con, user, issuer, subject, how, at or datetime.now())
    return user


def _bind(con, user: User, issuer: str, subject: str, how: str, at: datetime) -> User:
    """Store the login's issuer and subject on ``user`` with its audit row (same transaction)."""
    bound = replace(user, subject=subject, issuer=issuer or None)
    write_user(con, bound, user.id, at)
    reason = ("first login, matched by verified e-mail" if how == "email"
              else "first login with the subject from the users file")
    record(con, user.id, "user.bind", user.id,
           {"issuer": issuer or None, "subject": subject, "matched_by": how,
            "before": {"issuer": user.issuer, "subject": user.subject}}, reason, at)
    return bound
