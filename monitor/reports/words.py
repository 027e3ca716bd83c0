"""The report's words (edition 2, issue 18): per action the approved statement of the report's
quarter with the owner's judgement beside the computed status and the milestone table, and the
annexes 1A and 1B with the Kamer's commitments and motions.

Everything comes from the export source (``ExportSource.statements`` and ``.commitments``): for
a snapshot its frozen tables, so a snapshot's report stays the same whatever is approved later.
Texts stay text: the writers place them as strings (Typst) or runs (Word), never as markup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import polars as pl

from monitor.charts import status_style
from monitor.definitions.model import ActionFile
from monitor.milestones import late_text, milestone_rows, planned_text, status_text
from monitor.publication.source import ExportSource
from monitor.reports.model import CommitmentAnnex, StatementPart, Table, TextBlock, Words
from monitor.statements import Published
from monitor.statements.markup import blocks
from monitor.statements.model import TEXT_FIELDS
from monitor.statements.status import differs
from monitor.text import day, quarter, t

MILESTONE_COLUMNS = ("title", "planned", "status", "realised", "late")
ANNEX_1A = ("number", "kind", "text", "person", "completed", "completed_letter", "actions")
ANNEX_1B = ("number", "kind", "text", "person", "status", "due", "actions")
# column widths in the PDF ("auto": as wide as the content; numbers: shares of the rest): the
# commitment's text gets the room, a number or kind is never broken
WIDTHS: dict[tuple[str, ...], tuple[str | float, ...]] = {
    ANNEX_1A: ("auto", "auto", 4.0, 1.3, "auto", 1.4, "auto"),
    ANNEX_1B: ("auto", "auto", 3.6, 1.3, 1.1, 1.6, "auto")}


def milestone_reports(statements: Iterable[Published]) -> dict[str, dict[str, dict]]:
    """Per action, per quarter: the milestone reports of the approved statements."""
    out: dict[str, dict[str, dict]] = {}
    for s in statements:
        out.setdefault(s.action, {})[s.period] = dict(s.milestones or {})
    return out


def milestone_table(spec: ActionFile, reports: Mapping[str, Mapping], as_of: date,
                    lang: str) -> Table | None:
    """The action's milestones as of ``as_of`` (milestone, planned, state, realised, late in
    words), or None when it declares none."""
    rows = milestone_rows(spec, reports, as_of, lang)
    if not rows:
        return None
    body = [[r["title"], planned_text(r, lang), status_text(r["status"], lang),
             day(r["realised"], lang) if r["realised"] else "–", late_text(r, lang)] for r in rows]
    return Table([t(f"milestones.col.{c}", lang) for c in MILESTONE_COLUMNS], body,
                 t("report.words.milestones_caption", lang, action=spec.action.id.upper(),
                   day=day(as_of, lang)))


def action_words(source: ExportSource, spec: ActionFile, computed: str | None, lang: str,
                 reports: Mapping[str, Mapping]) -> Words:
    """What the report says in words about one action in the quarter ``source.until``."""
    action = spec.action.id
    [pub] = [s for s in source.statements if s.action == action and s.period == source.until] or [None]
    table = milestone_table(spec, reports, source.peildatum, lang)
    common = {
        "heading": t("report.words.heading", lang),
        "milestones_heading": t("report.words.milestones", lang),
        "milestones": table,
        "no_milestones": "" if table is not None else t("report.words.no_milestones", lang),
    }
    if pub is None:
        return Words(judgement="", missing=t("report.words.missing", lang,
                                             quarter=quarter(source.until, lang)), **common)
    style = status_style(computed or "onvoldoende")
    judgement = t("report.words.judgement", lang,
                  judgement=t(f"statement.judgement.{pub.judgement}", lang) if pub.judgement
                  else t("statement.page.no_judgement", lang),
                  status=style.badge(lang) if style else "–")
    parts = [StatementPart(t(f"statement.field.{name}", lang),
                           [TextBlock(b.kind, b.items) for b in blocks(pub.texts.get(name))])
             for name in TEXT_FIELDS if (pub.texts.get(name) or "").strip()]
    return Words(judgement=judgement,
                 differs=t("report.words.differs", lang) if differs(pub.judgement, computed) else "",
                 reason=(pub.reason or "").strip(), parts=parts, **common)


def _cell(row: Mapping, column: str, as_of: date, lang: str) -> str:
    value = row.get(column)
    if column == "kind":
        return t(f"commitments.kind.{value}", lang)
    if column == "status":
        from monitor.commitments.status import status_key

        return t(status_key(value), lang)
    if column == "completed":
        return day(value, lang) if value else "–"
    if column == "due":  # the expected completion, overdue in words
        if value is None:
            return t("report.annex.no_due", lang)
        return f"{day(value, lang)} · " + (
            t("report.annex.overdue", lang, count=(as_of - value).days) if value < as_of
            else t("report.annex.on_time", lang))
    if column == "actions":
        return ", ".join(a.upper() for a in value or []) or "–"
    return str(value) if value else "–"


def _annex_table(frame: pl.DataFrame, columns: tuple[str, ...], caption: str, as_of: date,
                 lang: str) -> Table:
    header = [t(f"commitments.col.{c}", lang) for c in columns]
    rows = [[_cell(r, c, as_of, lang) for c in columns] for r in frame.iter_rows(named=True)]
    return Table(header, rows, caption)


def commitment_annexes(source: ExportSource, lang: str) -> list[CommitmentAnnex]:
    """Annexes 1A (completed in the quarter) and 1B (open, overdue flagged in words); none when
    the source knows no commitments."""
    annexes = source.commitments
    if annexes is None:
        return []
    period, as_of = quarter(source.until, lang), source.peildatum
    done, still = annexes.completed, annexes.open
    late = still.filter(pl.col("due").is_not_null() & (pl.col("due") < as_of)).height
    one_a = CommitmentAnnex(
        t("report.annex_1a", lang),
        t("report.annex_1a.intro", lang, count=done.height, quarter=period) if done.height
        else t("report.annex_1a.none", lang, quarter=period),
        _annex_table(done, ANNEX_1A, t("report.annex_1a.caption", lang, quarter=period), as_of, lang)
        if done.height else None, WIDTHS[ANNEX_1A])
    one_b = CommitmentAnnex(
        t("report.annex_1b", lang),
        t("report.annex_1b.intro", lang, count=still.height, day=day(as_of, lang), overdue=late)
        if still.height else t("report.annex_1b.none", lang, day=day(as_of, lang)),
        _annex_table(still, ANNEX_1B, t("report.annex_1b.caption", lang, day=day(as_of, lang)),
                     as_of, lang) if still.height else None, WIDTHS[ANNEX_1B])
    return [one_a, one_b]
