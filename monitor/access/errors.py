"""Errors of access control, all :class:`~monitor.errors.MonitorError` subclasses.

    MonitorError
    ├── AccessDenied          the acting user may not do this (message in Dutch and English)
    │   └── UnknownIdentity   a login or --user that matches no active user of the monitor
    └── UsersFileError        data/users.yaml has errors (carries the problem list)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.errors import MonitorError
from monitor.text import Text

if TYPE_CHECKING:
    from monitor.problems import Problem


class AccessDenied(MonitorError):
    """The acting user may not perform ``action`` (for ``organisation``).

    The refusal is a :class:`~monitor.text.Text`: pages show :meth:`message` in the interface
    language; ``str(exc)`` is the Dutch message followed by the English one in brackets, one line,
    so the CLI's ``error: ...`` line serves both audiences. ``user_id``, ``action`` and
    ``organisation`` say what was refused (for the audit row of a refusal, see
    :func:`monitor.access.audit.record_denied`).
    """

    def __init__(self, text: Text, *, user_id: str | None = None, action: str | None = None,
                 organisation: str | None = None):
        self.user_id, self.action, self.organisation = user_id, action, organisation
        super().__init__(text)
        self.args = (f"{self.nl} ({self.en})",)

    def line(self, lang: str = "en") -> str:
        """Dutch, then English in brackets: one line for both audiences."""
        return str(self)

    @property
    def nl(self) -> str:
        return self.message("nl")

    @property
    def en(self) -> str:
        return self.message("en")


class UnknownIdentity(AccessDenied):
    """A login (OIDC identity), demo choice or ``--user`` that matches no active user."""


class UsersFileError(MonitorError):
    """The users file (``access.users_file``) has at least one error; ``problems`` lists all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.level == "error"]
        lines = "\n".join(str(p) for p in errors)
        super().__init__(Text("error.users_file", count=len(errors), problems=lines))
