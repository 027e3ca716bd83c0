"""Property: whatever the series, a forecast stays inside its indicator's domain, for every
compute kind (the bounds are stated here, independently of ``forecast.domain``), and milestones
and per-quarter flows get none."""

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.compute.forecast import add_forecast
from monitor.compute.trajectory import add_series, add_targets, indicator_constants
from monitor.definitions.model import Indicator, Measure, Relation
from monitor.periods import Quarter, quarter_range

Q = quarter_range(Quarter.parse("2024-Q1"), Quarter.parse("2027-Q4"))
TXT = {"nl": "x", "en": "x"}


def measure(mid: str, mtype: str = "integer", kind: str = "stock", **kw) -> Measure:
    return Measure.model_validate({"id": mid, "title": TXT, "type": mtype, "reporters": ["gemeente"],
                                   "kind": kind, **kw})


MEASURES = {m.id: m for m in (
    measure("b", "boolean"), measure("cnt", min=0), measure("pct", "percentage"),
    measure("score", "decimal", min=1, max=5), measure("part", min=0), measure("whole", min=0),
    measure("flow", kind="flow", min=0), measure("d", "date"), measure("free", "decimal"))}
RELATIONS = [Relation.model_validate({"measure": "part", "at_most": "whole"})]
EXPECTED = 7
# kind -> (compute, lowest, highest): the domain each forecast must respect
KINDS = {
    "share": ({"kind": "share", "measure": "b"}, 0, 100),
    "count": ({"kind": "count", "measure": "cnt"}, 0, EXPECTED),
    "sum": ({"kind": "sum", "measure": "cnt"}, 0, None),
    "mean": ({"kind": "mean", "measure": "score"}, 1, 5),
    "median": ({"kind": "median", "measure": "pct"}, 0, 100),
    "ratio": ({"kind": "ratio", "numerator": "part", "denominator": "whole", "factor": 100}, 0, 100),
    "cumulative": ({"kind": "cumulative", "measure": "flow"}, 0, None),
    "latest": ({"kind": "latest", "measure": "score", "agg": "max"}, 1, 5),
    "latest_sum": ({"kind": "latest", "measure": "cnt"}, 0, None),
    "sum_free": ({"kind": "sum", "measure": "free"}, None, None),
}
NONE = {"milestone": {"kind": "milestone", "measure": "d", "planned": "2025-01-01"},
        "flow": {"kind": "sum", "measure": "flow"}}


def indicator(iid: str, compute: dict, direction: str) -> Indicator:
    return Indicator.model_validate({
        "id": iid, "title": TXT, "unit": "x", "compute": compute, "direction": direction,
        "baseline": {"period": "2024-Q1", "value": 0 if direction == "up" else 1},
        "targets": [{"period": "2027-Q4", "value": 1 if direction == "up" else 0}]})


def frame(inds: list[Indicator], series: dict[str, list[float | None]]) -> pl.DataFrame:
    consts, lookup = indicator_constants(inds, Q, MEASURES, RELATIONS, {"forecast_min_points": 2})
    rows = [(i.id, str(q), "national", "NL", v, EXPECTED, q.ordinal)
            for i in inds for q, v in zip(Q, series[i.id], strict=False)]
    raw = pl.DataFrame(rows, orient="row", schema={
        "indicator": pl.String, "period": pl.String, "breakdown": pl.String, "group": pl.String,
        "value": pl.Float64, "expected": pl.Int64, "ordinal": pl.Int64})
    return add_forecast(add_series(add_targets(raw, consts, lookup).sort("indicator", "period")))




@settings(max_examples=60, deadline=None)
@given(data=st.data(), direction=st.sampled_from(["up", "down"]))
def test_every_forecast_within_its_domain(data, direction):
    inds = [indicator(k, c, direction) for k, (c, _, _) in KINDS.items()]
    inds += [indicator(k, c, direction) for k, c in NONE.items()]
    series = {}
    for i in inds:
        lo, hi = KINDS[i.id][1:] if i.id in KINDS else (0, 1)
        lo_v, hi_v = (-1e6 if lo is None else lo), (1e6 if hi is None else hi)
        series[i.id] = data.draw(st.lists(
            st.one_of(st.none(), st.floats(min_value=lo_v, max_value=hi_v, allow_nan=False)),
            min_size=1, max_size=len(Q)))
    out = frame(inds, series)
    made = out.filter(pl.col("forecast").is_not_null())
    for k, (_, lo, hi) in KINDS.items():
        f = made.filter(pl.col("indicator") == k)["forecast"]
        assert lo is None or f.min() is None or f.min() >= lo, (k, f.min())
        assert hi is None or f.max() is None or f.max() <= hi, (k, f.max())
    assert made.filter(pl.col("indicator").is_in(list(NONE))).is_empty()
    # every row without a forecast says why; a forecast is either plain or 'clamped'
    assert out.filter(pl.col("forecast").is_null() & pl.col("forecast_note").is_null()).is_empty()
    assert set(made["forecast_note"].drop_nulls()) <= {"clamped"}
