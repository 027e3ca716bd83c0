"""Roles and the one permission table: declared once, driving the checks, the navigation and docs.

Every action the monitor guards is one :class:`Action` in :data:`ACTIONS`. An action is either
*global* (``snapshot.create``), *organisation-bound* (``submit``: for which organisation?) or
*action-bound* (``statement.write``: for which strategy action?). Its ``grants`` say which roles
may perform it, and for bound actions with which scope:

- ``"all"``: for every organisation (every strategy action);
- ``"own"``: only for the organisations the user is bound to (``User.organisations``), or for a
  bound-to-actions permission the strategy actions the user owns (``User.actions``).

A role that is not in ``grants`` may not perform the action. :mod:`monitor.access.guard` reads
nothing else, so changing who may do what is a change to this table only, and
:func:`permissions_markdown` renders it for the README.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from monitor.text import t

Scope = Literal["all", "own"]


class Role(StrEnum):
    """The five roles. A user has exactly one."""

    VIEWER = "viewer"
    INDIENER = "indiener"
    ACTIEHOUDER = "actiehouder"
    PROGRAMMAMANAGER = "programmamanager"
    BEHEERDER = "beheerder"


@dataclass(frozen=True)
class RoleInfo:
    """How a role is named (``monitor.text``: ``role.<role>``, ``.as_a``, ``.summary``)."""

    role: Role

    def label(self, lang: str = "nl") -> str:
        """The role's name: 'indiener' / 'submitter'."""
        return t(f"role.{self.role.value}", lang)

    def as_a(self, lang: str = "nl") -> str:
        """After "u bent" / "you are": 'indiener' / 'a submitter'."""
        return t(f"role.{self.role.value}.as_a", lang)

    def summary(self, lang: str = "nl") -> str:
        """One line for the docs."""
        return t(f"role.{self.role.value}.summary", lang)


ROLES: dict[Role, RoleInfo] = {r: RoleInfo(r) for r in Role}


@dataclass(frozen=True)
class Action:
    """One guarded action. What it is and the refusal sentence are texts of ``monitor.text``
    (``permission.<id>``, ``permission.<id>.denied``; ``{org}`` in the refusal of an
    organisation-bound action is the organisation code, or "alle organisaties"; ``{action}`` in
    the refusal of an action-bound one is the strategy action's id, or "alle acties")."""

    id: str
    organisation_bound: bool
    grants: Mapping[Role, Scope]
    action_bound: bool = False

    def title(self, lang: str = "nl") -> str:
        return t(f"permission.{self.id}", lang)


_V, _I, _A = Role.VIEWER, Role.INDIENER, Role.ACTIEHOUDER
_P, _B = Role.PROGRAMMAMANAGER, Role.BEHEERDER

ACTIONS: tuple[Action, ...] = (
    Action("view", False, {_V: "all", _A: "all", _P: "all"}),
    Action("definitions.view", False, {_V: "all", _I: "all", _A: "all", _P: "all", _B: "all"}),
    Action("export.snapshot", False, {_V: "all", _A: "all", _P: "all"}),
    Action("export.live", False, {_P: "all"}),
    Action("site.publish", False, {_P: "all"}),
    Action("submit", True, {_I: "own", _P: "all"}),
    Action("submit.any", False, {_P: "all"}),
    Action("submit.bulk", False, {_P: "all"}),
    Action("submissions.view", True, {_I: "own", _P: "all"}),
    Action("snapshot.create", False, {_P: "all"}),
    Action("period.reopen", False, {_P: "all"}),
    Action("audit.view", False, {_P: "all", _B: "all"}),
    Action("contacts.view", False, {_P: "all", _B: "all"}),
    Action("statement.write", False, {_A: "own", _P: "all"}, action_bound=True),
    Action("statement.review", False, {_P: "all"}),
    Action("commitments.view", False, {_V: "all", _A: "all", _P: "all"}),
    Action("commitments.manage", False, {_P: "all"}),
    Action("users.manage", False, {_B: "all"}),
    Action("demo.reset", False, {_B: "all"}),
)
ACTIONS_BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}
del _V, _I, _A, _P, _B


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
    cell = {"all": "✔", "own": t("permission.org.own", lang)}
    own_actions = t("permission.action.own", lang)
    per = t("permission.per_organisation", lang)
    head = "| action | " + " | ".join(f"`{r.value}`" for r in Role) + " | what |"
    rows = [head, "| --- | " + " | ".join("---" for _ in Role) + " | --- |"]
    for a in ACTIONS:
        name = f"`{a.id}`" + (per if a.organisation_bound else "") + (
            t("permission.per_action", lang) if a.action_bound else "")
        cells = " | ".join(
            (own_actions if a.action_bound and a.grants[r] == "own" else cell[a.grants[r]])
            if r in a.grants else "–" for r in Role)
        rows.append(f"| {name} | {cells} | {a.title(lang)} |")
    return "\n".join(rows)


def roles_markdown(lang: str = "en") -> str:
    """The roles with one line each, for the README."""
    rows = ["| role | may |", "| --- | --- |"]
    rows += [f"| `{r.value}` ({ROLES[r].label(lang)}) | {ROLES[r].summary(lang)} |" for r in Role]
    return "\n".join(rows)
