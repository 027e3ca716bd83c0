"""What a status leaves out, as numbers the words need (issue 15): for the pages and the report.

:func:`note_details` adds to results rows (rules version 2) the columns that
``monitor.narrative.status_text`` reads: how many days after its planned date a milestone was
achieved (``status_note`` late), how many quarters in a row the target has held and how many it
must hold (``not_held``), and the minimum number of values and coverage a status needs (why a row
with a value is 'onvoldoende gegevens'). The rules themselves are the engine's
(``monitor.compute.trajectory``): the quarters a target must hold and the milestone's planned date
come from its :func:`~monitor.compute.trajectory.indicator_constants`.
"""

from __future__ import annotations

import polars as pl

from monitor.compute.trajectory import indicator_constants
from monitor.config import SETTINGS_BY_KEY, Config
from monitor.definitions import Definitions

DETAILS = ("late_days", "planned_date", "held", "hold", "min_n", "min_coverage")
_KEY = ("indicator", "breakdown", "group")


def _setting(config: Config | None, key: str) -> object:
    """The setting ``key`` of ``config``; its built-in default without a config."""
    return SETTINGS_BY_KEY[key].default if config is None else config[key]


def note_details(rows: pl.DataFrame, defs: Definitions, config: Config | None) -> pl.DataFrame:
    """``rows`` (results columns, rules version 2) with the columns of :data:`DETAILS`, in the
    same order. ``held`` counts the quarters in a row up to each row in which the final target is
    met, so ``rows`` must hold every earlier quarter of a series whose ``not_held`` rows are to be
    explained (filter to a quarter afterwards). ``config``: the settings the results were computed
    with (None: the built-in defaults). Rows of results without ``status_note`` (rules version 1)
    are returned as they are."""
    if "status_note" not in rows.columns:
        return rows
    rows = rows.drop(DETAILS, strict=False)  # details of details: made again
    ids = set(rows["indicator"].unique().to_list())
    indicators = [i for a in defs.actions for i in a.spec.indicators if i.id in ids]
    settings = {k: _setting(config, f"compute.{k}") for k in ("forecast_min_points", "flow_achieved_for")}
    consts, _ = indicator_constants(indicators, [], defs.measures, defs.relations, settings)
    consts = consts.select("indicator", "up", "hold", "planned_date").with_columns(
        pl.Series("min_n", [i.min_n for i in indicators], dtype=pl.Int64))
    note = pl.col("status_note")
    value, target = pl.col("value"), pl.col("final_target")
    met = (pl.when(pl.col("up")).then(value >= target).otherwise(value <= target)
           .fill_null(False).cast(pl.Int64))
    # quarters in a row (this one included) in which the target is met, per series
    total = met.cum_sum().over(_KEY, order_by="period")
    since = (pl.when(met == 0).then(total).otherwise(None)
             .forward_fill().over(_KEY, order_by="period").fill_null(0))
    out = (rows.with_row_index("_row")
           .join(consts, on="indicator", how="left")
           .with_columns((total - since).alias("_held"))
           .with_columns(
               pl.when(note == "late").then((pl.col("achieved_date") - pl.col("planned_date"))
                                            .dt.total_days()).alias("late_days"),
               pl.when(note == "late").then(pl.col("planned_date")).alias("planned_date"),
               pl.when(note == "not_held").then(pl.col("_held")).alias("held"),
               pl.when(note == "not_held").then(pl.col("hold")).alias("hold"),
               pl.lit(float(_setting(config, "status.min_coverage"))).alias("min_coverage"))
           .sort("_row"))
    return out.select(*rows.columns, *DETAILS)
