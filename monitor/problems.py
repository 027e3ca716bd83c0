"""Problems found while checking input: one shape for definitions, config and submissions.

Modelled on dbt metricflow's validation issues: every problem has a level and a location, and
checks collect all problems instead of stopping at the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from monitor.text import Text

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One problem. In definitions ``line``/``path`` are the YAML line and key path; in
    submissions they are the row as the user sees it in Excel (header = row 1) and the column.
    ``text``: the message as key and parameters, so it is said in the reader's language where it
    is shown (:meth:`said`, also from the database: :func:`said`); ``message`` is the text as made
    (in the language of the check; English for definitions and config)."""

    level: Level
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    path: str | None = None
    value: str | None = None
    text: Text | None = field(default=None, compare=False)

    def location(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        return where

    def as_row(self) -> dict[str, object]:
        """The submission report form: row, column, value, code, message (and level)."""
        return {
            "row": self.line,
            "column": self.path,
            "value": self.value,
            "code": self.code,
            "message": self.message,
            "level": self.level,
            **({} if self.text is None else {"text": self.text.to_json()}),
        }

    def said(self, lang: str = "nl") -> str:
        """The message in ``lang``: from its text, or as made when it has none."""
        return self.text.render(lang) if self.text is not None else self.message

    def __str__(self) -> str:
        parts = [p for p in (self.location(), self.path) if p]
        prefix = " ".join(parts)
        tag = "" if self.level == "error" else "warning: "
        return f"{prefix}: {tag}{self.message}" if prefix else f"{tag}{self.message}"


def said(row: dict, lang: str = "nl") -> str:
    """A stored problem (:meth:`Problem.as_row`, read back from JSON) in ``lang``: from its text,
    or its message when it was stored without one (before issue 16)."""
    data = row.get("text")
    if isinstance(data, str):
        import json

        data = json.loads(data)
    text = Text.from_json(data) if data else None
    try:
        return text.render(lang) if isinstance(text, Text) else str(row.get("message") or "")
    except (KeyError, IndexError):  # a text no longer in the catalogue
        return str(row.get("message") or "")


@dataclass
class ProblemList:
    """Collects problems; ``errors`` and ``warnings`` split them by level."""

    items: list[Problem] = field(default_factory=list)

    def add(self, level: Level, code: str, message: str, **where: object) -> None:
        self.items.append(Problem(level, code, message, **where))  # type: ignore[arg-type]

    def append(self, problem: Problem) -> None:
        self.items.append(problem)

    def error(self, code: str, message: str, **where: object) -> None:
        self.add("error", code, message, **where)

    def warning(self, code: str, message: str, **where: object) -> None:
        self.add("warning", code, message, **where)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)
