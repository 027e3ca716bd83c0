"""The audit trail: rows written inside the caller's transaction, filtered for the audit page,
downloaded as Excel-safe CSV."""

from datetime import date, datetime

import polars as pl
import pytest

from monitor.access import AccessDenied, audit_csv, audit_log, record, record_denied, require
from monitor.access.audit import COLUMNS
from monitor.errors import UsageError


@pytest.fixture
def logged(store, people):
    """Four rows on two days on top of the five seeding rows (2026-01-14 and 15)."""
    with store.transaction() as con:
        record(con, people["pm"], "snapshot.create", "1", {"label": "Voortgangsbrief"},
               at=datetime(2026, 1, 14, 9, 0))
        record(con, people["pm"], "period.reopen", "2025-Q3", {"period": "2025-Q3"},
               "=HYPERLINK(\"x\") correctie Rotterdam", at=datetime(2026, 1, 14, 17, 0))
        record(con, "demo-amsterdam", "submission.accepted", "GM0363/2025-Q4", {"ids": [7]},
               at=datetime(2026, 1, 15, 8, 0))
        record(con, people["admin"], "user.role", "demo-viewer", None, "nieuwe taak",
               at=datetime(2026, 1, 15, 23, 59, 59))
    return store


def test_record_writes_inside_the_callers_transaction(store, people):
    before = audit_log(store).height
    with pytest.raises(RuntimeError), store.transaction() as con:
        record(con, people["pm"], "snapshot.create", "9", {"x": 1})
        raise RuntimeError("the change failed")
    assert audit_log(store).height == before  # rolled back with the caller's change
    with pytest.raises(UsageError, match="needs an actor"), store.transaction() as con:
        record(con, " ", "snapshot.create", "9")


def test_filters(logged):
    assert logged.scalar("SELECT count(*) FROM audit_log") == 11  # seven seeded users, four actions
    assert audit_log(logged, actor="demo-programmamanager")["action"].to_list() == [
        "period.reopen", "snapshot.create"]  # newest first
    assert audit_log(logged, action="user.role")["target"].to_list() == ["demo-viewer"]
    assert audit_log(logged, action="user.*").height == 8  # seven seeded users + the role change
    assert audit_log(logged, target="GM0363/2025-Q4")["actor"].to_list() == ["demo-amsterdam"]
    on_14th = audit_log(logged, since=date(2026, 1, 14), until=date(2026, 1, 14))
    assert on_14th["action"].to_list() == ["period.reopen", "snapshot.create"]
    whole_15th = audit_log(logged, since=date(2026, 1, 15), until=date(2026, 1, 15))
    assert whole_15th["action"].to_list() == ["user.role", "submission.accepted"]  # until 23:59:59
    assert audit_log(logged, since=datetime(2026, 1, 14, 12), until=datetime(2026, 1, 15, 8))[
        "action"].to_list() == ["submission.accepted", "period.reopen"]
    assert audit_log(logged, actor="demo-programmamanager", limit=1).height == 1
    row = audit_log(logged, action="snapshot.create").row(0, named=True)
    assert row["detail"] == '{"label": "Voortgangsbrief"}' and row["reason"] is None
    assert audit_log(logged, action="user.role").row(0, named=True)["detail"] is None


def test_empty_result_keeps_the_columns(store):
    empty = audit_log(store, actor="niemand")
    assert empty.is_empty() and empty.schema == pl.Schema(COLUMNS)


def test_csv_for_dutch_excel_is_neutralised(logged):
    data = audit_csv(audit_log(logged, action="period.reopen"))
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == "id;occurred_at;actor;action;target;detail;reason;os_user"
    assert ";14-01-2026 17:00:00;demo-programmamanager;period.reopen;2025-Q3;" in lines[1]
    assert "'=HYPERLINK" in lines[1]  # a formula in the reason is never executed by Excel


def test_record_denied(store, people):
    with pytest.raises(AccessDenied) as info:
        require(people["amsterdam"], "submit", "GM0599")
    record_denied(store, info.value, target="GM0599/2025-Q4", at=datetime(2026, 1, 15, 9))
    row = audit_log(store, action="access.denied").row(0, named=True)
    assert (row["actor"], row["target"]) == ("demo-amsterdam", "GM0599/2025-Q4")
    assert '"action": "submit"' in row["detail"] and '"organisation": "GM0599"' in row["detail"]


def test_enforce_lets_allowed_users_through_and_audits_refusals(store, people):
    from monitor.access import enforce

    assert enforce(store, people["pm"], "submit", "GM0599") is people["pm"]
    assert audit_log(store, action="access.denied").is_empty()
    with pytest.raises(AccessDenied, match="u bent viewer"):
        enforce(store, people["viewer"], "period.reopen", target="2025-Q3")
    row = audit_log(store, action="access.denied").row(0, named=True)
    assert (row["actor"], row["target"]) == ("demo-viewer", "2025-Q3")
    with pytest.raises(AccessDenied, match="niet aangemeld"):
        enforce(store, None, "snapshot.create")
    assert audit_log(store, action="access.denied", actor="anonymous")["target"].to_list() == [
        "snapshot.create"]
