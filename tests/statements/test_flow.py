"""The four-eyes flow through the package functions and the CLI: write, submit, return, correct,
approve; refusals audited and nothing changed; visibility of unpublished versions."""

import json

import pytest

from monitor.access.audit import audit_log
from monitor.access.errors import AccessDenied
from monitor.access.users import get_user
from monitor.cli import main
from monitor.errors import MonitorError
from monitor.statements import Draft, review_statement, save_statement, statements_for, visible_versions
from monitor.statements.store import versions
from tests.statements.conftest import FIXTURES, TODAY

OWNER, PM, PM2 = "demo-actiehouder", "demo-programmamanager", "demo-programmamanager-2"
Q = "2026-Q1"  # a quarter without demo statements


def draft(**changes) -> Draft:
    base = {"action": "a04", "period": Q, "texts": {"results": "Resultaten.\n\n- punt een\n- punt twee",
                                                     "plans": "Plannen."},
            "judgement": "aandachtspunt", "reason": "Zie de knelpunten."}
    return Draft(**(base | changes))


def state(rt, action="a04", period=Q):
    return versions(rt.store, action=action, period=period).select(
        "version", "state", "written_by", "reviewed_by", "remark").rows()


def test_owner_writes_pm_returns_owner_corrects_other_pm_approves(world):
    rt, _ = world
    saved = save_statement(rt, OWNER, draft(texts={"results": "Half af."}), submit=False, today=TODAY)
    assert saved.version["state"] == "draft" and not saved.problems
    saved = save_statement(rt, OWNER, draft(), submit=True, today=TODAY)
    assert (saved.version["version"], saved.version["state"]) == (2, "submitted")
    assert statements_for(rt, None, "a04", Q) == []  # nothing published yet
    review_statement(rt, PM, "a04", Q, approve=False, remark="Noem de gemeenten bij naam.")
    save_statement(rt, OWNER, draft(texts={"results": "Gemeenten A en B.", "plans": "P."}),
                   submit=True, today=TODAY)
    row = review_statement(rt, PM2, "a04", "2026 Q1", approve=True)
    assert row["state"] == "approved" and row["reviewed_by"] == PM2
    assert state(rt) == [(1, "draft", OWNER, None, None),
                         (2, "returned", OWNER, PM, "Noem de gemeenten bij naam."),
                         (3, "approved", OWNER, PM2, None)]
    [pub] = statements_for(rt, None, "a04", Q)
    assert (pub.version, pub.texts["results"], pub.judgement) == (3, "Gemeenten A en B.", "aandachtspunt")
    log = audit_log(rt.store, target=f"a04/{Q}")
    assert log["action"].to_list()[::-1] == ["statement.save", "statement.submit", "statement.return",
                                             "statement.submit", "statement.approve"]
    assert log["reason"].to_list()[2] == "Noem de gemeenten bij naam."  # the return, newest first


def test_an_edit_after_approval_is_a_new_version_and_the_approved_one_stays_published(world):
    rt, _ = world
    save_statement(rt, OWNER, draft(), submit=True, today=TODAY)
    review_statement(rt, PM, "a04", Q, approve=True)
    save_statement(rt, OWNER, draft(texts={"results": "Bijgewerkt.", "plans": "P."}), submit=True,
                   today=TODAY)
    [pub] = statements_for(rt, None, "a04", Q)
    assert pub.version == 1 and pub.texts["results"].startswith("Resultaten.")
    assert [s for _, s, *_ in state(rt)] == ["approved", "submitted"]


def refusals(rt):
    return audit_log(rt.store, action="access.denied").height


def test_four_eyes_the_writer_may_not_approve_refused_audited_nothing_changed(world):
    rt, _ = world
    save_statement(rt, PM, draft(), submit=True, today=TODAY)
    before, denied = state(rt), refusals(rt)
    with pytest.raises(AccessDenied) as exc:
        review_statement(rt, PM, "a04", Q, approve=True)
    assert "vier ogen" in exc.value.nl and "four eyes" in exc.value.en
    assert state(rt) == before and refusals(rt) == denied + 1
    assert audit_log(rt.store, action="statement.approve", target=f"a04/{Q}").is_empty()


@pytest.mark.parametrize(("who", "action"), [("demo-actiehouder", "a05"), ("demo-viewer", "a04"),
                                             ("demo-amsterdam", "a04"), ("nobody-here", "a04")])
def test_writing_without_statement_write_for_the_action_is_refused_and_audited(world, who, action):
    rt, _ = world
    denied = refusals(rt)
    with pytest.raises(AccessDenied):
        save_statement(rt, who, draft(action=action), submit=True, today=TODAY)
    assert versions(rt.store, period=Q).is_empty() and refusals(rt) == denied + 1
    row = audit_log(rt.store, action="access.denied").row(0, named=True)
    assert row["actor"] == who and row["target"] == f"{action}/{Q}"


def test_reviewing_is_for_programme_managers_and_needs_a_submitted_version(world):
    rt, _ = world
    save_statement(rt, OWNER, draft(), submit=False, today=TODAY)
    with pytest.raises(AccessDenied):
        review_statement(rt, OWNER, "a04", Q, approve=True)
    with pytest.raises(MonitorError, match="awaits approval"):
        review_statement(rt, PM, "a04", Q, approve=True)
    with pytest.raises(MonitorError, match="remark"):
        review_statement(rt, PM, "a04", Q, approve=False, remark=" ")
    assert state(rt) == [(1, "draft", OWNER, None, None)]


def test_problems_store_nothing(world):
    rt, _ = world
    saved = save_statement(rt, OWNER, draft(judgement="prima", texts={}), submit=True, today=TODAY)
    assert saved.version is None
    assert {p.path for p in saved.problems.items} == {"results", "plans", "judgement"}
    assert versions(rt.store, period=Q).is_empty()
    assert audit_log(rt.store, action="statement.*", target=f"a04/{Q}").is_empty()


def test_unpublished_versions_are_for_writers_and_reviewers_only(world):
    rt, _ = world
    save_statement(rt, OWNER, draft(), submit=True, today=TODAY)

    def seen(user_id):
        frame = visible_versions(rt, get_user(rt.store, user_id), action="a04", period=Q)
        return frame["state"].to_list()

    assert seen(OWNER) == seen(PM) == ["submitted"]
    assert seen("demo-viewer") == []


def cli(*args, db):
    return main(["statement", *args, "--db", str(db)])


def test_the_cli_flow_with_json_list(world, capsys, tmp_path):
    _, db = world
    src = (FIXTURES / "valid" / "a04-minimal.yaml").read_text().replace("2026 Q3", "2026 Q1")
    (tmp_path / "a04.yaml").write_text(src)
    assert cli("submit", str(tmp_path / "a04.yaml"), "--user", OWNER, db=db) == 0
    assert "version 1 stored (awaiting approval)" in capsys.readouterr().out
    assert cli("approve", "a04", Q, "--user", OWNER, db=db) == 1  # not a reviewer
    assert "error:" in capsys.readouterr().err
    assert cli("return", "a04", Q, "--remark", "Meer cijfers.", "--user", PM, db=db) == 0
    assert cli("submit", str(tmp_path / "a04.yaml"), "--user", OWNER, db=db) == 0
    assert cli("approve", "a04", Q, "--user", PM2, db=db) == 0
    capsys.readouterr()
    assert cli("list", "--action", "a04", "--quarter", Q, "--format", "json", "--user", PM, db=db) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["version"], r["state"], r["remark"]) for r in rows] == [
        (1, "returned", "Meer cijfers."), (2, "approved", None)]
    assert rows[1]["body"]["results"].startswith("De federatieve catalogus")
    assert rows[1]["source"] == "file" and rows[1]["file_name"] == "a04.yaml"


def test_the_cli_prints_every_problem_with_line_and_stores_nothing(world, capsys):
    rt, db = world
    n = versions(rt.store).height
    assert cli("submit", str(FIXTURES / "with_problems" / "unknown-keys.yaml"), "--user", PM,
               db=db) == 1
    err = capsys.readouterr().err
    assert "unknown-keys.yaml:5 results: 'results' appears twice in the file." in err
    assert "unknown-keys.yaml:1 action: Action: 'a99' is not an action of the strategy." in err
    assert err.strip().endswith("problems; nothing stored")
    assert versions(rt.store).height == n
