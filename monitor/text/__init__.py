"""The text layer: every text a reader sees, in Dutch and English, from one place.

- :func:`t` / :func:`tm` (Markdown-safe) over the catalogues of ``monitor.text.catalogue``, with
  plural forms chosen by ``count``; :class:`Text` for a text rendered later in the reader's
  language (errors, problems);
- ``monitor.text.format``: numbers, dates, quarters, a value with its unit, coverage;
- :func:`literal`: text from users and files shown as typed where Markdown is read.

Framework-free and at the bottom of the layers: it imports nothing else from the monitor.
"""

from __future__ import annotations

from monitor.text.core import (
    LANGS,
    Joined,
    Lang,
    Listed,
    Localized,
    Number,
    Span,
    Text,
    check_language,
    has,
    index,
    t,
    tm,
)
from monitor.text.edition import as_made, first_edition
from monitor.text.format import (
    DASH,
    coverage_text,
    day,
    declared,
    listed,
    moment,
    month,
    number,
    percent,
    quarter,
    unit_text,
    value_text,
)
from monitor.text.markdown import literal

__all__ = [
    "DASH",
    "LANGS",
    "Joined",
    "Lang",
    "Listed",
    "Localized",
    "Number",
    "Span",
    "Text",
    "as_made",
    "check_language",
    "coverage_text",
    "day",
    "declared",
    "first_edition",
    "has",
    "index",
    "listed",
    "literal",
    "moment",
    "month",
    "number",
    "percent",
    "quarter",
    "t",
    "tm",
    "unit_text",
    "value_text",
]
