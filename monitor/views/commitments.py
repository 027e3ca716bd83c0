"""Data for the Toezeggingen page and ``monitor commitments list``: the Kamer's commitments and
motions with their linked actions, filtered, overdue ones first; in words for readers."""

from __future__ import annotations

from datetime import date

import polars as pl

from monitor.commitments.odata import FileProblem
from monitor.commitments.status import COMPLETED, OPEN, STATUSES, status_key
from monitor.commitments.store import current_commitments, linked_actions
from monitor.commitments.suggest import Suggestion, action_keywords, suggest_actions
from monitor.errors import UsageError
from monitor.frames import each
from monitor.runtime import Runtime
from monitor.text import DASH, Text, day, t
from monitor.textsafe import excel_csv

# the columns of the list, in order (machine names; ``shown`` renames them for readers)
COLUMNS = ("number", "status", "overdue", "due", "text", "actions", "kind", "person", "function",
           "ministry", "created", "completed", "completed_letter", "id")
# the columns the page shows (cells wrap, every column in view at 1 280 px); the download keeps all
ON_PAGE = ("number", "kind", "status", "overdue", "due", "completed", "text", "actions", "ministry")
# the status filter: a status of the Kamer, or a group
GROUPS = {"open": OPEN, "completed": COMPLETED}


def statuses(value: str | None) -> tuple[str, ...] | None:
    """The statuses a filter value means (case-insensitive status, or 'open'/'completed');
    None: every status. An unknown value is a UsageError naming the known ones."""
    if not value:
        return None
    if value.lower() in GROUPS:
        return GROUPS[value.lower()]
    for s in STATUSES:
        if s.lower() == value.strip().lower():
            return (s,)
    raise UsageError(Text("commitments.error.status", value=value,
                          known=", ".join((*STATUSES, *GROUPS))))


def list_commitments(rt: Runtime, *, status: str | tuple[str, ...] | None = None,
                     action: str | None = None, ministry: str | None = None,
                     overdue: bool = False, today: date | None = None) -> pl.DataFrame:
    """The commitments (columns :data:`COLUMNS`; ``actions`` the linked action ids joined with
    ', '; ``overdue``: open and its due date passed ``today``), overdue ones first, then by
    expected completion and number."""
    today = today or date.today()
    frame = current_commitments(rt.store)
    wanted = statuses(status) if isinstance(status, str) else status
    if wanted:
        frame = frame.filter(pl.col("status").is_in(wanted))
    if action:
        frame = frame.filter(pl.col("actions").list.contains(action.strip().lower()))
    if ministry:
        frame = frame.filter(pl.col("ministry") == ministry)
    frame = frame.with_columns(
        (pl.col("status").is_in(OPEN) & pl.col("due").is_not_null() & (pl.col("due") < today))
        .alias("overdue"),
        pl.col("actions").list.join(", "))
    if overdue:
        frame = frame.filter(pl.col("overdue"))
    return frame.sort(["overdue", "due", "number"], descending=[True, False, False],
                      nulls_last=True).select(COLUMNS)


def shown(frame: pl.DataFrame, lang: str = "nl",
          columns: tuple[str, ...] = COLUMNS) -> pl.DataFrame:
    """The list as readers see it: status and kind in words, 'te laat' in words (never a colour
    alone), dates as 28-11-2026, column headers in ``lang``; ``columns`` (of :data:`COLUMNS`,
    ``id`` never shown) in that order."""
    words = {s: t(status_key(s), lang) for s in STATUSES}
    kinds = {k: t(f"commitments.kind.{k}", lang) for k in ("toezegging", "motie")}
    late = t("commitments.overdue", lang)
    dates = [each(frame, c, lambda d: day(d, lang), skip_nulls=False)
             for c in ("due", "completed", "created")]
    out = frame.with_columns(pl.col(pl.String).fill_null(DASH).replace("", DASH)).with_columns(
        pl.col("status").replace_strict(words, default=pl.col("status"), return_dtype=pl.String),
        pl.col("kind").replace_strict(kinds, default=pl.col("kind"), return_dtype=pl.String),
        pl.when(pl.col("overdue")).then(pl.lit(late)).otherwise(pl.lit("")).alias("overdue"),
        *dates)
    keep = [c for c in columns if c != "id"]
    return out.select(keep).rename({c: t(f"commitments.col.{c}", lang) for c in keep})


def commitments_csv(frame: pl.DataFrame, lang: str = "nl") -> bytes:
    """The list (as :func:`shown`) as CSV for Dutch Excel."""
    return excel_csv(shown(frame, lang))


def ministries(rt: Runtime) -> list[str]:
    """The ministries named by the commitments, sorted."""
    return sorted({m for m in current_commitments(rt.store)["ministry"].to_list() if m})


def choice_label(row: dict, width: int = 90) -> str:
    """'TZ202305-123 · De minister zegt toe ...' (shortened) for a select box."""
    text = " ".join(str(row["text"]).split())
    return f"{row['number']} · {text[:width]}{'…' if len(text) > width else ''}"


def suggestions(rt: Runtime, commitment_id: str, text: str) -> list[Suggestion]:
    """The actions the text suggests, leaving out those it is linked to already."""
    return suggest_actions(text, action_keywords(rt.defs),
                           exclude=tuple(linked_actions(rt.store, commitment_id)))


def suggestion_line(found: list[Suggestion], lang: str = "nl") -> str:
    """'voorgesteld: a04 (stelselcatalogus, datastelsel); a06 (open data)', or that there is none."""
    if not found:
        return t("commitments.suggested.none", lang)
    return t("commitments.suggested.line", lang,
             items="; ".join(s.text().render(lang) for s in found))


def problems_table(problems: list[FileProblem], lang: str = "nl") -> pl.DataFrame:
    """The problems of a file as a table: record, field, problem (headers in ``lang``)."""
    frame = pl.DataFrame([p.as_row(lang) for p in problems],
                         schema={"record": pl.Int64, "field": pl.String, "problem": pl.String})
    return frame.rename({c: t(f"commitments.col.{c}", lang) for c in frame.columns})
