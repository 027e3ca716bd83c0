"""The exception hierarchy of the monitor, documented in one place.

Every error a user can cause derives from :class:`MonitorError`. The CLI and the pages catch
``MonitorError`` and show its message (one clear line, no traceback); anything else is a bug.

    MonitorError                  base: a problem the user can understand and fix
    ├── ConfigError               config.yaml is missing or invalid
    ├── DefinitionError           indicator YAML files have errors (carries the problem list)
    ├── RegisterError             the organisation register is missing or invalid
    ├── PeriodError               a text is not a valid quarter (e.g. '2025-Q5')
    ├── StoreError                the database cannot be used
    │   ├── DatabaseBusy          another process holds the write lock; try again
    │   └── SchemaVersionError    the database was made by a newer version of the monitor
    ├── ExportError               a chart or table cannot be exported (monitor.exports.errors)
    │   └── ExportUnavailable     no Chrome/Chromium for image export: install chromium
    ├── ReportError               the progress report cannot be made (monitor.reports.errors)
    ├── AccessDenied              the acting user may not do this; Dutch and English (monitor.access)
    │   └── UnknownIdentity       a login, demo choice or --user that matches no active user
    ├── UsersFileError            the users file (access.users_file) has errors
    └── UsageError                a command or function was called with wrong arguments
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.text import Text

if TYPE_CHECKING:
    from monitor.problems import Problem


class MonitorError(Exception):
    """Base class of all errors a user can cause and fix.

    An error carries its text as key and parameters (:class:`monitor.text.Text`), so it is shown
    in the reader's language where it is shown: :meth:`message` (the pages, the CLI). ``str(exc)``
    is the English text (logs, tracebacks). An error made with a plain string says that string in
    every language (texts that are not in the catalogue yet, and internal errors)."""

    def __init__(self, text: Text | str = "", *args: object):
        self.text = text if isinstance(text, Text) else None
        super().__init__(text.render("en") if isinstance(text, Text) else text, *args)

    def message(self, lang: str = "nl") -> str:
        """The text in ``lang`` ('nl' or 'en')."""
        return self.text.render(lang) if self.text is not None else str(self)

    def line(self, lang: str = "en") -> str:
        """The text for the CLI's one ``error:`` line in ``lang`` (a refusal says both)."""
        return self.message(lang)


class ConfigError(MonitorError):
    """config.yaml is missing or has invalid settings."""


class DefinitionError(MonitorError):
    """The indicator definitions have at least one error."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.level == "error"]
        super().__init__(Text("error.definitions", count=len(errors)))


class RegisterError(MonitorError):
    """The organisation register is missing or invalid."""


class PeriodError(MonitorError, ValueError):
    """A text is not a quarter."""


class StoreError(MonitorError):
    """The database cannot be used."""


class DatabaseBusy(StoreError):
    """Another process holds the database; the operation can be retried."""


class SchemaVersionError(StoreError):
    """The database schema is newer than this version of the monitor understands."""


class UsageError(MonitorError):
    """A command or function was called with arguments that do not fit together."""
