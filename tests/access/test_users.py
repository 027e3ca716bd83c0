"""Audited user changes (set_role, upsert, deactivate) and mapping a login to a user."""

from datetime import datetime

import pytest

from monitor.access import (
    AccessDenied,
    Role,
    UnknownIdentity,
    User,
    audit_log,
    deactivate_user,
    get_user,
    set_role,
    upsert_user,
    user_for_identity,
    users_frame,
)
from monitor.errors import UsageError

AT = datetime(2026, 1, 15, 10, 30)


def snapshot_tables(store):
    """Everything a refused change must leave alone."""
    return store.query("SELECT * FROM users ORDER BY id"), store.query("SELECT * FROM audit_log ORDER BY id")


def test_set_role_changes_the_user_and_writes_one_audit_row(store, people):
    changed = set_role(store, people["admin"], "demo-viewer", "indiener", ["gm0599"],
                       "Vera levert voortaan aan voor Rotterdam", at=AT)
    assert (changed.role, changed.organisations) == (Role.INDIENER, ("GM0599",))
    assert get_user(store, "demo-viewer") == changed
    row = store.query("SELECT updated_at, updated_by FROM users WHERE id = 'demo-viewer'").row(0)
    assert row == (AT, "demo-beheerder")
    log = audit_log(store, action="user.role")
    assert log.height == 1
    entry = log.row(0, named=True)
    assert (entry["occurred_at"], entry["actor"], entry["target"], entry["reason"]) == (
        AT, "demo-beheerder", "demo-viewer", "Vera levert voortaan aan voor Rotterdam")
    assert '"before": {"actions": [], "active": true, "email": "vera.devries@demo.example", ' \
        in entry["detail"]
    assert '"organisations": ["GM0599"], "role": "indiener"' in entry["detail"]


@pytest.mark.parametrize("who", ["viewer", "amsterdam", "pm"])
def test_set_role_refused_for_non_admins_with_the_database_unchanged(store, people, who):
    before = snapshot_tables(store)
    with pytest.raises(AccessDenied) as info:
        set_role(store, people[who], people[who].id, "beheerder", [], "ik wil meer rechten")
    assert info.value.nl.startswith("U mag geen gebruikers en rollen beheren; u bent ")
    after = snapshot_tables(store)
    assert before[0].equals(after[0])  # the users table is unchanged
    assert after[1].head(before[1].height).equals(before[1])  # and the refusal is logged:
    denied = after[1].tail(after[1].height - before[1].height).rows(named=True)
    assert [(d["actor"], d["action"], d["target"]) for d in denied] == [
        (people[who].id, "access.denied", people[who].id)]


def test_actor_is_checked_against_the_database_not_the_object_in_hand(store, people):
    """A beheerder demoted a moment ago cannot use a stale User object that still says beheerder."""
    second = User("tweede-beheerder", "Tweede Beheerder", Role.BEHEERDER)
    upsert_user(store, people["admin"], second, "tweede beheerder voor vervanging")
    set_role(store, people["admin"], "tweede-beheerder", "viewer", [], "vervanging voorbij")
    before = snapshot_tables(store)
    with pytest.raises(AccessDenied, match="u bent viewer"):
        set_role(store, second, "demo-amsterdam", "programmamanager", [], "poging")
    with pytest.raises(AccessDenied, match="niet bekend"):
        set_role(store, User("onbekend", "X", Role.BEHEERDER), "demo-viewer", "viewer", [], "x")
    with pytest.raises(AccessDenied, match="niet aangemeld"):
        set_role(store, None, "demo-viewer", "viewer", [], "x")
    after = snapshot_tables(store)
    assert before[0].equals(after[0])
    denied = after[1].tail(after[1].height - before[1].height)
    assert denied.select("actor", "action").rows() == [
        ("tweede-beheerder", "access.denied"), ("onbekend", "access.denied"),
        ("anonymous", "access.denied")]


@pytest.mark.parametrize(("user_id", "role", "orgs", "reason", "message"), [
    ("demo-viewer", "indiener", [], "r", "an indiener must be bound to at least one organisation"),
    ("demo-viewer", "indiener", ["GM9999"], "r", "'GM9999' is not a known organisation code"),
    ("demo-viewer", "viewer", ["GM0363"], "r", "only an indiener is bound to organisations"),
    ("demo-viewer", "admin", [], "r", "unknown role 'admin'"),
    ("niemand", "viewer", [], "r", "there is no user 'niemand'"),
    ("demo-viewer", "viewer", [], "  ", "give a reason for the change"),
    ("demo-beheerder", "viewer", [], "r", "'demo-beheerder' is the last active beheerder"),
])
def test_set_role_refuses_invalid_changes_without_changing_anything(store, people, user_id, role,
                                                                    orgs, reason, message):
    before = snapshot_tables(store)
    with pytest.raises(UsageError, match=message):
        set_role(store, people["admin"], user_id, role, orgs, reason)
    after = snapshot_tables(store)
    assert before[0].equals(after[0]) and before[1].equals(after[1])


def test_change_and_audit_row_are_one_transaction(store, people, monkeypatch):
    """When writing the audit row fails, the role change is rolled back too."""
    import monitor.access.users as users

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    before = snapshot_tables(store)
    monkeypatch.setattr(users, "record", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        set_role(store, people["admin"], "demo-viewer", "programmamanager", [], "promotie")
    after = snapshot_tables(store)
    assert before[0].equals(after[0]) and before[1].equals(after[1])


def test_upsert_and_deactivate_are_audited(store, people):
    new = User("jan", "Jan Mulder", Role.INDIENER, ("GM0344",), email="Jan@Utrecht.example")
    upsert_user(store, people["admin"], new, "nieuwe indiener Utrecht", at=AT)
    assert get_user(store, "jan").email == "jan@utrecht.example"
    upsert_user(store, people["admin"], User("jan", "Jan Mulder-de Wit", Role.INDIENER, ("GM0344",)),
                "naam gewijzigd", at=AT)
    deactivate_user(store, people["admin"], "jan", "uit dienst", at=AT)
    assert get_user(store, "jan").active is False
    log = audit_log(store, target="jan")
    assert sorted(log["action"]) == ["user.create", "user.deactivate", "user.update"]
    assert set(log["actor"]) == {"demo-beheerder"}
    frame = users_frame(store).filter(id="jan")
    assert frame.row(0, named=True)["organisations"] == "GM0344"
    with pytest.raises(UsageError, match=r"email 'anna\.dejong@demo\.example' already belongs "
                                         r"to user 'demo-amsterdam'"):
        upsert_user(store, people["admin"], User("kopie", "Kopie", Role.VIEWER,
                                                 email="anna.dejong@demo.example"), "kopie")
    with pytest.raises(UsageError, match="last active beheerder"):
        deactivate_user(store, people["admin"], "demo-beheerder", "weg")
    with pytest.raises(AccessDenied):
        deactivate_user(store, people["pm"], "jan", "weg")


# --- identity -> user ------------------------------------------------------------------------------


def test_identity_by_verified_email_case_insensitive_never_by_preferred_username(store):
    assert user_for_identity(store, {"email": "Anna.deJong@DEMO.example", "email_verified": True,
                                     "sub": "a1"}).id == "demo-amsterdam"
    with pytest.raises(UnknownIdentity):
        user_for_identity(store, {"preferred_username": "sem.bakker@demo.example", "sub": "s1",
                                  "email_verified": True})


def test_identity_by_subject_wins_over_email(store, people):
    upsert_user(store, people["admin"], User("demo-viewer", "Vera de Vries", Role.VIEWER,
                                             email="vera.devries@demo.example", subject="kc-0001"),
                "koppeling Keycloak")
    found = user_for_identity(store, {"sub": "kc-0001", "email": "pieter.visser@demo.example"})
    assert found.id == "demo-viewer"


def test_unverified_email_is_not_trusted(store):
    with pytest.raises(UnknownIdentity, match="heeft geen toegang"):
        user_for_identity(store, {"email": "anna.dejong@demo.example", "email_verified": False})


def test_unknown_and_deactivated_identities_are_refused(store, people):
    with pytest.raises(UnknownIdentity) as info:
        user_for_identity(store, {"email": "iemand@elders.example", "sub": "x"})
    assert info.value.nl == ("U bent aangemeld als iemand@elders.example, maar dat account heeft geen "
                             "toegang tot de monitor; vraag een beheerder om u toe te voegen.")
    assert isinstance(info.value, AccessDenied)
    with pytest.raises(UnknownIdentity):
        user_for_identity(store, {})
    deactivate_user(store, people["admin"], "demo-amsterdam", "vertrokken")
    with pytest.raises(UnknownIdentity, match="gedeactiveerd"):
        user_for_identity(store, {"email": "anna.dejong@demo.example", "email_verified": True,
                                  "sub": "a1"})
