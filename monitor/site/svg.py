"""A chart's SVG file (as the export writes it: ``monitor.exports.images``) made fit to sit
inline in a page among other charts: no XML prologue, a ``viewBox`` so that it scales to the
column's width, and every ``id`` prefixed so that two charts on one page never share one (a
clip path of the second chart would otherwise point at the first chart's). Deterministic."""

from __future__ import annotations

import re

_ID = re.compile(r'\bid="([^"]+)"')
_SVG_TAG = re.compile(r"<svg\b[^>]*>")
_SIZE = re.compile(r'\s(width|height)="([0-9.]+)(?:px)?"')
_CLASS = re.compile(r'\sclass="[^"]*"')


def _prefix_ids(text: str, prefix: str) -> str:
    ids = sorted(set(_ID.findall(text)), key=len, reverse=True)
    for old in ids:
        new = f"{prefix}-{old}"
        text = (text.replace(f'id="{old}"', f'id="{new}"')
                .replace(f"url(#{old})", f"url(#{new})")
                .replace(f"url('#{old}')", f"url(#{new})")
                .replace(f'url("#{old}")', f"url(#{new})")
                .replace(f'href="#{old}"', f'href="#{new}"'))
    return text


def _scalable(tag: str) -> str:
    """The opening tag with a viewBox from its width and height, and without them."""
    size = dict(_SIZE.findall(tag))
    if "viewBox" not in tag and {"width", "height"} <= size.keys():
        tag = tag.replace("<svg", f'<svg viewBox="0 0 {size["width"]} {size["height"]}"', 1)
    tag = _CLASS.sub("", _SIZE.sub("", tag))
    return tag.replace("<svg", '<svg class="chart" focusable="false"', 1)


def inline_svg(data: bytes, prefix: str) -> str:
    """The SVG ``data`` as markup to put in a page; ``prefix`` makes its ids unique there."""
    text = data.decode("utf-8")
    start = text.find("<svg")
    if start < 0:
        raise ValueError("not an SVG drawing")
    text = text[start:]
    match = _SVG_TAG.match(text)
    assert match is not None
    text = _scalable(match.group(0)) + text[match.end():]
    return _prefix_ids(text, re.sub(r"[^A-Za-z0-9_-]", "-", prefix)).strip()
