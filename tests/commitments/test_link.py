"""Linking commitments to actions (audited, history kept), the suggestion from the text, the
snapshot copy and what the report annexes read."""

from datetime import date

import pytest

from monitor.access.errors import AccessDenied
from monitor.commitments.annex import commitments_for
from monitor.commitments.store import (
    current_commitments,
    import_commitments,
    link_commitment,
    link_history,
    unlink_commitment,
)
from monitor.commitments.suggest import action_keywords, suggest_actions
from monitor.errors import UsageError
from monitor.views.commitments import suggestion_line
from tests.commitments.conftest import MOTIES, PM, TOEZEGGINGEN, VIEWER


@pytest.fixture
def loaded(rt):
    import_commitments(rt.store, PM, TOEZEGGINGEN.read_bytes(), file_name="t.json")
    import_commitments(rt.store, PM, MOTIES.read_bytes(), file_name="m.json")
    return rt


def known(rt) -> set[str]:
    return {a.id for a in rt.defs.actions}


def actions_of(rt, number: str) -> list[str]:
    frame = current_commitments(rt.store)
    return frame.filter(frame["number"] == number)["actions"].to_list()[0]


def test_link_and_unlink_are_audited_and_kept_as_history(loaded):
    rt = loaded
    cid = link_commitment(rt.store, PM, "TZ202303-027", "a04", known_actions=known(rt))
    link_commitment(rt.store, PM, cid, "a07", known_actions=known(rt))
    assert actions_of(rt, "TZ202303-027") == ["a04", "a07"]
    unlink_commitment(rt.store, PM, "TZ202303-027", "a07", known_actions=known(rt))
    assert actions_of(rt, "TZ202303-027") == ["a04"]
    history = link_history(rt.store, cid)
    assert history["action"].to_list() == ["a04", "a07"]
    assert history["unlinked_by"].to_list() == [None, PM]
    log = rt.store.query("SELECT actor, action, target FROM audit_log WHERE action LIKE "
                         "'commitments.%link' ORDER BY id").rows()
    assert log == [(PM, "commitments.link", cid), (PM, "commitments.link", cid),
                   (PM, "commitments.unlink", cid)]


@pytest.mark.parametrize(("commitment", "action", "says"), [
    ("TZ209912-999", "a04", "no commitment or motion with number or Id 'TZ209912-999'"),
    ("TZ202303-027", "a99", "unknown action 'a99'"),
])
def test_unknown_commitment_or_action(loaded, commitment, action, says):
    with pytest.raises(UsageError, match=says):
        link_commitment(loaded.store, PM, commitment, action, known_actions=known(loaded))
    assert link_history(loaded.store).is_empty()


def test_twice_and_not_linked_are_refused(loaded):
    rt = loaded
    link_commitment(rt.store, PM, "2023Z20412", "a05", known_actions=known(rt))
    with pytest.raises(UsageError, match="already linked"):
        link_commitment(rt.store, PM, "2023Z20412", "a05", known_actions=known(rt))
    with pytest.raises(UsageError, match="is not linked to a06"):
        unlink_commitment(rt.store, PM, "2023Z20412", "a06", known_actions=known(rt))
    assert link_history(rt.store).height == 1


def test_a_viewer_may_not_link(loaded):
    with pytest.raises(AccessDenied):
        link_commitment(loaded.store, VIEWER, "TZ202303-027", "a04", known_actions=known(loaded))
    assert link_history(loaded.store).is_empty()
    assert loaded.store.query("SELECT actor, target FROM audit_log WHERE action = 'access.denied'"
                              ).rows() == [(VIEWER, "TZ202303-027")]


def test_suggestion_from_the_text(rt):
    keywords = action_keywords(rt.defs)
    text = "De minister zegt toe de stelselcatalogus van het federatief datastelsel te publiceren."
    found = suggest_actions(text, keywords)
    assert found[0].action == "a04" and found[0].words == ("datastelsel", "stelselcatalogus")
    assert suggestion_line(found[:1], "en") == "suggested: a04 (datastelsel, stelselcatalogus)"
    assert suggest_actions("Over de woonwijk en bewoners.", keywords) == []  # not 'woo'
    assert [s.action for s in suggest_actions("Woo-verzoeken als open data", keywords)] == ["a06"]
    assert suggest_actions(text, keywords, exclude=("a04",)) == []


def test_annexes_live_and_frozen_by_a_snapshot(demo_db):
    _, rt, _ = demo_db
    live = commitments_for(rt, completed_since=date(2026, 7, 1), completed_until=date(2026, 9, 30))
    assert live.completed["number"].to_list() == ["2023Z20412", "TZ202310-066", "TZ202409-033"]
    assert live.completed["actions"].to_list() == [["a02"], ["a05"], ["a10"]]
    assert live.open["number"].to_list()[:2] == ["2023Z09877", "TZ202211-118"]  # by due date
    assert set(live.open["status"]) == {"Openstaand", "Deels voldaan", "Deels afgedaan"}
    assert live.open["due"].null_count() == 1  # the motion without a Termijn comes last
    assert live.open["due"].to_list()[-1] is None


def test_snapshot_copies_the_commitments_with_their_links(demo_db, tmp_path, monkeypatch):
    import shutil

    from monitor.runtime import open_runtime
    from monitor.snapshots.create import create_snapshot

    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    shutil.copy(demo_db[0], tmp_path / "copy.duckdb")
    rt = open_runtime(tmp_path / "copy.duckdb")
    sid = create_snapshot(rt, "K3 2026", PM, until="2026-Q3", today=date(2026, 11, 28))
    link_commitment(rt.store, PM, "TZ202303-027", "a07", known_actions=known(rt))  # after it
    frozen = commitments_for(rt, sid)
    live = commitments_for(rt)
    row = frozen.open.filter(frozen.open["number"] == "TZ202303-027").to_dicts()[0]
    assert row["actions"] == ["a04"] and row["status"] == "Deels voldaan"
    assert live.open.filter(live.open["number"] == "TZ202303-027")["actions"].to_list() \
        == [["a04", "a07"]]
    assert rt.store.scalar("SELECT count(*) FROM snapshot_commitments WHERE snapshot_id = ?",
                           [sid]) == 21
