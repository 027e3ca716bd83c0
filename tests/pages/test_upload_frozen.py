"""Issue 14 item 1: the Aanleveren page after a snapshot (every completed quarter frozen), after a
reopen (some frozen, one open), in English, and the template of the coming quarter; on a real
database with a real snapshot (monitor.snapshots.create_snapshot)."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import make_world, shown, submit_csv
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from monitor.intake.calendar import intake_calendar
from monitor.periods import Quarter
from monitor.snapshots import create_snapshot, reopen_quarter
from monitor.text import literal
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "Brief [inloggen](https://evil.example) **x** <img src=x> $x$ :red[x]"


@pytest.fixture
def world(tmp_path, monkeypatch):
    # the programme runs past today, so the current quarter is the coming one
    end = str(Quarter.containing(date.today()) + 4)
    rt = make_world(tmp_path, DEFS, ORGS, end=end)
    assert submit_csv(rt, DATA).status == "accepted"
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    return rt


@pytest.fixture
def downloads(monkeypatch):
    offered: dict[str, object] = {}
    add = MediaFileManager.add

    def spy_add(self, data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        offered[file_name] = data
        return add(self, data, mimetype, coordinates, file_name, is_for_static_download)

    monkeypatch.setattr(MediaFileManager, "add", spy_add)
    return offered


def open_page(user: str = "g1", lang: str = "nl") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = user
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/aanleveren.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def day_nl(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def coming() -> tuple[Quarter, date, date]:
    q = Quarter.containing(date.today())
    return q, q.last_day() + timedelta(days=1), q.last_day() + timedelta(days=30)


def test_after_a_snapshot_the_page_says_what_is_frozen_and_when_the_next_quarter_opens(
        world, downloads):
    create_snapshot(world, HOSTILE, "pm")
    last = Quarter.containing(date.today()) - 1
    at = open_page()
    [frozen] = [i.value for i in at.info if "bevroren" in i.value]
    assert shown(frozen) == (
        f"K1 2024 t/m {last.label('nl')}: bevroren sinds {day_nl(date.today())} door peildatum "
        f"'{HOSTILE}'. Voor deze kwartalen kunt u niet meer aanleveren. Heeft u nog late of "
        "gecorrigeerde cijfers, neem dan contact op met de programmamanager; die kan het kwartaal "
        "heropenen met opgave van een reden.")
    assert literal(HOSTILE) in frozen  # every punctuation character escaped: shown as typed
    assert "[inloggen](https://evil.example)" not in frozen  # not a link
    assert [w.value for w in at.warning if "open" in w.value] == [
        "Er is op dit moment geen kwartaal open voor aanlevering."]
    q, opens, deadline = coming()
    assert any(c.value == f"Het volgende kwartaal, {q.label('nl')}, gaat open op {day_nl(opens)}; "
               f"de uiterste aanleverdatum is {day_nl(deadline)}." for c in at.caption)
    # no quarter box, no upload; the coming quarter's template to prepare
    assert not [s for s in at.selectbox if s.key == "upload_period"]
    assert not at.get("file_uploader")
    [button] = [b for b in at.get("download_button") if "komende kwartaal" in b.proto.label]
    assert button.proto.label == f"Sjabloon voor het komende kwartaal {q.label('nl')} downloaden (CSV)"
    template = downloads[f"sjabloon_G1_{q}.csv"]
    assert f"G1;{q};cdo;" in template.decode("utf-8-sig")


def test_in_english(world):
    create_snapshot(world, "Progress letter 2026", "pm")
    at = open_page(lang="en")
    [frozen] = [i.value for i in at.info if "frozen" in i.value]
    assert "frozen since " + date.today().strftime("%Y-%m-%d") in shown(frozen)
    assert "by the snapshot 'Progress letter 2026'" in shown(frozen)
    assert "contact the programme manager, who can reopen the quarter with a reason" in frozen
    q, opens, _ = coming()
    assert any(c.value.startswith(f"The next quarter, {q.label('en')}, opens on {opens:%Y-%m-%d}")
               for c in at.caption)


def test_after_a_reopen_the_open_quarter_can_be_chosen_and_the_rest_is_listed(world):
    create_snapshot(world, "Voortgangsbrief 2026", "pm")
    reopen_quarter(world, "2025-Q2", "pm", "correctie")
    at = open_page()
    assert at.selectbox(key="upload_period").options == ["K2 2025"]  # shown as a reader reads it
    [frozen] = [i.value for i in at.info if "bevroren" in i.value]
    last = Quarter.containing(date.today()) - 1
    assert shown(frozen).startswith(f"K1 2024 t/m K1 2025, K3 2025 t/m {last.label('nl')}: "
                                        "bevroren sinds")
    assert not [w for w in at.warning if "geen kwartaal open" in w.value]
    assert at.get("file_uploader")


def test_the_calendar_on_the_page_is_the_package_calendar(world):
    """Without a snapshot: every completed quarter open, newest first; nothing frozen."""
    at = open_page()
    assert at.selectbox(key="upload_period").options == [
        Quarter.parse(q).label("nl") for q in intake_calendar(world).open]
    assert not [i for i in at.info if "bevroren" in i.value]
