"""Issue 14 item 3 (page side): a rejected upload is checked once, not again on every rerun of
the Aanleveren page (each check of a rejected file records an attempt and an audit row)."""

from pathlib import Path

import pytest
from helpers import make_world, submit_csv
from streamlit.testing.v1 import AppTest

from tests.compute.test_engine import DATA, DEFS, ORGS
from tests.pages.test_aanleveren import BAD, GOOD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path, monkeypatch):
    rt = make_world(tmp_path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    return rt


def page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = "g1"
    at.run()
    at.switch_page("app_pages/aanleveren.py")
    at.run()
    at.selectbox(key="upload_period").set_value("2025-Q4")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def counts(rt) -> tuple[int, int]:
    return (rt.store.scalar("SELECT count(*) FROM rejected_attempts WHERE organisation = 'G1'"),
            rt.store.scalar("SELECT count(*) FROM audit_log WHERE action = 'submission.rejected'"))


def test_a_rejected_file_is_recorded_once_however_often_the_page_reruns(world):
    at = page()
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", BAD.encode(), "text/csv")
    at.run()
    assert at.error[0].value.startswith("Het bestand is afgekeurd: 2 fouten.")
    assert counts(world) == (1, 1)
    for _ in range(3):  # any widget change reruns the page: here the quarter box and plain reruns
        at.selectbox(key="upload_period").set_value("2025-Q4")
        at.run()
        assert not at.exception
        assert at.error[0].value.startswith("Het bestand is afgekeurd: 2 fouten.")
        assert list(at.table[0].value["Probleem"]) == ["geen ja of nee", "geen getal"]
    at.run()
    assert counts(world) == (1, 1)


def test_a_new_upload_is_checked_again(world):
    at = page()
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", BAD.encode(), "text/csv")
    at.run()
    at.file_uploader(key="file_G1_2025-Q4").upload("g1-v2.csv", GOOD.encode(), "text/csv")
    at.run()
    assert at.success[0].value.startswith("Het bestand is goedgekeurd")
    assert counts(world) == (1, 1)
    confirm = next(b for b in at.button if b.label == "Bevestigen en opslaan")
    confirm.click()
    at.run()
    assert any(s.value.startswith("Opgeslagen als inzending") for s in at.success)
    at.run()  # after storing, the same file checks as already received
    assert at.info[0].value.startswith("Dit bestand is al eerder ontvangen")
    assert world.store.scalar("SELECT count(*) FROM submissions WHERE period = '2025-Q4'") == 1
