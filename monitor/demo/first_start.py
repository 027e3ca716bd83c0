"""The dashboard's start: open the runtime and, in demo mode, fill an empty database with demo
data (the first run on a fresh machine), with a short notice of what was made for the person who
started it (no server path: a reader of the page has no use for it)."""

from __future__ import annotations

from pathlib import Path

from monitor.periods import Quarter
from monitor.runtime import Runtime, open_runtime
from monitor.text import Number, Text


def first_start(
    db: str | Path | None = None, config_path: str | Path | None = None
) -> tuple[Runtime, Text | None]:
    """Open everything; when the database has no submissions yet, build the demo data.
    Returns the runtime and, when demo data was just created, what to say about it (in the
    reader's language)."""
    rt = open_runtime(db, config_path)
    if rt.has_data() or rt.environment != "demo":  # never fake data in production
        return rt, None
    from monitor.demo import build_demo

    summary = build_demo(rt.store, rt.context())
    return rt, Text("overview.demo_created", first=_quarter(summary.first),
                    last=_quarter(summary.last), submissions=Number(summary.submissions, 0),
                    late=Number(summary.late, 0), corrections=Number(summary.corrections, 0))


def _quarter(period: str) -> Text:
    q = Quarter.parse(period)
    return Text("quarter.label", year=q.year, q=q.q)
