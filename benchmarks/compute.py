"""Recompute all indicators: the engine (all quarters, all breakdowns, targets and status) vs the
SQL floor and the pandas baseline (national values), with the national values checked equal. The
engine is also timed on the same definitions restricted to the national breakdown, which is the
work the two baselines do (like for like)."""

from __future__ import annotations

import dataclasses
import math

import polars as pl

from benchmarks.floor import floor_values
from benchmarks.pandas_baseline import pandas_values
from benchmarks.scales import Scale
from benchmarks.spec import spec_rows
from benchmarks.timing import measure, ratio
from monitor.compute.engine import compute, quarters_frame
from monitor.definitions import Definitions

TOLERANCE = 1e-9


class Mismatch(AssertionError):
    """The engine and a baseline disagree on a national value."""


def national(engine: pl.DataFrame) -> dict[tuple[str, str], float | None]:
    rows = engine.filter(pl.col("breakdown") == "national").select("indicator", "period", "value")
    return {(i, p): v for i, p, v in rows.iter_rows()}


def as_dict(frame) -> dict[tuple[str, str], float | None]:
    if not isinstance(frame, pl.DataFrame):
        frame = pl.from_pandas(frame)
    return {
        (i, p): (None if v is None or (isinstance(v, float) and math.isnan(v)) else v)
        for i, p, v in frame.select("indicator", "period", "value").iter_rows()
    }


def differences(expected: dict, got: dict) -> list[str]:
    """Every (indicator, quarter) where the values differ beyond the tolerance."""
    out = []
    for key in sorted(set(expected) | set(got)):
        a, b = expected.get(key, "absent"), got.get(key, "absent")
        if a is None or b is None or isinstance(a, str) or isinstance(b, str):
            if a != b:
                out.append(f"{key[0]} {key[1]}: engine {a}, baseline {b}")
        elif not math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
            out.append(f"{key[0]} {key[1]}: engine {a!r}, baseline {b!r}")
    return out


def check_equal(engine: dict, baselines: dict[str, dict]) -> int:
    """Raise Mismatch when a baseline differs from the engine; return the values compared."""
    for name, got in baselines.items():
        diff = differences(engine, got)
        if diff:
            raise Mismatch(f"{name} differs from the engine in {len(diff)} values: " + "; ".join(diff[:8]))
    return len(engine)


def national_only(defs: Definitions) -> Definitions:
    """The same definitions with every indicator asking for the national breakdown only: the
    engine then computes what the floor and the pandas baseline compute (like for like)."""
    actions = []
    for a in defs.actions:
        indicators = [i.model_copy(update={"breakdowns": ["national"]}) for i in a.spec.indicators]
        actions.append(dataclasses.replace(a, spec=a.spec.model_copy(update={"indicators": indicators})))
    return dataclasses.replace(defs, actions=actions)


def run(scale: Scale, runs: int, *, warmup: int = 1, pandas: bool = True) -> dict:
    """Time the three implementations on ``scale`` and check their national values are equal."""
    rt = scale.runtime()
    config, defs = rt.config, rt.defs
    quarters = quarters_frame(config.programme_start, scale.until)
    specs = spec_rows(defs)
    with rt.store.read() as con:
        floor_t, floor = measure(lambda: floor_values(con, defs, quarters), runs, warmup)
    engine_t, engine = measure(lambda: compute(rt.store, defs, config, until=scale.until), runs, warmup)
    nat_defs = national_only(defs)
    nat_t, nat = measure(lambda: compute(rt.store, nat_defs, config, until=scale.until), runs, warmup)
    out = {
        "engine": engine_t,
        "floor": floor_t,
        "engine_rows": engine.height,
        "engine_vs_floor": ratio(engine_t, floor_t),
        "engine_national": nat_t,
        "engine_national_rows": nat.height,
        "engine_national_vs_floor": ratio(nat_t, floor_t),
    }
    baselines = {"floor": as_dict(floor), "engine, national only": national(nat)}
    if pandas:
        with rt.store.read() as con:
            pandas_t, frame = measure(
                lambda: pandas_values(con, specs, quarters.to_pandas()), max(1, runs // 2)
            )
        out |= {"pandas": pandas_t, "pandas_vs_engine": ratio(pandas_t, engine_t),
                "pandas_vs_engine_national": ratio(pandas_t, nat_t)}
        baselines["pandas"] = as_dict(frame)
    mine = national(engine)
    out["values_compared"] = check_equal(mine, baselines)
    out["equal"] = True
    out["values"] = [
        [i, p, v, *(b.get((i, p)) for b in baselines.values())] for (i, p), v in sorted(mine.items())
    ]
    out["value_columns"] = ["indicator", "period", "engine", *baselines]
    return out
