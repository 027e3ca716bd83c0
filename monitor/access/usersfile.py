"""The users file (``data/users.yaml``): checked like every other input, then seeded into the table.

Format::

    users:
      - id: demo-amsterdam            # required: lower-case handle, recorded as actor
        name: Anna de Jong            # required
        role: indiener                # required: viewer, indiener, actiehouder, programmamanager,
                                      #   beheerder
        organisations: [GM0363]       # indiener only, at least one register code
        actions: [a03]                # actiehouder only, at least one action id of the definitions
        email: anna@demo.example      # optional: finds the user at the first login (verified e-mail)
        subject: 7b0c...              # optional: the OIDC 'sub' claim, preset (binds the login)
        issuer: https://login...      # optional: the OIDC 'iss' claim with subject
        active: true                  # optional, default true

:func:`check_users` collects every problem with file, line and key path (unknown keys, missing
keys, unknown role, unknown organisation code, duplicates), as
:mod:`monitor.definitions` does. :func:`seed_users` writes users into the table in one
transaction, one audit row per user created or changed (actor ``system``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from monitor.access.audit import record
from monitor.access.errors import UsersFileError
from monitor.access.model import USER_ID, User
from monitor.access.roles import Role
from monitor.access.users import (
    keep_an_admin,
    load_row,
    user_dict,
    validate_in_store,
    write_user,
)
from monitor.problems import ProblemList
from monitor.store import Store
from monitor.yamlsource import YamlSyntaxError, join_path, load

KEYS = ("id", "name", "role", "organisations", "actions", "email", "subject", "issuer", "active")
REQUIRED = ("id", "name", "role")


def check_users(text: str, file: str, known_organisations: set[str],
                known_actions: set[str] | None = None) -> tuple[list[User], ProblemList]:
    """Check the users file text; return the valid users and every problem found, in file order."""
    problems = ProblemList()
    try:
        doc = load(text)
    except YamlSyntaxError as exc:
        problems.error("users-syntax", str(exc), file=file, line=exc.line)
        return [], problems

    def error(code: str, path: str, message: str, value: object = None) -> None:
        problems.error(code, message, file=file, line=doc.line_of(path), path=path or None,
                       value=None if value is None else str(value))

    for path, line in doc.duplicates:
        problems.error("users-duplicate-key", "key given twice", file=file, line=line, path=path)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("users"), list):
        error("users-shape", "", "the users file must be a mapping with the key 'users' holding a "
              "list of users")
        return [], problems
    for key in data:
        if key != "users":
            error("users-unknown-key", str(key), "unknown key (known: users)")
    users: list[User] = []
    seen: dict[tuple[str, str], str] = {}
    for i, item in enumerate(data["users"]):
        at = join_path("users", i)
        before = len(problems.errors)
        if not isinstance(item, dict):
            error("users-shape", at, "each user must be a mapping with id, name and role")
            continue
        user = _check_item(item, at, known_organisations, error, known_actions)
        for key in ("id", "email", "subject"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                continue
            norm = value.strip().lower()
            if (key, norm) in seen:
                error(f"users-duplicate-{'id' if key == 'id' else 'login'}", join_path(at, key),
                      f"{key} '{value}' is also used at {seen[key, norm]}", value)
            else:
                seen[key, norm] = f"line {doc.line_of(join_path(at, key))}"
        if user is not None and len(problems.errors) == before:
            users.append(user)
    problems.items.sort(key=lambda p: p.line or 0)  # in file order (the sort is stable)
    return users, problems


def _check_actions(item: dict, at: str, role: object, known: set[str] | None,
                   error: Any) -> list[str]:
    """The ``actions`` of an actiehouder: a list of action ids (of the definitions, when
    ``known`` is given); none for the other roles."""
    actions = item.get("actions", [])
    if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
        error("users-invalid", join_path(at, "actions"),
              "actions must be a list of action ids, e.g. [a03]")
        return []
    for j, a in enumerate(actions):
        if known is not None and a.strip().lower() not in known:
            error("users-unknown-action", join_path(at, f"actions[{j}]"),
                  f"'{a}' is not an action of the definitions (e.g. a03)", a)
    if role == Role.ACTIEHOUDER.value and not actions:
        error("users-no-action", join_path(at, "role"), "an actiehouder owns at least one action: "
              "add actions: [ACTION-ID]")
    if role not in (None, Role.ACTIEHOUDER.value) and actions:
        error("users-action-not-allowed", join_path(at, "actions"),
              f"only an actiehouder is bound to actions; a {role} has none (remove actions)")
    return actions


def _check_item(item: dict, at: str, known: set[str], error: Any,
                known_actions: set[str] | None = None) -> User | None:
    """Check one user mapping; report through ``error``; the User when it could be built."""
    for key in item:
        if key not in KEYS:
            error("users-unknown-key", join_path(at, key), f"unknown key (known: {', '.join(KEYS)})")
    missing = [k for k in REQUIRED if item.get(k) in (None, "")]
    for key in missing:
        error("users-missing-key", at, f"'{key}' is required")
    uid, name, role = item.get("id"), item.get("name"), item.get("role")
    if "id" not in missing and (not isinstance(uid, str) or not USER_ID.match(uid)):
        error("users-invalid", join_path(at, "id"), f"'{uid}' is not a valid user id: use lower-case "
              "letters, digits and . _ @ - (at most 64 characters)", uid)
    if "name" not in missing and not isinstance(name, str):
        error("users-invalid", join_path(at, "name"), "the name must be a text", name)
    if "role" not in missing and role not in {r.value for r in Role}:
        error("users-unknown-role", join_path(at, "role"),
              f"'{role}' is not a role (known: {', '.join(r.value for r in Role)})", role)
        role = None
    orgs = item.get("organisations", [])
    if not isinstance(orgs, list) or not all(isinstance(c, str) for c in orgs):
        error("users-invalid", join_path(at, "organisations"),
              "organisations must be a list of organisation codes, e.g. [GM0363]")
        orgs = []
    for j, code in enumerate(orgs):
        if code.strip().upper() not in known:
            error("users-unknown-organisation", join_path(at, f"organisations[{j}]"),
                  f"'{code}' is not a known organisation code (see the register, e.g. GM0363)", code)
    if role == Role.INDIENER.value and not orgs:
        error("users-no-organisation", join_path(at, "role"), "an indiener must be bound to at least "
              "one organisation: add organisations: [CODE]")
    if role not in (None, Role.INDIENER.value) and orgs:
        error("users-organisation-not-allowed", join_path(at, "organisations"),
              f"only an indiener is bound to organisations; a {role} has none (remove organisations)")
    actions = _check_actions(item, at, role, known_actions, error)
    email, subject, active = item.get("email"), item.get("subject"), item.get("active", True)
    if email is not None and (not isinstance(email, str) or "@" not in email):
        error("users-invalid", join_path(at, "email"), f"'{email}' is not an e-mail address", email)
    if subject is not None and (not isinstance(subject, str) or not subject.strip()):
        error("users-invalid", join_path(at, "subject"), "subject must be a non-empty text")
    issuer = item.get("issuer")
    if issuer is not None and (not isinstance(issuer, str) or not issuer.strip() or subject is None):
        error("users-invalid", join_path(at, "issuer"),
              "issuer must be a non-empty text, given together with subject")
    if not isinstance(active, bool):
        error("users-invalid", join_path(at, "active"), "active must be true or false", active)
    try:
        return User(uid, name.strip(), Role(role), tuple(orgs), active, email, subject,  # type: ignore[arg-type, union-attr]
                    issuer, tuple(actions))
    except (TypeError, ValueError, AttributeError):
        return None


def load_users_file(path: str | Path, known_organisations: set[str],
                    known_actions: set[str] | None = None) -> list[User]:
    """Read and check the users file; raise :class:`UsersFileError` listing every error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsersFileError([_unreadable(path, exc)]) from None
    users, problems = check_users(text, str(path), known_organisations, known_actions)
    if problems.errors:
        raise UsersFileError(problems.items)
    return users


def _unreadable(path: Path, exc: OSError):
    from monitor.problems import Problem

    return Problem("error", "users-unreadable", f"cannot read the users file: {exc.strerror}", str(path))


@dataclass
class SeedResult:
    """What :func:`seed_users` did, by user id."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{len(self.created)} user(s) created, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged")


def seed_users(
    store: Store,
    users: Iterable[User],
    *,
    source: str,
    replace: bool = False,
    actor: str = "system",
    at: datetime | None = None,
) -> SeedResult:
    """Write ``users`` into the table in one transaction, one audit row per user created
    (``user.create``) or changed (``user.update``), actor ``system``, reason "seeded from SOURCE".

    Without ``replace`` only users that are not in the table yet are added: changes made since
    (set_role on the Gebruikers page) are never overwritten by a restart. With ``replace`` (demo
    reset) every listed user gets the file's values. Users not in the file are left alone."""
    at = at or datetime.now()
    result = SeedResult()
    with store.transaction() as con:
        for user in users:
            before = load_row(con, user.id)
            if before == user or (before is not None and not replace):
                result.unchanged.append(user.id)
                continue
            validate_in_store(con, user)
            keep_an_admin(con, before, user)
            write_user(con, user, actor, at)
            record(con, actor, "user.create" if before is None else "user.update", user.id,
                   {"before": user_dict(before), "after": user_dict(user), "source": source},
                   f"seeded from {source}", at)
            (result.created if before is None else result.updated).append(user.id)
    return result


def seed_from_file(store: Store, path: str | Path, *, replace: bool = False,
                   known_actions: set[str] | None = None) -> SeedResult:
    """Check the users file against the organisations in the database (and the action ids of
    the definitions, ``known_actions``) and seed it (:func:`seed_users`); the audit detail names
    the file and its sha256."""
    with store.read() as con:
        known = {r[0] for r in con.execute("SELECT code FROM organisations").fetchall()}
    path = Path(path)
    users = load_users_file(path, known, known_actions)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return seed_users(store, users, source=f"{path.name} (sha256 {sha}…)", replace=replace)
