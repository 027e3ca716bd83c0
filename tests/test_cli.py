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
    assert lines[-1] == "11 errors, 0 warnings"
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
        "error: 11 errors in the indicator definitions; run 'monitor validate'"
    )
    proc = run("frobnicate")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr


def world_args(tmp_path):
    return ["--config", str(tmp_path / "config.yaml"), "--indicators", str(tmp_path / "indicators")]


def test_ingest_contract(tmp_path):
    import json

    make_world(tmp_path, DEFS, ORGS)
    common = world_args(tmp_path)
    good = tmp_path / "g1.csv"
    good.write_text("organisatie;periode;maatstaf;waarde;toelichting\nG1;2025-Q4;cdo;ja;\n"
                    "G1;2025-Q4;fte;2,5;\n", encoding="utf-8")
    dry = run("ingest", str(good), "--org", "G1", "--period", "2025-Q4", "--dry-run",
              "--format", "json", *common)
    assert dry.returncode == 0
    report = json.loads(dry.stdout)
    assert (report["status"], report["counts"]) == ("valid", {"new": 2, "changed": 0, "unchanged": 0})
    assert "i_share" in report["indicators"] and "i_sum" in report["indicators"]
    ok = run("ingest", str(good), "--org", "G1", "--period", "2025-Q4", "--format", "json",
             "--user", "jan", *common)
    report = json.loads(ok.stdout)
    assert (ok.returncode, report["status"], report["errors"]) == (0, "accepted", [])
    assert isinstance(report["submission_id"], int)
    again = run("ingest", str(good), "--org", "G1", "--period", "2025-Q4", "--format", "json", *common)
    assert (again.returncode, json.loads(again.stdout)["status"]) == (0, "duplicate")
    bad = tmp_path / "bad.csv"
    bad.write_text("organisatie;periode;maatstaf;waarde;toelichting\nG1;2025-Q4;cdo;misschien;\n",
                   encoding="utf-8")
    rejected = run("ingest", str(bad), "--org", "G1", "--period", "2025-Q4", "--format", "json",
                   "--lang", "en", *common)
    report = json.loads(rejected.stdout)
    assert rejected.returncode == 1
    assert report["status"] == "rejected" and report["submission_id"] is None
    assert [(e["row"], e["column"], e["value"], e["code"]) for e in report["errors"]] == [
        (2, "waarde", "misschien", "bad-boolean")]
    assert report["errors"][0]["message"] == "'misschien' is not yes or no (ja/nee)."
    text = run("ingest", str(bad), "--org", "G1", "--period", "2025-Q4", *common)
    assert text.returncode == 1
    assert "error row 2, waarde [bad-boolean]: 'misschien' is geen ja of nee." in text.stdout
    usage = run("ingest", str(good), "--org", "G1", *common)
    assert usage.returncode == 2 and usage.stderr.startswith("error: give --org and --period")
    missing = run("ingest", str(tmp_path / "nope.csv"), "--org", "G1", "--period", "2025-Q4", *common)
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_ingest_refuses_a_file_over_the_cap_before_reading(tmp_path):
    import json

    import yaml

    make_world(tmp_path, DEFS, ORGS)
    cfg = yaml.safe_load((tmp_path / "config.yaml").read_text(encoding="utf-8"))
    cfg["intake"] = {"max_file_mb": 0.001, "max_bulk_mb": 1}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    big = tmp_path / "big.csv"
    big.write_bytes(b"organisatie;periode;maatstaf;waarde;toelichting\n" + b"G1;2025-Q4;fte;1;\n" * 200)
    proc = run("ingest", str(big), "--org", "G1", "--period", "2025-Q4", "--format", "json",
               *world_args(tmp_path))
    report = json.loads(proc.stdout)
    assert (proc.returncode, report["status"], report["errors"][0]["code"]) == (
        1, "rejected", "file-too-large")


def test_template_command(tmp_path):
    make_world(tmp_path, DEFS, ORGS)
    out = tmp_path / "sjabloon.csv"
    proc = run("template", "--org", "P1", "--period", "2025-Q4", "-o", str(out), *world_args(tmp_path))
    assert proc.returncode == 0
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("organisatie;periode;maatstaf;waarde;toelichting;omschrijving")
    assert [line.split(";")[2] for line in lines[1:] if line] == ["cdo", "fte", "live"]
    unknown = run("template", "--org", "XX", "--period", "2025-Q4", *world_args(tmp_path))
    assert unknown.returncode == 2
    assert unknown.stderr.strip().splitlines()[-1] == "error: 'XX' is not a known organisation code"


def test_the_parser_loads_no_heavy_module():
    """``monitor --help`` builds the parser from every command module: none of them may import
    polars, duckdb, plotly or streamlit at the top (issue 19: the CLI starts light)."""
    import subprocess
    import sys

    code = ("import monitor.cli, sys; monitor.cli.build_parser(); print(sorted(m for m in "
            "('polars', 'duckdb', 'plotly', 'streamlit', 'pyarrow', 'pydantic') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_ingest_loads_no_pyarrow(tmp_path):
    """A ``monitor ingest`` with history (warnings and the comparison read stored values) hands
    its frames to DuckDB without pyarrow (issue 19: importing it cost every ingest ≈0,15 s of CPU),
    and loads no module that only charts, pages or Excel files need."""
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    good = tmp_path / "g1.csv"
    good.write_text("organisatie;periode;maatstaf;waarde;toelichting\nG1;2025-Q4;cdo;ja;\n"
                    "G1;2025-Q4;fte;2,5;\n", encoding="utf-8")
    code = ("import sys; from monitor.cli import main; rc = main(sys.argv[1:]); print(rc, sorted(m for m "
            "in ('pyarrow', 'numpy', 'plotly', 'streamlit', 'openpyxl') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, "ingest", str(good), "--org", "G1", "--period",
                           "2025-Q4", "--user", "jan", *world_args(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert lines[-2].startswith("accepted: 2 new"), done.stdout + done.stderr
    assert lines[-1] == "0 []"
