"""Who is acting: an OIDC login, a chosen demo user, or (production without login) nobody.

Pure functions, no Streamlit import: the dashboard passes ``st.user.to_dict()`` and the demo
choice from its sidebar; the CLI passes ``--user``. The environment is the setting
``access.environment``: ``production`` never accepts a demo user or a CLI run without ``--user``;
``demo`` (local use, demonstrations, tests) shows a visible demo mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from monitor.access.errors import AccessDenied, UnknownIdentity
from monitor.access.guard import allowed
from monitor.access.model import User
from monitor.access.roles import Role
from monitor.access.users import get_user, load_users, user_for_identity
from monitor.errors import UsageError
from monitor.text import Text, t

if TYPE_CHECKING:
    from monitor.store import Store

Environment = Literal["production", "demo"]
ENVIRONMENTS: tuple[str, ...] = ("production", "demo")

@dataclass(frozen=True)
class Acting:
    """The acting user and how they got here: ``login`` (OIDC) or ``demo`` (chosen, no login)."""

    user: User
    mode: Literal["login", "demo"]

    @property
    def demo(self) -> bool:
        return self.mode == "demo"

    def banner(self, lang: str = "nl") -> str | None:
        """The demo-mode notice to show on every page (None when logged in)."""
        if not self.demo:
            return None
        return t("access.demo_banner", lang, name=self.user.name,
                 role=t(f"role.{self.user.role.value}", lang))


def check_environment(environment: str) -> Environment:
    """'production' or 'demo'; anything else is a configuration mistake (UsageError)."""
    if environment not in ENVIRONMENTS:
        raise UsageError(Text("error.environment", environment=environment))
    return environment  # type: ignore[return-value]


def logged_in_identity(st_user: Mapping[str, object] | None) -> dict[str, object] | None:
    """The OIDC claims when someone is logged in, else None.

    Only ``is_logged_in is True`` counts: without authentication configured Streamlit's ``st.user``
    can hold a placeholder such as ``{"email": "test@example.com"}``, which must never be taken
    for a login. Exposed tokens are dropped."""
    if not st_user or st_user.get("is_logged_in") is not True:
        return None
    return {k: v for k, v in st_user.items() if k != "tokens"}


def resolve_user(
    store: Store,
    st_user: Mapping[str, object] | None,
    demo_choice: str | None,
    environment: str,
) -> Acting | None:
    """Decide who acts in the dashboard.

    1. Logged in (``st_user["is_logged_in"] is True``): the user mapped from the identity by
       :func:`~monitor.access.users.user_for_identity`, in any environment; an unknown or
       deactivated identity raises :class:`UnknownIdentity` (show it with a logout button).
    2. Not logged in, ``production``: None; the page shows the login button. A demo choice is
       ignored.
    3. Not logged in, ``demo``: demo mode with ``demo_choice`` (a user id), or when none is chosen
       the least privileged active user (:func:`default_demo_user`); an unknown or deactivated
       choice raises :class:`UnknownIdentity`. None when the table has no active user.
    """
    env = check_environment(environment)
    identity = logged_in_identity(st_user)
    if identity is not None:
        return Acting(user_for_identity(store, identity), "login")
    if env == "production":
        return None
    if demo_choice:
        return Acting(_active(store, demo_choice, "access.denied.no_such_demo_user"), "demo")
    user = default_demo_user(store)
    return Acting(user, "demo") if user else None


def demo_users(store: Store) -> list[User]:
    """The users offered in the demo-mode picker: every active user, by id."""
    return load_users(store, active_only=True)


def default_demo_user(store: Store) -> User | None:
    """The least privileged active user: the first viewer, else the first active user."""
    users = demo_users(store)
    viewers = [u for u in users if u.role is Role.VIEWER]
    return (viewers or users or [None])[0]


def cli_user(store: Store, user_id: str | None, environment: str, action: str) -> User:
    """The user for a command-line run (``--user``) of a command that performs ``action``.

    A given id must name an active user (else :class:`UnknownIdentity`); whether that user may
    perform ``action`` is enforced by the package function the command calls. Without ``--user``:
    refused in ``production`` (:class:`UsageError`); in ``demo`` the first active user (by id) who
    may perform ``action`` for every organisation, so ``monitor demo --reset`` acts as the demo
    beheerder and ``monitor snapshot create`` as the demo programmamanager (the caller should say
    so on stderr).

    Note: ``--user`` is a declaration, not authentication; whoever can run the CLI can open the
    database file anyway. It applies that user's role and names the person in the audit log."""
    env = check_environment(environment)
    if user_id:
        return _active(store, user_id, "access.denied.no_such_user")
    if env == "production":
        raise UsageError(Text("error.cli_user.production"))
    for user in demo_users(store):
        if allowed(user, action):
            return user
    raise UsageError(Text("error.cli_user.none", action=action))


def require_not_production(environment: str, action_id: str = "demo.reset") -> None:
    """Refuse (AccessDenied) an action that only exists outside production: a demo reset
    (``demo.reset``) or filling a database with demo data (``demo.build``)."""
    if check_environment(environment) == "production":
        key = action_id if action_id in ("demo.reset", "demo.build") else "demo.reset"
        raise AccessDenied(Text(f"access.denied.{key}"), action=action_id)


def refuse_demo_in_production(store: Store, environment: str, user_id: str | None = None,
                              action_id: str = "demo.build") -> None:
    """:func:`require_not_production` with the refusal recorded (``access.denied``, naming the
    claimed user or 'anonymous') in ``store``, like every refusal."""
    from monitor.access.audit import record_denied

    try:
        require_not_production(environment, action_id)
    except AccessDenied as exc:
        exc.user_id = user_id or None
        record_denied(store, exc, target=store.path.name)
        raise


def _active(store: Store, user_id: str, unknown: str) -> User:
    user = get_user(store, user_id)
    if user is None:
        raise UnknownIdentity(Text(unknown, id=user_id), user_id=user_id, action="login")
    if not user.active:
        raise UnknownIdentity(Text("access.denied.deactivated", id=user.id), user_id=user.id,
                              action="login")
    return user
