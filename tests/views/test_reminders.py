"""Reminders: the contacts of organisations without a submission and a mail-merge row per
organisation, only for the roles with ``contacts.view`` (programme managers and beheerders); a
viewer and a submitter get no e-mail address, and their attempt is audited."""

from datetime import date

import pytest
from helpers import make_world, submit_csv

from monitor.access.audit import audit_log
from monitor.access.errors import AccessDenied
from monitor.runtime import open_runtime
from monitor.views.reminders import (
    ORGANISATION_PARAM,
    QUARTER_PARAM,
    linked_organisation,
    linked_quarter,
    merge_columns,
    missing_with_contacts,
    reminders,
    upload_link,
)
from tests.compute.test_engine import DATA, DEFS, ORGS

PERIOD = "2025-Q4"  # nobody has submitted it in this world
CONTACTS = {"G1": ("Gea Eerst", "gea@g1.example.org"), "G2": ("Guus Twee", "guus@g2.example.org"),
            "P1": ("Pim Een", "pim@p1.example.org")}  # G3 and G4: no contact


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("reminders")
    rt = make_world(path, DEFS, ORGS)
    submit_csv(rt, DATA)
    lines = [f"{c},{c} naam,{t},,,{CONTACTS.get(c, ('', ''))[0]},{CONTACTS.get(c, ('', ''))[1]}\n"
             for c, t in ORGS]
    (path / "orgs.csv").write_text("code,naam,type,provincie,tooi,contact_naam,contact_email\n"
                                   + "".join(lines), encoding="utf-8")
    return open_runtime(config_path=path / "config.yaml", indicators=path / "indicators")


@pytest.mark.parametrize("user", ["pm", "admin"])
def test_programme_managers_and_beheerders_get_the_contacts(world, user):
    frame = missing_with_contacts(world, user, PERIOD)
    assert frame.select("code", "contact_name", "contact_email").rows() == [
        ("G1", "Gea Eerst", "gea@g1.example.org"), ("G2", "Guus Twee", "guus@g2.example.org"),
        ("G3", None, None), ("G4", None, None), ("P1", "Pim Een", "pim@p1.example.org")]


@pytest.mark.parametrize("user", ["kijker", "g1"])
def test_a_viewer_and_a_submitter_get_no_email_address(world, user):
    def refusals():
        log = audit_log(world.store)
        return log.filter((log["action"] == "access.denied") & (log["actor"] == user)).height

    before = refusals()
    for call in (lambda: missing_with_contacts(world, user, PERIOD),
                 lambda: reminders(world, user, PERIOD, "nl", date(2026, 1, 15))):
        with pytest.raises(AccessDenied) as info:
            call()
        said = info.value.message("nl")
        assert said.startswith("U mag de contactpersonen van organisaties niet inzien; u bent ")
    assert refusals() == before + 2  # each refusal is in the audit log


def test_a_reminder_per_organisation_in_dutch(world):
    rows = reminders(world, "pm", PERIOD, "nl", today=date(2026, 1, 15))
    assert rows.columns == list(merge_columns("nl"))
    assert list(merge_columns("nl").values()) == [
        "organisatie", "code", "contactpersoon", "email", "kwartaal", "uiterste_datum", "uploadlink",
        "onderwerp", "tekst"]
    first = rows.row(0, named=True)
    assert first | {"body": ""} == {
        "organisation": "G1 naam", "code": "G1", "contact_name": "Gea Eerst",
        "email": "gea@g1.example.org", "quarter": "K4 2025", "deadline": "30-01-2026",
        "link": "http://localhost:8501/aanleveren?kwartaal=2025-Q4&organisatie=G1",
        "subject": "Herinnering: gegevens K4 2025 voor de Voortgangsmonitor Interbestuurlijke "
                   "Datastrategie",
        "body": ""}
    body = first["body"]
    assert body.startswith("Beste Gea Eerst,\n\nVoor de Voortgangsmonitor Interbestuurlijke "
                           "Datastrategie hebben wij van G1 naam nog geen gegevens over K4 2025 "
                           "ontvangen. De uiterste aanleverdatum is 30-01-2026.\n\n")
    assert ("U levert aan op http://localhost:8501/aanleveren?kwartaal=2025-Q4&organisatie=G1: kies "
            "G1 naam en K4 2025") in body
    # no contact: a salutation without a name, and no address to write to
    g3 = rows.filter(rows["code"] == "G3").row(0, named=True)
    assert (g3["email"], g3["body"].splitlines()[0]) == (None, "Geachte heer, mevrouw,")


def test_after_the_deadline_the_reminder_says_it_passed_and_english_is_english(world):
    rows = reminders(world, "pm", PERIOD, "en", today=date(2026, 2, 10))
    first = rows.row(0, named=True)
    assert (first["quarter"], first["deadline"]) == ("Q4 2025", "2026-01-30")
    assert first["subject"] == ("Reminder: figures for Q4 2025 for the Progress monitor "
                                "Interadministrative Data Strategy")
    assert "The deadline was 2026-01-30; please submit as soon as possible." in first["body"]
    assert first["body"].startswith("Dear Gea Eerst,")
    assert list(merge_columns("en").values())[3] == "email"


def test_the_upload_link_follows_the_setting(world):
    from dataclasses import replace

    from monitor.config import Config

    config = Config({**world.config.values, "reminders.base_url": "https://monitor.example.nl"},
                    world.config.root)
    rows = reminders(replace(world, config=config), "pm", PERIOD, "nl", date(2026, 1, 15))
    assert rows["link"].to_list() == [f"https://monitor.example.nl/aanleveren?kwartaal=2025-Q4&organisatie={c}"
                                      for c in rows["code"]]


def test_the_upload_link_carries_the_quarter_and_the_organisation(world):
    """Issue 17: the link of a reminder opens Aanleveren on that quarter and organisation (the
    page reads them back with linked_quarter and linked_organisation)."""
    from urllib.parse import parse_qs, urlsplit

    link = upload_link(world, "2025-Q4", "G3")
    parts = urlsplit(link)
    assert parts.path == "/aanleveren"
    assert parse_qs(parts.query) == {QUARTER_PARAM: ["2025-Q4"], ORGANISATION_PARAM: ["G3"]}
    assert upload_link(world) == "http://localhost:8501/aanleveren"
    assert linked_quarter(parse_qs(parts.query)[QUARTER_PARAM][0], ["2025-Q4", "2026-Q1"]) == (
        "2025-Q4", None)
    assert linked_organisation("g3", ["G1", "G3"]) == ("G3", None)


@pytest.mark.parametrize(("wanted", "expected"), [
    (None, (None, None)),
    ("", (None, None)),
    ("2026-Q1", ("2026-Q1", None)),
    ("K1 2026", ("2026-Q1", None)),  # a quarter as a reader writes it
    ("2019-Q2", (None, "Het kwartaal uit de link (K2 2019) staat niet open voor aanlevering; "
                       "kies hieronder een kwartaal dat open is.")),
    ("<b>2026</b>", (None, "De link noemt geen geldig kwartaal; kies hieronder een kwartaal.")),
])
def test_a_linked_quarter_is_chosen_only_when_open(wanted, expected):
    assert linked_quarter(wanted, ["2026-Q1", "2025-Q4"], "nl") == expected


def test_a_linked_organisation_that_is_not_ones_own_is_not_named():
    code, note = linked_organisation("GM0518", ["GM0363"], "en")
    assert code is None and "GM0518" not in note
    assert note == ("You cannot submit for the organisation in the link; choose one of your "
                    "organisations below.")
