"""Item 7: ``baseline: {period: ..., value: measured}`` takes the baseline from the data: the
national value the engine computes at the baseline quarter, when that value is usable (coverage at
least ``status.min_coverage``, at least ``min_n`` values). Hand-checked from ``DATA``:

- ``m`` at 2024-Q1: G1 3, G2 4, G3 5 (G4 did not report): sum 12, coverage 3/4; at 2024-Q2 all
  four: 3 + 4 + 5 + 6 = 18. With the final target 30 at 2025-Q4 (7 quarters after 2024-Q1) the
  planned value at 2024-Q2 is 12 + 18/7 = 14,571...; progress (18 - 12) / (30 - 12) = 1/3.
- at 2024-Q3 only G1 reported (coverage 1/4 < 0,5): a baseline measured there is not usable, so
  ``i_low`` has no baseline and no status (before it: ``before_baseline``).
- ``w`` (median, direction down) at 2024-Q1: 10, 8, 6 -> 8; at 2024-Q2: 9, 7, 5, 3 -> 6.
"""

from datetime import date

import polars as pl
import pytest
from helpers import make_world, submit_csv

from monitor.charts import indicator_trend
from monitor.cli import main
from monitor.compute.engine import compute
from monitor.definitions import load_definitions
from monitor.definitions.baselines import baseline_contradictions, check_against_data
from monitor.narrative import baseline_text
from monitor.periods import Quarter

ORGS = [("G1", "gemeente"), ("G2", "gemeente"), ("G3", "gemeente"), ("G4", "gemeente")]
HEAD = """
action: {id: a01, line: "7.1", title: {nl: T, en: T}, description: {nl: D, en: D}, owner: G1,
         start: 2024-Q1, end: 2025-Q4}
measures:
  - {id: m, title: {nl: M, en: M}, type: integer, min: 0, reporters: [gemeente],
     required: false}
  - {id: w, title: {nl: W, en: W}, type: decimal, min: 0, reporters: [gemeente],
     required: false}
indicators:
"""
DEFS = HEAD + """
  - {id: i_measured, title: {nl: Gemeten, en: Measured}, unit: n, compute: {kind: sum, measure: m},
     baseline: {period: 2024-Q1, value: measured}, targets: [{period: 2025-Q4, value: 30}]}
  - {id: i_typed, title: {nl: Ingevoerd, en: Typed}, unit: n, compute: {kind: sum, measure: m},
     baseline: {period: 2024-Q1, value: 12}, targets: [{period: 2025-Q4, value: 30}]}
  - {id: i_low, title: {nl: Laag, en: Low}, unit: n, compute: {kind: sum, measure: m},
     baseline: {period: 2024-Q3, value: measured}, targets: [{period: 2025-Q4, value: 30}]}
  - {id: i_min_n, title: {nl: MinN, en: MinN}, unit: n, compute: {kind: sum, measure: m}, min_n: 4,
     baseline: {period: 2024-Q1, value: measured}, targets: [{period: 2025-Q4, value: 30}]}
  - {id: i_down, title: {nl: Wacht, en: Wait}, unit: weken, direction: down,
     compute: {kind: median, measure: w}, precision: 1,
     baseline: {period: 2024-Q1, value: measured}, targets: [{period: 2025-Q4, value: 2}]}
"""
DATA = """organisatie;periode;maatstaf;waarde;toelichting
G1;2024-Q1;m;3;
G2;2024-Q1;m;4;
G3;2024-Q1;m;5;
G1;2024-Q1;w;10;
G2;2024-Q1;w;8;
G3;2024-Q1;w;6;
G1;2024-Q2;m;3;
G2;2024-Q2;m;4;
G3;2024-Q2;m;5;
G4;2024-Q2;m;6;
G1;2024-Q2;w;9;
G2;2024-Q2;w;7;
G3;2024-Q2;w;5;
G4;2024-Q2;w;3;
G1;2024-Q3;m;3;
G1;2024-Q3;w;9;
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("measured")
    rt = make_world(root, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    results = compute(rt.store, rt.defs, rt.config, until=Quarter.parse("2024-Q3"),
                      today=date(2024, 11, 15))
    return rt, root, results


def row(results: pl.DataFrame, ind: str, period: str, breakdown: str = "national") -> dict:
    rows = results.filter((pl.col("indicator") == ind) & (pl.col("period") == period)
                          & (pl.col("breakdown") == breakdown)).to_dicts()
    assert len(rows) == 1
    return rows[0]


def test_measured_baseline_is_the_national_value_at_its_quarter(world):
    _, _, results = world
    q1, q2 = row(results, "i_measured", "2024-Q1"), row(results, "i_measured", "2024-Q2")
    assert (q1["value"], q1["coverage"], q1["baseline"]) == (12.0, 0.75, 12.0)
    assert q1["status"] == "op_koers"  # at the baseline quarter nothing is planned yet
    assert q2["baseline"] == 12.0
    assert q2["planned"] == pytest.approx(12 + 18 / 7)
    assert q2["progress"] == pytest.approx(1 / 3)
    assert q2["status"] == "op_koers"  # 1/3 achieved of 1/7 planned


def test_measured_equals_its_typed_twin(world):
    """A typed baseline of exactly the measured value gives the same figures."""
    _, _, results = world
    cols = ["period", "breakdown", "group", "value", "baseline", "planned", "progress", "forecast",
            "status", "status_note"]
    measured = results.filter(pl.col("indicator") == "i_measured").select(cols)
    typed = results.filter(pl.col("indicator") == "i_typed").select(cols)
    assert measured.height > 0 and measured.equals(typed)


@pytest.mark.parametrize(("ind", "periods"), [("i_low", ["2024-Q3"]),
                                              ("i_min_n", ["2024-Q1", "2024-Q2", "2024-Q3"])])
def test_no_usable_value_no_baseline_no_status(world, ind, periods):
    # i_low: coverage 1/4 at 2024-Q3, below min_coverage 0,5; i_min_n: 3 values at 2024-Q1, min_n 4
    _, _, results = world
    for period in periods:
        r = row(results, ind, period)
        assert r["value"] is not None
        assert (r["baseline"], r["planned"], r["progress"], r["status"]) == (None, None, None, None)
        assert r["status_note"] == "no_baseline"
    if ind == "i_low":  # before the baseline quarter that note comes first
        assert row(results, ind, "2024-Q2")["status_note"] == "before_baseline"


def test_direction_down_measured(world):
    _, _, results = world
    q2 = row(results, "i_down", "2024-Q2")
    assert (q2["value"], q2["baseline"]) == (6.0, 8.0)
    assert q2["progress"] == pytest.approx((6 - 8) / (2 - 8))  # 1/3


def test_yaml_accepts_measured_and_explains_anything_else(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    bad = (tmp_path / "indicators" / "a01-test.yaml")
    bad.write_text(bad.read_text(encoding="utf-8").replace("value: measured}, targets: [{period: "
                                                           "2025-Q4, value: 30}]}\n  - {id: i_typed",
                                                           "value: gemeten}, targets: [{period: "
                                                           "2025-Q4, value: 30}]}\n  - {id: i_typed"),
                   encoding="utf-8")
    _, problems = load_definitions(rt.config, tmp_path / "indicators")
    errors = problems.errors
    assert len(errors) == 1
    text = str(errors[0])
    assert "a01-test.yaml" in text and "baseline" in text and "measured" in text
    assert "gemeten" in text and "give a number" in text and errors[0].line == 12


def test_against_data_skips_measured_and_warns_when_unmeasured(world):
    rt, _, results = world
    assert baseline_contradictions(rt.defs, results, 0.05).is_empty()
    problems = check_against_data(rt.defs, results, 0.05)
    found = sorted((p.code, p.path) for p in problems.warnings)
    assert found == [("baseline-unmeasured", "i_low.baseline"), ("baseline-unmeasured", "i_min_n.baseline")]
    assert len(problems) == 2
    assert all(p.file.endswith("a01-test.yaml") and p.line for p in problems.warnings)


def test_validate_against_data_cli(world, capsys):
    _, root, _ = world
    args = ["validate", "--config", str(root / "config.yaml"), "--indicators", str(root / "indicators"),
            "--db", str(root / "m.duckdb"), "--against-data"]
    assert main(args) == 0  # warnings, not errors
    out = capsys.readouterr().out
    assert "i_low.baseline" in out and "i_min_n.baseline" in out and "no status until" in out
    assert "i_measured" not in out and "0 errors, 2 warnings" in out


def test_texts_and_chart_show_the_measured_value(world):
    rt, _, results = world
    ind = rt.defs.indicators["i_measured"]
    assert baseline_text(ind, results, "nl") == "12 n (K1 2024, gemeten)"
    assert baseline_text(ind, results, "en") == "12 n (Q1 2024, measured)"
    assert baseline_text(rt.defs.indicators["i_typed"], None, "nl") == "12 n (K1 2024)"
    assert "geen bruikbare landelijke waarde" in baseline_text(rt.defs.indicators["i_low"], results, "nl")
    national = results.filter((pl.col("indicator") == "i_measured") & (pl.col("breakdown") == "national"))
    fig = indicator_trend(national, ind, "nl")
    base = [tr for tr in fig.data if (tr.meta or {}).get("role") == "baseline"]
    assert [list(base[0].y)] == [[12.0]]
    low = results.filter((pl.col("indicator") == "i_low") & (pl.col("breakdown") == "national"))
    fig = indicator_trend(low, rt.defs.indicators["i_low"], "nl")
    roles = {(tr.meta or {}).get("role") for tr in fig.data}
    assert "value" in roles and "baseline" not in roles and "planned" not in roles


def test_pages_and_report_say_why_there_is_no_status(world):
    from monitor.narrative import status_text

    _, _, results = world
    r = row(results, "i_min_n", "2024-Q2")
    assert status_text(r, "nl") == "– geen nulmeting gemeten"
    assert status_text(r, "en") == "– no baseline measured"
