"""The report's words (issue 18) as the PDF template's JSON: an action's statement, judgement
and milestones, and the annexes 1A and 1B. Every text stays a string; the template places it
as text, never as Typst markup."""

from __future__ import annotations

from collections.abc import Callable

from monitor.reports.model import ReportData, Table, Words
from monitor.text import t

TableJson = Callable[..., dict]  # ``pdf._table``: (table, widths=None) -> the template's table


def words_json(w: Words | None, lang: str, table: TableJson) -> dict | None:
    """An action's words for the template (paragraphs and lists as strings)."""
    if w is None:
        return None
    return {
        "heading": w.heading, "missing": w.missing, "judgement": w.judgement, "differs": w.differs,
        "reason": w.reason, "reason_label": t("report.words.reason", lang),
        "parts": [{"title": p.title, "blocks": [{"kind": b.kind, "items": list(b.items)}
                                                for b in p.blocks]} for p in w.parts],
        "milestones_heading": w.milestones_heading,
        "milestones": table(w.milestones) if w.milestones is not None else None,
        "no_milestones": w.no_milestones,
    }


def commitments_json(data: ReportData, table: TableJson) -> list[dict]:
    """Annexes 1A and 1B for the template, with their column widths."""
    out = []
    for c in data.commitments:
        body: Table | None = c.table
        out.append({"title": c.title, "intro": c.intro,
                    "table": table(body, list(c.widths) or None) if body is not None else None})
    return out
