"""Checks across files and against config and register; each problem names file, line and path."""

from __future__ import annotations

from collections.abc import Callable

from monitor.config import Config
from monitor.definitions.direction import derived
from monitor.definitions.loader import ActionDef
from monitor.definitions.milestones import check_milestones
from monitor.definitions.model import Indicator, Measure
from monitor.problems import ProblemList

_NUMERIC = ("integer", "decimal", "percentage")


class _Here:
    """Adds problems located in one file."""

    def __init__(self, action: ActionDef, problems: ProblemList):
        self.action, self.problems = action, problems

    def __call__(self, code: str, path: str, message: str, level: str = "error") -> None:
        self.problems.add(
            level,
            code,
            message,
            file=self.action.file,  # type: ignore[arg-type]
            line=self.action.doc.line_of(path),
            path=path,
        )


def cross_check(
    actions: list[ActionDef], config: Config, org_codes: set[str] | None, problems: ProblemList
) -> None:
    _duplicates(actions, problems)
    measures = {m.id: m for a in actions for m in a.spec.measures}
    invalid = set().union(*(a.invalid_ids for a in actions))
    used: set[str] = set()
    for action in actions:
        here = _Here(action, problems)
        _check_action(action, config, org_codes, here)
        for j, m in enumerate(action.spec.measures):
            for k, t in enumerate(m.reporters):
                if t not in config.org_types:
                    here(
                        "unknown-type",
                        f"{action.at('measures', j)}.reporters[{k}]",
                        f"'{t}' is not an organisation type in config.yaml ({', '.join(config.org_types)})",
                    )
            for k, code in enumerate(m.organisations or []):
                if org_codes is not None and code not in org_codes:
                    here(
                        "unknown-organisation",
                        f"{action.at('measures', j)}.organisations[{k}]",
                        f"'{code}' is not an organisation code in the register",
                    )
        _check_relations(action, invalid, here)
        check_milestones(action, here)
        for j, ind in enumerate(action.spec.indicators):
            used.update(ind.compute.measures())
            _check_indicator(ind, action.at("indicators", j), measures, invalid, config, here)
    directions = derived(i for a in actions for i in a.spec.indicators)
    for action in actions:
        here = _Here(action, problems)
        for j, m in enumerate(action.spec.measures):
            if m.direction is None and len(directions.get(m.id, ())) > 1:
                here(
                    "measure-direction-ambiguous",
                    f"{action.at('measures', j)}.id",
                    f"measure '{m.id}' feeds indicators that disagree on which way is better, so "
                    "no wrong-way warning is given for it; declare its direction (up or down)",
                    level="warning",
                )
            if m.id not in used:
                here(
                    "unused-measure",
                    f"{action.at('measures', j)}.id",
                    f"measure '{m.id}' is not used by any indicator",
                    level="warning",
                )


def _check_relations(action: ActionDef, invalid: set[str], here: _Here) -> None:
    """Each check names two different numeric measures of its own action that share a reporter."""
    own = {m.id: m for m in action.spec.measures}
    for j, rel in enumerate(action.spec.checks):
        at = action.at("checks", j)
        found = []
        for key, mid in (("measure", rel.measure), (rel.op, rel.other)):
            if mid in invalid:
                continue
            m = own.get(mid)
            if m is None:
                here("unknown-measure", f"{at}.{key}",
                     f"measure '{mid}' is not a measure of action {action.id}")
            elif m.type not in _NUMERIC:
                here("kind-type", f"{at}.{key}", f"a check needs a numeric measure; '{mid}' is a {m.type}")
            else:
                found.append(m)
        if rel.measure == rel.other:
            here("invalid", f"{at}.{rel.op}", "a check compares two different measures")
        elif len(found) == 2 and not set(found[0].reporters) & set(found[1].reporters):
            here("unused-check", f"{at}.{rel.op}", f"no organisation type reports both "
                 f"'{rel.measure}' and '{rel.other}': the check never applies", level="warning")


def _duplicates(actions: list[ActionDef], problems: ProblemList) -> None:
    first: dict[tuple[str, str], str] = {}
    for action in actions:
        here = _Here(action, problems)
        items = [("action", "action.id", action.spec.action.id)]
        items += [
            ("measure", f"{action.at('measures', j)}.id", m.id) for j, m in enumerate(action.spec.measures)
        ]
        items += [
            ("indicator", f"{action.at('indicators', j)}.id", i.id)
            for j, i in enumerate(action.spec.indicators)
        ]
        for kind, path, ident in items:
            key = (kind, ident)
            if key in first:
                here("duplicate-id", path, f"{kind} id '{ident}' is already used in {first[key]}")
            else:
                first[key] = f"{action.file}:{action.doc.line_of(path)}"


def _check_action(action: ActionDef, config: Config, org_codes: set[str] | None, here: _Here) -> None:
    a = action.spec.action
    if org_codes is not None and a.owner not in org_codes:
        here(
            "unknown-organisation",
            "action.owner",
            f"owner '{a.owner}' is not an organisation code in the register",
        )
    if a.end < a.start:
        here("period-order", "action.end", f"end {a.end} lies before start {a.start}")
    for key, q in (("start", a.start), ("end", a.end)):
        if not config.programme_start <= q <= config.programme_end:
            here("outside-programme", f"action.{key}", _outside(q, config))


def _outside(q: object, config: Config) -> str:
    return f"{q} lies outside the programme period {config.programme_start} to {config.programme_end}"


def _check_indicator(
    ind: Indicator,
    at: str,
    measures: dict[str, Measure],
    invalid: set[str],
    config: Config,
    here: Callable,
) -> None:
    c = ind.compute
    for k, t in enumerate(ind.covers or []):
        if t not in config.org_types:
            here("unknown-type", f"{at}.covers[{k}]", f"'{t}' is not an organisation type in config.yaml")
    keys = ["numerator", "denominator"] if c.kind == "ratio" else ["measure"]
    found: list[Measure] = []
    for key in keys:
        mid = getattr(c, key)
        if mid in invalid:
            continue  # defined, but invalid: its own errors are reported
        if mid not in measures:
            here("unknown-measure", f"{at}.compute.{key}", f"measure '{mid}' is not defined in any file")
        else:
            found.append(measures[mid])
    if len(found) == len(keys):
        _check_compute(ind, at, found, here)
        reporters = {t for m in found for t in m.reporters}
        for k, t in enumerate(ind.covers or []):
            if t in config.org_types and t not in reporters:
                here(
                    "covers-non-reporter",
                    f"{at}.covers[{k}]",
                    f"'{t}' does not report the measure(s) of this indicator",
                    level="warning",
                )
    _check_targets(ind, at, config, here)
    _check_rules(ind, at, here)


def _check_rules(ind: Indicator, at: str, here: Callable) -> None:
    """The keys of rules version 2 (issue 15): forecast, target_applies_to, achieved_for, and
    max_carry only where values carry."""
    for k, b in enumerate(ind.target_applies_to):
        if b not in ind.breakdowns:
            here("target-breakdown", f"{at}.target_applies_to[{k}]",
                 f"'{b}' is not among the breakdowns of this indicator")
    if ind.unit_singular is not None and (ind.unit == "%" or not ind.unit_singular.strip()):
        here("unit-singular", f"{at}.unit_singular", "a singular applies to a unit in words, "
             f"not to '{ind.unit}'" if ind.unit == "%" else "the singular is blank")
    if ind.compute.kind == "milestone" and ind.forecast.allow:
        here("forecast-kind", f"{at}.forecast.allow", "a milestone has no forecast")
    if ind.max_carry is not None and not ind.carries:
        here("max-carry-unused", f"{at}.max_carry", "max_carry applies only to missing: carry_forward "
             f"and kind latest; a {ind.compute.kind} with missing: {ind.missing} carries nothing",
             level="warning")


def _check_compute(ind: Indicator, at: str, found: list[Measure], here: Callable) -> None:
    c, m = ind.compute, found[0]
    p = f"{at}.compute"
    if c.kind in ("ratio", "sum", "mean", "median", "cumulative") or (c.kind == "latest" and c.agg != "max"):
        for key, meas in zip(
            ["numerator", "denominator"] if c.kind == "ratio" else ["measure"], found, strict=True
        ):
            if meas.type not in _NUMERIC:
                here(
                    "kind-type",
                    f"{p}.{key}",
                    f"a {c.kind} needs a numeric measure; '{meas.id}' is a {meas.type}",
                )
    if c.kind == "share" and m.type != "boolean" and c.condition is None:
        here("kind-type", f"{p}.measure", f"a share over the {m.type} measure '{m.id}' needs a condition")
    if c.kind in ("share", "count") and c.condition is not None:
        cond = c.condition
        if cond.op == "in" and m.type != "choice":
            here("condition", f"{p}.condition.op", "op 'in' is only for choice measures")
        if cond.op == "in" and m.type == "choice":
            bad = [v for v in cond.value if v not in (m.choices or [])]  # type: ignore[union-attr]
            if bad:
                here("condition", f"{p}.condition.value", f"{bad} are not choices of '{m.id}'")
        if m.type in _NUMERIC and not isinstance(cond.value, int | float):
            here("condition", f"{p}.condition.value", "a numeric measure needs a numeric value")
    if c.kind == "cumulative" and m.kind != "flow":
        here("kind-type", f"{p}.measure", f"a cumulative sum needs a flow measure; '{m.id}' is a stock")
    if c.kind == "milestone" and m.type != "date":
        here("kind-type", f"{p}.measure", f"a milestone needs a date measure; '{m.id}' is a {m.type}")
    if ind.missing == "carry_forward" and any(x.kind == "flow" for x in found):
        here("missing-policy", f"{at}.missing", "carry_forward is only for stock measures")
    if c.kind == "ratio" and c.factor == 0:
        here("ratio-factor", f"{p}.factor", "factor must not be 0")


def _check_targets(ind: Indicator, at: str, config: Config, here: Callable) -> None:
    b = ind.baseline.period
    if not config.programme_start <= b <= config.programme_end:
        here("outside-programme", f"{at}.baseline.period", _outside(b, config))
    previous = b
    for k, t in enumerate(ind.targets):
        if not config.programme_start <= t.period <= config.programme_end:
            here("outside-programme", f"{at}.targets[{k}].period", _outside(t.period, config))
        if t.period <= previous:
            here(
                "target-order",
                f"{at}.targets[{k}].period",
                f"{t.period} must come after the baseline and earlier targets ({previous})",
            )
        previous = max(previous, t.period)
    final, base = ind.final_target.value, ind.baseline.typed
    if base is None:  # measured: checked against the data (definitions.baselines)
        return
    if (ind.direction == "up" and final < base) or (ind.direction == "down" and final > base):
        here(
            "target-direction",
            f"{at}.targets[{len(ind.targets) - 1}].value",
            f"final target {final:g} goes against direction '{ind.direction}' "
            f"from baseline {base:g}",
            level="warning",
        )
