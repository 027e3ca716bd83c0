"""Hand-checked fixtures for every compute kind x missing policy (issue 15, rules version 2):
carry forward for every kind (a ratio carries its pair), the age limit of carried values
(max_carry, default compute.max_carry_quarters = 4), missing: zero as one rule in every breakdown,
n (values behind a figure), carried, and min_n. Every expected figure is worked out by hand in
the comments from ``DATA``.

World: G1, G2, G3 (gemeente), P1 (provincie); quarters 2024-Q1..2025-Q4.

| quarter | G1 | G2 | G3 | P1 |
| --- | --- | --- | --- | --- |
| 2024-Q1 | v 2, t/d 1/2, f 1, b ja | v 4, t/d 3/4, f 2, b nee | v 6, t/d 0/0, f 3, b ja | - |
| 2024-Q2 | v 3, t/d 2/4, f 1, b ja | - | v n.v.t., t/d 1/2, b nee | v 10, t/d 5/10, f 4, b ja, m 15-05-2024 |
| 2024-Q3 .. 2025-Q2 | as 2024-Q2 | - | - | - |
| 2025-Q3, 2025-Q4 | - | - | - | - |
"""

from datetime import date

import polars as pl
import pytest
from helpers import make_world, submit_csv

from monitor.compute.engine import compute

ORGS = [("G1", "gemeente"), ("G2", "gemeente"), ("G3", "gemeente"), ("P1", "provincie")]
KINDS = {
    "sum": "{kind: sum, measure: v}",
    "mean": "{kind: mean, measure: v}",
    "median": "{kind: median, measure: v}",
    "share": "{kind: share, measure: b}",
    "count": "{kind: count, measure: v, condition: {op: \">=\", value: 3}}",
    "ratio": "{kind: ratio, numerator: t, denominator: d, factor: 100}",
    "cum": "{kind: cumulative, measure: f}",
    "latest": "{kind: latest, measure: v}",
    "mile": "{kind: milestone, measure: m, planned: 2024-06-30}",
}
POLICIES = {"ex": "exclude", "zero": "zero", "carry": "carry_forward"}
# a flow cannot be carried (validation); a milestone looks back by definition
COMBOS = [(k, p) for k in KINDS for p in POLICIES if not (k in ("cum", "mile") and p == "carry")]


def _indicator(ident: str, compute: str, missing: str, extra: str = "") -> str:
    return (f"  - {{id: {ident}, title: {{nl: x, en: x}}, unit: x, compute: {compute}, "
            f"missing: {missing}, breakdowns: [national, type, organisation], "
            f"baseline: {{period: 2024-Q1, value: 10}}, targets: [{{period: 2025-Q4, value: 2}}], "
            f"direction: down{extra}}}\n")


DEFS = """
action: {id: a01, line: "7.1", title: {nl: T, en: T}, description: {nl: T., en: T.}, owner: P1,
         start: 2024-Q1, end: 2025-Q4}
measures:
  - {id: v, title: {nl: V, en: V}, type: decimal, reporters: [gemeente, provincie], required: false}
  - {id: t, title: {nl: T, en: T}, type: integer, reporters: [gemeente, provincie], required: false}
  - {id: d, title: {nl: D, en: D}, type: integer, reporters: [gemeente, provincie], required: false}
  - {id: f, title: {nl: F, en: F}, type: integer, kind: flow, reporters: [gemeente, provincie],
     required: false}
  - {id: b, title: {nl: B, en: B}, type: boolean, reporters: [gemeente, provincie], required: false}
  - {id: m, title: {nl: M, en: M}, type: date, reporters: [provincie], organisations: [P1],
     required: false}
indicators:
""" + "".join(_indicator(f"{k}_{p}", KINDS[k], POLICIES[p]) for k, p in COMBOS) + _indicator(
    "sum_carry1", KINDS["sum"], "carry_forward", ", max_carry: 1") + _indicator(
    "median_minn", KINDS["median"], "carry_forward", ", min_n: 4")

G1_LATER = "".join(f"G1;{q};v;3;\nG1;{q};t;2;\nG1;{q};d;4;\nG1;{q};f;1;\nG1;{q};b;ja;\n"
                   for q in ("2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"))
DATA = """organisatie;periode;maatstaf;waarde;toelichting
G1;2024-Q1;v;2;
G1;2024-Q1;t;1;
G1;2024-Q1;d;2;
G1;2024-Q1;f;1;
G1;2024-Q1;b;ja;
G2;2024-Q1;v;4;
G2;2024-Q1;t;3;
G2;2024-Q1;d;4;
G2;2024-Q1;f;2;
G2;2024-Q1;b;nee;
G3;2024-Q1;v;6;
G3;2024-Q1;t;0;
G3;2024-Q1;d;0;
G3;2024-Q1;f;3;
G3;2024-Q1;b;ja;
G3;2024-Q2;v;n.v.t.;
G3;2024-Q2;t;1;
G3;2024-Q2;d;2;
G3;2024-Q2;b;nee;
P1;2024-Q2;v;10;
P1;2024-Q2;t;5;
P1;2024-Q2;d;10;
P1;2024-Q2;f;4;
P1;2024-Q2;b;ja;
P1;2024-Q2;m;15-05-2024;
""" + G1_LATER


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    rt = make_world(tmp_path_factory.mktemp("rules"), DEFS, ORGS)
    res = submit_csv(rt, DATA)
    assert res.status == "accepted", [str(p) for p in res.problems]
    return compute(rt.store, rt.defs, rt.config, today=date(2026, 1, 15))


def row(result, indicator, period, breakdown="national", group="NL"):
    rows = result.filter((pl.col("indicator") == indicator) & (pl.col("period") == period)
                         & (pl.col("breakdown") == breakdown) & (pl.col("group") == group)).to_dicts()
    assert len(rows) == 1, (indicator, period, breakdown, group)
    return rows[0]


T = 200 / 3  # 66.67
# (indicator, quarter, value, n, carried): national, by hand
NATIONAL = [
    # --- exclude, 2024-Q1: G1 2, G2 4, G3 6 (P1 nothing) ---
    ("sum_ex", "2024-Q1", 12, 3, 0), ("mean_ex", "2024-Q1", 4, 3, 0), ("median_ex", "2024-Q1", 4, 3, 0),
    ("share_ex", "2024-Q1", T, 3, 0),  # ja, nee, ja
    ("count_ex", "2024-Q1", 2, 3, 0),  # v >= 3: G2, G3
    ("ratio_ex", "2024-Q1", T, 3, 0),  # (1 + 3 + 0) / (2 + 4 + 0); G3 0/0 is a value pair
    ("cum_ex", "2024-Q1", 6, 3, 0), ("latest_ex", "2024-Q1", 12, 3, 0),
    ("mile_ex", "2024-Q1", 0, 0, 0),  # P1 not reported: 0, no value behind it
    # --- exclude, 2024-Q2: G1 3, G2 -, G3 n.v.t. (t/d 1/2, b nee), P1 10 ---
    ("sum_ex", "2024-Q2", 13, 2, 0), ("mean_ex", "2024-Q2", 6.5, 2, 0), ("median_ex", "2024-Q2", 6.5, 2, 0),
    ("share_ex", "2024-Q2", T, 3, 0), ("count_ex", "2024-Q2", 2, 2, 0),
    ("ratio_ex", "2024-Q2", 50, 3, 0),  # (2 + 1 + 5) / (4 + 2 + 10)
    ("cum_ex", "2024-Q2", 11, 4, 0),  # 6 + 1 + 4; every organisation has a flow to date
    ("latest_ex", "2024-Q2", 17, 3, 1),  # 3 + G2's 4 carried + 10; G3's n.v.t. stops its carry
    ("mile_ex", "2024-Q2", 1, 1, 0),
    # latest (with its age limit 4) at 2025-Q2: G1 3, G2's 2024-Q1 value is 5 quarters old, P1 4
    ("latest_ex", "2025-Q2", 13, 2, 1),
    ("sum_ex", "2025-Q4", None, 0, 0),  # no data at all
    # --- zero: a gap counts 0 / nee where the group has a value; not in n ---
    ("sum_zero", "2024-Q1", 12, 3, 0), ("mean_zero", "2024-Q1", 3, 3, 0),  # 12 / 4 (P1 0)
    ("median_zero", "2024-Q1", 3, 3, 0),  # median of 0, 2, 4, 6
    ("share_zero", "2024-Q1", 50, 3, 0),  # 2 of 4
    ("ratio_zero", "2024-Q1", T, 3, 0),  # P1 adds 0 / 0
    ("sum_zero", "2024-Q2", 13, 2, 0), ("mean_zero", "2024-Q2", 13 / 3, 2, 0),  # G2 0, G3 n.v.t. out
    ("median_zero", "2024-Q2", 3, 2, 0), ("share_zero", "2024-Q2", 50, 3, 0),  # G2 nee: 2 of 4
    ("count_zero", "2024-Q2", 2, 2, 0), ("ratio_zero", "2024-Q2", 50, 3, 0),
    ("cum_zero", "2024-Q2", 11, 4, 0), ("latest_zero", "2024-Q2", 17, 3, 1),
    ("mile_zero", "2024-Q2", 1, 1, 0),
    ("sum_zero", "2025-Q4", None, 0, 0),  # nobody reported: no value, also under zero
    # --- carry_forward, 2024-Q2: G2 carries 2024-Q1 (v 4, t/d 3/4, b nee) ---
    ("sum_carry", "2024-Q2", 17, 3, 1), ("mean_carry", "2024-Q2", 17 / 3, 3, 1),
    ("median_carry", "2024-Q2", 4, 3, 1),  # 3, 4, 10
    ("share_carry", "2024-Q2", 50, 4, 1),  # ja, nee (carried), nee, ja
    ("count_carry", "2024-Q2", 3, 3, 1),  # 3, 4, 10 all >= 3
    ("ratio_carry", "2024-Q2", 55, 4, 1),  # (2 + 3 + 1 + 5) / (4 + 4 + 2 + 10) = 11 / 20
    ("latest_carry", "2024-Q2", 17, 3, 1),
    # 2025-Q1: only G1 reports; G2's 2024-Q1 value is 4 quarters old (still counts), G3's pair and
    # P1's values are 3 quarters old
    ("sum_carry", "2025-Q1", 17, 3, 2), ("ratio_carry", "2025-Q1", 55, 4, 3),
    ("share_carry", "2025-Q1", 50, 4, 3),
    # 2025-Q2: G2's values are 5 quarters old and no longer count
    ("sum_carry", "2025-Q2", 13, 2, 1), ("ratio_carry", "2025-Q2", 50, 3, 2),  # (2 + 1 + 5) / 16
    ("share_carry", "2025-Q2", T, 3, 2),
    # 2025-Q3: nobody reports; G1's 2025-Q2 value is 1 quarter old, P1's 5
    ("sum_carry", "2025-Q3", 3, 1, 1),
    # max_carry: 1 at 2025-Q1: only G1's own value
    ("sum_carry1", "2025-Q1", 3, 1, 0), ("sum_carry1", "2024-Q2", 17, 3, 1),
]


@pytest.mark.parametrize(("indicator", "period", "value", "n", "carried"), NATIONAL,
                         ids=[f"{i}@{p}" for i, p, *_ in NATIONAL])
def test_national_value_n_and_carried(result, indicator, period, value, n, carried):
    r = row(result, indicator, period)
    assert (r["n"], r["carried"]) == (n, carried)
    assert r["value"] == (None if value is None else pytest.approx(value))


def test_every_combination_is_checked():
    assert {i for i, *_ in NATIONAL} >= {f"{k}_{p}" for k, p in COMBOS}


def test_zero_is_one_rule_in_every_breakdown(result):
    # G2 did not report 2024-Q2: the national share counts it as nee (2 of 4), its own row (a
    # group without a value) has no value and no numerator/denominator (not 0 of 1)
    nat = row(result, "share_zero", "2024-Q2")
    assert (nat["numerator"], nat["denominator"]) == (2, 4)
    g2 = row(result, "share_zero", "2024-Q2", "organisation", "G2")
    # no status: an organisation row is judged only against a target declared for it (none here)
    assert (g2["value"], g2["numerator"], g2["denominator"], g2["n"], g2["status"],
            g2["status_note"]) == (None, None, None, 0, None, "no_target")
    assert row(result, "sum_zero", "2024-Q2", "organisation", "G2")["value"] is None
    # the provincie group in 2024-Q1 (P1 did not report) has no value; gemeente counts all three
    assert row(result, "share_zero", "2024-Q1", "type", "provincie")["value"] is None
    assert row(result, "mean_zero", "2024-Q1", "type", "gemeente")["value"] == 4
    # one data point: P1 alone in its group
    one = row(result, "sum_ex", "2024-Q2", "type", "provincie")
    assert (one["value"], one["n"]) == (10, 1)


def test_ratio_zero_denominator_and_carried_pair(result):
    g3 = row(result, "ratio_ex", "2024-Q1", "organisation", "G3")  # 0 / 0: a pair, no value
    assert (g3["value"], g3["numerator"], g3["denominator"], g3["n"]) == (None, 0, 0, 1)
    g2 = row(result, "ratio_carry", "2024-Q2", "organisation", "G2")  # 3 / 4 from 2024-Q1
    assert (g2["value"], g2["numerator"], g2["denominator"], g2["carried"]) == (75, 3, 4, 1)
    assert row(result, "ratio_carry", "2025-Q2", "organisation", "G2")["value"] is None  # too old


def test_min_n_makes_the_status_insufficient_but_keeps_the_value(result):
    # carried median at 2024-Q2 of 3, 4, 10 = 4 (direction down, op koers without min_n) on n = 3 < 4
    r = row(result, "median_minn", "2024-Q2")
    assert (r["value"], r["n"], r["status"]) == (4, 3, "onvoldoende")
    assert row(result, "median_carry", "2024-Q2")["status"] == "op_koers"
