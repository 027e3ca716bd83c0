"""Item 7: a typed baseline that contradicts the monitor's own measurement at its quarter is
reported by ``monitor validate --against-data`` at the baseline key's file and line (hand-checked:
G1 3 + G2 4 = 7 at 2024-Q1; a typed 10 is 42,9 % off, a typed 7,2 is within 5 %)."""

from datetime import date

import pytest
from helpers import make_world, submit_csv

from monitor.cli import main
from monitor.compute.engine import compute
from monitor.definitions.baselines import baseline_contradictions

DEFS = """
action: {id: a01, line: "7.1", title: {nl: T, en: T}, description: {nl: D, en: D}, owner: G1,
         start: 2024-Q1, end: 2025-Q4}
measures:
  - {id: m, title: {nl: M, en: M}, type: integer, reporters: [gemeente]}
indicators:
  - id: i_wrong
    title: {nl: Fout, en: Wrong}
    unit: n
    compute: {kind: sum, measure: m}
    baseline: {period: 2024-Q1, value: 10}
    targets: [{period: 2025-Q4, value: 20}]
  - id: i_close
    title: {nl: Dichtbij, en: Close}
    unit: n
    compute: {kind: sum, measure: m}
    baseline: {period: 2024-Q1, value: 7.2}
    targets: [{period: 2025-Q4, value: 20}]
"""
DATA = """organisatie;periode;maatstaf;waarde;toelichting
G1;2024-Q1;m;3;
G2;2024-Q1;m;4;
"""


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.delenv("MONITOR_DB", raising=False)
    rt = make_world(tmp_path, DEFS, [("G1", "gemeente"), ("G2", "gemeente")])
    assert submit_csv(rt, DATA).status == "accepted"
    return rt, tmp_path


def test_contradictions_are_hand_checked(world):
    rt, _ = world
    results = compute(rt.store, rt.defs, rt.config, today=date(2026, 1, 15))
    found = baseline_contradictions(rt.defs, results, 0.05)
    assert found["indicator"].to_list() == ["i_wrong"]
    row = found.row(0, named=True)
    assert (row["baseline"], row["measured"], row["line"]) == (10.0, 7.0, 11)
    assert row["relative"] == pytest.approx(3 / 7)


def test_validate_against_data_reports_file_and_line(world, capsys):
    _, root = world
    args = ["validate", "--config", str(root / "config.yaml"), "--indicators", str(root / "indicators"),
            "--db", str(root / "m.duckdb")]
    assert main(args) == 0
    assert "baseline-data" not in capsys.readouterr().out  # without --against-data: not checked
    assert main([*args, "--against-data"]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert "a01-test.yaml:11" in out and "i_wrong" in out and "(+42.9%)" in out
    assert "i_close" not in out
    assert "0 errors, 1 warning" in out
