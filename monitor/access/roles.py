"""Roles and the one permission table: declared once, driving the checks, the navigation and docs.

Every action the monitor guards is one :class:`Action` in :data:`ACTIONS`. An action is either
*global* (``snapshot.create``) or *organisation-bound* (``submit``: for which organisation?). Its
``grants`` say which roles may perform it, and for organisation-bound actions with which scope:

- ``"all"``: for every organisation;
- ``"own"``: only for the organisations the user is bound to (``User.organisations``).

A role that is not in ``grants`` may not perform the action. :mod:`monitor.access.guard` reads
nothing else, so changing who may do what is a change to this table only, and
:func:`permissions_markdown` renders it for the README.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Scope = Literal["all", "own"]


class Role(StrEnum):
    """The four roles. A user has exactly one."""

    VIEWER = "viewer"
    INDIENER = "indiener"
    PROGRAMMAMANAGER = "programmamanager"
    BEHEERDER = "beheerder"


@dataclass(frozen=True)
class RoleInfo:
    label: Mapping[str, str]   # {nl, en}: the role's name
    as_a: Mapping[str, str]    # {nl, en}: "u bent ..." / "you are ..." (English with article)
    summary: Mapping[str, str]  # {nl, en}: one line for the docs


ROLES: dict[Role, RoleInfo] = {
    Role.VIEWER: RoleInfo(
        {"nl": "viewer", "en": "viewer"}, {"nl": "viewer", "en": "a viewer"},
        {"nl": "alle dashboards en exports van peildata",
         "en": "all dashboards and exports of snapshots"}),
    Role.INDIENER: RoleInfo(
        {"nl": "indiener", "en": "submitter"}, {"nl": "indiener", "en": "a submitter"},
        {"nl": "levert aan voor de eigen organisatie(s): sjabloon, aanleveren, eigen aanleveringen "
               "en problemen",
         "en": "submits for their own organisation(s): template, upload, own submissions and "
               "problems"}),
    Role.PROGRAMMAMANAGER: RoleInfo(
        {"nl": "programmamanager", "en": "programme manager"},
        {"nl": "programmamanager", "en": "a programme manager"},
        {"nl": "alles van viewer, aanleveren voor elke organisatie (ook bulk), peildata, "
               "kwartalen heropenen, exports van actuele gegevens, auditlog",
         "en": "everything a viewer may, submissions for any organisation (incl. bulk), "
               "snapshots, reopening quarters, live exports, audit log"}),
    Role.BEHEERDER: RoleInfo(
        {"nl": "beheerder", "en": "administrator"}, {"nl": "beheerder", "en": "an administrator"},
        {"nl": "gebruikers en rollen, definities, auditlog, demo opnieuw opbouwen",
         "en": "users and roles, definitions, audit log, demo reset"}),
}


@dataclass(frozen=True)
class Action:
    """One guarded action.

    ``denied`` holds the refusal sentence per language; ``{org}`` in it is replaced by the
    organisation code (or "alle organisaties" / "all organisations" when none was given).
    """

    id: str
    organisation_bound: bool
    grants: Mapping[Role, Scope]
    title: Mapping[str, str]
    denied: Mapping[str, str]


_V, _I, _P, _B = Role.VIEWER, Role.INDIENER, Role.PROGRAMMAMANAGER, Role.BEHEERDER

ACTIONS: tuple[Action, ...] = (
    Action("view", False, {_V: "all", _P: "all"},
           {"nl": "Dashboards bekijken (overzicht, actie, organisatie, volledigheid)",
            "en": "View the dashboards (overview, action, organisation, completeness)"},
           {"nl": "U mag de dashboards niet bekijken", "en": "You may not view the dashboards"}),
    Action("definitions.view", False, {_V: "all", _I: "all", _P: "all", _B: "all"},
           {"nl": "Definities van acties en indicatoren inzien",
            "en": "View the definitions of actions and indicators"},
           {"nl": "U mag de definities niet inzien", "en": "You may not view the definitions"}),
    Action("export.snapshot", False, {_V: "all", _P: "all"},
           {"nl": "Exports maken van een vastgelegde peildatum (snapshot)",
            "en": "Export a frozen snapshot (peildatum)"},
           {"nl": "U mag geen exports van een peildatum maken",
            "en": "You may not export a snapshot"}),
    Action("export.live", False, {_P: "all"},
           {"nl": "Exports maken van de actuele (voorlopige) gegevens",
            "en": "Export the live (provisional) data"},
           {"nl": "U mag geen exports van de actuele (voorlopige) gegevens maken",
            "en": "You may not export the live (provisional) data"}),
    Action("submit", True, {_I: "own", _P: "all"},
           {"nl": "Sjabloon downloaden en gegevens aanleveren voor een organisatie",
            "en": "Download the template and submit figures for an organisation"},
           {"nl": "U mag geen gegevens aanleveren voor {org}",
            "en": "You may not submit figures for {org}"}),
    Action("submit.any", False, {_P: "all"},
           {"nl": "Aanleveren voor elke organisatie (organisatie vrij te kiezen)",
            "en": "Submit for any organisation (free choice of organisation)"},
           {"nl": "U mag niet voor elke organisatie gegevens aanleveren",
            "en": "You may not submit figures for every organisation"}),
    Action("submit.bulk", False, {_P: "all"},
           {"nl": "Een bulkbestand met historische gegevens van meerdere organisaties laden",
            "en": "Load a bulk history file with several organisations"},
           {"nl": "U mag geen bulkbestanden met historische gegevens laden",
            "en": "You may not load bulk history files"}),
    Action("submissions.view", True, {_I: "own", _P: "all"},
           {"nl": "Aanleveringen, afgewezen pogingen en problemen van een organisatie inzien",
            "en": "View an organisation's submissions, rejected attempts and problems"},
           {"nl": "U mag de aanleveringen en problemen van {org} niet inzien",
            "en": "You may not view the submissions and problems of {org}"}),
    Action("snapshot.create", False, {_P: "all"},
           {"nl": "Een peildatum (snapshot) vastleggen; dit vergrendelt de kwartalen",
            "en": "Freeze a snapshot (peildatum); this locks its quarters"},
           {"nl": "U mag geen peildatum (snapshot) vastleggen",
            "en": "You may not create a snapshot"}),
    Action("period.reopen", False, {_P: "all"},
           {"nl": "Een vergrendeld kwartaal heropenen (met reden)",
            "en": "Reopen a locked quarter (with a reason)"},
           {"nl": "U mag geen kwartaal heropenen", "en": "You may not reopen a quarter"}),
    Action("audit.view", False, {_P: "all", _B: "all"},
           {"nl": "Het auditlog inzien en downloaden", "en": "View and download the audit log"},
           {"nl": "U mag het auditlog niet inzien", "en": "You may not view the audit log"}),
    Action("users.manage", False, {_B: "all"},
           {"nl": "Gebruikers en rollen beheren", "en": "Manage users and roles"},
           {"nl": "U mag geen gebruikers en rollen beheren",
            "en": "You may not manage users and roles"}),
    Action("demo.reset", False, {_B: "all"},
           {"nl": "De demodatabase opnieuw opbouwen (nooit in productie)",
            "en": "Rebuild the demo database (never in production)"},
           {"nl": "U mag de demodatabase niet opnieuw opbouwen",
            "en": "You may not rebuild the demo database"}),
)
ACTIONS_BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}
del _V, _I, _P, _B


def action(action_id: str) -> Action:
    """The declared action; an unknown id is a programming error (``ValueError``), never a
    silent allow or deny."""
    try:
        return ACTIONS_BY_ID[action_id]
    except KeyError:
        raise ValueError(f"unknown action {action_id!r}; known: {', '.join(ACTIONS_BY_ID)}") from None


def parse_role(value: object) -> Role:
    """A role from its id ('viewer', ...); ``ValueError`` naming the known roles otherwise."""
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise ValueError(f"unknown role {value!r} (known: {known})") from None


def actions_of(role: Role) -> list[str]:
    """The ids of the actions ``role`` may perform (in any scope), in table order."""
    return [a.id for a in ACTIONS if role in a.grants]


def permissions_markdown(lang: str = "en") -> str:
    """The permission table for the README: one row per action, one column per role."""
    own = {"nl": "eigen organisaties", "en": "own organisations"}[lang]
    cell = {"all": "✔", "own": own}
    per = {"nl": " (per organisatie)", "en": " (per organisation)"}[lang]
    head = "| action | " + " | ".join(f"`{r.value}`" for r in Role) + " | what |"
    rows = [head, "| --- | " + " | ".join("---" for _ in Role) + " | --- |"]
    for a in ACTIONS:
        name = f"`{a.id}`" + (per if a.organisation_bound else "")
        cells = " | ".join(cell[a.grants[r]] if r in a.grants else "–" for r in Role)
        rows.append(f"| {name} | {cells} | {a.title[lang]} |")
    return "\n".join(rows)


def roles_markdown(lang: str = "en") -> str:
    """The roles with one line each, for the README."""
    rows = ["| role | may |", "| --- | --- |"]
    rows += [f"| `{r.value}` ({ROLES[r].label[lang]}) | {ROLES[r].summary[lang]} |" for r in Role]
    return "\n".join(rows)
