"""Demo action statements: for every action an approved statement for the last two completed
quarters, written by its owner (``demo-actiehouder`` for a03 and a04, ``demo-programmamanager``
for the others) and approved by another programme manager (four-eyes), plus one newer version
awaiting approval (a03) and one returned with a remark (a04) in the last quarter.

Written through the same flow as the dashboard and the CLI (:mod:`monitor.statements.flow`), so
each step is checked and audited. The owner's judgement follows the computed status, except for
one action per quarter where the owner disagrees and says why. The results open with the
sentence the overview gives for the action's status (its deciding indicators and numbers).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import polars as pl

from monitor.access.users import get_user
from monitor.compute.action_status import action_reasons, action_status, in_sentence, names
from monitor.periods import Quarter
from monitor.runtime import Runtime
from monitor.statements.flow import review_statement, save_statement
from monitor.statements.model import FROM_STATUS, Draft

OWNER, PM, PM2 = "demo-actiehouder", "demo-programmamanager", "demo-programmamanager-2"
OWNED = ("a03", "a04")
PLANS = (
    "- Een tweede ronde werksessies met gemeenten en provincies.\n"
    "- De resultaten bespreken in het interbestuurlijk programmaoverleg.",
    "- Een handreiking publiceren op basis van de ervaringen van de koplopers.\n"
    "- Uitbreiden naar de waterschappen.",
    "Het komende kwartaal ligt de nadruk op borging: afspraken vastleggen in de bestuurlijke "
    "overleggen en de ondersteuning overdragen aan de koepels.",
)
SUCCESSES = (
    "Drie koplopers deelden hun aanpak in een druk bezocht webinar.",
    "De samenwerking met de VNG en het IPO is versterkt; beide koepels dragen de aanpak uit.",
    "",
)
BOTTLENECKS = (
    "Kleinere gemeenten hebben te weinig capaciteit; de rol wordt vaak naast andere taken belegd.",
    "- Financiering na 2026 is nog niet geregeld.\n- Aanlevering door kleine organisaties blijft "
    "achter.",
    "",
)
LESSONS = (
    "Een vaste contactpersoon per organisatie werkt beter dan een algemene oproep.",
    "Concrete voorbeelden van collega-overheden overtuigen meer dan beleidsteksten.",
    "Vroeg afstemmen met de koepels voorkomt dubbel werk.",
)


def add_demo_statements(rt: Runtime, until: Quarter, today: date) -> int:
    """Write the demo statements for ``until`` and the quarter before it; return how many
    statements were stored. Nothing is written when the demo users are missing."""
    with rt.store.session():  # one open file for the fifty small transactions
        return _add(rt, until, today)


def _add(rt: Runtime, until: Quarter, today: date) -> int:
    from monitor.results import current_results

    users = {u: get_user(rt.store, u) for u in (OWNER, PM, PM2)}
    if None in users.values():
        return 0
    results = current_results(rt, today)  # computed once; the flow reads the same cache
    rule = rt.config["status.action_rule"]
    stored = 0
    spans = {a.id: (a.spec.action.start, a.spec.action.end) for a in rt.defs.actions}
    for n, period in enumerate((until - 1, until)):
        key = str(period)
        status = action_status(results.filter(pl.col("period") == key), rt.defs, rule)
        computed = dict(status.select("action", "status").iter_rows())
        reasons = action_reasons(results, rt.defs, key, "nl", status)
        written = datetime.combine(period.last_day() + timedelta(days=12), time(10, 30))
        for i, action in enumerate(a.id for a in rt.defs.actions):
            if not spans[action][0] <= period <= spans[action][1]:
                continue  # a short demo (or an action that has not started): nothing to say
            draft = _draft(rt, action, period, computed.get(action), reasons.get(action, ""),
                           disagree=(i + n) % 7 == 3, pick=i + n)
            writer = OWNER if action in OWNED else PM
            at = written + timedelta(hours=i)
            _stored(save_statement(rt, users[writer], draft, submit=True, at=at, today=today,
                                   results=results))
            review_statement(rt, users[PM if writer == OWNER else PM2], action, key, approve=True,
                             at=at + timedelta(days=4))
            stored += 1
        if n == 1:  # the last quarter: an update awaiting approval (a03), one returned (a04)
            later = datetime.combine(until.last_day() + timedelta(days=30), time(9, 0))
            for action, returned in (("a03", False), ("a04", True)):
                if action not in spans or not spans[action][0] <= period <= spans[action][1]:
                    continue
                draft = _draft(rt, action, until, computed.get(action), reasons.get(action, ""),
                               disagree=False, pick=2, update=True)
                _stored(save_statement(rt, users[OWNER], draft, submit=True, at=later,
                                       today=today, results=results))
                if returned:
                    review_statement(rt, users[PM], action, key, approve=False,
                                     at=later + timedelta(days=2),
                                     remark="Graag de knelpunten concreet maken: welke "
                                            "organisaties, en wat is er nodig?")
                stored += 1
    return stored


def _stored(saved) -> None:
    """A demo statement always passes the checks; say which problem when it does not."""
    if saved.version is None:
        raise RuntimeError("demo statement not accepted: "
                           + "; ".join(str(p) for p in saved.problems.items[:3]))


def _draft(rt: Runtime, action: str, period: Quarter, computed: str | None, reason: str, *,
           disagree: bool, pick: int, update: bool = False) -> Draft:
    spec = next(a.spec for a in rt.defs.actions if a.id == action)
    title = in_sentence(spec.action.title.get("nl"), names(rt.defs, "nl"))
    same = FROM_STATUS.get(computed or "", "op_schema")
    judgement = same
    why = None
    if disagree:
        judgement = "aandachtspunt" if same != "aandachtspunt" else "vertraagd"
        why = ("De cijfers lopen achter op de praktijk: er zijn afspraken gemaakt die pas in de "
               "volgende aanlevering zichtbaar worden." if judgement != "vertraagd" else
               "De cijfers zijn gunstiger dan de praktijk: de aanbesteding loopt vertraging op.")
    results = (f"{reason}\n\n" if reason else "") + (
        f"Voor {title} kwamen dit kwartaal de deelnemers twee keer bijeen; "
        f"de aanpak is besproken met de koepels.")
    if update:
        results += ("\n\nAanvulling na de bespreking: de cijfers van de nagekomen aanleveringen "
                    "zijn verwerkt.")
    return Draft(action, str(period), {
        "results": results, "plans": PLANS[pick % 3], "successes": SUCCESSES[pick % 3],
        "bottlenecks": BOTTLENECKS[pick % 3], "lessons": LESSONS[pick % 3]},
        judgement, why, _milestones(spec, period))


def _milestones(spec, period: Quarter) -> dict[str, dict]:
    """A plausible update of every declared milestone at the end of ``period``."""
    out = {}
    end = period.last_day()
    for j, m in enumerate(spec.milestones):
        due = m.planned_date()
        if due <= end and j % 4 != 1:
            out[m.id] = {"status": "gereed", "realised": due - timedelta(days=9), "explanation": None}
        elif due <= end:
            out[m.id] = {"status": "vertraagd", "realised": None,
                         "explanation": "Later dan gepland: de aanbesteding liep vertraging op."}
        elif due <= end + timedelta(days=200):
            out[m.id] = {"status": "loopt", "realised": None, "explanation": None}
        else:
            out[m.id] = {"status": "gepland", "realised": None, "explanation": None}
    return out
