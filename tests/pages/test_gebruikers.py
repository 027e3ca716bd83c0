"""The Gebruikers page (beheerder): change a role, add a user, deactivate and activate; every
change with a reason, written with its audit row; mistakes shown in Dutch, nothing changed."""

from pathlib import Path

import pytest
from helpers import make_world, shown
from streamlit.testing.v1 import AppTest

from monitor.access.users import get_user
from monitor.runtime import open_runtime
from tests.compute.test_engine import DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path, monkeypatch):
    make_world(tmp_path, DEFS, ORGS)
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    return open_runtime(config_path=tmp_path / "config.yaml")


def page(lang: str = "nl") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = "admin"
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/gebruikers.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def user_log(rt):
    return rt.store.query("SELECT actor, action, target, reason FROM audit_log "
                          "WHERE actor <> 'system' AND (action LIKE 'user.%' "
                          "OR action = 'access.denied') ORDER BY id").rows()


def test_table_lists_every_user_with_role_and_status_in_words(world):
    at = page()
    table = at.dataframe[0].value
    assert list(table["id"]) == ["admin", "bzk", "cli", "dashboard", "demo", "g1", "jan", "kijker",
                                 "pm", "test", "tester"]
    row = table[table["id"] == "g1"].iloc[0]
    assert (row["role"], row["organisations"], row["active"]) == ("indiener", "G1", "actief")
    assert at.caption[-1].value == "11 gebruikers, waarvan 11 actief"


def test_change_role_with_reason(world):
    at = page()
    at.selectbox(key="role_user").set_value("kijker").run()
    at.selectbox(key="role_role_kijker").set_value("indiener")
    at.multiselect(key="role_orgs_kijker").set_value(["G2"])
    at.text_input(key="role_reason_kijker").input("levert voortaan aan voor G2")
    at.button(key="role_save").click().run()
    assert not at.exception
    assert shown(at.success[0].value) == "Opgeslagen: Kijker (kijker, indiener G2)."
    user = get_user(world.store, "kijker")
    assert (user.role.value, user.organisations) == ("indiener", ("G2",))
    assert user_log(world)[-1] == ("admin", "user.role", "kijker", "levert voortaan aan voor G2")
    table = at.dataframe[0].value
    assert table[table["id"] == "kijker"].iloc[0]["role"] == "indiener"


def test_mistakes_are_explained_in_dutch_and_change_nothing(world):
    at = page()
    at.selectbox(key="role_user").set_value("kijker").run()
    at.selectbox(key="role_role_kijker").set_value("indiener")
    at.text_input(key="role_reason_kijker").input("zonder organisatie")
    at.button(key="role_save").click().run()
    assert shown(at.error[0].value) == ("Niet opgeslagen: Gebruiker 'kijker': een indiener hoort bij ten "
                                 "minste één organisatie")
    at.selectbox(key="role_user").set_value("admin").run()
    at.selectbox(key="role_role_admin").set_value("viewer")
    at.button(key="role_save").click().run()
    assert shown(at.error[0].value) == ("Niet opgeslagen: Geef een reden voor de wijziging; die komt in "
                                 "het auditlog.")
    at.text_input(key="role_reason_admin").input("ik stop")
    at.button(key="role_save").click().run()
    assert shown(at.error[0].value).startswith("Niet opgeslagen: 'admin' is de laatste actieve beheerder")
    assert (get_user(world.store, "kijker").role.value, get_user(world.store, "admin").role.value) == (
        "viewer", "beheerder")
    assert user_log(world) == []


def test_add_deactivate_and_activate(world):
    at = page("en")
    at.text_input(key="add_id").input("nieuw")
    at.text_input(key="add_name").input("Nieuwe Collega")
    at.selectbox(key="add_role").set_value("viewer")
    at.text_input(key="add_email").input("Nieuw@Example.NL")
    at.text_input(key="add_reason").input("nieuwe collega communicatie")
    at.button[1].click().run()  # the add form's submit button
    assert not at.exception
    assert shown(at.success[0].value) == "Added: Nieuwe Collega (nieuw, viewer)."
    assert get_user(world.store, "nieuw").email == "nieuw@example.nl"
    at.selectbox(key="active_user").set_value("nieuw")
    at.text_input(key="active_reason").input("vertrokken")
    next(b for b in at.button if b.label == "Deactivate").click().run()
    assert shown(at.success[0].value) == "nieuw is deactivated."
    assert get_user(world.store, "nieuw").active is False
    table = at.dataframe[0].value
    assert table[table["id"] == "nieuw"].iloc[0]["active"] == "deactivated"
    at.selectbox(key="active_user").set_value("nieuw")
    at.text_input(key="active_reason").input("toch terug")
    next(b for b in at.button if b.label == "Activate again").click().run()
    assert get_user(world.store, "nieuw").active is True
    assert [r[1:] for r in user_log(world)] == [
        ("user.create", "nieuw", "nieuwe collega communicatie"),
        ("user.deactivate", "nieuw", "vertrokken"), ("user.activate", "nieuw", "toch terug")]
