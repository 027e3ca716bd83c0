"""Rules version 2 (issue 15, items 3, 4, 8): bounded forecasts that say why they are missing,
targets that judge only the breakdowns they are declared for, no status before the baseline, a
late milestone, and a per-quarter flow that must hold its target. Every number is worked out by
hand in the comments from ``DATA``. The world ``DEFS`` uses no new definition key, so the same
assertions run on the code before issue 15 (they fail there: see the comments 'old:')."""

from datetime import date

import polars as pl
import pytest
from helpers import make_world, submit_csv

from monitor.compute.engine import compute
from monitor.periods import Quarter

ORGS = [("G1", "gemeente"), ("G2", "gemeente"), ("G3", "gemeente"), ("G4", "gemeente")]

HEAD = """
action:
  id: a01
  line: "7.1"
  title: {nl: Test, en: Test}
  description: {nl: Test., en: Test.}
  owner: G1
  start: 2024-Q1
  end: 2025-Q4
measures:
  - {id: cdo, title: {nl: C, en: C}, type: boolean, reporters: [gemeente]}
  - {id: nds, title: {nl: D, en: D}, type: integer, min: 0, reporters: [gemeente], required: false}
  - {id: adv, title: {nl: A, en: A}, type: integer, min: 0, kind: flow, reporters: [gemeente],
     required: false}
  - {id: wait, title: {nl: W, en: W}, type: decimal, min: 0, reporters: [gemeente], required: false}
  - {id: other, title: {nl: O, en: O}, type: integer, min: 0, reporters: [gemeente], required: false}
  - {id: live, title: {nl: L, en: L}, type: date, reporters: [gemeente], organisations: [G1],
     required: false}
indicators:
"""

DEFS = HEAD + """
  - {id: i_share, title: {nl: s, en: s}, unit: "%", compute: {kind: share, measure: cdo},
     breakdowns: [national, type, organisation], baseline: {period: 2024-Q2, value: 25},
     targets: [{period: 2025-Q4, value: 100}]}
  - {id: i_count, title: {nl: s, en: s}, unit: org,
     compute: {kind: count, measure: nds, condition: {op: ">=", value: 1}},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 4}]}
  - {id: i_flow, title: {nl: s, en: s}, unit: n, compute: {kind: sum, measure: adv},
     baseline: {period: 2024-Q1, value: 2}, targets: [{period: 2025-Q4, value: 10}]}
  - {id: i_mile, title: {nl: s, en: s}, unit: m,
     compute: {kind: milestone, measure: live, planned: 2024-05-15},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 1}]}
  - {id: i_down, title: {nl: s, en: s}, unit: weken, direction: down,
     compute: {kind: median, measure: wait},
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2025-Q4, value: 2}]}
  - {id: i_sparse, title: {nl: s, en: s}, unit: n, compute: {kind: sum, measure: other},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 10}]}
"""

DECLARED = HEAD + """
  - {id: i_typed, title: {nl: s, en: s}, unit: "%", compute: {kind: share, measure: cdo},
     breakdowns: [national, type, organisation], target_applies_to: [national, type],
     baseline: {period: 2024-Q2, value: 25}, targets: [{period: 2025-Q4, value: 100}]}
  - {id: i_flow1, title: {nl: s, en: s}, unit: n, compute: {kind: sum, measure: adv},
     achieved_for: 1, forecast: {allow: true, min_points: 3},
     baseline: {period: 2024-Q1, value: 2}, targets: [{period: 2025-Q4, value: 10}]}
"""

# cdo: true for G1 from Q2, G2 from Q3, G3 from Q4 -> share 0, 25, 50, 75; nds the same as 1/0
# adv (flow): G1 2, 4, 12, 3 (others 0); wait: all four 10, 7, 4, 1; other: G1 5 in Q1 only;
# live: G1 reports 20-11-2024 in Q4 (planned 15-05-2024)
ADV = {1: 2, 2: 4, 3: 12, 4: 3}
WAIT = {1: "10", 2: "7", 3: "4", 4: "1"}


def data() -> str:
    lines = ["organisatie;periode;maatstaf;waarde;toelichting"]
    for q in range(1, 5):
        for k, (org, _) in enumerate(ORGS, start=1):
            yes = k < q  # G1 from Q2, G2 from Q3, G3 from Q4, G4 never
            p = f"2024-Q{q}"
            lines += [f"{org};{p};cdo;{'ja' if yes else 'nee'};", f"{org};{p};nds;{int(yes)};",
                      f"{org};{p};adv;{ADV[q] if org == 'G1' else 0};", f"{org};{p};wait;{WAIT[q]};"]
            if org == "G1" and q == 1:
                lines.append(f"{org};{p};other;5;")
            if org == "G1" and q == 4:
                lines.append(f"{org};{p};live;20-11-2024;")
    return "\n".join(lines) + "\n"


def world(tmp_path, defs: str) -> pl.DataFrame:
    rt = make_world(tmp_path, defs, ORGS)
    assert submit_csv(rt, data()).status == "accepted"
    return compute(rt.store, rt.defs, rt.config, until=Quarter.parse("2024-Q4"), today=date(2025, 1, 15))


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> pl.DataFrame:
    return world(tmp_path_factory.mktemp("v2"), DEFS)


@pytest.fixture(scope="module")
def declared(tmp_path_factory) -> pl.DataFrame:
    return world(tmp_path_factory.mktemp("v2d"), DECLARED)


def row(res: pl.DataFrame, ind: str, period: str, breakdown: str = "national", group: str = "NL") -> dict:
    rows = res.filter((pl.col("indicator") == ind) & (pl.col("period") == period)
                      & (pl.col("breakdown") == breakdown) & (pl.col("group") == group)).to_dicts()
    assert len(rows) == 1
    return rows[0]


def test_share_forecast_is_bounded_to_100(result):
    # 0, 25, 50, 75 at 7..4 quarters before 2025-Q4: slope 25, mean 37,5 at -5,5 -> 175 (old: 175)
    r = row(result, "i_share", "2024-Q4")
    assert r["value"] == 75.0
    assert (r["forecast"], r["forecast_note"]) == (100.0, "clamped")


def test_count_forecast_is_at_most_the_expected_organisations(result):
    # 0, 1, 2, 3 organisations: the line gives 7 at 2025-Q4, but only 4 are expected (old: 7)
    r = row(result, "i_count", "2024-Q4")
    assert (r["value"], r["expected"]) == (3.0, 4)
    assert (r["forecast"], r["forecast_note"]) == (4.0, "clamped")


def test_direction_down_target_already_met_forecast_not_below_the_measure_minimum(result):
    # 10, 7, 4, 1 weeks: the line gives 1 - 3 * 4 = -11 at 2025-Q4; wait has min 0 (old: -11)
    r = row(result, "i_down", "2024-Q4")
    assert (r["value"], r["status"]) == (1.0, "behaald")  # target 2 already met (down)
    assert (r["forecast"], r["forecast_note"]) == (0.0, "clamped")
    # three points at 2024-Q3: fewer than the four forecast_min_points (old: 7 - 3 * 6 = -11)
    q3 = row(result, "i_down", "2024-Q3")
    assert (q3["forecast"], q3["forecast_note"]) == (None, "too_few_points")


def test_one_data_point_and_no_data(result):
    one, none = row(result, "i_sparse", "2024-Q1"), row(result, "i_sparse", "2024-Q2")
    assert (one["value"], one["forecast"], one["forecast_note"]) == (5.0, None, "too_few_points")
    assert (none["value"], none["forecast"], none["forecast_note"]) == (None, None, "no_value")


def test_no_status_before_the_baseline(result):
    # the baseline is 2024-Q2; at 2024-Q1 the value 0 is below it (old: 'achter')
    r = row(result, "i_share", "2024-Q1")
    assert r["status"] is None
    assert (r["value"], r["status"], r["progress"], r["status_note"]) == (0.0, None, None, "before_baseline")
    assert row(result, "i_share", "2024-Q2")["status"] == "op_koers"  # at the baseline: not worse


def test_breakdowns_are_not_judged_against_the_national_target(result):
    # gemeenten 75 % at 2024-Q4 (G4 never): value shown, no target, progress, forecast or status
    # (old: progress 2/3, status op_koers, forecast 175 for the type and 'achter' for G4)
    for breakdown, group, value in (("type", "gemeente", 75.0), ("organisation", "G4", 0.0)):
        r = row(result, "i_share", "2024-Q4", breakdown, group)
        assert r["value"] == value
        assert [r[c] for c in ("final_target", "progress", "forecast", "status")] == [None] * 4
        assert (r["forecast_note"], r["status_note"]) == ("no_target", "no_target")
    assert result.filter((pl.col("breakdown") != "national") & pl.col("status").is_not_null()).is_empty()


def test_flow_that_touches_its_target_once_is_not_behaald(result):
    # 2, 4, 12, 3 per quarter, target 10: met in 2024-Q3 only; a flow must hold it for
    # compute.flow_achieved_for = 4 quarters (old: 'behaald'). Graded instead: progress
    # (12 - 2) / 8 = 1,25 against planned 2/7 -> op koers, noted 'not_held'
    r = row(result, "i_flow", "2024-Q3")
    assert r["status"] == "op_koers"
    assert (r["value"], r["status"], r["status_note"]) == (12.0, "op_koers", "not_held")
    assert (r["forecast"], r["forecast_note"]) == (None, "not_for_kind")  # per-quarter flow (old: made)


def test_late_milestone_is_behaald_and_noted_late(result):
    r = row(result, "i_mile", "2024-Q4")
    assert (r["value"], r["status"], r["achieved_date"]) == (1.0, "behaald", date(2024, 11, 20))
    assert (r["status_note"], r["forecast"], r["forecast_note"]) == ("late", None, "not_for_kind")
    assert row(result, "i_mile", "2024-Q3")["status"] == "achter"  # planned in 2024-Q2


def test_declared_breakdown_target_and_flow_keys(declared):
    # target_applies_to [national, type]: gemeenten 75 % at 2024-Q4 against baseline 25 (2024-Q2),
    # target 100 (2025-Q4): planned 25 + 75 * 2/6 = 50, progress 50/75 vs 25/75 -> op koers
    t = row(declared, "i_typed", "2024-Q4", "type", "gemeente")
    assert (t["final_target"], t["progress"], t["status"]) == (100.0, pytest.approx(2 / 3), "op_koers")
    g1 = row(declared, "i_typed", "2024-Q4", "organisation", "G1")
    assert (g1["value"], g1["status"], g1["status_note"]) == (100.0, None, "no_target")
    # achieved_for 1: met once is behaald; forecast allowed with 3 points: 2, 4, 12 at -7, -6, -5:
    # mean 6 at -6, slope (4 + 6) / 2 = 5 -> 6 + 5 * 6 = 36
    q3 = row(declared, "i_flow1", "2024-Q3")
    assert (q3["status"], q3["status_note"]) == ("behaald", None)
    assert (q3["forecast"], q3["forecast_note"]) == (pytest.approx(36.0), None)
    assert row(declared, "i_flow1", "2024-Q2")["forecast_note"] == "too_few_points"
