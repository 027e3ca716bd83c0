"""The full matrix role × action × organisation through require/allowed, and the messages.

The expectations are written out here, independently of monitor.access.roles, so a change to
the permission table must be made (and reviewed) twice."""

import pytest

from monitor.access import (
    ACTIONS,
    PAGES,
    AccessDenied,
    Role,
    User,
    allowed,
    permitted_actions,
    permitted_organisations,
    require,
    visible_pages,
)

VIEWER = User("demo-viewer", "Vera de Vries", Role.VIEWER)
AMSTERDAM = User("demo-amsterdam", "Anna de Jong", Role.INDIENER, ("GM0363",))
ZUID_HOLLAND = User("demo-zuid-holland", "Sem Bakker", Role.INDIENER, ("PV28", "GM0518"))
OWNER = User("demo-actiehouder", "Fatima El Amrani", Role.ACTIEHOUDER, actions=("a03", "a04"))
PM = User("demo-programmamanager", "Pieter Visser", Role.PROGRAMMAMANAGER)
ADMIN = User("demo-beheerder", "Bente Smit", Role.BEHEERDER)
USERS = [VIEWER, AMSTERDAM, ZUID_HOLLAND, OWNER, PM, ADMIN]
ORGANISATIONS = [None, "GM0363", "GM0599", "GM0518", "PV28", "BZK", "gm0363 "]
STRATEGY_ACTIONS = [None, "a03", "a05", " A04"]

# global actions each role may perform
GLOBAL = {
    Role.VIEWER: {"view", "definitions.view", "export.snapshot", "commitments.view"},
    Role.INDIENER: {"definitions.view"},
    Role.ACTIEHOUDER: {"view", "definitions.view", "export.snapshot", "commitments.view"},
    Role.PROGRAMMAMANAGER: {"view", "definitions.view", "export.snapshot", "export.live", "site.publish",
                            "submit.any",
                            "submit.bulk", "snapshot.create", "period.reopen", "audit.view",
                            "contacts.view", "statement.review", "commitments.view",
                            "commitments.manage"},
    Role.BEHEERDER: {"definitions.view", "audit.view", "users.manage", "demo.reset", "contacts.view"},
}
# organisation-bound actions: a programmamanager for every organisation, an indiener for its own
ORGANISATION_BOUND = {"submit", "submissions.view"}
# action-bound: a programmamanager for every strategy action, an actiehouder for its own
ACTION_BOUND = {"statement.write"}


def expected(user: User, action: str, organisation: str | None, for_action: str | None = None) -> bool:
    if action in ACTION_BOUND:
        if user.role is Role.PROGRAMMAMANAGER:
            return True
        own = for_action is not None and for_action.strip().lower() in user.actions
        return user.role is Role.ACTIEHOUDER and own
    if action in ORGANISATION_BOUND:
        if user.role is Role.PROGRAMMAMANAGER:
            return True
        own = organisation is not None and organisation.strip().upper() in user.organisations
        return user.role is Role.INDIENER and own
    return action in GLOBAL[user.role]


def test_the_matrix_covers_every_declared_action():
    declared = {a.id for a in ACTIONS}
    assert declared == set().union(*GLOBAL.values()) | ORGANISATION_BOUND | ACTION_BOUND
    assert {a.id for a in ACTIONS if a.organisation_bound} == ORGANISATION_BOUND
    assert {a.id for a in ACTIONS if a.action_bound} == ACTION_BOUND


@pytest.mark.parametrize("user", USERS, ids=lambda u: u.id)
def test_full_matrix_role_action_organisation(user):
    checked = 0
    for act in ACTIONS:
        for org in ORGANISATIONS:
            for strategy in STRATEGY_ACTIONS:
                want = expected(user, act.id, org, strategy)
                assert allowed(user, act.id, org, for_action=strategy) is want, (
                    user.id, act.id, org, strategy)
                if want:
                    assert require(user, act.id, org, for_action=strategy) is user
                else:
                    with pytest.raises(AccessDenied) as info:
                        require(user, act.id, org, for_action=strategy)
                    assert (info.value.user_id, info.value.action) == (user.id, act.id)
                checked += 1
    assert checked == len(ACTIONS) * len(ORGANISATIONS) * len(STRATEGY_ACTIONS)


def test_indiener_for_amsterdam_may_not_submit_for_rotterdam():
    with pytest.raises(AccessDenied) as info:
        require(AMSTERDAM, "submit", "GM0599")
    exc = info.value
    assert exc.message("nl") == "U mag geen gegevens aanleveren voor GM0599; u bent indiener voor GM0363."
    assert exc.message("en") == "You may not submit figures for GM0599; you are a submitter for GM0363."
    assert str(exc) == f"{exc.nl} ({exc.en})"
    assert (exc.user_id, exc.action, exc.organisation) == ("demo-amsterdam", "submit", "GM0599")
    assert require(AMSTERDAM, "submit", "GM0363") is AMSTERDAM


def test_indiener_for_two_organisations_is_named_with_both():
    with pytest.raises(AccessDenied) as info:
        require(ZUID_HOLLAND, "submit", "GM0363")
    assert info.value.nl == "U mag geen gegevens aanleveren voor GM0363; u bent indiener voor GM0518 en PV28."
    assert info.value.en.endswith("you are a submitter for GM0518 and PV28.")
    assert allowed(ZUID_HOLLAND, "submit", "GM0518") and allowed(ZUID_HOLLAND, "submit", "PV28")


def test_viewer_may_not_create_a_snapshot():
    with pytest.raises(AccessDenied) as info:
        require(VIEWER, "snapshot.create")
    assert info.value.nl == "U mag geen peildatum (snapshot) vastleggen; u bent viewer."
    assert info.value.en == "You may not create a snapshot; you are a viewer."


def test_indiener_may_not_reopen_a_quarter():
    with pytest.raises(AccessDenied) as info:
        require(AMSTERDAM, "period.reopen")
    assert info.value.nl == "U mag geen kwartaal heropenen; u bent indiener voor GM0363."


def test_programmamanager_submits_for_every_organisation_in_the_register(register_codes):
    assert all(allowed(PM, "submit", code) for code in register_codes)
    assert allowed(PM, "submit") and allowed(PM, "submit.any")


def test_bulk_only_for_the_programmamanager():
    assert [u.id for u in USERS if allowed(u, "submit.bulk")] == ["demo-programmamanager"]
    with pytest.raises(AccessDenied, match="U mag geen bulkbestanden met historische gegevens laden; "
                                           "u bent indiener voor GM0363"):
        require(AMSTERDAM, "submit.bulk")


def test_organisation_bound_action_without_organisation_means_every_organisation():
    with pytest.raises(AccessDenied) as info:
        require(AMSTERDAM, "submit")
    assert info.value.nl == ("U mag geen gegevens aanleveren voor alle organisaties; "
                             "u bent indiener voor GM0363.")
    assert info.value.organisation is None


def test_nobody_and_deactivated_users_may_do_nothing():
    inactive = User("oud", "Oud Account", Role.PROGRAMMAMANAGER, active=False)
    for act in ACTIONS:
        assert not allowed(None, act.id, "GM0363")
        assert not allowed(inactive, act.id, "GM0363")
    with pytest.raises(AccessDenied, match="U bent niet aangemeld"):
        require(None, "view")
    with pytest.raises(AccessDenied, match="Het account 'oud' is gedeactiveerd"):
        require(inactive, "submit", "GM0363")
    assert visible_pages(None) == [] and visible_pages(inactive) == []


def test_unknown_action_is_a_programming_error():
    with pytest.raises(ValueError, match=r"unknown action 'snapshot\.delete'"):
        allowed(PM, "snapshot.delete")


def test_visible_pages_per_role():
    # the accessibility statement, contact and colophon: every active user (issue 17)
    assert visible_pages(VIEWER) == ["overzicht", "actie", "organisatie", "volledigheid",
                                     "toezeggingen", "definities", "export", "colofon"]
    assert visible_pages(AMSTERDAM) == ["organisatie", "aanleveren", "definities", "colofon"]
    assert visible_pages(PM) == ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren",
                                 "toezeggingen", "definities", "export", "audit", "colofon"]
    assert visible_pages(ADMIN) == ["definities", "audit", "gebruikers", "colofon"]
    assert list(PAGES) == ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren",
                           "toezeggingen", "definities", "export", "audit", "gebruikers", "colofon"]
    declared = {a.id for a in ACTIONS}
    assert all(set(needs) <= declared for needs in PAGES.values())


def test_permitted_organisations_for_the_pickers(register_codes):
    codes = sorted(register_codes)
    assert permitted_organisations(AMSTERDAM, "submit", codes) == ["GM0363"]
    assert permitted_organisations(ZUID_HOLLAND, "submissions.view", codes) == ["GM0518", "PV28"]
    assert permitted_organisations(PM, "submit", codes) == codes
    assert permitted_organisations(VIEWER, "submit", codes) == []


def test_action_bound_permission_follows_the_actions_an_actiehouder_owns():
    owner = User("owner", "Fatima", Role.ACTIEHOUDER, actions=("A03", "a04 "))
    assert owner.actions == ("a03", "a04")  # normalised: lower case, stripped, sorted
    assert allowed(owner, "statement.write", for_action="a03")
    assert not allowed(owner, "statement.write", for_action="a05")
    assert not allowed(owner, "statement.write")  # no action given means every action
    assert not allowed(owner, "statement.review")
    pm = User("pm", "Pieter", Role.PROGRAMMAMANAGER)
    assert allowed(pm, "statement.write", for_action="a05") and allowed(pm, "statement.review")
    indiener = User("ind", "Anna", Role.INDIENER, ("GM0363",))
    assert not allowed(indiener, "statement.write", for_action="a03")
    with pytest.raises(AccessDenied) as refused:
        require(owner, "statement.write", for_action="a05")
    assert refused.value.message("nl") == (
        "U mag geen voortgangstekst schrijven voor a05; u bent actiehouder voor a03 en a04.")
    assert permitted_actions(owner, "statement.write", ["a01", "a03", "a04"]) == ["a03", "a04"]
