"""The permission table is consistent and its documentation is generated from it."""

import pytest

from monitor.access import ACTIONS, ROLES, Role, permissions_markdown, roles_markdown
from monitor.access.roles import actions_of, parse_role
from monitor.text.catalogue import TEXTS


def test_table_is_consistent():
    ids = [a.id for a in ACTIONS]
    assert len(ids) == len(set(ids))
    for a in ACTIONS:
        assert set(a.grants) <= set(Role)
        assert all(TEXTS[f"permission.{a.id}"]), a.id  # what it is, in Dutch and English
        denied = TEXTS[f"permission.{a.id}.denied"]
        assert not (a.organisation_bound and a.action_bound), a.id
        if a.action_bound:
            assert "{action}" in denied[0] and "{action}" in denied[1], a.id
        elif not a.organisation_bound:
            assert set(a.grants.values()) <= {"all"}, a.id
            assert "{org}" not in denied[0] + denied[1], a.id
        else:
            assert "{org}" in denied[0] and "{org}" in denied[1], a.id
    # whoever may submit for any organisation may submit for each one
    by_id = {a.id: a for a in ACTIONS}
    for role in by_id["submit.any"].grants:
        assert by_id["submit"].grants.get(role) == "all"
    assert set(ROLES) == set(Role)


def test_programmamanager_may_do_everything_a_viewer_may():
    assert set(actions_of(Role.VIEWER)) <= set(actions_of(Role.PROGRAMMAMANAGER))


def test_parse_role_names_the_known_roles():
    assert parse_role("indiener") is Role.INDIENER
    with pytest.raises(ValueError, match=r"unknown role 'admin' \(known: viewer, indiener, "
                                         r"actiehouder, programmamanager, beheerder\)"):
        parse_role("admin")


def test_markdown_has_a_row_per_action_and_a_column_per_role():
    text = permissions_markdown()
    lines = text.splitlines()
    assert lines[0] == ("| action | `viewer` | `indiener` | `actiehouder` | `programmamanager` | "
                        "`beheerder` | what |")
    assert len(lines) == 2 + len(ACTIONS)
    assert "| `submit` (per organisation) | – | own organisations | – | ✔ | – |" in text
    assert "| `statement.write` (per action) | – | – | own actions | ✔ | – |" in text
    assert "| `snapshot.create` | – | – | – | ✔ | – |" in text
    assert "eigen organisaties" in permissions_markdown("nl")
    assert len(roles_markdown().splitlines()) == 2 + len(Role)
