"""Who acts: an OIDC login, a demo user (never in production), or nobody; and --user on the CLI."""

import pytest
from helpers import make_world

from monitor.access import (
    AccessDenied,
    Role,
    UnknownIdentity,
    User,
    cli_user,
    require_not_production,
    resolve_user,
    seed_users,
)
from monitor.access.identity import logged_in_identity
from monitor.errors import UsageError
from tests.compute.test_engine import DEFS, ORGS

ISS = "https://login.example.nl/tenant/v2.0"
LOGIN = {"is_logged_in": True, "email": "anna.dejong@demo.example", "email_verified": True,
         "name": "Anna de Jong", "iss": ISS, "sub": "e4c1b2", "provider": "default",
         "tokens": {"id": "secret"}}


@pytest.mark.parametrize("environment", ["production", "demo"])
def test_oidc_login_maps_to_the_user_in_any_environment(store, environment):
    acting = resolve_user(store, LOGIN, "demo-programmamanager", environment)
    assert acting.user.id == "demo-amsterdam"  # the login wins over any demo choice
    assert acting.mode == "login" and not acting.demo and acting.banner() is None


def test_production_without_login_is_nobody_and_ignores_a_demo_choice(store):
    assert resolve_user(store, None, None, "production") is None
    assert resolve_user(store, {"is_logged_in": False}, "demo-programmamanager", "production") is None


def test_streamlit_placeholder_user_is_not_a_login(store):
    """Without [auth] in secrets.toml st.user may say {'email': 'test@example.com'}: not a login."""
    placeholder = {"email": "test@example.com"}
    assert logged_in_identity(placeholder) is None
    assert resolve_user(store, placeholder, None, "production") is None
    assert logged_in_identity(LOGIN) == {k: v for k, v in LOGIN.items() if k != "tokens"}


def test_demo_mode_with_the_chosen_user_and_a_visible_banner(store):
    acting = resolve_user(store, None, "demo-zuid-holland", "demo")
    assert acting.user.id == "demo-zuid-holland" and acting.demo
    assert acting.banner("nl").startswith("Demomodus: u werkt als Sem Bakker (indiener).")
    assert acting.banner("en").startswith("Demo mode: you are acting as Sem Bakker (submitter).")


def test_demo_mode_without_a_choice_is_the_least_privileged_user(store):
    assert resolve_user(store, None, None, "demo").user.id == "demo-viewer"


def test_unknown_login_or_demo_choice_is_refused(store):
    with pytest.raises(UnknownIdentity, match=r"iemand@elders\.example"):
        resolve_user(store, {"is_logged_in": True, "email": "iemand@elders.example"}, None, "production")
    with pytest.raises(UnknownIdentity, match="Er is geen demogebruiker 'hacker'"):
        resolve_user(store, None, "hacker", "demo")


def test_unknown_environment_is_a_configuration_mistake(store):
    with pytest.raises(UsageError, match="use 'production' or 'demo'"):
        resolve_user(store, None, None, "staging")


def test_cli_user(store):
    assert cli_user(store, "demo-amsterdam", "production", "submit").role is Role.INDIENER
    with pytest.raises(UsageError, match="give --user ID: in production"):
        cli_user(store, None, "production", "snapshot.create")
    assert cli_user(store, None, "demo", "snapshot.create").id == "demo-programmamanager"
    assert cli_user(store, None, "demo", "submit").id == "demo-programmamanager"  # every organisation
    assert cli_user(store, None, "demo", "demo.reset").id == "demo-beheerder"
    with pytest.raises(UnknownIdentity, match="Er is geen gebruiker 'piet'"):
        cli_user(store, "piet", "demo", "submit")


def test_demo_reset_is_refused_in_production():
    require_not_production("demo")
    with pytest.raises(AccessDenied, match="Dit kan niet in productie"):
        require_not_production("production")


def test_resolve_user_in_a_world_without_users(tmp_path):
    """The same in a world of its own (make_world: config, register and database in tmp_path)."""
    store = make_world(tmp_path, DEFS, ORGS, users=False).store
    assert resolve_user(store, None, None, "demo") is None  # no users yet: the page shows a notice
    seed_users(store, [User("g1", "G1 Indiener", Role.INDIENER, ("G1",), email="g1@demo.example")],
               source="test")
    acting = resolve_user(store, {"is_logged_in": True, "email": "G1@demo.example",
                                  "email_verified": True, "iss": ISS, "sub": "g1-sub"}, None,
                          "production")
    assert acting.user.organisations == ("G1",)


# --- issue 14 item 7: a login is bound to issuer + subject; e-mail only once, and only verified ---


def login(**claims) -> dict:
    return {"is_logged_in": True, **claims}


def bound(store, user_id: str) -> tuple:
    return store.query("SELECT issuer, subject FROM users WHERE id = ?", [user_id]).row(0)


def test_preferred_username_is_never_compared_with_the_email(store):
    with pytest.raises(UnknownIdentity, match="heeft geen toegang"):
        resolve_user(store, login(iss=ISS, sub="x1", preferred_username="anna.dejong@demo.example",
                                  email_verified=True), None, "production")
    assert bound(store, "demo-amsterdam") == (None, None)


@pytest.mark.parametrize("verified", [None, False, "true", 1])
def test_only_email_verified_true_counts(store, verified):
    claims = login(iss=ISS, sub="x1", email="anna.dejong@demo.example")
    if verified is not None:
        claims["email_verified"] = verified
    with pytest.raises(UnknownIdentity, match="heeft geen toegang"):
        resolve_user(store, claims, None, "production")
    assert bound(store, "demo-amsterdam") == (None, None)


def test_first_login_by_verified_email_binds_issuer_and_subject(store):
    from monitor.access import audit_log

    first = resolve_user(store, LOGIN, None, "production").user
    assert first.id == "demo-amsterdam" and (first.issuer, first.subject) == (ISS, "e4c1b2")
    assert bound(store, "demo-amsterdam") == (ISS, "e4c1b2")
    rows = audit_log(store, action="user.bind")
    assert rows.height == 1 and rows["actor"][0] == rows["target"][0] == "demo-amsterdam"
    assert '"matched_by": "email"' in rows["detail"][0] and ISS in rows["detail"][0]
    # afterwards only issuer + subject: the same verified e-mail from another account is refused
    with pytest.raises(UnknownIdentity):
        resolve_user(store, {**LOGIN, "sub": "someone-else"}, None, "production")
    with pytest.raises(UnknownIdentity):  # the same subject from another provider
        resolve_user(store, {**LOGIN, "iss": "https://evil.example"}, None, "production")
    again = resolve_user(store, login(iss=ISS, sub="e4c1b2", email="nieuw@elders.example"), None,
                         "production")
    assert again.user.id == "demo-amsterdam"
    assert audit_log(store, action="user.bind").height == 1  # bound once


def test_subject_preset_in_the_users_file(tmp_path):
    store = make_world(tmp_path, DEFS, ORGS, users=False).store
    seed_users(store, [User("g1", "G1", Role.INDIENER, ("G1",), subject="kc-7"),
                       User("pm", "PM", Role.PROGRAMMAMANAGER, subject="kc-8", issuer=ISS)],
               source="test")
    assert resolve_user(store, login(iss=ISS, sub="kc-7"), None, "production").user.id == "g1"
    assert bound(store, "g1") == (ISS, "kc-7")  # the issuer of the first login is kept
    with pytest.raises(UnknownIdentity):
        resolve_user(store, login(iss="https://other.example", sub="kc-7"), None, "production")
    with pytest.raises(UnknownIdentity):
        resolve_user(store, login(iss="https://other.example", sub="kc-8"), None, "production")
    assert resolve_user(store, login(iss=ISS, sub="kc-8"), None, "production").user.id == "pm"


def test_users_file_accepts_issuer_only_with_subject(register_codes):
    from monitor.access import check_users

    text = ("users:\n  - {id: a, name: A, role: viewer, subject: s, issuer: 'https://x'}\n"
            "  - {id: b, name: B, role: viewer, issuer: 'https://x'}\n")
    users, problems = check_users(text, "users.yaml", register_codes)
    assert [u.issuer for u in users] == ["https://x"]
    assert [p.path for p in problems.errors] == ["users[1].issuer"]
