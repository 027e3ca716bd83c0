"""Issue 14 item 1 (every page): no page raises or shows an internal error after a snapshot,
after a reopen, on an empty database (no submissions) or when the newest quarters have no
results yet (the programme runs on past the data)."""

from datetime import date
from pathlib import Path

import pytest
from helpers import make_world, submit_csv
from streamlit.testing.v1 import AppTest

from monitor.periods import Quarter
from monitor.snapshots import create_snapshot, reopen_quarter
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]
PAGES = [("pm", p) for p in ("overzicht", "actie", "organisatie", "volledigheid", "aanleveren",
                             "definities", "export", "audit")] + [("admin", "gebruikers"),
                                                                  ("g1", "aanleveren"),
                                                                  ("kijker", "export")]
STATES = ["snapshot", "reopened", "empty", "no_results_yet"]


@pytest.fixture(scope="module")
def worlds(tmp_path_factory):
    made = {}
    for state in STATES:
        root = tmp_path_factory.mktemp(state)
        end = str(Quarter.containing(date.today()) + 2) if state == "no_results_yet" else "2025-Q4"
        rt = make_world(root, DEFS, ORGS, end=end)
        if state != "empty":
            assert submit_csv(rt, DATA).status == "accepted"
        if state in ("snapshot", "reopened"):
            create_snapshot(rt, "Voortgangsbrief 2026", "pm")
        if state == "reopened":
            reopen_quarter(rt, "2025-Q3", "pm", "correctie")
        made[state] = root
    return made


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(("user", "page"), PAGES)
def test_no_page_raises(worlds, monkeypatch, state, user, page):
    monkeypatch.setenv("MONITOR_CONFIG", str(worlds[state] / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = user
    at.run()
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
