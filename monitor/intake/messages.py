"""Every submission problem, declared once: its code and level here, its message in Dutch and
English in the catalogue (``monitor.text``: ``problem.<code>``, a short name ``problem.name.<code>``).

A check makes a problem with :func:`problem`: code and parameters. The problem keeps them as its
text (``Problem.text``), so it is said in the reader's language where it is shown
(``Problem.said``, ``monitor.problems.said`` for one read back from the database: the upload
page, the Organisatie page, the CLI); its ``message`` is the text in the language of the
submission, for logs and older readers. The README's table of codes is
generated from ``LEVELS`` and the catalogue.
"""

from __future__ import annotations

from typing import Literal

from monitor.problems import Level, Problem
from monitor.text import Number, Span, Text, t
from monitor.text.catalogue import TEXTS

Lang = Literal["nl", "en"]

LEVELS: dict[str, Level] = {
    "empty-file": "error",
    "no-rows": "error",
    "file-too-large": "error",
    "too-many-rows": "error",
    "cell-too-long": "error",
    "bad-encoding": "error",
    "bad-xlsx": "error",
    "unsupported-file": "error",
    "unbalanced-quotes": "error",
    "missing-columns": "error",
    "unknown-organisation": "error",
    "wrong-organisation": "error",
    "bad-period": "error",
    "wrong-period": "error",
    "period-not-open": "error",
    "period-locked": "error",
    "unknown-measure": "error",
    "measure-not-applicable": "error",
    "duplicate-measure": "error",
    "required-missing": "error",
    "no-values": "error",
    "bad-number": "error",
    "ambiguous-number": "error",
    "mixed-number-format": "error",
    "bad-integer": "error",
    "bad-boolean": "error",
    "bad-date": "error",
    "bad-choice": "error",
    "out-of-range": "error",
    "relation-at-most": "error",
    "relation-at-least": "error",
    "relation-equal": "error",
    "outlier": "warning",
    "stock-decrease": "warning",
    "stock-increase": "warning",
    "large-change-without-note": "warning",
}


def detail(key: str, **params: object) -> Text:
    """A part of a message (``{detail}``), said in the message's language."""
    return Text(f"problem.detail.{key}", **params)


def _localized(value: object) -> object:
    """A number in the reader's format; a (low, high) range as 'low - high' with … for open."""
    if isinstance(value, tuple):
        return Span(*value)
    if isinstance(value, float):
        return Number(value)
    return value


def text(code: str, **params: object) -> Text:
    """The message of problem ``code`` with its parameters, to be said in any language."""
    if code == "missing-columns":  # one or more column names: 'Kolom x ontbreekt', 'Kolommen ...'
        columns = params["columns"]
        return Text("problem.missing-columns", columns=", ".join(columns), count=len(columns))
    return Text(f"problem.{code}", **{k: _localized(v) for k, v in params.items()})


def render(code: str, lang: str = "nl", **params: object) -> str:
    """The message of problem ``code`` in ``lang`` with its parameters."""
    return text(code, **params).render(lang)


def problem(code: str, lang: str = "nl", /, *, line: int | None = None, path: str | None = None,
            file: str | None = None, level: Level | None = None, **params: object) -> Problem:
    """The problem ``code`` with its parameters, at its level (:data:`LEVELS`; a relation between
    measures declares its own); ``value``, when a parameter, is also the value it is about. Its
    ``message`` is said in ``lang`` (what the CLI prints and the database keeps beside the text)."""
    said = text(code, **params)
    value = params.get("value")
    return Problem(level or LEVELS[code], code, said.render(lang), file=file, line=line, path=path,
                   value=None if value is None else str(value), text=said)


def name(code: str, lang: str = "nl") -> str:
    """The short name of a problem code for tables ('stand gedaald'); an unknown code as it is."""
    return t(f"problem.name.{code}", lang) if code in LEVELS else code


def codes_markdown() -> str:
    """The README table of problem codes."""
    rows = ["| code | level | message (nl) |", "| --- | --- | --- |"]
    for code, level in LEVELS.items():
        key = f"problem.{code}" if f"problem.{code}.other" not in TEXTS else f"problem.{code}.other"
        rows.append(f"| `{code}` | {level} | {TEXTS[key][0]} |")
    return "\n".join(rows)
