"""Checks between measures of one action (``checks:`` in an action file, e.g. a part may not
exceed its whole), per organisation and quarter, on the checked values of a file whichever path
checked it (a :class:`~monitor.intake.batch.Batch`). A value not in the file is taken from the
values in effect for that organisation and quarter; a relation with a side that has no number
(empty, n.v.t.) is not checked."""

from __future__ import annotations

import duckdb
import polars as pl

from monitor.intake.batch import Batch
from monitor.intake.core import Context
from monitor.intake.messages import detail, problem
from monitor.problems import Problem
from monitor.store import frame_table

CODES = {"at_most": "relation-at-most", "at_least": "relation-at-least", "equal": "relation-equal"}


def relation_problems(con: duckdb.DuckDBPyConnection, batch: Batch, ctx: Context
                      ) -> list[tuple[tuple[str, str], Problem]]:
    """Every violated check, as ((organisation, period), problem at the row of ``measure``; its
    message names both rows and measures), in row order."""
    relations = ctx.defs.relations
    if not relations or not len(batch):
        return []
    ids = {m for r in relations for m in (r.measure, r.other)}
    values = batch.values.filter(pl.col("measure").is_in(sorted(ids)))
    if values.is_empty():
        return []
    given: dict[tuple[str, str, str], tuple[float | None, int | None, str | None]] = {
        (o, p, m): (num if state == "value" else None, line, raw)
        for o, p, m, state, num, line, raw in values.select(
            "organisation", "period", "measure", "state", "num", "line", "raw").iter_rows()}
    earlier = _in_effect(con, values.select("organisation", "period").unique(), sorted(ids))
    found = []
    for (org, period, mid), (a, line, raw) in given.items():
        for rel in relations:
            if rel.measure != mid or a is None:
                continue
            key = (org, period, rel.other)
            if key in given:
                b, other_line, other_raw = given[key]
            elif key in earlier:
                b, other_line, other_raw = earlier[key], None, None
            else:
                continue
            if b is None or rel.holds(a, b):
                continue
            where = (detail("relation-row", row=other_line) if other_line is not None
                     else detail("relation-earlier"))
            found.append(((org, period), problem(
                CODES[rel.op], ctx.lang, value=raw, measure=mid, row=line,
                other_value=other_raw if other_raw is not None else float(b), other=rel.other,
                where=where, line=line, path="waarde", level=rel.level)))
    return sorted(found, key=lambda f: f[1].line or 0)


def _in_effect(con: duckdb.DuckDBPyConnection, keys: pl.DataFrame, measures: list[str]
               ) -> dict[tuple[str, str, str], float | None]:
    with frame_table(con, "relation_keys", keys):
        rows = con.execute(
            "SELECT organisation, period, measure, CASE WHEN state = 'value' THEN num END "
            "FROM current_values JOIN relation_keys USING (organisation, period) "
            "WHERE list_contains(?, measure)", [measures]).fetchall()
    return {(o, p, m): num for o, p, m, num in rows}
