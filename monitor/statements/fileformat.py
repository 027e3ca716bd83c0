"""The statement file of ``monitor statement submit FILE``: a small YAML file (docs/statements.md).

    action: a03
    quarter: 2026-Q3
    results: |
      Paragraphs and bullet lists ...
    plans: |
      ...
    judgement: op_schema
    reason: ...            # required when the judgement differs from the computed status
    milestones:
      cdo_alle_ministeries: {status: gereed, realised: 2026-08-14}

:func:`read_statement_file` gives the :class:`~monitor.statements.model.Draft` and the problems of
the file itself (YAML syntax, unknown or duplicate keys, wrong shapes), each with its line; the
rules on the content are :func:`monitor.statements.check.check_draft`, given :func:`lines_of` so
that its problems carry lines too.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from monitor.problems import Problem, ProblemList
from monitor.statements.check import Lines
from monitor.statements.model import MILESTONE_KEYS, TEXT_FIELDS, Draft
from monitor.text import Text
from monitor.yamlsource import YamlDoc, YamlSyntaxError, load

KEYS = ("action", "quarter", *TEXT_FIELDS, "judgement", "reason", "milestones")
MAX_BYTES = 200_000


def read_statement_file(path: str | Path) -> tuple[Draft | None, ProblemList, Lines]:
    """The draft in the file at ``path``, the problems of its form, and its lines."""
    path = Path(path)
    name = path.name
    problems = ProblemList()

    def add(code: str, text_key: str, line: int | None, where: str | None = None,
            **params: object) -> None:
        text = Text(text_key, **params)
        problems.append(Problem("error", code, text.render("en"), file=name, line=line,
                                path=where, text=text))

    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        add("statement-file-too-large", "statement.problem.file_too_large", None, size=len(raw),
            max=MAX_BYTES)
        return None, problems, lambda p, o=0: None
    try:
        text = raw.decode("utf-8-sig")
        doc = load(text)
    except UnicodeDecodeError:
        add("statement-file-encoding", "statement.problem.file_encoding", None)
        return None, problems, lambda p, o=0: None
    except YamlSyntaxError as exc:
        add("statement-file-syntax", "statement.problem.file_syntax", exc.line, error=str(exc))
        return None, problems, lambda p, o=0: None
    lines = lines_of(doc, text)
    data = doc.data
    if not isinstance(data, Mapping):
        add("statement-file-shape", "statement.problem.file_shape", 1)
        return None, problems, lines
    for where, line in doc.duplicates:
        add("statement-file-duplicate", "statement.problem.file_duplicate", line, where, key=where)
    for key in data:
        if key not in KEYS:
            add("statement-file-unknown-key", "statement.problem.file_unknown_key",
                doc.line_of(str(key)), str(key), key=str(key), known=", ".join(KEYS))
    texts = {}
    for key in (*TEXT_FIELDS, "reason"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            add("statement-file-not-text", "statement.problem.file_not_text", doc.line_of(key), key,
                key=key)
            value = None
        texts[key] = value or ""
    milestones = data.get("milestones") or {}
    if isinstance(milestones, Mapping):
        for mid, update in milestones.items():
            if isinstance(update, Mapping):
                for k in update:
                    if k not in MILESTONE_KEYS:
                        where = f"milestones.{mid}.{k}"
                        add("statement-file-unknown-key", "statement.problem.file_unknown_key",
                            doc.line_of(where), where, key=str(k), known=", ".join(MILESTONE_KEYS))
    draft = Draft(
        action=str(data.get("action") or ""),
        period=str(data.get("quarter") or ""),
        texts={k: texts[k] for k in TEXT_FIELDS},
        judgement=None if data.get("judgement") is None else str(data.get("judgement")),
        reason=texts["reason"] or None,
        milestones={str(k): v for k, v in milestones.items()} if isinstance(milestones, Mapping)
        else milestones,
    )
    return draft, problems, lines


def lines_of(doc: YamlDoc, text: str) -> Lines:
    """The line of a key path; ``offset`` n > 0 is the n-th line of a block scalar's value
    (``results: |``), or the key's own line for a value on one line."""
    source = text.splitlines()

    def line(path: str, offset: int = 0) -> int | None:
        at = doc.line_of(path)
        if at is None or not offset:
            return at
        head = source[at - 1].split("#", 1)[0].rstrip() if at <= len(source) else ""
        block = head.endswith(("|", ">", "|-", ">-", "|+", ">+"))
        return at + offset if block else at

    return line
