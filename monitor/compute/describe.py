"""Every rule the engine applies to one indicator, in plain words (issue 15): the one place the
Definities page and the report annex take their text from, so what a reader is told is what the
engine does.

:func:`describe` reads the same things the engine reads: the definition, the definitions (the
measures and checks), and the computation settings in force (:data:`RULE_SETTINGS`; a snapshot's
frozen ones, older snapshots the declared defaults). Each :class:`Rule` is one or two plain
sentences; the annex joins them (:func:`rules_text`), the page shows one per row.

Under rules version 1 (before issue 15) the text is what was said then: the formula and the
missing-value rule in one line (``V1_MISSING_TEXT``), so a version-1 report stays byte-identical.

The texts are in the catalogue ``monitor.text.catalogue.describe`` (``monitor.text`` sits below
``monitor.compute`` in the layers).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from monitor.compute.forecast import domain, forecast_block, on_flows
from monitor.compute.rules import missing_rule_text
from monitor.compute.trajectory import INTENSIVE
from monitor.config import SETTINGS_BY_KEY, Config
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.text import day, declared, listed, quarter, t, value_text

# the settings the rules depend on (all frozen with a snapshot: ``snapshots.frozen.FROZEN_SETTINGS``)
RULE_SETTINGS = ("status.min_coverage", "status.on_track", "status.at_risk",
                 "compute.max_carry_quarters", "compute.forecast_min_points",
                 "compute.flow_achieved_for")
RULE_KEYS = ("formula", "missing", "min_n", "judged", "baseline", "status", "achieved", "forecast")


class Rule(NamedTuple):
    key: str   # one of RULE_KEYS
    text: str  # one or two sentences


def rule_settings(source: Config | Mapping[str, object] | None = None) -> dict[str, object]:
    """The settings of :data:`RULE_SETTINGS` from a config or a snapshot's frozen settings; a
    setting that is not there (a snapshot taken before it was frozen) has its declared default."""
    values = source.values if isinstance(source, Config) else (source or {})
    return {k: values.get(k, SETTINGS_BY_KEY[k].default) for k in RULE_SETTINGS}


def _t(key: str, lang: str, **params: object) -> str:
    return t(f"describe.{key}", lang, **params)


def _value(v: float, ind: Indicator, lang: str) -> str:
    """A declared value (a target, a bound) as declared, with its unit: '60%', '1.234,5 FTE',
    '1 advies'."""
    return value_text(v, None, ind.unit, lang, singular=ind.unit_singular)


def _quarters(k: int, lang: str) -> str:
    """'4 kwartalen', '1 kwartaal'."""
    return _t("quarters", lang, count=k)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return _cap(text) + "."


def kind_text(ind: Indicator, defs: Definitions, lang: str, rules_version: int = 2) -> str:
    """How the value follows from the measures, in words ('percentage organisaties waarvoor ...');
    under rules version 1 with that version's number format."""
    c = ind.compute
    measures = defs.measures
    old = rules_version < 2

    def num(v: object, general: bool = True) -> str:
        if not isinstance(v, int | float) or isinstance(v, bool):
            return str(v)
        if old:  # version 1: a share's condition and the factor as %g, a count's as str()
            return f"{v:g}" if general and isinstance(v, float) else str(v)
        return declared(v, lang)

    m = c.numerator if c.kind == "ratio" else c.measure
    title = measures[m].title.get(lang) if m in measures else m
    params = {"m": title, "c": "", "c2": "", "f": "", "d": "", "agg": "", "p": ""}
    cond = getattr(c, "condition", None)
    if c.kind == "share":
        if cond is None:
            params["c"] = _t("share_yes", lang)
        else:
            value = ", ".join(cond.value) if isinstance(cond.value, list) else num(cond.value)
            params["c"] = f"{cond.op} {value}"
    if c.kind == "count" and cond is not None:
        value = ", ".join(cond.value) if isinstance(cond.value, list) else num(cond.value, False)
        params["c2"] = f" ({cond.op} {value})"
    if c.kind == "ratio":
        params["f"] = f"{c.factor:g}" if old else declared(c.factor, lang)
        params["d"] = measures[c.denominator].title.get(lang) if c.denominator in measures else ""
    if c.kind == "latest":
        params["agg"] = _t(f"agg.{c.agg}", lang)
    if c.kind == "milestone":
        params["p"] = day(c.planned, lang)
    return _t(f"kind.{c.kind}", lang, **params)


def describe(ind: Indicator, defs: Definitions, settings: Config | Mapping[str, object] | None,
             lang: str, rules_version: int = 2) -> list[Rule]:
    """The rules the engine applies to ``ind`` under ``settings`` (a config or a snapshot's frozen
    settings; see :func:`rule_settings`), in ``lang``, in the order of :data:`RULE_KEYS`; a rule
    that does not apply to the indicator is left out. Under ``rules_version`` 1 one line, as then."""
    s = rule_settings(settings)
    if rules_version < 2:
        missing = missing_rule_text(ind, lang, rules_version=rules_version)
        return [Rule("formula", f"{kind_text(ind, defs, lang, rules_version)}; {missing}")]
    milestone = ind.compute.kind == "milestone"
    rules = [Rule("formula", _sentence(kind_text(ind, defs, lang))),
             Rule("missing", _sentence(missing_rule_text(ind, lang, int(s["compute.max_carry_quarters"]))))]
    k = _t("values", lang, count=ind.min_n or 0)
    if ind.min_n is not None:
        rules.append(Rule("min_n", _t("min_n", lang, k=k)))
    rules.append(Rule("judged", _judged(ind, lang)))
    q = quarter(ind.baseline.period, lang)
    cov = f"{declared(100 * float(s['status.min_coverage']), lang)}%"
    measured = "" if ind.baseline.value != "measured" else _t(
        "measured", lang, q=q, cov=cov, k=_t("measured_n", lang, k=k) if ind.min_n is not None else "")
    rules.append(Rule("baseline", measured + _t("baseline", lang, q=q)))
    if milestone:
        p = day(ind.compute.planned, lang)
        rules.append(Rule("status", _t("milestone", lang, p=p, cov=cov)))
    else:
        on, risk = (f"{declared(100 * float(s[f'status.{k}']), lang)}%" for k in ("on_track", "at_risk"))
        rules.append(Rule("status", _t("status", lang, cov=cov, on=on, risk=risk)))
        rules.append(Rule("achieved", _achieved(ind, defs, s, lang)))
    rules.append(Rule("forecast", _forecast(ind, defs, s, lang)))
    return rules


def rules_text(ind: Indicator, defs: Definitions, settings: Config | Mapping[str, object] | None,
               lang: str, rules_version: int = 2) -> str:
    """All rules of :func:`describe` as one text (the report annex's column 'Berekening')."""
    return joined(describe(ind, defs, settings, lang, rules_version))


def joined(rules: list[Rule]) -> str:
    """Rules as one text, as the report annex shows them."""
    return " ".join(r.text for r in rules)


def _figures(breakdowns: list[str], lang: str) -> str:
    """'het landelijke cijfer en de cijfers per organisatietype en organisatie'."""
    groups = [_t(f"figures.{b}", lang) for b in breakdowns if b != "national"]
    parts = [_t("figures.national", lang)] if "national" in breakdowns else []
    if groups:
        parts.append(_t("figures.groups", lang, g=listed(groups, lang)))
    return listed(parts, lang)


def _judged(ind: Indicator, lang: str) -> str:
    judged = [b for b in ind.breakdowns if b in ind.target_applies_to]
    other = [b for b in ind.breakdowns if b not in ind.target_applies_to]
    text = _t("judged", lang, which=_figures(judged, lang)) if judged else _t("judged_none", lang)
    if other:
        key = "unjudged_one" if other == ["national"] else "unjudged"
        text += _t(key, lang, Which=_cap(_figures(other, lang)))
    groups = [b for b in judged if b != "national"]
    if groups and ind.compute.kind not in INTENSIVE:
        text += _t("extensive", lang, Which=_cap(_figures(groups, lang)))
    return text


def _achieved(ind: Indicator, defs: Definitions, s: Mapping[str, object], lang: str) -> str:
    flows = on_flows(ind, defs.measures)
    hold = ind.achieved_for or (int(s["compute.flow_achieved_for"]) if flows else 1)
    final = ind.final_target
    params = {"cmp": _t(ind.direction, lang), "t": _value(final.value, ind, lang),
              "q": quarter(final.period, lang)}
    if hold == 1:
        return _t("achieved", lang, **params)
    text = _t("held", lang, k=_quarters(hold, lang), **params)
    return text + (_t("flow_held", lang) if flows else "")


def _forecast(ind: Indicator, defs: Definitions, s: Mapping[str, object], lang: str) -> str:
    if forecast_block(ind, defs.measures) is not None:
        return no_forecast_text(ind, lang)
    n = ind.forecast.min_points or int(s["compute.forecast_min_points"])
    line = _t("line", lang, w=_quarters(max(4, n), lang))
    text = _t("forecast", lang, line=line, q=quarter(ind.final_target.period, lang), n=_quarters(n, lang))
    lo, hi, hi_expected = domain(ind, defs.measures, defs.relations)
    low = None if lo is None else _value(lo, ind, lang)
    high = _t("expected", lang) if hi_expected else None if hi is None else _value(hi, ind, lang)
    if low is not None and high is not None:
        return text + _t("between", lang, lo=low, hi=high)
    if low is not None:
        return text + _t("floor", lang, lo=low)
    return text + (_t("ceiling", lang, hi=high) if high is not None else "")


def no_forecast_text(ind: Indicator, lang: str) -> str:
    """Why no forecast is made for ``ind`` at all (``forecast_note`` ``not_for_kind``): a
    milestone, declared so, or a per-quarter flow."""
    key = ("no_milestone" if ind.compute.kind == "milestone"
           else "no_declared" if ind.forecast.allow is False else "no_flow")
    return _t(key, lang)


def forecast_note(settings: Config | Mapping[str, object] | None, lang: str) -> str:
    """The report's general note on the forecast, from the same words as the rule per indicator."""
    n = int(rule_settings(settings)["compute.forecast_min_points"])
    return _t("note", lang, line=_t("line", lang, w=_quarters(max(4, n), lang)), n=_quarters(n, lang))
