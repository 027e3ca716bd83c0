"""The indicator definitions flattened into one row each: the input of both baselines (the SQL
floor and the pandas implementation), written from the README's "Computation and status"."""

from __future__ import annotations

import polars as pl

from monitor.compute.rules import DEFAULT_MAX_CARRY
from monitor.definitions import Definitions

SPEC_SCHEMA = {
    "indicator": pl.String,
    "kind": pl.String,
    "m1": pl.String,
    "m2": pl.String,
    "choice": pl.Boolean,  # the measure is a choice (its value is text)
    "factor": pl.Float64,
    "agg": pl.String,
    "missing": pl.String,
    "cond": pl.String,  # none_bool (boolean true), none (reported), in, cmp
    "op": pl.String,
    "cond_num": pl.Float64,
    "cond_txt": pl.String,
    "cond_list": pl.List(pl.String),
    "types": pl.List(pl.String),
    "orgs": pl.List(pl.String),
    "optional": pl.Boolean,  # all measures optional: submitting the quarter counts as reporting
    "carries": pl.Boolean,  # a value may exist without a report this quarter
    "max_carry": pl.Int64,  # maximum age in quarters of a carried value (rules version 2)
}


def spec_rows(defs: Definitions) -> list[dict]:
    """One dict per indicator with a national breakdown (what the baselines compute)."""
    measures = defs.measures
    rows = []
    for ind in defs.indicators.values():
        if "national" not in ind.breakdowns:
            continue
        c = ind.compute
        mids = c.measures()
        m1 = measures[mids[0]]
        cond = getattr(c, "condition", None)
        row = {
            "indicator": ind.id,
            "kind": c.kind,
            "m1": m1.id,
            "m2": mids[1] if c.kind == "ratio" else None,
            "choice": m1.type == "choice",
            "factor": float(getattr(c, "factor", 1.0)),
            "agg": getattr(c, "agg", None),
            "missing": ind.missing,
            "cond": None,
            "op": None,
            "cond_num": None,
            "cond_txt": None,
            "cond_list": None,
            "types": defs.covers(ind),
            "orgs": sorted({o for mid in mids for o in measures[mid].organisations or []}) or None,
            "optional": all(not measures[mid].required for mid in mids),
            "carries": c.kind in ("latest", "cumulative", "milestone") or ind.missing == "carry_forward",
            "max_carry": ind.max_carry if ind.max_carry is not None else DEFAULT_MAX_CARRY,
        }
        if cond is None:
            row["cond"] = "none_bool" if m1.type == "boolean" else "none"
        elif cond.op == "in":
            row["cond"], row["cond_list"] = "in", list(cond.value)
        else:
            row["cond"], row["op"] = "cmp", cond.op
            if m1.type == "choice":
                row["cond_txt"] = str(cond.value)
            elif m1.type == "boolean":
                row["cond_num"] = 1.0 if cond.value in (True, 1, "ja", "true") else 0.0
            else:
                row["cond_num"] = float(cond.value)
        rows.append(row)
    return rows


def spec_frame(defs: Definitions) -> pl.DataFrame:
    return pl.DataFrame(spec_rows(defs), schema=SPEC_SCHEMA)
