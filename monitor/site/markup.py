"""The small pieces of HTML every page uses: escaping, a link, a status badge (icon and word on
the status's colours, never colour alone), a table in a scrollable region, paragraphs and
lists. Every text that comes from outside (definitions, statements) is escaped here."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from monitor.charts.status import STATUS_STYLES


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text))


def a(href: str, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def badge(status: str | None, words: str) -> str:
    """``words`` (already with the status's icon) on the colours of ``status``."""
    style = STATUS_STYLES.get(status or "onvoldoende")
    if style is None:
        return esc(words)
    return (f'<span class="badge" data-status="{esc(style.status)}" '
            f'style="background:{style.fill};color:{style.fill_text}">{esc(words)}</span>')


def para(text: str, cls: str = "") -> str:
    if not text:
        return ""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{esc(text)}</p>"


def bullets(items: Iterable[str]) -> str:
    shown = [i for i in items if i]
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in shown) + "</ul>" if shown else ""


def table(header: Sequence[str], rows: Iterable[Sequence[str]], caption: str, *,
          numeric: Iterable[int] = (), raw: Iterable[int] = (), label: str | None = None) -> str:
    """A table in a region that scrolls sideways on a phone (and can be reached by Tab). Column
    ``numeric`` indexes are aligned right; ``raw`` ones hold markup already escaped; the first
    cell of a row is its header."""
    numeric, raw = set(numeric), set(raw)

    def cell(i: int, value: str) -> str:
        body = value if i in raw else esc(value)
        if i == 0:
            return f'<th scope="row">{body}</th>'
        return f'<td class="num">{body}</td>' if i in numeric else f"<td>{body}</td>"

    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(cell(i, v) for i, v in enumerate(r)) + "</tr>" for r in rows)
    return (f'<div class="scroll" role="region" tabindex="0" aria-label="{esc(label or caption)}">'
            f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></div>")


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """A definition list of (term, text) pairs, empty texts left out."""
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs if v)
    return f'<dl class="facts">{items}</dl>' if items else ""
