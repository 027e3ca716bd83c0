"""The upload page in Streamlit's AppTest, on a real database in tmp_path."""

from pathlib import Path

import pytest
from helpers import acting_programme_manager, make_world, submit_csv
from streamlit.testing.v1 import AppTest

from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]

GOOD = (
    "organisatie;periode;maatstaf;waarde;toelichting\r\n"
    "G1;2025-Q4;cdo;ja;\r\nG1;2025-Q4;fte;2,5;\r\n"
)
BAD = (
    "organisatie;periode;maatstaf;waarde;toelichting\r\n"
    "G1;2025-Q4;cdo;misschien;\r\nG1;2025-Q4;fte;twee;\r\n"
)


@pytest.fixture
def world(tmp_path, monkeypatch):
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    return rt


def open_page(lang="nl"):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = acting_programme_manager()  # demo mode
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/aanleveren.py")
    at.run()
    assert not at.exception, at.exception
    return at


def select(at, org="G1", period="2025-Q4"):
    at.selectbox(key="upload_org").set_value(org)
    at.selectbox(key="upload_period").set_value(period)
    at.run()
    return at


def test_bad_file_shows_row_errors_and_stores_nothing(world):
    at = select(open_page())
    before = world.store.scalar("SELECT count(*) FROM submissions")
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", BAD.encode(), "text/csv")
    at.run()
    assert not at.exception
    assert at.error[0].value.startswith("Het bestand is afgekeurd: 2 fouten.")
    report = at.dataframe[0].value
    assert list(report["row"]) == [2, 3]
    assert list(report["problem"]) == ["geen ja of nee", "geen getal"]
    assert world.store.scalar("SELECT count(*) FROM submissions") == before
    assert world.store.scalar("SELECT count(*) FROM rejected_attempts WHERE organisation = 'G1'") == 1
    assert not [b for b in at.button if b.label == "Bevestigen en opslaan"]


def test_good_file_is_checked_then_stored_after_confirm(world):
    at = select(open_page())
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", GOOD.encode(), "text/csv")
    at.run()
    assert at.success[0].value.startswith("Het bestand is goedgekeurd: 2 nieuw, 0 gewijzigd")
    assert world.store.scalar("SELECT count(*) FROM submissions WHERE period = '2025-Q4'") == 0
    confirm = next(b for b in at.button if b.label == "Bevestigen en opslaan")
    confirm.click()
    at.run()
    assert not at.exception
    assert any(s.value.startswith("Opgeslagen als inzending") for s in at.success)
    rows = world.store.query("SELECT measure, num FROM current_values WHERE organisation = 'G1' "
                             "AND period = '2025-Q4' ORDER BY measure").rows()
    assert rows == [("cdo", 1.0), ("fte", 2.5)]


def test_english_interface(world):
    at = select(open_page("en"))
    assert at.title[0].value == "Submit figures"
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", BAD.encode(), "text/csv")
    at.run()
    assert at.error[0].value.startswith("The file was rejected: 2 errors.")
    assert "is not yes or no" in at.dataframe[0].value["message"][0]
