"""Hand-checked fixtures for every computation kind and edge. Every expected number below is
worked out by hand in the comments from the CSV in ``DATA``."""

from datetime import date, datetime

import polars as pl
import pytest
from helpers import make_world, submit_csv

from monitor.compute.engine import RESULT_SCHEMA, compute

ORGS = [("G1", "gemeente"), ("G2", "gemeente"), ("G3", "gemeente"), ("G4", "gemeente"), ("P1", "provincie")]

DEFS = """
action:
  id: a01
  line: "7.1"
  title: {nl: Test, en: Test}
  description: {nl: Test., en: Test.}
  owner: P1
  start: 2024-Q1
  end: 2025-Q4
measures:
  - {id: cdo, title: {nl: CDO, en: CDO}, type: boolean, reporters: [gemeente, provincie]}
  - {id: fte, title: {nl: FTE, en: FTE}, type: decimal, reporters: [gemeente, provincie],
     required: false}
  - {id: num, title: {nl: T, en: N}, type: integer, reporters: [gemeente], required: false}
  - {id: den, title: {nl: N, en: D}, type: integer, reporters: [gemeente], required: false}
  - {id: adv, title: {nl: A, en: A}, type: integer, kind: flow, reporters: [gemeente],
     required: false}
  - {id: stage, title: {nl: S, en: S}, type: choice, choices: [geen, gestart, gereed],
     reporters: [gemeente], required: false}
  - {id: live, title: {nl: L, en: L}, type: date, reporters: [provincie], organisations: [P1],
     required: false}
  - {id: wait, title: {nl: W, en: W}, type: decimal, reporters: [gemeente], required: false}
indicators:
  - {id: i_share, title: {nl: s, en: s}, unit: "%", compute: {kind: share, measure: cdo},
     breakdowns: [national, type, organisation], baseline: {period: 2024-Q1, value: 20},
     targets: [{period: 2024-Q4, value: 50}, {period: 2025-Q4, value: 80}]}
  - {id: i_share_zero, title: {nl: s, en: s}, unit: "%", missing: zero,
     compute: {kind: share, measure: cdo}, baseline: {period: 2024-Q1, value: 40},
     targets: [{period: 2024-Q3, value: 100}]}
  - {id: i_sum, title: {nl: s, en: s}, unit: fte, compute: {kind: sum, measure: fte},
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2024-Q3, value: 20}]}
  - {id: i_mean, title: {nl: s, en: s}, unit: fte, compute: {kind: mean, measure: fte},
     baseline: {period: 2024-Q1, value: 2}, targets: [{period: 2024-Q3, value: 3}]}
  - {id: i_median, title: {nl: s, en: s}, unit: fte, compute: {kind: median, measure: fte},
     baseline: {period: 2024-Q1, value: 2}, targets: [{period: 2024-Q2, value: 2.6}]}
  - {id: i_ratio, title: {nl: s, en: s}, unit: "%",
     compute: {kind: ratio, numerator: num, denominator: den, factor: 100},
     baseline: {period: 2024-Q1, value: 50}, targets: [{period: 2025-Q4, value: 90}]}
  - {id: i_count, title: {nl: s, en: s}, unit: org,
     compute: {kind: count, measure: fte, condition: {op: ">=", value: 2}},
     baseline: {period: 2024-Q1, value: 1}, targets: [{period: 2025-Q4, value: 3}]}
  - {id: i_cum, title: {nl: s, en: s}, unit: n, compute: {kind: cumulative, measure: adv},
     breakdowns: [national, organisation],
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 40}]}
  - {id: i_latest, title: {nl: s, en: s}, unit: fte, compute: {kind: latest, measure: fte},
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2025-Q4, value: 20}]}
  - {id: i_carry, title: {nl: s, en: s}, unit: fte, missing: carry_forward,
     compute: {kind: sum, measure: fte},
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2025-Q4, value: 20}]}
  - {id: i_mile, title: {nl: s, en: s}, unit: m,
     compute: {kind: milestone, measure: live, planned: 2024-08-15},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2024-Q3, value: 1}]}
  - {id: i_stage, title: {nl: s, en: s}, unit: "%",
     compute: {kind: share, measure: stage, condition: {op: in, value: [gereed]}},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 100}]}
  - {id: i_down, title: {nl: s, en: s}, unit: weken, direction: down,
     compute: {kind: median, measure: wait},
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2024-Q3, value: 4}]}
"""

DATA = """
organisatie;periode;maatstaf;waarde;toelichting
G1;2024-Q1;cdo;ja;
G1;2024-Q1;fte;1,5;
G1;2024-Q1;num;3;
G1;2024-Q1;den;4;
G1;2024-Q1;adv;2;
G1;2024-Q1;stage;gestart;
G1;2024-Q1;wait;10;
G2;2024-Q1;cdo;nee;
G2;2024-Q1;fte;2;
G2;2024-Q1;num;0;
G2;2024-Q1;den;0;
G2;2024-Q1;adv;1;
G2;2024-Q1;stage;geen;
G2;2024-Q1;wait;12;
G3;2024-Q1;cdo;ja;
G3;2024-Q1;fte;3;
G3;2024-Q1;num;5;
G3;2024-Q1;den;6;
G3;2024-Q1;adv;0;
G3;2024-Q1;stage;gereed;
G3;2024-Q1;wait;8;
P1;2024-Q1;cdo;nee;
P1;2024-Q1;fte;4;
P1;2024-Q1;live;;
G1;2024-Q2;cdo;ja;
G1;2024-Q2;fte;2,5;
G1;2024-Q2;adv;3;
G1;2024-Q2;wait;6;
G2;2024-Q2;cdo;ja;
G2;2024-Q2;fte;n.v.t.;
G2;2024-Q2;num;1;
G2;2024-Q2;den;0;
G2;2024-Q2;adv;0;
G2;2024-Q2;stage;gestart;
G4;2024-Q2;cdo;ja;
G4;2024-Q2;fte;1;
G4;2024-Q2;adv;4;
G4;2024-Q2;wait;7;
P1;2024-Q2;cdo;ja;
P1;2024-Q2;fte;4;
P1;2024-Q2;live;01-08-2024;
P1;2024-Q3;cdo;ja;
P1;2024-Q3;fte;4;
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    rt = make_world(tmp_path_factory.mktemp("engine"), DEFS, ORGS)
    result = submit_csv(rt, DATA)
    assert result.status == "accepted", [str(p) for p in result.problems]
    return rt


@pytest.fixture(scope="module")
def result(world):
    return compute(world.store, world.defs, world.config, today=date(2026, 1, 15))


def row(result, indicator, period, breakdown="national", group="NL"):
    rows = result.filter(
        (pl.col("indicator") == indicator)
        & (pl.col("period") == period)
        & (pl.col("breakdown") == breakdown)
        & (pl.col("group") == group)
    ).to_dicts()
    assert len(rows) == 1, (indicator, period, breakdown, group, len(rows))
    return rows[0]


def test_schema_and_extent(result):
    assert dict(result.schema) == RESULT_SCHEMA
    # 8 quarters 2024-Q1..2025-Q4 for every indicator and breakdown
    assert sorted(result["period"].unique()) == [f"{y}-Q{q}" for y in (2024, 2025) for q in range(1, 5)]
    assert result.filter(pl.col("indicator") == "i_share").height == 8 * (1 + 2 + 5)


def test_share_of_reporting_organisations(result):
    r = row(result, "i_share", "2024-Q1")  # G1, G3 true; G2, P1 false; G4 missing
    assert (r["value"], r["numerator"], r["denominator"]) == (50.0, 2, 4)
    assert (r["reported"], r["expected"], r["coverage"]) == (4, 5, 0.8)
    assert r["status"] == "op_koers"  # at the baseline quarter, at least the baseline
    assert row(result, "i_share", "2024-Q1", "type", "gemeente")["value"] == pytest.approx(200 / 3)
    assert row(result, "i_share", "2024-Q1", "type", "provincie")["value"] == 0.0
    assert row(result, "i_share", "2024-Q1", "organisation", "G1")["value"] == 100.0
    missing = row(result, "i_share", "2024-Q1", "organisation", "G4")
    # the target is national only (default target_applies_to): no status for an organisation
    assert (missing["value"], missing["reported"], missing["status"], missing["status_note"]) == (
        None, 0, None, "no_target")
    q2 = row(result, "i_share", "2024-Q2")  # all four reporters true: final target 80 reached
    assert (q2["value"], q2["status"]) == (100.0, "behaald")
    q3 = row(result, "i_share", "2024-Q3")  # only P1 reported: coverage 1/5 below 0.5
    assert (q3["value"], q3["coverage"], q3["status"]) == (100.0, 0.2, "onvoldoende")


def test_share_with_missing_as_zero(result):
    assert row(result, "i_share_zero", "2024-Q1")["value"] == 40.0  # 2 of 5 expected
    q2 = row(result, "i_share_zero", "2024-Q2")  # 4 of 5; planned 70 -> progress 40/60 / 0.5
    assert (q2["value"], q2["denominator"], q2["planned"]) == (80.0, 5, 70.0)
    assert q2["status"] == "op_koers"


def test_sum_mean_median_and_status_grades(result):
    assert row(result, "i_sum", "2024-Q1")["value"] == 10.5  # 1.5 + 2 + 3 + 4
    assert row(result, "i_mean", "2024-Q1")["value"] == 2.625
    assert row(result, "i_median", "2024-Q1")["value"] == 2.5  # median of 1.5, 2, 3, 4
    q2 = row(result, "i_sum", "2024-Q2")  # 2.5 + 1 + 4 (G2 n.v.t., G3 missing)
    assert q2["value"] == 7.5
    assert q2["reported"] == 4  # n.v.t. counts as reported
    assert q2["status"] == "achter"  # progress -0.25 vs planned 0.5
    assert row(result, "i_mean", "2024-Q2")["value"] == 2.5
    med = row(result, "i_median", "2024-Q2")  # median 2.5; progress 0.5/0.6 vs planned 1.0
    assert (med["value"], med["planned"], med["status"]) == (2.5, 2.6, "risico")
    assert med["progress"] == pytest.approx(0.5 / 0.6)


def test_ratio_is_recomputed_from_sums_and_zero_denominator_is_empty(result):
    q1 = row(result, "i_ratio", "2024-Q1")  # (3 + 0 + 5) / (4 + 0 + 6), not a mean of ratios
    assert (q1["value"], q1["numerator"], q1["denominator"]) == (80.0, 8.0, 10.0)
    q2 = row(result, "i_ratio", "2024-Q2")  # only G2: 1 / 0
    assert (q2["value"], q2["numerator"], q2["denominator"]) == (None, 1.0, 0.0)
    # num/den are optional: G1 and G4 submitted 2024-Q2 without them and still count as reported
    assert (q2["reported"], q2["expected"]) == (3, 4)
    assert q2["status"] == "onvoldoende"


def test_count_with_condition_and_target_already_met(result):
    q1 = row(result, "i_count", "2024-Q1")  # G2 (2), G3 (3), P1 (4) have fte >= 2
    assert (q1["value"], q1["status"]) == (3.0, "behaald")


def test_cumulative_flow(result):
    assert row(result, "i_cum", "2024-Q1")["value"] == 3.0  # 2 + 1 + 0
    assert row(result, "i_cum", "2024-Q2")["value"] == 10.0  # 3 + (3 + 0 + 4)
    assert row(result, "i_cum", "2024-Q2", "organisation", "G3")["value"] == 0.0
    later = row(result, "i_cum", "2025-Q1")  # nothing reported since: total stays, no coverage
    assert (later["value"], later["reported"], later["status"]) == (10.0, 0, "onvoldoende")


def test_latest_and_carry_forward(result):
    # 2024-Q2: G1 2.5, G2 n.v.t. (stops its carry), G3 carried 3, G4 1, P1 4
    assert row(result, "i_latest", "2024-Q2")["value"] == 10.5
    assert row(result, "i_carry", "2024-Q2")["value"] == 10.5
    assert row(result, "i_sum", "2024-Q2")["value"] == 7.5  # exclude: no carry


def test_milestone(result):
    q1 = row(result, "i_mile", "2024-Q1")  # submitted, no date yet, before planned quarter
    assert (q1["value"], q1["reported"], q1["status"]) == (0.0, 1, "op_koers")
    q2 = row(result, "i_mile", "2024-Q2")  # date 01-08-2024 lies after the quarter end
    assert (q2["value"], q2["achieved_date"]) == (0.0, None)
    q3 = row(result, "i_mile", "2024-Q3")
    assert (q3["value"], q3["achieved_date"], q3["status"]) == (1.0, date(2024, 8, 1), "behaald")


def test_share_of_choices(result):
    assert row(result, "i_stage", "2024-Q1")["value"] == pytest.approx(100 / 3)  # G3 of G1-G3
    assert row(result, "i_stage", "2024-Q2")["value"] == 0.0


def test_direction_down(result):
    q2 = row(result, "i_down", "2024-Q2")  # median(6, 7) = 6.5; progress 3.5/6 vs planned 0.5
    assert (q2["value"], q2["planned"], q2["status"]) == (6.5, 7.0, "op_koers")
    assert q2["progress"] == pytest.approx(3.5 / 6)


def test_forecast_needs_four_points_and_ends_at_the_target_quarter(result):
    # 10.5, 7.5: one and two points, fewer than compute.forecast_min_points (4); at 2024-Q3, the
    # final target quarter, nothing is left to forecast (the old code gave 4.5 and 22/3 - 3.25)
    notes = [(row(result, "i_sum", q)["forecast"], row(result, "i_sum", q)["forecast_note"])
             for q in ("2024-Q1", "2024-Q2", "2024-Q3")]
    assert notes == [(None, "too_few_points"), (None, "too_few_points"), (None, "target_passed")]


def test_no_data_quarters(result):
    r = row(result, "i_mean", "2025-Q4")
    assert (r["value"], r["reported"], r["status"], r["forecast"]) == (None, 0, "onvoldoende", None)
    assert r["forecast_note"] == "no_value"


def test_resubmission_replaces_value(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    fix = "organisatie;periode;maatstaf;waarde;toelichting\nG1;2024-Q1;fte;3,5;gecorrigeerd\n"
    res = submit_csv(rt, fix, org="G1", period="2024-Q1", received_at=datetime(2025, 12, 2))
    assert res.status == "accepted"
    assert res.counts == {"new": 0, "changed": 1, "unchanged": 0}
    out = compute(rt.store, rt.defs, rt.config, today=date(2026, 1, 15))
    assert row(out, "i_sum", "2024-Q1")["value"] == 12.5  # 10.5 - 1.5 + 3.5
    versions = rt.store.query(
        "SELECT version, num, is_current FROM submitted_values WHERE organisation = 'G1' "
        "AND period = '2024-Q1' AND measure = 'fte' ORDER BY version"
    ).rows()
    assert versions == [(1, 1.5, False), (2, 3.5, True)]
