"""Snapshots freeze the approved statements up to their last quarter; the diff lists the ones
added or replaced by a newer approved version."""

from monitor.snapshots import create_snapshot, diff
from monitor.statements import Draft, review_statement, save_statement, statements_for
from tests.statements.conftest import TODAY

OWNER, PM = "demo-actiehouder", "demo-programmamanager"


def approve(rt, action, period, results, judgement="op_schema", reason="Toelichting."):
    draft = Draft(action, period, {"results": results, "plans": "Plannen."}, judgement, reason)
    assert save_statement(rt, OWNER, draft, submit=True, today=TODAY).version is not None
    review_statement(rt, PM, action, period, approve=True)


def test_snapshot_freezes_approved_statements_and_diff_lists_changes(world):
    rt, _ = world
    approve(rt, "a04", "2026-Q1", "Eerste versie.")
    approve(rt, "a04", "2026-Q2", "Tweede kwartaal.")
    save_statement(rt, OWNER, Draft("a03", "2026-Q1", {"results": "Concept.", "plans": "P."},
                                    "op_schema", "R."), submit=True, today=TODAY)  # not approved
    live_before = {(s.action, s.period): s.version for s in statements_for(rt, None)}
    first = create_snapshot(rt, "eerste", PM, until="2026-Q1", today=TODAY)
    frozen = statements_for(rt, first)
    assert {(s.action, s.period) for s in frozen} == {
        k for k in live_before if k[1] <= "2026-Q1"}  # approved only, up to its until quarter
    assert ("a03", "2026-Q1") not in {(s.action, s.period) for s in frozen}
    [s] = statements_for(rt, first, "a04", "2026-Q1")
    assert s.texts["results"] == "Eerste versie."

    approve(rt, "a04", "2026-Q1", "Herziene versie.")  # a later edit: a new approved version
    review_statement(rt, PM, "a03", "2026-Q1", approve=True)  # approved after the snapshot
    [s] = statements_for(rt, first, "a04", "2026-Q1")
    assert s.texts["results"] == "Eerste versie."  # the snapshot does not change
    second = create_snapshot(rt, "tweede", PM, until="2026-Q1", today=TODAY)
    changes = diff(rt.store, first, second).statements
    assert changes.select("action", "period", "change", "old_version", "new_version").rows() == [
        ("a03", "2026-Q1", "added", None, 1), ("a04", "2026-Q1", "revised", 1, 2)]
    text = diff(rt.store, first, second).to_text()
    assert "action statements (approved): 2" in text
    assert diff(rt.store, second, None, defs=rt.defs, config=rt.config,
                today=TODAY).statements.is_empty()
    long = diff(rt.store, first, second).changes()
    assert long.filter(long["section"] == "statement")["subject"].to_list() == ["a03", "a04"]
