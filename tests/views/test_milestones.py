"""The milestone views: only approved statements count, the latest approved version per action
and quarter; the day milestones are judged on."""

from datetime import date

from monitor.runtime import open_runtime
from monitor.statements import Draft, review_statement, save_statement
from monitor.views.milestones import (
    action_milestones,
    approved_milestone_reports,
    as_of_day,
    overdue_milestones,
    shown_table,
)


def add_statement(rt, action, period, state, milestones):
    """A statement version in ``state``, written and reviewed through the four-eyes flow."""
    draft = Draft(action, period, {"results": "Resultaten.", "plans": "Plannen."}, "aandachtspunt",
                  "Zie de mijlpalen.", milestones)
    saved = save_statement(rt, "demo-actiehouder", draft, submit=state != "draft")
    assert not saved.problems.errors, saved.problems.items
    if state in ("approved", "returned"):
        review_statement(rt, "demo-programmamanager", action, period, approve=state == "approved",
                         remark="Graag aanvullen.")


def test_only_the_latest_approved_version_counts(tmp_path):
    rt = open_runtime(tmp_path / "m.duckdb")
    done = {"stelselcatalogus_live": {"status": "gereed", "realised": "2024-11-12", "explanation": "Live."}}
    late = {"explanation": "Aanbesteding liep uit."}
    gone = {"stelselcatalogus_live": {"status": "vervallen", **late}}
    add_statement(rt, "a04", "2024-Q4", "approved", {"stelselcatalogus_live": {"status": "loopt", **late}})
    add_statement(rt, "a04", "2024-Q4", "approved", done)
    add_statement(rt, "a04", "2024-Q4", "draft", gone)
    add_statement(rt, "a04", "2025-Q1", "returned", gone)
    add_statement(rt, "a03", "2024-Q4", "submitted",
                  {"helft_cdo": {"status": "gereed", "realised": "2024-10-01"}})
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
