"""Why a row has no forecast, in the words of the report (``monitor.narrative.forecast_reason``),
as a column for the Actie page's tables. The numbers behind a status note are
``monitor.compute.notes.note_details``."""

from __future__ import annotations

import polars as pl

from monitor.definitions.model import Indicator
from monitor.frames import each
from monitor.narrative import forecast_reason


def forecast_words(rows: pl.DataFrame, lang: str, ind: Indicator | None = None) -> pl.DataFrame:
    """``forecast_note`` of ``ind``'s rows in words (``monitor.narrative.forecast_reason``, the
    report's sentences): why a row has no forecast, or that it was bounded; empty text where there
    is nothing to say."""
    if "forecast_note" not in rows.columns:
        return rows
    return rows.with_columns(each(rows, "forecast_note", lambda note: forecast_reason(note, lang, ind),
                                  skip_nulls=False))
