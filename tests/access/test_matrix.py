"""Issue 6: the full matrix role × action × organisation, through the package functions AND the
CLI (``monitor.cli.main``: argument parsing, ``--user``, exit code, the one ``error:`` line).

Every case starts from a copy of the same database (one submission by G1, one snapshot that locks
2024-Q1). An allowed case must succeed; a refused case must exit 1 / raise AccessDenied with a
clear message naming what was refused, leave every table except ``audit_log`` exactly as it was,
and add exactly one ``access.denied`` row naming the user.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from helpers import make_world, submit_csv

from monitor.access.errors import AccessDenied
from monitor.access.users import get_user, set_role
from monitor.cli import main
from monitor.demo.reset import reset_demo
from monitor.intake.ingest import submit_file
from monitor.publication.source import from_snapshot, live
from monitor.runtime import open_runtime
from monitor.snapshots import create_snapshot, reopen_quarter
from tests.compute.test_engine import DATA, DEFS, ORGS

ROLES = {"kijker": "viewer", "g1": "indiener", "pm": "programmamanager", "admin": "beheerder"}
FILE = "organisatie;periode;maatstaf;waarde;toelichting\n{org};2025-Q4;cdo;ja;\n"

# action -> the users allowed (everyone else is refused)
ALLOWED = {
    "submit own (G1)": {"g1", "pm"},
    "submit other (G2)": {"pm"},
    "submit bulk": {"pm"},
    "template G2": {"pm"},
    "snapshot create": {"pm"},
    "reopen 2024-Q1": {"pm"},
    "export live": {"pm"},
    "export snapshot": {"kijker", "pm"},
    "users set-role": {"admin"},
    "users list": {"admin"},
    "demo reset": {"admin"},
}
# the refusal sentence per action (Dutch part of the one-line message)
REFUSAL = {
    "submit own (G1)": "U mag geen gegevens aanleveren voor G1",
    "submit other (G2)": "U mag geen gegevens aanleveren voor G2",
    "submit bulk": "U mag geen bulkbestanden met historische gegevens laden",
    "template G2": "U mag geen gegevens aanleveren voor G2",
    "snapshot create": "U mag geen peildatum (snapshot) vastleggen",
    "reopen 2024-Q1": "U mag geen kwartaal heropenen",
    "export live": "U mag geen exports van de actuele (voorlopige) gegevens maken",
    "export snapshot": "U mag geen exports van een peildatum maken",
    "users set-role": "U mag geen gebruikers en rollen beheren",
    "users list": "U mag geen gebruikers en rollen beheren",
    "demo reset": "U mag de demodatabase niet opnieuw opbouwen",
}
CASES = [(user, act) for act in ALLOWED for user in ROLES]
WRITES = [c for c in CASES if c[1] != "template G2"]  # the template is a read: own test below


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("matrix")
    rt = make_world(path, DEFS, ORGS)
    submit_csv(rt, DATA)
    create_snapshot(rt, "Brief 2024", "pm", until="2024-Q1")
    for org in ("G1", "G2"):
        (path / f"{org}.csv").write_text(FILE.format(org=org), encoding="utf-8")
    return path


@pytest.fixture
def world(base, tmp_path):
    """The world's config with a fresh copy of the database."""
    db = tmp_path / "m.duckdb"
    shutil.copy(base / "m.duckdb", db)
    return base, db


def tables(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY ALL').fetchall() for n in names}
    finally:
        con.close()


def cli_args(action: str, user: str, base: Path, db: Path, out: Path) -> list[str]:
    common = ["--config", str(base / "config.yaml"), "--db", str(db), "--user", user]
    return {
        "submit own (G1)": ["ingest", str(base / "G1.csv"), "--org", "G1", "--period", "2025-Q4"],
        "submit other (G2)": ["ingest", str(base / "G2.csv"), "--org", "G2", "--period", "2025-Q4"],
        "submit bulk": ["ingest", str(base / "G2.csv"), "--bulk"],
        "template G2": ["template", "--org", "G2", "--period", "2025-Q4", "-o", str(out / "t.csv")],
        "snapshot create": ["snapshot", "create", "--label", "Brief 2025"],
        "reopen 2024-Q1": ["reopen", "2024-Q1", "--reason", "correctie G2"],
        "export live": ["export", "--snapshot", "live", "--out", str(out), "--formats", "csv"],
        "export snapshot": ["export", "--snapshot", "1", "--out", str(out), "--formats", "csv"],
        "users set-role": ["users", "set-role", "kijker", "indiener", "--org", "G2", "--reason", "nieuw"],
        "users list": ["users", "list", "--format", "csv"],
        "demo reset": ["demo", "--reset"],
    }[action] + common


def package_call(action: str, user: str, base: Path, db: Path):
    rt = open_runtime(db, config_path=base / "config.yaml")
    file = (base / ("G1.csv" if "G1" in action else "G2.csv")).read_bytes()
    if action.startswith("submit"):
        bulk = action == "submit bulk"
        org = None if bulk else ("G1" if "G1" in action else "G2")
        return submit_file(rt.store, rt.context(), file, "f.csv", organisation=org,
                           period=None if bulk else "2025-Q4", bulk=bulk, user=user).status
    return {
        "snapshot create": lambda: create_snapshot(rt, "Brief 2025", user),
        "reopen 2024-Q1": lambda: reopen_quarter(rt, "2024-Q1", user, "correctie G2"),
        "export live": lambda: live(rt, user).live,
        "export snapshot": lambda: from_snapshot(rt, 1, user).snapshot_id,
        "users set-role": lambda: set_role(rt.store, get_user(rt.store, user), "kijker", "indiener",
                                           ["G2"], "nieuw").role.value,
        "demo reset": lambda: reset_demo(db, base / "config.yaml", user=user).user,
    }[action]()


def assert_refused_cleanly(before: dict, db: Path, user: str) -> None:
    after = tables(db)
    log_before, log_after = before.pop("audit_log"), after.pop("audit_log")
    assert after == before  # nothing else changed
    new = log_after[len(log_before):]
    assert [(r[2], r[3]) for r in new] == [(user, "access.denied")]
    assert log_after[: len(log_before)] == log_before


@pytest.mark.parametrize(("user", "action"), WRITES, ids=[f"{u}-{a}" for u, a in WRITES])
def test_cli(world, tmp_path, capsys, user, action):
    base, db = world
    before = tables(db)
    code = main(cli_args(action, user, base, db, tmp_path / "out"))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if user in ALLOWED[action]:
        assert code == 0, err
    else:
        assert code == 1
        line = [x for x in err.splitlines() if x.startswith("error: ")]
        assert line and line[0].startswith(f"error: {REFUSAL[action]}"), err
        assert f"u bent {ROLES[user]}" in line[0]
        assert_refused_cleanly(before, db, user)


# what an allowed package call returns (submissions: their status, "accepted")
PACKAGE_RESULT = {"snapshot create": 2, "reopen 2024-Q1": ["Brief 2024"], "export live": True,
                  "export snapshot": 1, "users set-role": "indiener", "demo reset": "admin"}
PACKAGE = [c for c in WRITES if c[1] != "users list"]  # listing is guarded in the CLI/page only


@pytest.mark.parametrize(("user", "action"), PACKAGE, ids=[f"{u}-{a}" for u, a in PACKAGE])
def test_package(world, user, action):
    base, db = world
    before = tables(db)
    if user in ALLOWED[action]:
        assert package_call(action, user, base, db) == PACKAGE_RESULT.get(action, "accepted")
        if action.startswith("submit"):
            assert package_call(action, user, base, db) == "duplicate"  # stored the first time
    else:
        with pytest.raises(AccessDenied) as info:
            package_call(action, user, base, db)
        assert info.value.message("nl").startswith(REFUSAL[action])
        assert info.value.message("en").startswith("You may not")
        assert_refused_cleanly(before, db, user)


@pytest.mark.parametrize("user", list(ROLES))
def test_cli_template(world, tmp_path, capsys, user):
    base, db = world
    code = main(cli_args("template G2", user, base, db, tmp_path))
    err = capsys.readouterr().err
    if user in ALLOWED["template G2"]:
        assert code == 0 and (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbforganisatie")
    else:
        assert code == 1 and err.startswith(f"error: {REFUSAL['template G2']}")
        assert not (tmp_path / "t.csv").exists()


def test_demo_reset_is_audited_in_the_new_database(world, capsys):
    base, db = world
    old = len(tables(db)["submissions"])
    assert old == 9  # DATA: nine organisation-quarters
    assert main(["demo", "--reset", "--config", str(base / "config.yaml"), "--db", str(db),
                 "--user", "admin"]) == 0
    assert "rebuilt by admin (was 9 submissions)" in capsys.readouterr().out
    rows = tables(db)["audit_log"]
    reset = [r for r in rows if r[3] == "demo.reset"]
    assert len(reset) == 1 and reset[0][2] == "admin" and reset[0][4] == "m.duckdb"
    assert '"submissions": 9' in reset[0][5] and '"snapshots": 1' in reset[0][5]
    assert not tables(db)["snapshots"]  # the old snapshot went with the old database


def test_demo_reset_refused_in_production(world, tmp_path, capsys):
    import yaml

    base, db = world
    cfg = yaml.safe_load((base / "config.yaml").read_text(encoding="utf-8"))
    cfg["access"]["environment"] = "production"
    prod = tmp_path / "prod.yaml"
    prod.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    before = tables(db)
    assert main(["demo", "--reset", "--config", str(prod), "--db", str(db), "--user", "admin"]) == 1
    assert capsys.readouterr().err.startswith("error: Dit kan niet in productie")
    assert tables(db) == before


# --- issue 14 item 2: what a role may SEE of an organisation (the view functions refuse) ---------
SEEN = "U mag de aanleveringen en problemen van {org} niet inzien"
READS = {  # read -> (the users allowed, the refusal sentence)
    "history own (G1)": ({"g1", "pm"}, SEEN.format(org="G1")),
    "history other (G2)": ({"pm"}, SEEN.format(org="G2")),
    "problems own (G1)": ({"g1", "pm"}, SEEN.format(org="G1")),
    "problems other (G2)": ({"pm"}, SEEN.format(org="G2")),
    "timeliness own (G1)": ({"kijker", "g1", "pm"}, SEEN.format(org="G1")),
    "timeliness other (G2)": ({"kijker", "pm"}, SEEN.format(org="G2")),
    "peers G1": ({"kijker", "pm"}, "U mag de dashboards niet bekijken"),
    "peers G2": ({"kijker", "pm"}, "U mag de dashboards niet bekijken"),
    "rejections": ({"pm"}, SEEN.format(org="alle organisaties")),
    "common problems": ({"pm"}, SEEN.format(org="alle organisaties")),
}
READ_CASES = [(user, read) for read in READS for user in ROLES]


def package_read(read: str, user: str, base: Path, db: Path):
    from monitor.access.users import get_user
    from monitor.intake.history import submission_history
    from monitor.results import current_results
    from monitor.views.completeness import common_problems, rejections
    from monitor.views.organisation import open_problems, peer_comparison, timeliness

    rt = open_runtime(db, config_path=base / "config.yaml")
    who = get_user(rt.store, user)  # as the dashboard passes it: the User
    org = "G1" if "G1" in read else "G2"
    return {
        "history": lambda: submission_history(rt.store, who, org),
        "problems": lambda: open_problems(rt.store, who, org),
        "timeliness": lambda: timeliness(rt.store, who, org),
        "peers": lambda: peer_comparison(rt.store, who, current_results(rt), rt.defs, rt.register,
                                         org, "2024-Q1", "nl"),
        "rejections": lambda: rejections(rt.store, who, None),
        "common problems": lambda: common_problems(rt.store, user, None),  # an id works too
    }[read.split(" own")[0].split(" other")[0].split(" G")[0]]()


@pytest.mark.parametrize(("user", "read"), READ_CASES, ids=[f"{u}-{r}" for u, r in READ_CASES])
def test_package_read(world, user, read):
    base, db = world
    who_may, refusal = READS[read]
    before = tables(db)
    if user in who_may:
        assert package_read(read, user, base, db) is not None
        after = tables(db)
        assert after == before  # a read writes nothing, not even an audit row
    else:
        with pytest.raises(AccessDenied) as info:
            package_read(read, user, base, db)
        assert info.value.message("nl").startswith(refusal), info.value.message("nl")
        assert info.value.message("en").startswith("You may not")
        assert_refused_cleanly(before, db, user)
