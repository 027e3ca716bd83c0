"""The milestone views: only approved statements count, the latest approved version per action
and quarter; the day milestones are judged on."""

import json
from datetime import date

from monitor.runtime import open_runtime
from monitor.views.milestones import (
    action_milestones,
    approved_milestone_reports,
    as_of_day,
    overdue_milestones,
    shown_table,
)


def add_statement(rt, sid, action, period, version, state, milestones):
    # the statements table belongs to monitor.statements.store, which lands in parallel (issue 18);
    # until then this test writes the rows it reads directly, on its own tmp_path database
    with rt.store.transaction() as con:
        con.execute("INSERT INTO statements (id, action, period, version, state, body, written_by, "
                    "written_at, source) VALUES (?, ?, ?, ?, ?, ?, 'test', now(), 'test')",
                    [sid, action, period, version, state, json.dumps({"milestones": milestones})])


def test_only_the_latest_approved_version_counts(tmp_path):
    rt = open_runtime(tmp_path / "m.duckdb")
    done = {"stelselcatalogus_live": {"status": "gereed", "realised": "2024-11-12", "explanation": "Live."}}
    add_statement(rt, 1, "a04", "2024-Q4", 1, "approved", {"stelselcatalogus_live": {"status": "loopt"}})
    add_statement(rt, 2, "a04", "2024-Q4", 2, "approved", done)
    add_statement(rt, 3, "a04", "2024-Q4", 3, "draft", {"stelselcatalogus_live": {"status": "vervallen"}})
    add_statement(rt, 4, "a04", "2025-Q1", 1, "returned", {"stelselcatalogus_live": {"status": "vervallen"}})
    add_statement(rt, 5, "a03", "2024-Q4", 1, "submitted", {"helft_cdo": {"status": "gereed"}})
    assert approved_milestone_reports(rt) == {"a04": {"2024-Q4": done}}
    table = action_milestones(rt, "a04", date(2025, 6, 30), "nl")
    row = table.filter(table["milestone"] == "stelselcatalogus_live").to_dicts()[0]
    assert (row["status"], row["realised"], row["days_late"]) == ("gereed", date(2024, 11, 12), 135)
    shown = shown_table(table, "nl").row(1, named=True)
    assert shown == {"title": "Stelselcatalogus in productie", "planned": "K2 2024",
                     "status": "✔ gereed", "realised": "12-11-2024",
                     "late": "⚠ 135 dagen te laat gereed", "explanation": "Live."}
    late = overdue_milestones(rt, date(2025, 6, 30), "en")
    assert "stelselcatalogus_live" not in late["milestone"].to_list()
    assert late.filter(late["milestone"] == "architectuur_fds")["action_label"].to_list() == [
        "A04 · Federated data system (FDS)"]


def test_as_of_is_today_for_the_newest_quarter_and_the_quarter_end_before():
    today = date(2026, 12, 5)
    assert as_of_day("2026-Q3", "2026-Q3", today) == today
    assert as_of_day("2025-Q1", "2026-Q3", today) == date(2025, 3, 31)
    assert as_of_day("2026-Q4", "2026-Q3", today) == today  # never after today
