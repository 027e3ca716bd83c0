"""Issue 6: the rules hold in the package functions and the CLI, and refusals change nothing."""

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_world, submit_csv

from monitor.access.errors import AccessDenied
from monitor.snapshots import create_snapshot
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]
GOOD_G2 = b"organisatie;periode;maatstaf;waarde;toelichting\nG2;2025-Q4;cdo;ja;\n"


@pytest.fixture
def world(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    return rt


def tables(rt):
    return {t: rt.store.query(f'SELECT * FROM "{t}" ORDER BY ALL').rows()
            for t in ("submissions", "submitted_values", "rejected_attempts", "snapshots",
                      "period_locks")}


def denied_rows(rt):
    return rt.store.query("SELECT actor, action FROM audit_log WHERE action = 'access.denied' "
                          "ORDER BY id").rows()


def test_unknown_user_is_refused_and_named_in_the_audit_log(world):
    """The role × action × organisation matrix is in test_matrix.py; an id that is no user at all
    is refused like nobody, and the log keeps the claimed id."""
    create_snapshot(world, "Brief 2024", "pm", until="2024-Q1")
    before = tables(world)
    with pytest.raises(AccessDenied, match="Er is geen gebruiker 'niemand' in de monitor"):
        create_snapshot(world, "Brief", "niemand")
    assert tables(world) == before
    assert denied_rows(world)[-1] == ("niemand", "access.denied")


def run_cli(tmp_path, *args):
    proc = subprocess.run([sys.executable, "-m", "monitor.cli", *args, "--config",
                           str(tmp_path / "config.yaml")], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert "Traceback" not in proc.stderr
    return proc


def test_cli_applies_the_users_role(world, tmp_path):
    f = tmp_path / "g2.csv"
    f.write_bytes(GOOD_G2)
    before = tables(world)
    proc = run_cli(tmp_path, "ingest", str(f), "--org", "G2", "--period", "2025-Q4", "--user", "g1")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: U mag geen gegevens aanleveren voor G2")
    proc = run_cli(tmp_path, "snapshot", "create", "--label", "Brief", "--user", "kijker")
    assert proc.returncode == 1 and "error: " in proc.stderr
    proc = run_cli(tmp_path, "ingest", str(f), "--org", "G2", "--period", "2025-Q4", "--user",
                   "onbekend")
    assert proc.returncode == 1 and "onbekend" in proc.stderr
    assert tables(world) == before
    ok = run_cli(tmp_path, "ingest", str(f), "--org", "G2", "--period", "2025-Q4", "--user", "pm")
    assert ok.returncode == 0, ok.stderr
