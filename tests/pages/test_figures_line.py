"""Issue 17: every page says from when its figures are. Live data: VOORLOPIG (in text) with the
moment of the last accepted submission, read from the database; a snapshot chosen on the Export
page: its peildatum and label."""

from pathlib import Path

import pytest
from helpers import make_world, submit_csv
from streamlit.testing.v1 import AppTest

from monitor.snapshots import create_snapshot
from monitor.text import day, moment
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("stand")
    rt = make_world(root, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    return root, rt


def open_page(root, monkeypatch, page: str, lang: str = "nl", **params) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(root / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = "pm"
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def stand_lines(at: AppTest) -> list[str]:
    """The line(s) naming the stand, with Markdown escapes removed."""
    marks = ("VOORLOPIG", "PROVISIONAL", "momentopname")
    return [c.value.replace("\\", "") for c in at.caption if any(m in c.value for m in marks)]


@pytest.mark.parametrize("page", ["overzicht", "actie", "volledigheid", "definities"])
def test_live_figures_say_provisional_and_the_last_accepted_submission(world, monkeypatch, page):
    root, rt = world
    last = rt.store.scalar("SELECT max(received_at) FROM submissions")
    at = open_page(root, monkeypatch, page)
    [line] = stand_lines(at)
    assert "**VOORLOPIG**" in line and f"laatste aanvaarde inzending {moment(last, 'nl')}" in line
    assert at.caption[0].value.replace("\\", "") == line  # above the page's own texts


def test_english_says_provisional(world, monkeypatch):
    root, _ = world
    [line] = stand_lines(open_page(root, monkeypatch, "overzicht", lang="en"))
    assert "**PROVISIONAL**" in line and "last accepted submission" in line


def test_a_snapshot_on_the_export_page_gives_its_peildatum(world, monkeypatch):
    root, rt = world
    sid = create_snapshot(rt, "Voortgangsbrief *2026*", "pm")
    at = open_page(root, monkeypatch, "export", snapshot=str(sid))
    [line] = stand_lines(at)
    peildatum = rt.store.scalar("SELECT reference_date FROM snapshots WHERE id = ?", [sid])
    assert f"Peildatum {day(peildatum, 'nl')}" in line
    assert "VOORLOPIG" not in line
    assert "«Voortgangsbrief *2026*»" in line
    assert r"«Voortgangsbrief \*2026\*»" in at.caption[0].value  # as typed, not as Markdown
    # the live source on the same page is provisional again
    at.selectbox(key="url_snapshot").select("live").run()
    [line] = stand_lines(at)
    assert "**VOORLOPIG**" in line
