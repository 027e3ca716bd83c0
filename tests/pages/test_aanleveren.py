"""The upload page in Streamlit's AppTest, on a real database in tmp_path."""

import re
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


def shown(frame):
    """A table as the reader sees it: st.table reads Markdown, so the page escapes punctuation."""
    return frame.map(lambda v: re.sub(r"\\(.)", r"\1", v))


def test_bad_file_shows_row_errors_and_stores_nothing(world):
    at = select(open_page())
    before = world.store.scalar("SELECT count(*) FROM submissions")
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", BAD.encode(), "text/csv")
    at.run()
    assert not at.exception
    assert at.error[0].value.startswith("Het bestand is afgekeurd: 2 fouten.")
    report = shown(at.table[0].value)
    assert list(report.columns) == ["Soort", "Rij", "Maatstaf", "Kolom", "Waarde", "Probleem", "Melding"]
    assert list(report["Rij"]) == ["2", "3"]
    assert list(report["Maatstaf"]) == ["CDO (cdo)", "FTE (fte)"]  # by title, with the id
    assert list(report["Probleem"]) == ["geen ja of nee", "geen getal"]
    # the whole message, how to fix it, in a table that wraps (st.table, not a clipped grid)
    assert list(report["Melding"]) == [
        "'misschien' is geen ja of nee.", "'twee' is geen getal. Schrijf bijvoorbeeld 1234 of 1234,5."]
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
    report = shown(at.table[0].value)
    assert report["Message"][0] == "'misschien' is not yes or no (ja/nee)."
    assert report["Measure"][0] == "CDO (cdo)"


def test_a_good_file_names_the_indicators_it_changes_by_title_per_action(world):
    at = select(open_page())
    at.file_uploader(key="file_G1_2025-Q4").upload("g1.csv", GOOD.encode(), "text/csv")
    at.run()
    said = re.sub(r"\\(.)", r"\1", "\n".join(m.value for m in at.markdown))
    assert "Indicatoren die veranderen:" in said
    # cdo and fte feed eight indicators of action a01 ('Test'), all titled 's' in this world
    line = next(x for x in said.splitlines() if x.startswith("- A01 Test: "))
    assert line == "- A01 Test: " + ", ".join(["s"] * 8)
    assert "i_share" not in said and "i_sum" not in said


def test_a_long_report_shows_the_first_problems_and_says_so(world):
    rows = "".join(f"G1;2025-Q4;onbekend_{i};1;\r\n" for i in range(205))
    at = select(open_page())
    at.file_uploader(key="file_G1_2025-Q4").upload(
        "g1.csv", ("organisatie;periode;maatstaf;waarde;toelichting\r\n" + rows).encode(), "text/csv")
    at.run()
    assert len(at.table[0].value) == 200
    assert any(c.value == "Hier staan de eerste 200 problemen van 205; de download bevat ze allemaal."
               for c in at.caption)
