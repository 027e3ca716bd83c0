"""The demo under rules version 2: no forecast outside its measure's domain, no status on a
breakdown the targets do not apply to, none before the baseline (the code before issue 15 had
national share forecasts of 116 %, organisation forecasts up to 2 300 %, milestone forecasts of
7,9, 75 411 breakdown rows with a status and 1 969 statuses before the baseline)."""

from datetime import date

import polars as pl
import pytest

from monitor.compute.engine import compute


@pytest.fixture(scope="module")
def demo(demo_db):
    _, rt, _ = demo_db
    return rt, compute(rt.store, rt.defs, rt.config, today=date(2026, 11, 28))


def test_no_forecast_outside_its_domain(demo):
    rt, res = demo
    measures = rt.defs.measures
    made = res.filter(pl.col("forecast").is_not_null())
    assert made.height > 0
    for ind in rt.defs.indicators.values():
        f = made.filter(pl.col("indicator") == ind.id)
        kind, used = ind.compute.kind, [measures[m] for m in ind.compute.measures()]
        if kind == "milestone" or (kind != "cumulative" and any(m.kind == "flow" for m in used)):
            assert f.is_empty(), ind.id  # no trend for milestones and per-quarter flows
            continue
        if kind == "share" or (ind.unit == "%" and kind in ("mean", "median")):
            assert f.filter((pl.col("forecast") < 0) | (pl.col("forecast") > 100)).is_empty(), ind.id
        if kind == "count":
            assert f.filter((pl.col("forecast") < 0) | (pl.col("forecast") > pl.col("expected"))).is_empty()
        if all(m.low is not None and m.low >= 0 for m in used):
            assert f.filter(pl.col("forecast") < 0).is_empty(), ind.id
        if kind in ("mean", "median") and used[0].high is not None:
            assert f.filter(pl.col("forecast") > used[0].high).is_empty(), ind.id


def test_status_only_where_a_target_applies_and_not_before_the_baseline(demo):
    rt, res = demo
    judged = {i.id: set(i.target_applies_to) for i in rt.defs.indicators.values()}
    with_status = res.filter(pl.col("status").is_not_null())
    assert all(b in judged[i] for i, b in with_status.select("indicator", "breakdown").unique().iter_rows())
    assert with_status.filter(pl.col("period") < pl.col("baseline_period")).is_empty()
    assert res.filter(pl.col("forecast").is_null() & pl.col("forecast_note").is_null()).is_empty()
