"""Markdown-lite: the statements' texts are paragraphs and bullet lists, nothing else.

A blank line ends a paragraph; a line starting with ``- `` or ``* `` is a list item (a following
indented line continues it). Everything else is text and is shown as typed: :func:`to_markdown`
escapes every Markdown character (``monitor.text.literal``), so ``**``, links, HTML and formulas
never become formatting. :func:`blocks` gives the structure for other renderers (the report).
:func:`unsupported` names what the writer probably meant as formatting (a heading, a table, HTML,
a numbered list), so the check can say so instead of silently showing it as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.text import literal

_BULLET = re.compile(r"^\s{0,3}[-*]\s+(.*)$")
_UNSUPPORTED = (
    ("heading", re.compile(r"^\s{0,3}#{1,6}\s")),
    ("numbered", re.compile(r"^\s{0,3}\d+[.)]\s")),
    ("table", re.compile(r"^\s*\|.*\|\s*$")),
    ("html", re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")),
)


@dataclass(frozen=True)
class Block:
    """A paragraph (``items`` has one text) or a bullet list (one text per item)."""

    kind: str  # "paragraph" | "list"
    items: tuple[str, ...]


def blocks(text: str | None) -> list[Block]:
    """The paragraphs and lists of ``text``, in order; lines of a paragraph joined by a space."""
    out: list[Block] = []
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            out.append(Block("paragraph", (" ".join(para),)))
            para.clear()
        if items:
            out.append(Block("list", tuple(items)))
            items.clear()

    for raw in (text or "").replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        bullet = _BULLET.match(raw)
        if not line:
            flush()
        elif bullet:
            if para:
                flush()
            items.append(bullet.group(1).strip())
        elif items and raw[:1].isspace():
            items[-1] = f"{items[-1]} {line}"
        else:
            if items:
                flush()
            para.append(line)
    flush()
    return out


def to_markdown(text: str | None) -> str:
    """``text`` as Markdown for ``st.markdown``: paragraphs and bullet lists, every other
    character escaped (shown as typed)."""
    parts = []
    for block in blocks(text):
        if block.kind == "paragraph":
            parts.append(literal(block.items[0]))
        else:
            parts.append("\n".join(f"- {literal(item)}" for item in block.items))
    return "\n\n".join(parts)


def to_plain(text: str | None) -> str:
    """``text`` as plain text: paragraphs separated by a blank line, list items with a bullet."""
    parts = []
    for block in blocks(text):
        parts.append(block.items[0] if block.kind == "paragraph"
                     else "\n".join(f"• {item}" for item in block.items))
    return "\n\n".join(parts)


def unsupported(text: str | None) -> list[tuple[int, str]]:
    """(line within the text, 1-based; kind) for each line with formatting Markdown-lite does
    not support: a heading, a numbered list, a table or HTML."""
    found = []
    for n, line in enumerate((text or "").replace("\r\n", "\n").split("\n"), start=1):
        for kind, pattern in _UNSUPPORTED:
            if pattern.search(line):
                found.append((n, kind))
                break
    return found
