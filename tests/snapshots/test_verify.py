"""``monitor snapshot verify`` and :func:`verify_snapshot`: a snapshot recomputes to its stored
results, a tampered one says which result differs, both audited; on real database files."""

import json

import pytest
from helpers import TODAY

from monitor.access.audit import audit_log
from monitor.access.errors import AccessDenied
from monitor.snapshots import create_snapshot
from monitor.snapshots.verify import verify_snapshot
from monitor.views.verify import differences_table
from tests.snapshots import test_cli
from tests.snapshots.fixture import open_v1

run = test_cli.run  # the fixture run(*argv) -> (exit code, stdout, stderr) through monitor.cli.main
opts = test_cli.opts


def verifications(rt):
    return audit_log(rt.store, action="snapshot.verify")


def test_a_fresh_snapshot_reproduces(world, run):
    sid = create_snapshot(world, "Voortgangsbrief 2024", "pm", until="2024-Q2", today=TODAY)
    n = world.store.scalar("SELECT count(*) FROM snapshot_results WHERE snapshot_id = ?", [sid])
    code, out, err = run("snapshot", "verify", str(sid), *opts(world), "--user", "kijker")
    assert (code, err) == (0, "")
    assert out == f"Peildatum {sid} 'Voortgangsbrief 2024' reproduceert: {n} resultaten gelijk.\n"
    code, out, _ = run("snapshot", "verify", str(sid), *opts(world), "--user", "pm", "--lang", "en")
    assert (code, out) == (0, f"Snapshot {sid} 'Voortgangsbrief 2024' reproduces: {n} results equal.\n")
    log = verifications(world)
    assert log["actor"].to_list() == ["pm", "kijker"] and set(log["target"]) == {str(sid)}
    detail = json.loads(log["detail"][0])
    assert (detail["reproduces"], detail["results"], detail["differing_rows"]) == (True, n, 0)
    assert detail["first_difference"] is None


def test_a_tampered_snapshot_names_the_differing_row(world, run):
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q2", today=TODAY)
    with world.store.transaction() as con:
        con.execute("UPDATE snapshot_results SET value = value + 1 WHERE indicator = 'i_share' AND "
                    "period = '2024-Q1' AND breakdown = 'national'")
    code, out, err = run("snapshot", "verify", str(sid), *opts(world), "--lang", "en")
    assert (code, err) == (1, "")  # "demo: acting as ..." is left out by run
    n = world.store.scalar("SELECT count(*) FROM snapshot_results WHERE snapshot_id = ?", [sid])
    assert out.splitlines() == [
        f"Snapshot {sid} 'Brief' does not reproduce: 1 of {n} results differ.",
        "  i_share 2024-Q1 national NL value: stored 51.0, recomputed 50.0",
    ]
    code, out, _ = run("snapshot", "verify", str(sid), *opts(world))
    assert code == 1
    assert "  i_share 2024-Q1 national NL value: opgeslagen 51.0, herberekend 50.0" in out.splitlines()
    detail = json.loads(verifications(world)["detail"][0])
    assert (detail["reproduces"], detail["differing_rows"]) == (False, 1)
    assert detail["first_difference"] == {
        "action": "a01", "indicator": "i_share", "period": "2024-Q1", "breakdown": "national",
        "group": "NL", "column": "value", "stored": "51.0", "recomputed": "50.0"}


def test_a_missing_or_extra_result_is_a_whole_row(world):
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q2", today=TODAY)
    with world.store.transaction() as con:
        con.execute("DELETE FROM snapshot_results WHERE indicator = 'i_sum' AND period = '2024-Q2' "
                    "AND breakdown = 'national'")
        con.execute("UPDATE snapshot_results SET status = NULL WHERE indicator = 'i_share' AND "
                    "period = '2024-Q2' AND breakdown = 'national'")
    found = verify_snapshot(world, sid, "pm")
    assert not found.reproduces and found.differing_rows == 2
    table = differences_table(found, "nl")
    assert table.columns == ["Indicator", "Kwartaal", "Uitsplitsing", "Groep", "Kolom", "Opgeslagen",
                             "Herberekend"]
    rows = table.rows()
    assert ("i_sum", "2024-Q2", "national", "NL", "(hele regel)", "(ontbreekt)", "(aanwezig)") in rows
    share = next(r for r in rows if r[0] == "i_share")
    assert share[4:6] == ("status", "–") and share[6] != "–"


def test_a_version_1_snapshot_reproduces(tmp_path, run):
    old = open_v1(tmp_path / "world")
    sid = int(old.store.scalar("SELECT max(id) FROM snapshots"))
    code, out, _ = run("snapshot", "verify", str(sid), *opts(old), "--user", "kijker", "--lang", "en")
    assert code == 0, out
    assert out.startswith(f"Snapshot {sid} ") and " reproduces: " in out
    assert verify_snapshot(old, sid, "pm").differences.is_empty()


def test_only_who_may_export_may_verify(world, run):
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q2", today=TODAY)
    code, out, err = run("snapshot", "verify", str(sid), *opts(world), "--user", "g1")
    assert (code, out) == (1, "") and err.startswith("error: ") and len(err.splitlines()) == 1
    with pytest.raises(AccessDenied):
        verify_snapshot(world, sid, "admin")
    denied = audit_log(world.store, action="access.denied")
    assert denied["actor"].to_list() == ["admin", "g1"]
    assert set(denied["target"]) == {f"snapshot {sid}"}
    assert verifications(world).is_empty()


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["snapshot", "verify", "99"], 2, "error: there is no snapshot 99"),
    (["snapshot", "verify", "abc"], 2, "error: 'abc' is not a snapshot id"),
])
def test_user_mistakes_are_one_error_line(world, run, argv, code, message):
    result, out, err = run(*argv, *opts(world))
    assert (result, out) == (code, "") and err.splitlines() == [err.splitlines()[0]]
    assert err.startswith(message), err


def test_numbers_equal_up_to_rounding_reproduce_and_are_counted(world, run):
    """A sum of the same values in another order can differ in its last digits (DuckDB adds in
    parallel): equal within TOLERANCE, said apart; a real change of a number is a difference."""
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q2", today=TODAY)
    where = "indicator = 'i_sum' AND period = '2024-Q1' AND breakdown = 'national'"
    with world.store.transaction() as con:
        con.execute(f"UPDATE snapshot_results SET value = 10.500000000000002 WHERE {where}")
    found = verify_snapshot(world, sid, "pm")
    assert (found.reproduces, found.rounded, found.differences.height) == (True, 1, 0)
    code, out, _ = run("snapshot", "verify", str(sid), *opts(world), "--user", "pm", "--lang", "en")
    assert code == 0 and out.endswith(" results equal. 1 number differs only in the last digits of the "
                                      "computation (rounding, relatively less than 0.000000001); it "
                                      "counts as equal.\n")
    with world.store.transaction() as con:
        con.execute(f"UPDATE snapshot_results SET value = 10.50001 WHERE {where}")
    found = verify_snapshot(world, sid, "pm")
    assert (found.reproduces, found.rounded) == (False, 0)
    assert found.differences.select("indicator", "column", "stored", "recomputed").rows() == [
        ("i_sum", "value", "10.50001", "10.5")]
