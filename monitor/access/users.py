"""The users table: reading users, mapping a login to a user, and audited changes.

Every change here needs ``users.manage`` (checked against the actor's *current* row in the
database, inside the transaction, so a role withdrawn a second ago counts) and writes its
``audit_log`` row in the same transaction as the change: both or neither. Users are never deleted,
only deactivated, so every actor in the audit log stays known. The last active *beheerder* cannot
be demoted or deactivated (nobody could manage users any more).

Seeding from the YAML file is in :mod:`monitor.access.usersfile`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime

import duckdb
import polars as pl

from monitor.access.audit import record, record_denied
from monitor.access.errors import AccessDenied
from monitor.access.guard import require
from monitor.access.model import User, check_user, normalise_codes
from monitor.access.roles import Role, parse_role
from monitor.errors import UsageError
from monitor.store import Store
from monitor.text import Joined, Text

__all__ = [
    "User",
    "activate_user",
    "deactivate_user",
    "get_user",
    "load_users",
    "set_role",
    "upsert_user",
    "user_for_identity",
    "users_frame",
]

_SELECT = "SELECT id, name, role, organisations, active, email, subject, issuer, actions FROM users"


def _user(row: tuple) -> User:
    uid, name, role, orgs, active, email, subject, issuer, actions = row
    return User(uid, name, Role(role), tuple(orgs or ()), bool(active), email, subject, issuer,
                tuple(actions or ()))


def load_row(con: duckdb.DuckDBPyConnection, user_id: str) -> User | None:
    """The user with this id on ``con`` (inside a transaction), or None."""
    rows = con.execute(f"{_SELECT} WHERE id = ?", [user_id]).fetchall()
    return _user(rows[0]) if rows else None


def load_users(store: Store, *, active_only: bool = False) -> list[User]:
    """All users ordered by id (only the active ones with ``active_only``)."""
    sql = _SELECT + (" WHERE active" if active_only else "") + " ORDER BY id"
    with store.read() as con:
        return [_user(r) for r in con.execute(sql).fetchall()]


def get_user(store: Store, user_id: str) -> User | None:
    """The user with this id, or None."""
    with store.read() as con:
        return load_row(con, (user_id or "").strip())


def users_frame(store: Store) -> pl.DataFrame:
    """The users table for the Gebruikers page: id, name, role, organisations and actions (each
    joined with ', '), email, subject, active, updated_at, updated_by."""
    return store.query(
        "SELECT id, name, role, array_to_string(organisations, ', ') AS organisations, "
        "array_to_string(coalesce(actions, []), ', ') AS actions, email, "
        "subject, active, updated_at, updated_by FROM users ORDER BY id")


def user_for_identity(store: Store, identity: Mapping[str, object]) -> User:
    """The active user behind an OIDC identity: see :func:`monitor.access.binding.user_for_identity`
    (issuer + subject; a verified e-mail only at the first login, which then binds them)."""
    from monitor.access.binding import user_for_identity as bound_user

    return bound_user(store, identity)


# --- changes (users.manage, audited) -------------------------------------------------------------


def upsert_user(store: Store, actor: User, user: User, reason: str,
                *, at: datetime | None = None, new: bool = False,
                known_actions: set[str] | None = None) -> User:
    """Add ``user`` or replace its row (name, role, organisations, email, subject, active), with
    audit action ``user.create`` or ``user.update`` (detail: before and after). With ``new`` an
    existing id is refused (UsageError) instead of replaced. Returns the stored user."""
    reason = _reason(reason)
    at = at or datetime.now()
    with _managing(store, user.id) as con:
        acting = _acting(con, actor)
        before = load_row(con, user.id)
        if new and before is not None:
            raise UsageError(Text("error.users.exists", id=user.id, name=before.name))
        validate_in_store(con, user, known_actions)
        keep_an_admin(con, before, user)
        write_user(con, user, acting.id, at)
        record(con, acting, "user.create" if before is None else "user.update", user.id,
               {"before": user_dict(before), "after": user_dict(user)}, reason, at)
    return user


def set_role(store: Store, actor: User, user_id: str, role: Role | str,
             organisations: Iterable[str] = (), reason: str = "", *,
             at: datetime | None = None, actions: Iterable[str] = (),
             known_actions: set[str] | None = None) -> User:
    """Give user ``user_id`` ``role`` (an indiener with ``organisations``, an actiehouder with
    ``actions``, checked against ``known_actions`` when given; other roles neither).

    Requires ``users.manage`` and a reason; changes the row and writes the audit row
    (``user.role``, detail: before and after) in ONE transaction. Refused without any change:
    an actor who may not manage users (:class:`AccessDenied`), an unknown user, role or
    organisation, an indiener without organisations, or demoting the last active beheerder
    (:class:`UsageError`). Returns the changed user."""
    reason = _reason(reason)
    try:
        new_role = parse_role(role)
    except ValueError:
        raise UsageError(Text("error.users.role", role=role,
                              known=", ".join(r.value for r in Role))) from None
    at = at or datetime.now()
    with _managing(store, user_id) as con:
        acting = _acting(con, actor)
        before = _existing(con, user_id)
        after = replace(before, role=new_role, organisations=normalise_codes(organisations),
                        actions=tuple(actions))
        validate_in_store(con, after, known_actions)
        keep_an_admin(con, before, after)
        write_user(con, after, acting.id, at)
        record(con, acting, "user.role", after.id,
               {"before": user_dict(before), "after": user_dict(after)}, reason, at)
    return after


def deactivate_user(store: Store, actor: User, user_id: str, reason: str, *,
                    at: datetime | None = None) -> User:
    """Deactivate a user (requires ``users.manage`` and a reason; audit ``user.deactivate``).
    The row stays, so the audit log keeps naming the person."""
    return _set_active(store, actor, user_id, False, reason, at)


def activate_user(store: Store, actor: User, user_id: str, reason: str, *,
                  at: datetime | None = None) -> User:
    """Give a deactivated user access again (``users.manage``, a reason; audit ``user.activate``)."""
    return _set_active(store, actor, user_id, True, reason, at)


def _set_active(store: Store, actor: User, user_id: str, active: bool, reason: str,
                at: datetime | None) -> User:
    reason = _reason(reason)
    at = at or datetime.now()
    with _managing(store, user_id) as con:
        acting = _acting(con, actor)
        before = _existing(con, user_id)
        after = replace(before, active=active)
        keep_an_admin(con, before, after)
        write_user(con, after, acting.id, at)
        record(con, acting, "user.activate" if active else "user.deactivate", after.id,
               {"before": user_dict(before)}, reason, at)
    return after


@contextmanager
def _managing(store: Store, target: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """The transaction of a user change; a refusal (the actor may not manage users) rolls it back
    and is then recorded as ``access.denied`` in its own transaction, like every refusal."""
    try:
        with store.transaction() as con:
            yield con
    except AccessDenied as exc:
        record_denied(store, exc, target=target)
        raise


def _acting(con: duckdb.DuckDBPyConnection, actor: User) -> User:
    """The actor as the database knows it now, required to have ``users.manage``."""
    current = load_row(con, actor.id) if actor is not None else None
    if current is None and actor is not None:
        raise AccessDenied(Text("access.denied.unknown_actor", id=actor.id), user_id=actor.id,
                           action="users.manage")
    return require(current, "users.manage")


def _existing(con: duckdb.DuckDBPyConnection, user_id: str) -> User:
    user = load_row(con, (user_id or "").strip())
    if user is None:
        raise UsageError(Text("error.users.unknown", id=user_id))
    return user


def validate_in_store(con: duckdb.DuckDBPyConnection, user: User,
                      known_actions: set[str] | None = None) -> None:
    """Raise UsageError when ``user`` is invalid, names an organisation missing from the
    ``organisations`` table (or an action not in ``known_actions``, when given), or shares its
    email or subject with another user."""
    known = {r[0] for r in con.execute("SELECT code FROM organisations").fetchall()}
    problems = check_user(user, known, known_actions)
    for column, value in (("email", user.email), ("subject", user.subject)):
        if value:
            other = con.execute(f"SELECT id FROM users WHERE lower({column}) = lower(?) AND id <> ?",
                                [value, user.id]).fetchall()
            if other:
                problems.append((column, "users-duplicate", Text(
                    "users.problem.duplicate", field=column, value=value, other=other[0][0])))
    if problems:
        raise UsageError(Text("error.users.invalid", id=user.id,
                              problems=Joined([said for _, _, said in problems])))


def keep_an_admin(con: duckdb.DuckDBPyConnection, before: User | None, after: User) -> None:
    """Refuse (UsageError) a change that leaves no active beheerder."""
    was_admin = before is not None and before.active and before.role is Role.BEHEERDER
    stays_admin = after.active and after.role is Role.BEHEERDER
    if was_admin and not stays_admin:
        [(n,)] = con.execute("SELECT count(*) FROM users WHERE active AND role = ? AND id <> ?",
                             [Role.BEHEERDER.value, after.id]).fetchall()
        if n == 0:
            raise UsageError(Text("error.users.last_admin", id=after.id))


def write_user(con: duckdb.DuckDBPyConnection, user: User, by: str, at: datetime) -> None:
    """Insert or update the row of ``user`` on ``con`` (no checks, no audit: callers do both)."""
    con.execute(
        "INSERT INTO users (id, name, role, organisations, email, subject, active, created_at, "
        "created_by, updated_at, updated_by, issuer, actions) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "name = excluded.name, role = excluded.role, organisations = excluded.organisations, "
        "actions = excluded.actions, "
        "email = excluded.email, subject = excluded.subject, issuer = excluded.issuer, "
        "active = excluded.active, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        [user.id, user.name, user.role.value, list(user.organisations), user.email, user.subject,
         user.active, at, by, at, by, user.issuer, list(user.actions)],
    )  # created_at / created_by are set by the INSERT branch only


def _reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise UsageError(Text("error.users.reason"))
    return reason


def user_dict(user: User | None) -> dict | None:
    """The user as a JSON-ready mapping (audit detail)."""
    if user is None:
        return None
    return {"id": user.id, "name": user.name, "role": user.role.value,
            "organisations": list(user.organisations), "actions": list(user.actions),
            "active": user.active,
            "email": user.email, "subject": user.subject, "issuer": user.issuer}
