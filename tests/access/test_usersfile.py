"""The users file: the valid twin loads, the twin with problems names every mistake with its line,
and data/users.yaml (the demo users) is valid against the real register."""

from pathlib import Path

import pytest

from monitor.access import (
    Role,
    UsersFileError,
    audit_log,
    check_users,
    get_user,
    load_users,
    load_users_file,
    seed_from_file,
    seed_users,
)
from monitor.access.model import User
from tests.access.conftest import USERS_FILE

FIXTURES = Path(__file__).parent / "fixtures"


def test_valid_twin_loads(register_codes):
    users = load_users_file(FIXTURES / "valid" / "users.yaml", register_codes)
    assert [(u.id, u.role, u.organisations, u.active) for u in users] == [
        ("kees", Role.VIEWER, (), True),
        ("anna.dejong", Role.INDIENER, ("GM0363",), True),
        ("sem", Role.INDIENER, ("GM0518", "PV28"), True),  # normalised: upper case, sorted
        ("pieter", Role.PROGRAMMAMANAGER, (), False),
        ("bente", Role.BEHEERDER, (), True),
    ]
    assert users[1].email == "anna.dejong@amsterdam.example"  # logins compare in lower case
    assert users[1].subject == "0b6e1a3c-8f43-4d7e-9a57-2c1f0e5d7a10"


def test_twin_with_problems_names_every_mistake_with_file_and_line(register_codes):
    path = FIXTURES / "with_problems" / "users.yaml"
    users, problems = check_users(path.read_text(encoding="utf-8"), str(path), register_codes)
    found = [(p.line, p.path, p.code, p.value) for p in problems.items]
    assert found == [
        (5, "users[0].role", "users-unknown-role", "admin"),
        (9, "users[1].organisations[1]", "users-unknown-organisation", "GM9999"),
        (10, "users[1].emial", "users-unknown-key", None),
        (13, "users[2].role", "users-no-organisation", None),
        (14, "users[3].id", "users-invalid", "Pieter Visser"),
        (17, "users[4]", "users-missing-key", None),
        (19, "users[4].organisations", "users-organisation-not-allowed", None),
        (20, "users[5].id", "users-duplicate-id", "kees"),
        (23, "users[5].active", "users-invalid", "ja"),
        (24, "groups", "users-unknown-key", None),
    ]
    assert users == []  # every user in this file has a mistake
    text = [str(p) for p in problems.items]
    assert text[0] == (f"{path}:5 users[0].role: 'admin' is not a role "
                       "(known: viewer, indiener, actiehouder, programmamanager, beheerder)")
    assert text[1].endswith("users[1].organisations[1]: 'GM9999' is not a known organisation code "
                            "(see the register, e.g. GM0363)")
    assert text[2].endswith(":10 users[1].emial: unknown key "
                            "(known: id, name, role, organisations, actions, email, subject, issuer, active)")
    assert text[7].endswith(":20 users[5].id: id 'kees' is also used at line 3")
    with pytest.raises(UsersFileError) as info:
        load_users_file(path, register_codes)
    assert len(info.value.problems) == 10
    assert str(info.value).startswith("10 errors in the users file:\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("users: [\n", (2, "users-syntax")),
    ("- just a list\n", (1, "users-shape")),
    ("users:\n  - id: a\n    id: b\n    name: A\n    role: viewer\n", (3, "users-duplicate-key")),
    ("users:\n  - id: a\n    name: A\n    role: viewer\n    email: a@x.example\n"
     "  - id: b\n    name: B\n    role: viewer\n    email: A@X.example\n", (9, "users-duplicate-login")),
    ("users:\n  - kees\n", (2, "users-shape")),
])
def test_malformed_files(register_codes, text, expected):
    _, problems = check_users(text, "users.yaml", register_codes)
    assert [(p.line, p.code) for p in problems.items] == [expected]


def test_unreadable_file_is_a_problem(tmp_path, register_codes):
    with pytest.raises(UsersFileError, match="cannot read the users file"):
        load_users_file(tmp_path / "missing.yaml", register_codes)


def test_demo_users_file_is_valid_and_has_the_seven_demo_users(register_codes):
    users = load_users_file(USERS_FILE, register_codes, {"a03", "a04"})
    assert [(u.id, u.role.value, u.organisations, u.actions) for u in users] == [
        ("demo-viewer", "viewer", (), ()),
        ("demo-amsterdam", "indiener", ("GM0363",), ()),
        ("demo-zuid-holland", "indiener", ("GM0518", "PV28"), ()),
        ("demo-actiehouder", "actiehouder", (), ("a03", "a04")),
        ("demo-programmamanager", "programmamanager", (), ()),
        ("demo-programmamanager-2", "programmamanager", (), ()),
        ("demo-beheerder", "beheerder", (), ()),
    ]
    assert all(u.active and u.email.endswith("@demo.example") for u in users)


def test_seeding_adds_missing_users_once_and_audits_each(store):
    # the template database was seeded from data/users.yaml: five user.create rows by 'system'
    created = audit_log(store, action="user.create")
    assert sorted(created["target"]) == sorted(u.id for u in load_users(store))
    assert set(created["actor"]) == {"system"}
    assert all(r.startswith("seeded from users.example.yaml (sha256 ") for r in created["reason"])
    again = seed_from_file(store, USERS_FILE)  # a restart: nothing changes, nothing audited
    assert (again.created, again.updated, len(again.unchanged)) == ([], [], 7)
    assert audit_log(store, action="user.*").height == 7


def test_seeding_never_overwrites_changes_unless_replace(store):
    changed = User("demo-viewer", "Vera de Vries", Role.INDIENER, ("GM0599",),
                   email="vera.devries@demo.example")
    result = seed_users(store, [changed], source="test")
    assert result.unchanged == ["demo-viewer"]
    assert get_user(store, "demo-viewer").role is Role.VIEWER
    result = seed_users(store, [changed], source="test", replace=True)
    assert result.updated == ["demo-viewer"]
    row = audit_log(store, action="user.update").row(0, named=True)
    assert (row["actor"], row["target"], row["reason"]) == ("system", "demo-viewer", "seeded from test")
    assert '"role": "viewer"' in row["detail"] and '"role": "indiener"' in row["detail"]


def test_actions_bind_an_actiehouder_only_and_must_be_known(register_codes):
    text = """users:
  - id: owner
    name: Fatima El Amrani
    role: actiehouder
  - id: owner2
    name: Kees
    role: actiehouder
    actions: [a03, a99]
  - id: viewer
    name: Vera
    role: viewer
    actions: [a03]
  - id: owner3
    name: Els
    role: actiehouder
    actions: a03
"""
    _, problems = check_users(text, "users.yaml", register_codes, {"a03", "a04"})
    found = [(p.line, p.path, p.code, p.value) for p in problems.items]
    assert found == [
        (4, "users[0].role", "users-no-action", None),
        (8, "users[1].actions[1]", "users-unknown-action", "a99"),
        (12, "users[2].actions", "users-action-not-allowed", None),
        (16, "users[3].actions", "users-invalid", None),
    ]
