"""An action's status from its indicators' national statuses, and which indicator(s) decided it.

The rule is a declared choice: the setting ``status.action_rule`` (default ``worst``), which an
action may override in its YAML (``action.status_rule``); indicators carry a ``weight`` (default 1)
for the ``weighted`` rule. Indicators with insufficient data (``onvoldoende``) take no part,
except that:

- **behaald needs every indicator achieved**: an action is ``behaald`` only when all its
  indicators are; when the ones with data are all achieved but some have insufficient data, the
  action is ``onvoldoende`` (nobody can say it is achieved);
- when no indicator has data, the action is ``onvoldoende``.

Otherwise:

- ``worst``: the most serious status (achter > risico > op_koers > behaald). One lagging
  indicator decides, and it is named: nothing is hidden behind the average.
- ``majority``: the status most indicators have (a tie goes to the more serious status); never
  ``behaald`` unless all are.
- ``weighted``: the weighted mean of the statuses' scores (behaald 3, op_koers 2, risico 1,
  achter 0), rounded down (to the more serious status); never ``behaald`` unless all are.

The deciding indicators: under ``worst`` and ``majority`` those with the action's status; under
``weighted`` those at or below it (they pulled it there); for ``behaald`` all of them; for
``onvoldoende`` the ones without enough data; when a majority or the weighted mean says
``behaald`` while not every indicator is, the action is ``op_koers`` and the ones not achieved
are named. Rules version 1 (before issue 15) is
:func:`action_status_v1`, kept for version-1 snapshots.

The overview, the heatmap, the report and the letters to parliament all take an action's status
from here (:func:`action_status`), and its reason in words (:func:`action_reasons`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import polars as pl

from monitor.compute.frame import SEVERITY, national
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.text import day, listed, quarter, t, value_text

SCORE = {"behaald": 3, "op_koers": 2, "risico": 1, "achter": 0}
RULES = ("worst", "majority", "weighted")
COLUMNS = {"action": pl.String, "period": pl.String, "status": pl.String, "rule": pl.String,
           "deciding": pl.List(pl.String)}


@dataclass(frozen=True)
class Verdict:
    status: str
    deciding: tuple[str, ...]  # indicator ids


def decide(statuses: Mapping[str, str | None], rule: str = "worst",
           weights: Mapping[str, float] | None = None) -> Verdict:
    """The action status from ``{indicator: status}`` under ``rule`` (see the module text)."""
    if rule not in RULES:
        raise ValueError(f"unknown action status rule {rule!r}; choose from {', '.join(RULES)}")
    known = {i: s for i, s in statuses.items() if s and s != "onvoldoende"}
    unknown = tuple(i for i, s in statuses.items() if not s or s == "onvoldoende")
    if not known:
        return Verdict("onvoldoende", unknown)
    if all(s == "behaald" for s in known.values()):
        return Verdict("onvoldoende", unknown) if unknown else Verdict("behaald", tuple(known))
    if rule == "worst":
        status = max(known.values(), key=SEVERITY.__getitem__)
    elif rule == "majority":
        counts = Counter(known.values())
        status = max(counts, key=lambda s: (counts[s], SEVERITY[s]))
    else:
        w = weights or {}
        total = sum(w.get(i, 1.0) for i in known)
        mean = sum(w.get(i, 1.0) * SCORE[s] for i, s in known.items()) / total
        status = next(s for s, v in SCORE.items() if v <= mean + 1e-9)
    if status == "behaald":  # majority or mean of 'behaald' while not all are achieved: the
        # ones not achieved keep the action from 'behaald'; it is 'op_koers' at best
        return Verdict("op_koers", tuple(i for i, s in known.items() if s != "behaald"))
    if rule == "weighted":
        deciding = tuple(i for i, s in known.items() if SEVERITY[s] >= SEVERITY[status])
    else:
        deciding = tuple(i for i, s in known.items() if s == status)
    return Verdict(status, deciding)


def rule_of(action_rule: str | None, default: str) -> str:
    return action_rule or default


def action_status(results: pl.DataFrame, defs: Definitions | None, default_rule: str = "worst",
                  periods: Iterable[str] | None = None) -> pl.DataFrame:
    """Status per action and quarter with the rule applied and the deciding indicator ids
    (columns ``COLUMNS``), from the national rows of ``results``; ``periods`` limits the quarters.
    Without ``defs``: the rules of version 1 (:func:`action_status_v1`: columns action, period,
    status), for a snapshot taken before issue 15."""
    nat = national(results)
    if periods is not None:
        nat = nat.filter(pl.col("period").is_in(list(periods)))
    if defs is None:
        return action_status_v1(nat)
    by_key: dict[tuple[str, str], dict[str, str | None]] = {}
    for action, period, indicator, status in nat.select("action", "period", "indicator",
                                                        "status").iter_rows():
        by_key.setdefault((action, period), {})[indicator] = status
    rules = {a.id: rule_of(a.spec.action.status_rule, default_rule) for a in defs.actions}
    weights = {i.id: i.weight for i in defs.indicators.values()}
    rows = []
    for (action, period), statuses in sorted(by_key.items()):
        rule = rules.get(action, default_rule)
        verdict = decide(statuses, rule, weights)
        rows.append((action, period, verdict.status, rule, list(verdict.deciding)))
    return pl.DataFrame(rows, orient="row", schema=COLUMNS)


def action_status_v1(results: pl.DataFrame) -> pl.DataFrame:
    """Rules version 1: the most serious status, ignoring indicators with insufficient data
    (columns action, period, status)."""
    return (
        national(results)
        .with_columns(pl.col("status").replace_strict(SEVERITY, return_dtype=pl.Int8).alias("sev"))
        .group_by("action", "period")
        .agg(pl.col("sev").max())
        .with_columns(pl.col("sev").replace_strict({v: k for k, v in SEVERITY.items()},
                                                   return_dtype=pl.String).alias("status"))
        .drop("sev")
        .sort("action", "period")
    )


def names(defs: Definitions, lang: str) -> frozenset[str]:
    """Words written with a capital inside a title of the definitions ('Digilab', 'Toolbox',
    'CDO'): names, which keep their capital at the start of a title inside a sentence."""
    titles = [i.title.get(lang) for i in defs.indicators.values()]
    titles += [a.spec.action.title.get(lang) for a in defs.actions]
    return frozenset(w for title in titles for w in title.split()[1:] if w[:1].isupper())


def in_sentence(title: str, keep: frozenset[str] = frozenset()) -> str:
    """A title inside a sentence: its first letter lower case, unless the first word is an
    abbreviation ('CDO aangesteld') or a name in ``keep`` ('Digilab operationeel')."""
    first = title.split(" ", 1)[0]
    if first in keep or any(c.isupper() for c in first[1:]):
        return title
    return title[:1].lower() + title[1:]


def _planned(v: float | None, ind: Indicator, lang: str) -> str:
    """A planned value: with its unit only when the unit is written on the number ('52,0%');
    a count's unit is said once, with the value ('19 adviezen tegen 38 gepland')."""
    return value_text(v, ind.precision, "%" if ind.unit == "%" else None, lang)


def reason_item(row: Mapping, ind: Indicator, lang: str, keep: frozenset[str] = frozenset()) -> str:
    """One deciding indicator in words: 'aandeel organisaties met een CDO (39,8% tegen 67,5%
    gepland)', '... (geen doel)', '... (nog geen gegevens)', a milestone '... (nog niet bereikt,
    gepland 01-07-2025)'."""
    title = in_sentence(ind.title.get(lang), keep)
    value, planned, status = row.get("value"), row.get("planned"), row.get("status")
    if status in (None, "onvoldoende"):
        note = row.get("status_note")
        key = ("no_target" if note == "no_target" else "no_value" if value is None
               else "too_little")
        return t(f"overview.reason.item.{key}", lang, title=title)
    if ind.compute.kind == "milestone":
        key = "milestone_done" if value == 1.0 else "milestone_open"
        return t(f"overview.reason.item.{key}", lang, title=title,
                 planned=day(getattr(ind.compute, "planned", None), lang))
    # a unit in brackets ('score (1-5)') is left out: the title names the measure
    unit = None if ind.unit and "(" in ind.unit else ind.unit
    shown = value_text(value, ind.precision, unit, lang, singular=ind.unit_singular)
    if planned is None:
        return t("overview.reason.item.value", lang, title=title, value=shown)
    return t("overview.reason.item.planned", lang, title=title, value=shown,
             planned=_planned(planned, ind, lang))


def action_reasons(results: pl.DataFrame, defs: Definitions, period: str, lang: str,
                   status: pl.DataFrame) -> dict[str, str]:
    """Per action, one sentence saying which indicator(s) decided its status in ``period`` and by
    how much (``status``: the actions' statuses in that period as :func:`action_status` gives them
    with ``defs``), e.g. "Achter in K3 2026: aandeel organisaties met een CDO (39,8% tegen 67,5%
    gepland)." Several indicators are joined with commas and 'en'; an achieved action says all
    its indicators reached their target; a rule other than ``worst`` is named."""
    nat = national(results).filter(pl.col("period") == period)
    cols = [c for c in ("indicator", "value", "planned", "status", "status_note") if c in nat.columns]
    rows = {r["indicator"]: r for r in nat.select(cols).iter_rows(named=True)}
    when = quarter(period, lang)
    keep = names(defs, lang)
    out: dict[str, str] = {}
    for r in status.iter_rows(named=True):
        items = [reason_item(rows.get(i, {}), defs.indicators[i], lang, keep)
                 for i in r["deciding"]]
        rule = (t("overview.reason.rule", lang, rule=t(f"rules.rule.{r['rule']}", lang))
                if r["rule"] != "worst" else "")
        out[r["action"]] = t(f"overview.reason.{r['status']}", lang, items=listed(items, lang),
                             count=len(items), period=when, rule=rule)
    return out


def heatmap_frame(results: pl.DataFrame, defs: Definitions, lang: str, rule: str | None = "worst"
                  ) -> pl.DataFrame:
    """Status per action and quarter with the action's label ('A03 Chief Data Officers'), as the
    status heatmap shows it (``rule`` None: rules version 1)."""
    labels = {a.id: f"{a.id.upper()} {a.spec.action.title.get(lang)}" for a in defs.actions}
    status = action_status(results, None if rule is None else defs, rule or "worst").select(
        "action", "period", "status")
    return status.with_columns(pl.col("action").replace_strict(labels).alias("action_label"))
