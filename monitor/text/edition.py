"""Which texts an export of a snapshot follows, so a figure that was sent stays the figure that
was sent: everything made from a snapshot computed under rules version 1 (before issue 15) is
byte-identical to what was exported then (tests/snapshots/test_rules_v1.py).

The texts changed since in one way that reaches such an export through shared code (charts,
tables, the report): a unit is now shown in the reader's language (``weken`` / ``weeks``); then
it was shown as declared in both. An export of a snapshot runs inside :func:`as_made` with the
snapshot's rules version; :func:`monitor.text.format.unit_text` reads it. The generated sentence
about an indicator changed too (issue 17: a form that is grammatical whatever the title's number);
:func:`first_edition` tells ``monitor.narrative.sentence`` to say it as a version-1 report did.
Everything else that differs per version is chosen from the data (``monitor.compute.describe``,
``monitor.narrative``) or by the report's edition (``monitor.reports.edition1``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_UNITS_AS_DECLARED: ContextVar[bool] = ContextVar("units_as_declared", default=False)


@contextmanager
def as_made(rules_version: int) -> Iterator[None]:
    """Texts as an export under ``rules_version`` showed them (version 1: units as declared)."""
    token = _UNITS_AS_DECLARED.set(rules_version < 2)
    try:
        yield
    finally:
        _UNITS_AS_DECLARED.reset(token)


def units_as_declared() -> bool:
    """Whether units are shown as declared (inside :func:`as_made` of a version-1 snapshot)."""
    return _UNITS_AS_DECLARED.get()


def first_edition() -> bool:
    """Whether an export of a version-1 snapshot is being made (inside :func:`as_made` of rules
    version 1): its generated sentences are said as that report said them."""
    return _UNITS_AS_DECLARED.get()
