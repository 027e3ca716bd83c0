"""Text from users, links and files shown as typed in elements that read Markdown."""

from __future__ import annotations

import re

PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def literal(text: object) -> str:
    """``text`` for Streamlit elements that read Markdown (title, caption, write, markdown): every
    ASCII punctuation character backslash-escaped, which CommonMark always shows as itself. A name
    or note such as ``**x**``, ``[a](javascript:...)``, ``<img onerror=...>``, ``:red[x]`` or
    ``$x$`` is then shown as typed, never as formatting, a link, HTML or a formula."""
    return PUNCTUATION.sub(r"\\\1", str(text))
