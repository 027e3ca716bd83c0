"""The snapshot commands through ``monitor.cli.main``:
exit codes, output and one ``error:`` line for a user mistake."""

import csv
import io
import json

import pytest
from helpers import TODAY

from monitor import cli
from monitor.commands import snapshot as commands
from monitor.snapshots import create_snapshot
from tests.snapshots.fixture import clone


@pytest.fixture
def run(capsys):
    """run(*argv) -> (exit code, stdout, stderr) through monitor.cli.main."""
    assert set(commands.COMMANDS) <= set(cli.COMMANDS)  # wired into the real CLI

    def run(*argv):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse
            code = exc.code
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        # without --user, demo mode says which demo user acts: not part of the messages tested
        err = "".join(line for line in err.splitlines(keepends=True)
                      if not line.startswith("demo: acting as "))
        return code, out, err

    return run


@pytest.fixture(scope="module")
def locked(world_template, tmp_path_factory):
    """The world with snapshot 1 ('Brief', up to 2024-Q1); tests must not change it."""
    rt = clone(world_template, tmp_path_factory.mktemp("cli") / "world")
    create_snapshot(rt, "Brief", "pm", until="2024-Q1", today=TODAY)
    return rt


def opts(rt):
    root = rt.store.path.parent
    return ["--config", str(root / "config.yaml"), "--indicators", str(root / "indicators")]


def test_create_list_diff_reopen_lineage(world, run):
    o = opts(world)
    code, out, err = run("snapshot", "create", *o, "--label", "Voortgangsbrief 2024", "--user", "pm",
                         "--period", "2024-Q2")
    assert (code, out) == (0, "1\n")
    assert "snapshot 1 'Voortgangsbrief 2024' created" in err and "2024-Q1 to 2024-Q2 locked" in err
    code, out, _ = run("snapshot", "list", *o, "--format", "json")
    assert code == 0
    assert [(s["id"], s["label"], s["until_period"], s["values"]) for s in json.loads(out)] == [
        (1, "Voortgangsbrief 2024", "2024-Q2", 40)]
    code, out, _ = run("reopen", "2024-Q1", *o, "--reason", "G2 corrigeert", "--user", "pm")
    assert (code, out) == (0, "2024-Q1 reopened for submissions (was locked by: Voortgangsbrief 2024)\n")
    code, out, _ = run("snapshot", "diff", "1", "live", *o)
    assert code == 0 and "revised values: 0" in out and "-> live" in out
    code, out, _ = run("snapshot", "diff", "1", "1", *o, "--format", "csv")
    assert code == 0
    assert out.lstrip("\ufeff").splitlines() == ["section;change;subject;organisation;period;old;new;"
                                                 "old_status;new_status"]
    code, out, _ = run("lineage", "i_share", "2024-Q1", *o, "--snapshot", "1", "--format", "json")
    assert code == 0
    assert [(r["organisation"], r["value"], r["submission_id"]) for r in json.loads(out)] == [
        ("G1", "ja", 1), ("G2", "nee", 2), ("G3", "ja", 3), ("P1", "nee", 4)]
    code, out, _ = run("lineage", "i_sum", "2024-Q2", *o, "--format", "csv")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    assert [(r["organisation"], r["value"]) for r in table] == [
        ("G1", "2,5"), ("G2", "n.v.t."), ("G4", "1"), ("P1", "4")]
    code, out, _ = run("lineage", "i_sum", "2024-Q2", *o)
    assert code == 0 and "submission_id" in out


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["snapshot", "create", "--label", ""], 2, "error: give the snapshot a label"),
    (["snapshot", "create", "--label", "  "], 2, "error: give the snapshot a label"),
    (["snapshot", "create"], 2, "error: give the snapshot a label"),
    (["snapshot", "diff", "99", "live"], 2, "error: there is no snapshot 99"),
    (["snapshot", "diff", "1", "abc"], 2, "error: 'abc' is not a snapshot id"),
    (["lineage", "i_share", "2024-Q1", "--snapshot", "5"], 2, "error: there is no snapshot 5"),
    (["lineage", "i_nope", "2024-Q1"], 2, "error: 'i_nope' is not an indicator"),
    (["reopen", "2024-Q1"], 2, "error: give a reason with --reason"),
    (["reopen", "2024-Q1", "--reason", ""], 2, "error: give a reason with --reason"),
    (["reopen", "2024-Q3", "--reason", "test"], 2, "error: 2024-Q3 is not locked"),
    (["reopen", "2024-Q5", "--reason", "test"], 1, "error: '2024-Q5' is not a quarter"),
    (["snapshot", "create", "--label", "Brief", "--period", "2023-Q1"], 2,
     "error: 2023-Q1 lies before the programme start 2024-Q1"),
])
def test_user_mistakes_are_one_error_line(locked, run, argv, code, message):
    world = locked
    before = world.store.query("SELECT * FROM period_locks ORDER BY ALL")
    result, out, err = run(*argv, *opts(world))
    assert result == code
    assert out == ""
    assert err.splitlines() == [err.splitlines()[0]] and err.startswith(message), err
    assert world.store.query("SELECT * FROM period_locks ORDER BY ALL").equals(before)
    assert world.store.scalar("SELECT count(*) FROM snapshots") == 1


def test_snapshot_of_an_empty_database_is_refused(tmp_path, run):
    from helpers import make_world

    from tests.compute.test_engine import DEFS, ORGS

    rt = make_world(tmp_path, DEFS, ORGS)
    code, out, err = run("snapshot", "create", "--label", "Brief", *opts(rt))
    assert (code, out) == (1, "")
    assert err.startswith("error: database ") and err.strip().endswith("there is nothing to freeze")
