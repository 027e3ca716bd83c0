"""The monitor command, run as a real subprocess (exit codes, output, no tracebacks)."""

import csv
import io
import subprocess
import sys
from pathlib import Path

from helpers import make_world, submit_csv

from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None):
    proc = subprocess.run(
        [sys.executable, "-m", "monitor.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_validate_project_definitions():
    proc = run("validate")
    assert (proc.returncode, proc.stdout.strip()) == (0, "definitions are valid")


def test_validate_names_every_mistake_with_file_and_line():
    proc = run("validate", "--indicators", "tests/definitions/fixtures/with_problems")
    assert proc.returncode == 1
    lines = proc.stdout.strip().splitlines()
    assert lines[-1] == "7 error(s), 0 warning(s)"
    assert lines[0].startswith("tests/definitions/fixtures/with_problems/a01-cdo.yaml:13 ")
    assert any(":26 indicators[0].targets[0].period: '2025-Q5' is not a quarter" in x for x in lines)
    assert any("a02-digilab.yaml:6 action.owner" in x for x in lines)


def test_compute_formats(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    common = ["--config", str(tmp_path / "config.yaml"), "--indicators", str(tmp_path / "indicators")]
    proc = run("compute", *common, "--period", "2024-Q1", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 13  # one national row per indicator
    share = next(r for r in rows if r["indicator"] == "i_share")
    assert (share["value"], share["status"], share["reported"]) == ("50.0", "op_koers", "4")
    table = run("compute", *common, "--period", "2024-Q2")
    assert table.returncode == 0 and "i_ratio" in table.stdout and "behaald" in table.stdout


def test_user_mistakes_are_one_line_errors(tmp_path):
    proc = run("compute", "--db", str(tmp_path / "x.duckdb"), "--period", "2025-Q5")
    assert proc.returncode == 1
    assert proc.stderr.strip() == ("error: '2025-Q5' is not a quarter; write it as YYYY-Qn, e.g. 2025-Q3")
    proc = run("compute", "--config", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 1 and proc.stderr.startswith("error: cannot read configuration")
    proc = run(
        "compute",
        "--indicators",
        "tests/definitions/fixtures/with_problems",
        "--db",
        str(tmp_path / "x.duckdb"),
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        "error: 7 error(s) in the indicator definitions; run 'monitor validate'"
    )
    proc = run("frobnicate")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr
