"""Problems found while checking input: one shape for definitions, config and submissions.

Modelled on dbt metricflow's validation issues: every problem has a level and a location, and
checks collect all problems instead of stopping at the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One problem. In definitions ``line``/``path`` are the YAML line and key path; in
    submissions they are the row as the user sees it in Excel (header = row 1) and the column.
    ``params``: a submission problem's parameters, so its message can be said again in the
    reader's language (``monitor.intake.messages.say``); ``message`` is the text as made."""

    level: Level
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    path: str | None = None
    value: str | None = None
    params: Mapping[str, object] | None = field(default=None, hash=False)

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
            **({} if self.params is None else {"params": dict(self.params)}),
        }

    def __str__(self) -> str:
        parts = [p for p in (self.location(), self.path) if p]
        prefix = " ".join(parts)
        tag = "" if self.level == "error" else "warning: "
        return f"{prefix}: {tag}{self.message}" if prefix else f"{tag}{self.message}"


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
