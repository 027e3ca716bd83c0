"""Volledigheid on the demo database (AppTest): the organisations without a submission with their
contact and the reminders mail-merge for a programme manager; a viewer sees the list without any
e-mail address; quarters, types, provinces and counts in Dutch."""

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from monitor.text import t
from monitor.views.completeness import missing_organisations

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2026-Q1"


def run_page(user: str, lang: str = "nl") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = user
    at.query_params["kwartaal"] = PERIOD
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/volledigheid.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def everything(at: AppTest) -> str:
    """Every text and table cell on the page, and the labels of the download buttons."""
    parts = [e.value for kind in ("title", "subheader", "markdown", "caption", "success")
             for e in getattr(at, kind)]
    parts += [d.value.to_csv() for d in at.dataframe]
    parts += [b.proto.label for b in at.get("download_button")]
    return "\n".join(str(p) for p in parts)


def test_a_programme_manager_sees_the_contacts_and_gets_the_reminders(demo):
    at = run_page("demo-programmamanager")
    missing = missing_organisations(demo.store, demo.defs, demo.register, PERIOD)
    assert [s.value for s in at.subheader if "zonder aanlevering" in s.value] == [
        t("submit.missing", "nl", count=missing.height, period="K1 2026")]
    table = next(d.value for d in at.dataframe if "contact_email" in d.value.columns)
    assert list(table["code"]) == list(missing["code"])
    assert table["contact_email"].str.endswith(".example.org").all()
    # one organisation's type in the singular, its province by name
    assert set(table["type"]) <= {"gemeente", "provincie", "waterschap", "ministerie",
                                  "koepelorganisatie", "uitvoeringsorganisatie"}
    assert not any(re.fullmatch(r"PV\d\d", p or "") for p in table["provincie"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Lijst downloaden voor herinneringen (CSV)",
                      "Herinneringen downloaden (mail-merge, CSV)"]
    # the rates table: quarters as K1 2026, whole percentages from 0 to 100
    rates = next(d.value for d in at.dataframe if "reporting_rate" in d.value.columns)
    assert rates["period"].str.fullmatch(r"K[1-4] 20\d\d").all()
    assert rates["reporting_rate"].between(0, 100).all() and rates["reporting_rate"].max() > 1


def test_a_viewer_sees_who_is_missing_but_no_email_address(demo):
    at = run_page("demo-viewer")
    page = everything(at)
    assert "zonder aanlevering voor K1 2026" in page
    assert "@" not in page and "Contactpersoon" not in page
    assert "Herinneringen downloaden" not in page
    assert t("submit.contacts_hidden", "nl") in page


def test_in_english_the_types_and_quarters_are_english(demo):
    at = run_page("demo-programmamanager", "en")
    heading = next(s.value for s in at.subheader if "without a submission" in s.value)
    assert heading.endswith("without a submission for Q1 2026")
    table = next(d.value for d in at.dataframe if "contact_email" in d.value.columns)
    assert "municipality" in set(table["type"])
    assert "Download reminders (mail merge, CSV)" in [b.proto.label for b in at.get("download_button")]
