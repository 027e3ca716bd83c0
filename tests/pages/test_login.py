"""Production with an OIDC login: ``AppTest.user`` plays the identity provider's claims.

Navigation follows the role of the user the login maps to; pages outside it cannot be opened;
unknown or deactivated logins, Streamlit's placeholder user and a demo choice get no access."""

from pathlib import Path

import pytest
import yaml
from helpers import make_world, shown
from streamlit.testing.v1 import AppTest

from tests.compute.test_engine import DEFS, ORGS
from tests.pages.test_roles import registered_pages

ROOT = Path(__file__).resolve().parents[2]
USERS = """users:
  - {id: pm, name: Pieter PM, role: programmamanager, email: pm@example.nl}
  - {id: g1, name: Indiener G1, role: indiener, organisations: [G1], email: g1@example.nl,
     subject: 7f3c-g1}
  - {id: kijker, name: Kijker, role: viewer, email: kijker@example.nl}
  - {id: admin, name: Beheerder, role: beheerder, email: admin@example.nl}
  - {id: oud, name: Oud, role: viewer, email: oud@example.nl, active: false}
"""
ALL = ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren", "toezeggingen",
       "definities", "export", "audit", "colofon"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("login")
    make_world(path, DEFS, ORGS, users=False)
    (path / "users.yaml").write_text(USERS, encoding="utf-8")
    cfg = yaml.safe_load((path / "config.yaml").read_text(encoding="utf-8"))
    cfg["access"] = {"environment": "production", "users_file": str(path / "users.yaml")}
    (path / "config.yaml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return path


AUTH = {"redirect_uri": "https://monitor.example.nl/oauth2callback", "cookie_secret": "geheim",
        "client_id": "monitor", "client_secret": "geheim",
        "server_metadata_url": "https://sso.example.nl/.well-known/openid-configuration"}
ISS = "https://sso.example.nl/realms/ibds"


def app(world, monkeypatch, user: dict | None, demo_choice: str | None = None,
        auth: dict | None = AUTH) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(world / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if auth is not None:  # the [auth] section of .streamlit/secrets.toml
        at.secrets["auth"] = auth
    if user is not None:
        at.user = user
    if demo_choice:
        at.session_state["demo_user"] = demo_choice
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def login(**claims) -> dict:
    """A verified login from the test provider; ``sub`` is the e-mail's name (each account keeps
    one subject: the first login binds it)."""
    email = str(claims.get("email") or claims.get("preferred_username") or "x@").lower()
    return {"is_logged_in": True, "iss": ISS, "sub": f"sub-{email.split('@')[0]}",
            "email_verified": True, **claims}


@pytest.mark.parametrize(("claims", "pages", "who"), [
    (login(email="pm@example.nl", name="Pieter"), ALL, "Pieter PM (programmamanager)"),
    (login(email="KIJKER@example.nl"), ["overzicht", "actie", "organisatie", "volledigheid",
                                        "toezeggingen", "definities", "export", "colofon"],
     "Kijker (viewer)"),
    (login(sub="7f3c-g1", email="other@example.nl"),
     ["organisatie", "aanleveren", "definities", "colofon"], "Indiener G1 (indiener)"),
    (login(email="admin@example.nl"), ["definities", "audit", "gebruikers", "colofon"],
     "Beheerder (beheerder)"),
])
def test_navigation_follows_the_role_of_the_login(world, monkeypatch, claims, pages, who):
    at = app(world, monkeypatch, claims)
    assert registered_pages(at) == pages
    # names are Markdown-escaped (monitor.text.literal): compare the text as shown
    assert [c.value.replace("\\", "") for c in at.sidebar.caption] == [who]
    assert [b.label for b in at.sidebar.button] == ["Uitloggen"]
    assert not at.warning  # no demo banner when logged in
    assert "demo_user" not in at.session_state


def test_pages_outside_the_role_cannot_be_opened(world, monkeypatch):
    at = app(world, monkeypatch, login(email="g1@example.nl", sub="7f3c-g1"))
    for page in ("overzicht", "export", "audit", "gebruikers"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(str(ROOT / "app_pages" / f"{page}.py"))
    at.switch_page(str(ROOT / "app_pages" / "aanleveren.py"))
    at.run()
    assert not at.exception
    assert at.selectbox(key="upload_org").options == ["G1 naam (G1)"]


@pytest.mark.parametrize(("user", "demo_choice"), [
    ({"is_logged_in": False}, None),
    (None, None),  # AppTest's default user: Streamlit's placeholder {"email": "test@example.com"}
    ({"is_logged_in": False}, "pm"),  # a demo choice counts for nothing in production
])
def test_without_a_login_only_the_login_button(world, monkeypatch, user, demo_choice):
    at = app(world, monkeypatch, user, demo_choice)
    assert at.info[0].value == "Log in om de voortgangsmonitor te gebruiken."
    assert [b.label for b in at.button] == ["Inloggen"]
    assert not at.warning
    assert_no_page_opens(at, "overzicht", "Log in om de voortgangsmonitor te gebruiken.")


def assert_no_page_opens(at: AppTest, page: str, message: str) -> None:
    """Asking for a page directly shows the same message again, and nothing of the page (no
    navigation is registered at all, so Streamlit runs only the entry script)."""
    at.switch_page(str(ROOT / "app_pages" / f"{page}.py"))
    at.run()
    assert not at.exception
    assert not at.title and not at.dataframe
    assert message in [shown(e.value) for e in (*at.info, *at.error)]


@pytest.mark.parametrize(("claims", "message"), [
    (login(email="onbekend@example.nl"),
     "U bent aangemeld als onbekend@example.nl, maar dat account heeft geen toegang tot de "
     "monitor; vraag een beheerder om u toe te voegen."),
    (login(email="oud@example.nl"),
     "Het account 'oud' (oud@example.nl) is gedeactiveerd; vraag een beheerder om toegang."),
    (login(email="pm@example.nl", email_verified=False, sub="sub-nieuw"),
     "U bent aangemeld als pm@example.nl, maar dat account heeft geen toegang tot de monitor; "
     "vraag een beheerder om u toe te voegen."),
    ({"is_logged_in": True, "iss": ISS, "sub": "sub-nieuw", "email": "pm@example.nl"},
     "U bent aangemeld als pm@example.nl, maar dat account heeft geen toegang tot de monitor; "
     "vraag een beheerder om u toe te voegen."),  # no email_verified: not verified
    (login(preferred_username="pm@example.nl", sub="sub-nieuw"),
     "U bent aangemeld als sub-nieuw, maar dat account heeft geen toegang tot de monitor; vraag "
     "een beheerder om u toe te voegen."),  # a user name is never compared with the e-mail
    (login(email="[inloggen](https://evil.example)", sub="sub-evil"),
     "U bent aangemeld als [inloggen](https://evil.example), maar dat account heeft geen toegang "
     "tot de monitor; vraag een beheerder om u toe te voegen."),  # shown as typed, not a link
])
def test_unknown_or_deactivated_login_is_refused(world, monkeypatch, claims, message):
    at = app(world, monkeypatch, claims)
    assert shown(at.error[0].value) == message  # the claims shown as typed (escaped Markdown)
    assert "](" not in at.error[0].value  # never a working link
    assert [b.label for b in at.button] == ["Uitloggen"]
    assert_no_page_opens(at, "definities", message)


def test_a_bound_login_is_matched_by_issuer_and_subject_only(world, monkeypatch):
    """After the first login (bound by verified e-mail) the e-mail no longer opens the account
    for another subject; the subject does, whatever e-mail it brings."""
    app(world, monkeypatch, login(email="kijker@example.nl"))
    other = login(email="kijker@example.nl", sub="sub-indringer")
    at = app(world, monkeypatch, other)
    assert shown(at.error[0].value).startswith(
        "U bent aangemeld als kijker@example.nl, maar dat account")
    at = app(world, monkeypatch, login(email="nieuw-adres@example.nl", sub="sub-kijker"))
    assert [c.value.replace("\\", "") for c in at.sidebar.caption] == ["Kijker (viewer)"]


def test_login_not_set_up_gives_a_message_not_a_traceback(world, monkeypatch, caplog):
    """Production without [auth] in .streamlit/secrets.toml: no login button that would raise
    StreamlitAuthError (a traceback with server paths), but a clear message, and the reason in
    the operator's log."""
    import logging

    caplog.set_level(logging.ERROR, logger="monitor.login")
    at = app(world, monkeypatch, {"is_logged_in": False}, auth=None)
    assert [e.value for e in at.error] == [
        "Aanmelden is niet ingericht: deze omgeving heeft nog geen koppeling met een "
        "identiteitsprovider. De beheerder moet [auth] in .streamlit/secrets.toml invullen, zie "
        "README (Access: Production)."]
    assert not at.button and not at.exception
    assert any("Login is not configured" in r.getMessage() and "secrets.toml" in r.getMessage()
               for r in caplog.records)
    at = app(world, monkeypatch, {"is_logged_in": False}, auth={"redirect_uri": "https://x"})
    assert at.error[0].value.startswith("Aanmelden is niet ingericht")
    assert "cookie_secret" in caplog.text and "client_id" in caplog.text
