"""One action: its description, and per indicator the series, breakdowns, distribution and map."""

from __future__ import annotations

import polars as pl

from monitor.compute.notes import DETAILS, note_details
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator


def action_info(defs: Definitions, register: pl.DataFrame, action_id: str, lang: str) -> dict:
    a = next(x for x in defs.actions if x.id == action_id).spec.action
    names = dict(zip(register["code"], register["naam"], strict=True))
    return {
        "id": a.id, "line": a.line, "title": a.title.get(lang),
        "description": a.description.get(lang), "owner": a.owner,
        "owner_name": names.get(a.owner, a.owner), "start": str(a.start), "end": str(a.end),
    }


def indicators_of(defs: Definitions, action_id: str) -> list[Indicator]:
    return list(next(x for x in defs.actions if x.id == action_id).spec.indicators)


def series(results: pl.DataFrame, indicator_id: str, breakdown: str = "national",
           until: str | None = None) -> pl.DataFrame:
    rows = results.filter((pl.col("indicator") == indicator_id)
                          & (pl.col("breakdown") == breakdown))
    if until:
        rows = rows.filter(pl.col("period") <= until)
    return rows.sort("group", "period")


def at_period(results: pl.DataFrame, indicator_id: str, breakdown: str, period: str) -> pl.DataFrame:
    return results.filter((pl.col("indicator") == indicator_id) & (pl.col("breakdown") == breakdown)
                          & (pl.col("period") == period))


def organisation_values(results: pl.DataFrame, register: pl.DataFrame, indicator_id: str,
                        period: str, defs: Definitions | None = None,
                        config: Config | None = None) -> pl.DataFrame:
    """Per organisation: code, name, type, provincie, value, reported, status (for the
    distribution, the map and the table); with results of rules version 2 also ``carried``
    (whether the value was carried forward from an earlier quarter) and, with ``defs`` and
    ``config``, what a status leaves out (``monitor.compute.notes.note_details``)."""
    rows = at_period(results, indicator_id, "organisation", period)
    extra: list[str] = []
    if defs is not None and config is not None and "status_note" in rows.columns:
        rows = note_details(series(results, indicator_id, "organisation", until=period),
                            defs, config).filter(pl.col("period") == period)
        extra = ["status_note", "n", "coverage", *DETAILS]
    if "carried" in rows.columns:
        rows = rows.with_columns((pl.col("carried") > 0).alias("carried"))
    shown = ["value", "reported", *(["carried"] if "carried" in rows.columns else []), "status"]
    rows = rows.select(pl.col("group").alias("code"), *shown, *extra)
    return (rows.join(register.select("code", pl.col("naam").alias("name"), "type", "provincie"),
                      on="code", how="left")
            .select("code", "name", "type", "provincie", *shown, *extra)
            .sort("code"))


def map_level(defs: Definitions, indicator: Indicator) -> str | None:
    """Which boundaries fit: 'gemeente' or 'provincie' when those report per organisation."""
    if "organisation" not in indicator.breakdowns:
        return None
    covers = defs.covers(indicator)
    for level in ("gemeente", "provincie"):
        if level in covers:
            return level
    return None
