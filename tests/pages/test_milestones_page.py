"""The action page's section 'Mijlpalen' (timeline and table) and the overview's overdue list, on a
copy of the demo database with approved statements."""

import shutil

import pytest

from monitor.runtime import open_runtime
from monitor.statements import Draft, review_statement, save_statement
from tests.pages.test_pages_demo import run_page


@pytest.fixture
def with_statements(demo_db, tmp_path, monkeypatch):
    path, _, _ = demo_db
    copy = tmp_path / "demo.duckdb"
    shutil.copy(path, copy)
    rt = open_runtime(copy)
    approved = Draft("a04", "2024-Q4", {"results": "Resultaten.", "plans": "Plannen."},
                     "aandachtspunt", "Zie de mijlpalen.", {"stelselcatalogus_live": {
                         "status": "gereed", "realised": "2024-11-12",
                         "explanation": "Live na aanbesteding."}})
    assert not save_statement(rt, "demo-actiehouder", approved, submit=True).problems.errors
    review_statement(rt, "demo-programmamanager", "a04", "2024-Q4", approve=True)
    draft = Draft("a04", "2026-Q3", milestones={"architectuur_fds": {"status": "vervallen"}})
    assert save_statement(rt, "demo-actiehouder", draft, submit=False).version  # a draft counts not
    del rt
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
