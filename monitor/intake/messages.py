"""Every submission problem, declared once: its code and level here, its message in Dutch and
English in the catalogue (``monitor.text``: ``problem.<code>``, a short name ``problem.name.<code>``).

A check makes a problem with :func:`problem`: code and parameters. The problem keeps both, so it
is said in the reader's language where it is shown (:func:`say`: the upload page, the
Organisatie page, the CLI), also years later from the database; its ``message`` is the text in
the language of the submission, for logs and older readers. The README's table of codes is
generated from ``LEVELS`` and the catalogue.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Literal

from monitor.problems import Level, Problem
from monitor.text import Text, number, t
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
    "large-change-without-note": "warning",
}


def detail(key: str, **params: object) -> Text:
    """A part of a message (``{detail}``), said in the message's language."""
    return Text(f"problem.detail.{key}", **params)


def _param(value: object, lang: str) -> object:
    """Numbers in the language's format; a (low, high) range as 'low - high' with … for open."""

    def num(v: float | None) -> str:
        if v is None:
            return "…"
        decimals = 0 if float(v).is_integer() else len(repr(float(v)).split(".")[1])
        return number(v, min(decimals, 6), lang)

    if isinstance(value, tuple | list):
        return " - ".join(num(v) for v in value)
    if isinstance(value, float):
        return num(value)
    return value


def render(code: str, lang: str = "nl", **params: object) -> str:
    """The message of problem ``code`` in ``lang`` with its parameters."""
    if code == "missing-columns":  # one or more column names: 'Kolom x ontbreekt', 'Kolommen ...'
        columns = params["columns"]
        return t("problem.missing-columns", lang, columns=", ".join(columns), count=len(columns))
    return t(f"problem.{code}", lang, **{k: _param(v, lang) for k, v in params.items()})


def problem(code: str, lang: str = "nl", /, *, line: int | None = None, path: str | None = None,
            file: str | None = None, level: Level | None = None, **params: object) -> Problem:
    """The problem ``code`` with its parameters, at its level (:data:`LEVELS`; a relation between
    measures declares its own); ``value``, when a parameter, is also the value it is about."""
    value = params.get("value")
    return Problem(level or LEVELS[code], code, render(code, lang, **params), file=file, line=line, path=path,
                   value=None if value is None else str(value), params=encode(params))


def say(code: str, params: Mapping[str, object] | str | None, message: str, lang: str) -> str:
    """A stored problem in ``lang``: from its code and parameters, or its stored message when it
    was stored without them (before issue 16) or its code is no longer known."""
    if params is None or code not in LEVELS:
        return message
    if isinstance(params, str):
        params = json.loads(params)
    return render(code, lang, **decode(params))


def name(code: str, lang: str = "nl") -> str:
    """The short name of a problem code for tables ('stand gedaald'); an unknown code as it is."""
    return t(f"problem.name.{code}", lang) if code in LEVELS else code


def encode(params: Mapping[str, object]) -> dict[str, object]:
    """Parameters as JSON values: a range as a list, a message part as ``{"text": key, ...}``."""
    def one(v: object) -> object:
        if isinstance(v, Text):
            return {"text": v.key, "params": encode(v.params)}
        if isinstance(v, tuple):
            return [one(x) for x in v]
        return v

    return {k: one(v) for k, v in params.items()}


def decode(params: Mapping[str, object]) -> dict[str, object]:
    """:func:`encode` undone."""
    def one(v: object) -> object:
        if isinstance(v, dict) and "text" in v:
            return Text(str(v["text"]), **decode(v.get("params") or {}))
        if isinstance(v, list):
            return tuple(one(x) for x in v)
        return v

    return {k: one(v) for k, v in params.items()}


def codes_markdown() -> str:
    """The README table of problem codes."""
    rows = ["| code | level | message (nl) |", "| --- | --- | --- |"]
    for code, level in LEVELS.items():
        key = f"problem.{code}" if f"problem.{code}.other" not in TEXTS else f"problem.{code}.other"
        rows.append(f"| `{code}` | {level} | {TEXTS[key][0]} |")
    return "\n".join(rows)
