"""Status at an exact threshold: achieved / planned progress that is mathematically exactly
``on_track`` is 'op koers', whatever the last bit of the floating-point division says (found by
the benchmark, where the engine computes every indicator in one frame)."""

import polars as pl

from monitor.compute.trajectory import add_status

THRESHOLDS = {"min_coverage": 0.5, "on_track": 0.9, "at_risk": 0.7}


def frame(values: list[float], planned: float, baseline: float, target: float, up: bool) -> pl.DataFrame:
    n = len(values)
    return pl.DataFrame(
        {
            "value": values,
            "planned": [planned] * n,
            "baseline": [baseline] * n,
            "final_target": [target] * n,
            "up": [up] * n,
            "is_milestone": [False] * n,
            "intensive": [True] * n,
            "planned_ordinal": [None] * n,
            "ordinal": [8093] * n,
            "coverage": [1.0] * n,
            "breakdown": ["national"] * n,
        },
        schema_overrides={"planned_ordinal": pl.Int64},
    )


def test_exactly_on_track_is_op_koers_going_up():
    # baseline 0, target 20; planned 3 1/3 by now; 3 achieved = 0.9 of plan (3/20 / (10/3/20))
    out = add_status(frame([3.0, 2.9, 2.3], 10 / 3, 0.0, 20.0, True), THRESHOLDS)
    assert out["status"].to_list() == ["op_koers", "risico", "achter"]
    assert out["progress"].to_list()[0] == 3 / 20


def test_exactly_on_track_is_op_koers_going_down():
    # baseline 16, target 6 (lower is better); planned 13 by now: 3 planned, 2.7 achieved = 0.9
    out = add_status(frame([13.3, 13.4, 14.0], 13.0, 16.0, 6.0, False), THRESHOLDS)
    assert out["status"].to_list() == ["op_koers", "risico", "achter"]
