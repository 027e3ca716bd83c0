"""An organisation's earlier submissions as a reader reads them (the table on Aanleveren and
Organisatie): on time in words ('ja', 'te laat'; a dash for a rejected file, to which it does not
apply), what a submission did in one column ('21 nieuw, 3 gewijzigd'; '4 fouten'), and a long
file name shortened in the middle so that every column stays in view at 1 280 px. The table's
download keeps every count and the full file name."""

from __future__ import annotations

import polars as pl

from monitor.frames import each, each_row
from monitor.text import DASH, t

FILE_CHARS = 24  # a file name longer than this is shortened in the middle (the extension stays)
COUNTS = ("new_count", "changed_count", "unchanged_count", "error_count")
# the columns the page shows, in this order (the download has the history's own columns)
SHOWN = ("received_at", "period", "status", "on_time", "result", "file_name", "id", "submitted_by")


def short_name(name: str | None, limit: int = FILE_CHARS) -> str | None:
    """``name`` if it has at most ``limit`` characters, otherwise its start and end with '…'
    between them ('Aanlevering IBDS Am…v2.xlsx'): the extension and version stay readable."""
    if name is None or len(name) <= limit:
        return name
    tail = max(limit // 3, 1)
    return f"{name[:limit - tail - 1]}…{name[-tail:]}"


def on_time_words(on_time: bool | None, lang: str) -> str:
    """'ja', 'te laat', or a dash (a rejected attempt: timeliness does not apply)."""
    if on_time is None:
        return DASH
    return t("history.on_time.yes" if on_time else "history.on_time.late", lang)


def result_text(row: dict, lang: str) -> str:
    """What one submission did: '21 nieuw', '3 gewijzigd', '2 nieuw, 1 gewijzigd'; the unchanged
    values only when nothing changed ('21 ongewijzigd'), 'geen waarden' for none; a rejected
    attempt its errors ('1 fout', '4 fouten')."""
    if row.get("status") == "rejected":
        return t("history.result.errors", lang, count=int(row.get("error_count") or 0))
    parts = [t(f"history.result.{kind}", lang, count=int(row[f"{kind}_count"]))
             for kind in ("new", "changed") if row.get(f"{kind}_count")]
    if not parts and row.get("unchanged_count"):
        parts = [t("history.result.unchanged", lang, count=int(row["unchanged_count"]))]
    return ", ".join(parts) or t("history.result.nothing", lang)


def _on_time(history: pl.DataFrame, lang: str) -> pl.Series:
    return each(history, "on_time", lambda v: on_time_words(v, lang), skip_nulls=False)


def history_download(history: pl.DataFrame, lang: str) -> pl.DataFrame:
    """``history`` for its download: every column and count, the full file name, ``on_time`` in
    words."""
    return history.with_columns(_on_time(history, lang))


def history_shown(history: pl.DataFrame, lang: str) -> pl.DataFrame:
    """``history`` (``monitor.intake.history.submission_history``) with the columns of
    :data:`SHOWN`: ``on_time`` and ``result`` as words in ``lang``, ``file_name`` shortened,
    ``id`` (as text) only for accepted submissions (the number 'Opgeslagen als inzending 6546' names). The
    stored codes (``status``, ``period``, ``received_at``) stay as they are, for the page's
    ``in_words``."""
    return history.with_columns(
        _on_time(history, lang),
        each_row(history, ("status", *COUNTS), lambda r: result_text(r, lang), name="result"),
        each(history, "file_name", short_name),
        # a rejected attempt's number is of another series, which no page names: a dash
        pl.when(pl.col("status") == "accepted").then(pl.col("id").cast(pl.String))
        .otherwise(pl.lit(DASH)).alias("id"),
    ).select(SHOWN)
