"""What a statement is: its fields, the judgements and states, and the form it is stored in.

A statement is written per strategy action and quarter. Its body holds the five texts (results,
plans, successes, bottlenecks, lessons; Markdown-lite, see :mod:`monitor.statements.markup`) and
the milestone updates; the judgement and its reason are columns of their own (table
``statements``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

TEXT_FIELDS = ("results", "plans", "successes", "bottlenecks", "lessons")
REQUIRED_TEXTS = ("results", "plans")  # required to submit; the others may stay empty
JUDGEMENTS = ("op_schema", "aandachtspunt", "vertraagd", "gereed")
STATES = ("draft", "submitted", "approved", "returned")
# the judgement that says the same as a computed action status (onvoldoende: nothing to compare)
FROM_STATUS = {"behaald": "gereed", "op_koers": "op_schema", "risico": "aandachtspunt",
               "achter": "vertraagd"}
MAX_TEXT = 6000  # characters per text field
MILESTONE_KEYS = ("status", "realised", "explanation")


@dataclass(frozen=True)
class Draft:
    """A statement as written (form or file), before it is checked: every value as given.

    ``milestones``: ``{milestone id: {"status": ..., "realised": ..., "explanation": ...}}``."""

    action: str
    period: str
    texts: Mapping[str, str] = field(default_factory=dict)
    judgement: str | None = None
    reason: str | None = None
    milestones: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def text(self, name: str) -> str:
        return (self.texts.get(name) or "").strip()

    def body(self) -> dict[str, Any]:
        """The JSON body stored with a version: the texts and the milestone updates (dates as
        ISO text, empty values as null)."""
        return {
            **{name: self.text(name) for name in TEXT_FIELDS},
            "milestones": {
                mid: {k: _plain(update.get(k)) for k in MILESTONE_KEYS}
                for mid, update in self.milestones.items()
            },
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Draft:
        """A stored version (``action``, ``period``, ``body``, ``judgement``,
        ``judgement_reason``) as a draft: the form is prefilled from it."""
        import json

        body = row["body"] if isinstance(row["body"], Mapping) else json.loads(row["body"])
        return cls(row["action"], row["period"], {n: body.get(n) or "" for n in TEXT_FIELDS},
                   row.get("judgement"), row.get("judgement_reason"), body.get("milestones") or {})


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value).strip()
    return text or None
