"""Aanleveren (AppTest, real database in tmp_path), issue 17: a reminder's link opens the page on
its quarter and organisation, a link this user cannot follow says so (no traceback, the code is not
echoed); the table of earlier submissions says 'on time' in words and fits 1 280 px."""

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers import acting_programme_manager
from streamlit.testing.v1 import AppTest

from monitor.text import t
from monitor.views.reminders import upload_link
from tests.pages import test_aanleveren

ROOT = Path(__file__).resolve().parents[2]
world = test_aanleveren.world  # the fixture: a small world in tmp_path, opened by the app
PAGE_WIDTH = 820  # the main column of the page at a 1 280 px window (sidebar open)
BAD = "organisatie;periode;maatstaf;waarde;toelichting\r\nG2;2025-Q3;cdo;misschien;\r\n"
GOOD = "organisatie;periode;maatstaf;waarde;toelichting\r\nG2;2025-Q3;cdo;ja;\r\nG2;2025-Q3;fte;2,5;\r\n"


def open_page(user: str | None = None, lang: str = "nl", **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = user or acting_programme_manager()
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/aanleveren.py")  # the link's page is the first the reader sees
    at.query_params.clear()  # what the start page put there
    at.query_params.update(lang=lang, **params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chosen(at: AppTest) -> tuple[str, str]:
    return at.selectbox(key="upload_org").value, at.selectbox(key="upload_period").value


def test_a_reminder_link_opens_its_quarter_and_organisation(world):
    plain = open_page()
    assert chosen(plain) == ("G1", "2025-Q4")  # without a link: the first organisation, newest quarter
    query = parse_qs(urlsplit(upload_link(world, "2025-Q2", "G2")).query)
    at = open_page(**{k: v[0] for k, v in query.items()})
    assert chosen(at) == ("G2", "2025-Q2")
    assert not at.info  # nothing to say: the link was followed
    assert at.file_uploader(key="file_G2_2025-Q2") is not None


@pytest.mark.parametrize(("params", "notes"), [
    ({"kwartaal": "2019-Q2"}, ["upload.link.quarter"]),
    ({"kwartaal": "<script>alert(1)</script>", "organisatie": "ZZ99"},
     ["upload.link.organisation", "upload.link.quarter_unknown"]),
])
def test_a_link_that_cannot_be_followed_says_so_and_keeps_the_usual_choice(world, params, notes):
    at = open_page(**params)
    assert chosen(at) == ("G1", "2025-Q4")
    said = [i.value for i in at.info]
    expected = {"upload.link.quarter": t("upload.link.quarter", "nl", quarter="K2 2019"),
                "upload.link.organisation": t("upload.link.organisation", "nl"),
                "upload.link.quarter_unknown": t("upload.link.quarter_unknown", "nl")}
    assert [s for s in said if s in expected.values()] == [expected[n] for n in notes]
    assert not any("<script>" in s or "ZZ99" in s for s in said)  # the link is not echoed


def test_a_submitter_cannot_be_linked_to_another_organisation(world):
    at = open_page("g1", "en", organisatie="G2", kwartaal="2025-Q3")
    assert chosen(at) == ("G1", "2025-Q3")
    assert at.selectbox(key="upload_org").options == ["G1 naam (G1)"]
    assert t("upload.link.organisation", "en") in [i.value for i in at.info]


def history(at: AppTest):
    [table] = [d for d in at.dataframe if "on_time" in d.value.columns]
    return table


def test_the_history_says_on_time_in_words_and_fits_1280_px(world):
    at = open_page(organisatie="G2", kwartaal="2025-Q3")
    at.file_uploader(key="file_G2_2025-Q3").upload("g2 kwartaal 3 eerste poging (afgekeurd).csv",
                                                    BAD.encode(), "text/csv")
    at.run()
    at.file_uploader(key="file_G2_2025-Q3").upload("g2.csv", GOOD.encode(), "text/csv")
    at.run()
    at.button[[b.label for b in at.button].index(t("upload.confirm", "nl"))].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    table = history(at)
    frame = table.value
    assert frame["period"].iloc[0] == "K3 2025"
    # on time in words, never a checkbox: 'ja' or 'te laat', a dash for a rejected attempt
    assert not [c for c, dtype in frame.dtypes.items() if dtype.kind == "b"]
    assert set(frame["on_time"]) <= {"ja", "te laat", "–"} and "–" in set(frame["on_time"])
    accepted, rejected = frame.iloc[0], frame.iloc[1]
    assert (accepted["result"], rejected["result"]) == ("2 nieuw", "1 fout")
    assert rejected["id"] == "–"  # a rejected attempt has no submission number
    assert rejected["file_name"] == "g2 kwartaal 3 e…urd).csv"  # shortened, the end kept
    # every column has a width, and together they fit the page at 1 280 px
    config = json.loads(table.proto.columns)
    widths = [config[c]["width"] for c in frame.columns]
    assert all(isinstance(w, int) for w in widths) and sum(widths) <= PAGE_WIDTH
    assert config["on_time"]["label"] == "Tijdig" and "type_config" in config["on_time"]
    assert config["on_time"]["type_config"]["type"] == "text"
    # beside it a download (with the full file name and every count)
    assert t("history.download", "nl") in [b.proto.label for b in at.get("download_button")]
