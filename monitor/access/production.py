"""Start-up checks of a production set-up (``access.environment: production``), issue 14.

The shipped ``config.yaml`` is a demo set-up: its users file ``data/users.example.yaml`` holds
fictitious users, one of them an active beheerder. In production the monitor refuses to start
(:class:`ProductionSetupError`, logged for the operator, shown on the page and as the CLI's
``error:`` line) when

- ``access.users_file`` is an example file (``*.example.*``);
- the database holds active users loaded from an example file (a demo database, or one that was
  once started with the example file): deactivate them with ``monitor users deactivate`` (those
  commands still run) or start from a new database;
- there is no active user and no users file: nobody could log in or manage users.
"""

from __future__ import annotations

import logging
from pathlib import Path

from monitor.errors import ConfigError
from monitor.store import Store
from monitor.text import Text

log = logging.getLogger("monitor.access")


class ProductionSetupError(ConfigError):
    """The production set-up lets in people or data it must not. ``str(exc)``: Dutch, then the
    English in brackets (the CLI's one ``error:`` line); :meth:`message` one language."""

    def __init__(self, text: Text):
        super().__init__(text)
        self.args = (f"{self.message('nl')} ({self.message('en')})",)

    def line(self, lang: str = "en") -> str:
        """Dutch, then English in brackets: one line for both audiences."""
        return str(self)


def is_example_file(path: str | Path) -> bool:
    """Whether ``path`` is an example file: ``*.example.*`` (data/users.example.yaml)."""
    return ".example." in Path(path).name


def example_users(store: Store) -> list[str]:
    """Ids of the active users that were loaded from an example users file (their first
    ``user.create`` audit row, by ``system``, names the file)."""
    rows = store.query(
        "SELECT DISTINCT u.id FROM users u JOIN audit_log a ON a.target = u.id "
        "WHERE u.active AND a.action = 'user.create' AND a.actor = 'system' "
        "AND json_extract_string(a.detail, '$.source') LIKE '%.example.%' ORDER BY u.id")
    return [r[0] for r in rows.rows()]


def check_production(store: Store, users_file: Path, environment: str, *,
                     allow_example_users: bool = False) -> None:
    """Raise :class:`ProductionSetupError` (and log it) when the production set-up is unsafe, see
    the module text. Nothing to check outside production. ``allow_example_users`` lets the
    ``monitor users`` commands run, so the operator can deactivate such users."""
    if environment != "production":
        return
    problem: Text | None = None
    if is_example_file(users_file):
        problem = Text("error.production.example_file", name=users_file.name)
    elif not allow_example_users and (found := example_users(store)):
        problem = Text("error.production.example_users", ids=", ".join(found))
    elif not users_file.exists() and not store.scalar("SELECT count(*) FROM users WHERE active"):
        problem = Text("error.production.no_users", path=users_file)
    if problem:
        log.error("Production set-up refused: %s", problem.render("en"))
        raise ProductionSetupError(problem)
