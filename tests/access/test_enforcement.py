"""Issue 6: the rules hold in the package functions and the CLI, and refusals change nothing."""

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_world, submit_csv

from monitor.access.errors import AccessDenied
from monitor.exports.source import from_snapshot, live
from monitor.intake.ingest import submit_file
from monitor.snapshots import create_snapshot, reopen_quarter
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


@pytest.mark.parametrize(("user", "action", "call"), [
    ("g1", "submit", lambda rt: submit_file(rt.store, rt.context(), GOOD_G2, "g2.csv",
                                             organisation="G2", period="2025-Q4", user="g1")),
    ("g1", "submit.bulk", lambda rt: submit_file(rt.store, rt.context(), GOOD_G2, "g2.csv",
                                                  bulk=True, user="g1")),
    ("kijker", "submit", lambda rt: submit_file(rt.store, rt.context(), GOOD_G2, "g2.csv",
                                                 organisation="G2", period="2025-Q4",
                                                 user="kijker")),
    ("kijker", "snapshot.create", lambda rt: create_snapshot(rt, "Brief", "kijker")),
    ("g1", "period.reopen", lambda rt: reopen_quarter(rt, "2024-Q1", "g1", "graag")),
    ("kijker", "export.live", lambda rt: live(rt, "kijker")),
    ("g1", "export.snapshot", lambda rt: from_snapshot(rt, 1, "g1")),
    ("admin", "submit", lambda rt: submit_file(rt.store, rt.context(), GOOD_G2, "g2.csv",
                                                organisation="G2", period="2025-Q4", user="admin")),
    ("niemand", "snapshot.create", lambda rt: create_snapshot(rt, "Brief", "niemand")),
])
def test_refused_and_nothing_changes(world, user, action, call):
    create_snapshot(world, "Brief 2024", "pm", until="2024-Q1")  # something to reopen/export
    before = tables(world)
    with pytest.raises(AccessDenied):
        call(world)
    assert tables(world) == before
    assert denied_rows(world)[-1] == (user, "access.denied")


def test_indiener_submits_for_own_organisation_only(world):
    own = GOOD_G2.replace(b"G2;", b"G1;")
    res = submit_file(world.store, world.context(), own, "g1.csv", organisation="G1",
                      period="2025-Q4", user="g1")
    assert (res.status, world.store.scalar("SELECT submitted_by FROM submissions ORDER BY id DESC"
                                           " LIMIT 1")) == ("accepted", "g1")
    with pytest.raises(AccessDenied, match="U mag geen gegevens aanleveren voor G2"):
        submit_file(world.store, world.context(), GOOD_G2, "g2.csv", organisation="G2",
                    period="2025-Q4", user="g1")


def test_programme_manager_may_do_everything_of_the_matrix(world):
    res = submit_file(world.store, world.context(), GOOD_G2, "g2.csv", organisation="G2",
                      period="2025-Q4", user="pm")
    assert res.status == "accepted"
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q1")
    assert reopen_quarter(world, "2024-Q1", "pm", "correctie") == ["Brief"]
    assert from_snapshot(world, sid, "pm").snapshot_id == sid
    assert live(world, "pm").live is True


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
