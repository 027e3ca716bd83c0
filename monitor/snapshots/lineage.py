"""Lineage of one indicator value: which submitted values, from which submissions, fed it.

For the live view the values in effect (``current_values``) are used with the given definitions;
for a snapshot its frozen values, register and definitions. Indicators that look back
(``cumulative``, ``milestone``: every value at or before the quarter; ``latest`` and
``missing: carry_forward`` for every other kind, a ratio included: each organisation's last
reported quarter at or before the quarter, no older than the indicator's ``max_carry``, as the
engine carries them, see ``monitor.compute.rules``) include the earlier quarters' submissions;
other indicators use exactly the quarter.
"""

from __future__ import annotations

import polars as pl

from monitor.compute.rules import DEFAULT_MAX_CARRY, max_carry
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.errors import UsageError
from monitor.periods import Quarter
from monitor.snapshots.frozen import frozen_definitions, read_files, read_meta
from monitor.snapshots.text import with_value_text
from monitor.store import Store
from monitor.text import Text

COLUMNS = ["organisation", "measure", "period", "value", "state", "num", "submission_id", "version",
           "submitted_by", "received_at", "file_name", "definition_sha256"]


def lookback(ind: Indicator) -> str:
    """How far back the values of ``ind`` reach: ``quarter``, ``latest`` or ``all``."""
    if ind.carries:
        return "latest"
    if ind.compute.kind in ("cumulative", "milestone"):
        return "all"
    return "quarter"


def lineage(
    store: Store,
    indicator_id: str,
    period: str | Quarter,
    *,
    snapshot_id: int | None = None,
    defs: Definitions | None = None,
    max_carry_default: int = DEFAULT_MAX_CARRY,
) -> pl.DataFrame:
    """The values (with their submissions) that feed ``indicator_id`` in ``period``: organisation,
    measure, period, value (as text), state, num, submission id and version, submitted_by,
    received_at, file_name, and the sha256 of the definition file. With ``snapshot_id`` the
    snapshot's frozen values and definitions are used (``defs`` is then not needed); otherwise the
    live values with ``defs``."""
    q = str(Quarter.parse(period))
    if snapshot_id is not None:
        with store.read() as con:
            meta = read_meta(con, snapshot_id)
            files = read_files(con, meta["id"])
        used = frozen_definitions(files)
        if q > meta["until_period"]:
            raise UsageError(Text("error.lineage.until", id=meta["id"], until=meta["until_period"],
                                  quarter=q))
        shas = dict(files.select("action", "sha256").iter_rows())
        values = f"(SELECT * FROM snapshot_values WHERE snapshot_id = {int(meta['id'])})"
        orgs = f"(SELECT * FROM snapshot_organisations WHERE snapshot_id = {int(meta['id'])})"
        where = Text("error.lineage.where.snapshot", id=meta["id"])
        # the frozen setting; a snapshot from before it was frozen: its declared default, as in
        # frozen_config (never the live value, which may have changed since)
        max_carry_default = int(meta["settings"].get("compute.max_carry_quarters", DEFAULT_MAX_CARRY))
    else:
        if defs is None:
            raise UsageError("lineage of a live value needs the definitions")
        used, values, orgs = defs, "current_values", "organisations"
        where = Text("error.lineage.where.live")
        shas = {a.id: a.sha256 for a in defs.actions}
    ind = used.indicators.get(indicator_id)
    if ind is None:
        raise UsageError(Text("error.lineage.unknown", id=indicator_id, where=where))
    measures = used.measures
    restrict = sorted({o for m in ind.compute.measures() for o in measures[m].organisations or []})
    # latest: the organisation's last reported quarter for the measure(s) (for a ratio one
    # quarter for both parts: the engine carries the pair), not older than max_carry quarters
    oldest = str(Quarter.parse(q) - (max_carry(ind, max_carry_default) or 0))
    extra = {"quarter": "AND v.period = $period",
             "latest": "AND v.period >= $oldest QUALIFY dense_rank() OVER (PARTITION BY "
                       "v.organisation ORDER BY v.period DESC) = 1",
             "all": ""}[lookback(ind)]
    frame = store.query(f"""
        SELECT v.organisation, v.measure, v.period, v.state, v.num, v.txt, v.submission_id, v.version,
               s.submitted_by, s.received_at, s.file_name
        FROM {values} v
        JOIN {orgs} o ON o.code = v.organisation
        LEFT JOIN submissions s ON s.id = v.submission_id
        WHERE list_contains($measures::VARCHAR[], v.measure) AND v.period <= $period
          AND list_contains($types::VARCHAR[], o.type)
          AND ($orgs::VARCHAR[] IS NULL OR list_contains($orgs::VARCHAR[], o.code))
        {extra}
        ORDER BY v.organisation, v.measure, v.period""",
        {"measures": ind.compute.measures(), "period": q, "types": used.covers(ind),
         "orgs": restrict or None, **({"oldest": oldest} if lookback(ind) == "latest" else {})})
    frame = with_value_text(frame, {m.id: m.type for m in measures.values()})
    sha = shas[used.action_of(indicator_id).id]
    return frame.with_columns(pl.lit(sha).alias("definition_sha256")).select(COLUMNS)
