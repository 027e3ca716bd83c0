"""The action page's section 'Mijlpalen' (timeline and table) and the overview's overdue list, on a
copy of the demo database with approved statements."""

import json
import shutil

import duckdb
import pytest

from tests.pages.test_pages_demo import run_page


@pytest.fixture
def with_statements(demo_db, tmp_path, monkeypatch):
    path, _, _ = demo_db
    copy = tmp_path / "demo.duckdb"
    shutil.copy(path, copy)
    # the statements table belongs to monitor.statements.store, which lands in parallel
    # (issue 18): this test writes the approved statements it needs directly, on its own copy
    con = duckdb.connect(str(copy))
    rows = [("a04", "2024-Q4", 1, "approved", {"stelselcatalogus_live": {
                "status": "gereed", "realised": "2024-11-12", "explanation": "Live na aanbesteding."}}),
            ("a04", "2026-Q3", 1, "draft", {"architectuur_fds": {"status": "vervallen"}})]
    for action, period, _, state, ms in rows:  # after the demo's own statements
        con.execute("INSERT INTO statements (id, action, period, version, state, body, written_by, "
                    "written_at, source) SELECT nextval('statement_id_seq'), ?, ?, "
                    "coalesce(max(version), 0) + 1, ?, ?, 'test', now(), 'test' FROM statements "
                    "WHERE action = ? AND period = ?",
                    [action, period, state, json.dumps({"milestones": ms}), action, period])
    con.close()
    monkeypatch.setenv("MONITOR_DB", str(copy))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)


def test_action_page_shows_milestones_with_chart_and_table(with_statements):
    at = run_page("actie", actie="a04", kwartaal="2024-Q4")
    assert "Mijlpalen" in [h.value for h in at.header]
    table = next(d.value for d in at.dataframe if {"title", "late"} <= set(d.value.columns))
    assert table["title"].tolist() == ["Architectuur federatief datastelsel vastgesteld",
                                       "Stelselcatalogus in productie",
                                       "Stelselfuncties belegd bij beheerorganisaties",
                                       "Evaluatie federatief datastelsel"]
    # as of 31-12-2024 (the end of K4 2024): the draft does not count, never reported is gepland
    assert table["status"].tolist() == ["○ gepland", "✔ gereed", "○ gepland", "○ gepland"]
    assert table["late"].tolist() == ["⚠ 641 dagen over tijd", "⚠ 135 dagen te laat gereed",
                                      "nog niet verlopen", "nog niet verlopen"]
    assert any("Stand op 31-12-2024" in c.value for c in at.caption)
    assert any(c.value.startswith("Tijdlijn van 4 mijlpalen van actie A04") for c in at.caption)


def test_overview_lists_overdue_milestones_in_words(with_statements):
    at = run_page("overzicht", kwartaal="2024-Q4")
    assert "Mijlpalen over tijd" in [h.value for h in at.subheader]
    text = "\n".join(m.value for m in at.markdown)
    assert "A04: Architectuur federatief datastelsel vastgesteld, gepland K1 2023, 641 dagen over tijd" \
        in text.replace("\\", "")
    assert "Stelselcatalogus in productie" not in text
