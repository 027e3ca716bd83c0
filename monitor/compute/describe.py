"""Every rule the engine applies to one indicator, in plain words (issue 15): the one place the
Definities page and the report annex take their text from, so what a reader is told is what the
engine does.

:func:`describe` reads the same things the engine reads: the definition, the definitions (the
measures and checks), and the computation settings in force (:data:`RULE_SETTINGS`; a snapshot's
frozen ones, older snapshots the declared defaults). Each :class:`Rule` is one or two plain
sentences; the annex joins them (:func:`rules_text`), the page shows one per row.

Under rules version 1 (before issue 15) the text is what was said then: the formula and the
missing-value rule in one line (``V1_MISSING_TEXT``), so a version-1 report stays byte-identical.

The texts live here, not in ``monitor.ui.i18n``: ``monitor.compute`` does not import the interface.
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


_KIND = {
    "sum": ("som van de gerapporteerde waarden van '{m}'", "sum of the reported values of '{m}'"),
    "mean": ("gemiddelde van de gerapporteerde waarden van '{m}'",
             "mean of the reported values of '{m}'"),
    "median": ("mediaan van de gerapporteerde waarden van '{m}'",
               "median of the reported values of '{m}'"),
    "share": ("percentage organisaties waarvoor '{m}' {c}",
              "percentage of organisations for which '{m}' {c}"),
    "ratio": ("{f} × som van '{m}' / som van '{d}'", "{f} × sum of '{m}' / sum of '{d}'"),
    "count": ("aantal organisaties dat '{m}' rapporteerde{c2}",
              "number of organisations that reported '{m}'{c2}"),
    "cumulative": ("cumulatieve som van '{m}' vanaf de start van het programma",
                   "cumulative sum of '{m}' since the start of the programme"),
    "latest": ("{agg} van de laatst gerapporteerde waarde van '{m}' per organisatie",
               "{agg} of each organisation's latest reported value of '{m}'"),
    "milestone": ("mijlpaal: datum '{m}' gerapporteerd (gepland {p})",
                  "milestone: date '{m}' reported (planned {p})"),
}
_AGG = {"sum": ("som", "sum"), "mean": ("gemiddelde", "mean"), "median": ("mediaan", "median"),
        "max": ("maximum", "maximum"), "min": ("minimum", "minimum")}
_FIGURES = {"national": ("het landelijke cijfer", "the national figure"),
            "groups": ("de cijfers per {g}", "the figures per {g}"),
            "type": ("organisatietype", "organisation type"), "organisation": ("organisatie", "organisation")}
_T = {
    "min_n": ("Rust een cijfer op minder dan {k}, dan is de status onvoldoende gegevens; de waarde "
              "blijft zichtbaar.",
              "A figure that rests on fewer than {k} has status insufficient data; the value is still "
              "shown."),
    "judged": ("Nulmeting en doelen gelden voor {which}.", "The baseline and targets apply to {which}."),
    "judged_none": ("Nulmeting en doelen gelden voor geen van de cijfers.",
                    "The baseline and targets apply to none of the figures."),
    "unjudged": (" {Which} tonen hun waarde zonder nulmeting, doel, voortgang, prognose of status.",
                 " {Which} show their value without baseline, target, progress, forecast or status."),
    "unjudged_one": (" {Which} toont zijn waarde zonder nulmeting, doel, voortgang, prognose of status.",
                     " {Which} shows its value without baseline, target, progress, forecast or status."),
    "extensive": (" {Which} krijgen voortgang en prognose maar geen status: een groep krijgt alleen "
                  "een status bij een aandeel, gemiddelde, mediaan, verhouding of mijlpaal.",
                  " {Which} get progress and a forecast but no status: a group gets a status only "
                  "for a share, mean, median, ratio or milestone."),
    "measured": ("De nulmeting is de landelijke waarde die de monitor in {q} berekent, als die bruikbaar "
                 "is: een waarde bij een dekking van ten minste {cov}{k}. Zonder bruikbare waarde is er "
                 "geen nulmeting, en dus geen traject, voortgang of status. ",
                 "The baseline is the national value the monitor computes for {q}, when it is usable: a "
                 "value with coverage of at least {cov}{k}. Without a usable value there is no baseline, "
                 "and so no trajectory, progress or status. "),
    "measured_n": (" en ten minste {k}", " and at least {k}"),
    "baseline": ("Vóór het kwartaal van de nulmeting ({q}) is er geen status, voortgang of prognose.",
                 "Before the baseline quarter ({q}) there is no status, progress or forecast."),
    "status": ("Zonder waarde of bij een dekking onder {cov} is de status onvoldoende gegevens. Anders "
               "deelt de monitor de voortgang sinds de nulmeting door de geplande voortgang volgens het "
               "traject: op koers bij ten minste {on} daarvan, risico bij ten minste {risk}, daaronder "
               "achter.",
               "Without a value or with coverage below {cov} the status is insufficient data. "
               "Otherwise the monitor divides the progress since the baseline by the planned progress "
               "along the trajectory: on track at {on} of it or more, at risk at {risk} or more, "
               "behind below that."),
    "milestone": ("Behaald zodra een behaalde datum is gerapporteerd, en dat blijft zo; ligt die datum "
                  "na de geplande datum ({p}), dan staat erbij hoeveel dagen te laat. Nog niet behaald: "
                  "op koers vóór het kwartaal van de geplande datum, vanaf dat kwartaal achter, en "
                  "onvoldoende gegevens bij een dekking onder {cov}.",
                  "Achieved once an achieved date has been reported, and it stays so; when that date "
                  "is after the planned date ({p}), the number of days late is given. Not yet "
                  "achieved: on track before the quarter of the planned date, behind from that "
                  "quarter, and insufficient data with coverage below {cov}."),
    "achieved": ("Behaald zodra de waarde {cmp} het einddoel is ({t} in {q}).",
                 "Achieved as soon as the value is {cmp} the final target ({t} for {q})."),
    "held": ("Behaald als de waarde {k} op rij {cmp} het einddoel is ({t} in {q}); korter telt als "
             "voortgang.",
             "Achieved when the value has been {cmp} the final target ({t} for {q}) for {k} in a "
             "row; a shorter run is graded as progress."),
    "flow_held": (" Een waarde per kwartaal kan het volgende kwartaal weer terugvallen.",
                  " A per-quarter value can fall back the next quarter."),
    "up": ("ten minste", "at least"),
    "down": ("ten hoogste", "at most"),
    # the forecast: the line, shared by the rule per indicator and the report's general note
    "line": ("de rechte lijn (kleinste kwadraten) door de laatste {w} met een waarde, doorgetrokken "
             "tot het kwartaal van het einddoel",
             "the straight line (least squares) through the last {w} with a value, extended to the "
             "quarter of the final target"),
    "forecast": ("De prognose is {line} ({q}); alleen met ten minste {n} met een waarde en vóór dat "
                 "kwartaal.",
                 "The forecast is {line} ({q}); only with at least {n} with a value and before that "
                 "quarter."),
    "between": (" Een prognose buiten {lo} tot en met {hi} wordt op de dichtstbijzijnde grens gezet.",
                " A forecast outside {lo} to {hi} is set to the nearest bound."),
    "floor": (" Een prognose onder {lo} wordt {lo}.", " A forecast below {lo} is set to {lo}."),
    "ceiling": (" Een prognose boven {hi} wordt {hi}.", " A forecast above {hi} is set to {hi}."),
    "expected": ("het aantal verwachte organisaties", "the number of organisations expected"),
    "no_milestone": ("Voor een mijlpaal wordt geen prognose gemaakt.",
                     "No forecast is made for a milestone."),
    "no_flow": ("Voor een waarde per kwartaal (een stroom) wordt geen prognose gemaakt: een trend zegt "
                "daar niets.",
                "No forecast is made for a per-quarter value (a flow): a trend says nothing there."),
    "no_declared": ("Voor deze indicator wordt geen prognose gemaakt (zo vastgelegd in de definitie).",
                    "No forecast is made for this indicator (declared in its definition)."),
    "note": ("De prognose is {line}, als er ten minste {n} zijn (een indicator kan een ander minimum "
             "vastleggen). Niet voor mijlpalen en niet voor waarden per kwartaal (tenzij de definitie "
             "dat vastlegt), en begrensd op wat de indicator kan aannemen (een aandeel 0 tot en met "
             "100%). De bijlage geeft de regels per indicator.",
             "The forecast is {line}, when there are at least {n} (an indicator may declare another "
             "minimum). None for milestones nor for per-quarter values (unless the definition "
             "declares it), and bounded to what the indicator can be (a share 0 to 100%). The annex "
             "gives the rules per indicator."),
}
_NL = str.maketrans(",.", ".,")


def _t(key: str, lang: str, **params: object) -> str:
    return _T[key][1 if lang == "en" else 0].format(**params)


def _num(v: float, lang: str) -> str:
    """A declared number as declared (no rounding to a precision): 1.234,5 in Dutch."""
    text = f"{float(v):,.6f}".rstrip("0").rstrip(".")
    return text.translate(_NL) if lang == "nl" else text


def _value(v: float, unit: str, lang: str) -> str:
    return f"{_num(v, lang)}%" if unit == "%" else f"{_num(v, lang)} {unit}"


def _count(k: int, nl: tuple[str, str], en: tuple[str, str], lang: str) -> str:
    """'4 kwartalen', '1 kwartaal'."""
    one, many = en if lang == "en" else nl
    return f"{k} {one if k == 1 else many}"


def _quarters(k: int, lang: str) -> str:
    return _count(k, ("kwartaal", "kwartalen"), ("quarter", "quarters"), lang)


def _listed(parts: list[str], lang: str) -> str:
    """'a, b en c'."""
    last = " and " if lang == "en" else " en "
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + last + parts[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return _cap(text) + "."


def kind_text(ind: Indicator, defs: Definitions, lang: str, rules_version: int = 2) -> str:
    """How the value follows from the measures, in words ('percentage organisaties waarvoor ...');
    under rules version 1 with that version's number format."""
    c = ind.compute
    i = 1 if lang == "en" else 0
    measures = defs.measures
    old = rules_version < 2

    def num(v: object, general: bool = True) -> str:
        if not isinstance(v, int | float) or isinstance(v, bool):
            return str(v)
        if old:  # version 1: a share's condition and the factor as %g, a count's as str()
            return f"{v:g}" if general and isinstance(v, float) else str(v)
        return _num(v, lang)

    m = c.numerator if c.kind == "ratio" else c.measure
    title = measures[m].title.get(lang) if m in measures else m
    params = {"m": title, "c": "", "c2": "", "f": "", "d": "", "agg": "", "p": ""}
    cond = getattr(c, "condition", None)
    if c.kind == "share":
        if cond is None:
            params["c"] = "ja is" if lang == "nl" else "is yes"
        else:
            value = ", ".join(cond.value) if isinstance(cond.value, list) else num(cond.value)
            params["c"] = f"{cond.op} {value}"
    if c.kind == "count" and cond is not None:
        value = ", ".join(cond.value) if isinstance(cond.value, list) else num(cond.value, False)
        params["c2"] = f" ({cond.op} {value})"
    if c.kind == "ratio":
        params["f"] = f"{c.factor:g}" if old else _num(c.factor, lang)
        params["d"] = measures[c.denominator].title.get(lang) if c.denominator in measures else ""
    if c.kind == "latest":
        params["agg"] = _AGG[c.agg][i]
    if c.kind == "milestone":
        params["p"] = c.planned.strftime("%d-%m-%Y") if lang == "nl" else c.planned.isoformat()
    return _KIND[c.kind][i].format(**params)


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
    k = _count(ind.min_n or 0, ("waarde", "waarden"), ("value", "values"), lang)
    if ind.min_n is not None:
        rules.append(Rule("min_n", _t("min_n", lang, k=k)))
    rules.append(Rule("judged", _judged(ind, lang)))
    q = ind.baseline.period.label(lang)
    cov = f"{_num(100 * float(s['status.min_coverage']), lang)}%"
    measured = "" if ind.baseline.value != "measured" else _t(
        "measured", lang, q=q, cov=cov, k=_t("measured_n", lang, k=k) if ind.min_n is not None else "")
    rules.append(Rule("baseline", measured + _t("baseline", lang, q=q)))
    if milestone:
        p = ind.compute.planned.strftime("%d-%m-%Y") if lang == "nl" else ind.compute.planned.isoformat()
        rules.append(Rule("status", _t("milestone", lang, p=p, cov=cov)))
    else:
        on, risk = (f"{_num(100 * float(s[f'status.{k}']), lang)}%" for k in ("on_track", "at_risk"))
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
    i = 1 if lang == "en" else 0
    groups = [_FIGURES[b][i] for b in breakdowns if b != "national"]
    parts = [_FIGURES["national"][i]] if "national" in breakdowns else []
    if groups:
        parts.append(_FIGURES["groups"][i].format(g=_listed(groups, lang)))
    return _listed(parts, lang)


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
    params = {"cmp": _t(ind.direction, lang), "t": _value(final.value, ind.unit, lang),
              "q": final.period.label(lang)}
    if hold == 1:
        return _t("achieved", lang, **params)
    text = _t("held", lang, k=_quarters(hold, lang), **params)
    return text + (_t("flow_held", lang) if flows else "")


def _forecast(ind: Indicator, defs: Definitions, s: Mapping[str, object], lang: str) -> str:
    if forecast_block(ind, defs.measures) is not None:
        return no_forecast_text(ind, lang)
    n = ind.forecast.min_points or int(s["compute.forecast_min_points"])
    line = _t("line", lang, w=_quarters(max(4, n), lang))
    text = _t("forecast", lang, line=line, q=ind.final_target.period.label(lang), n=_quarters(n, lang))
    lo, hi, hi_expected = domain(ind, defs.measures, defs.relations)
    low = None if lo is None else _value(lo, ind.unit, lang)
    high = _t("expected", lang) if hi_expected else None if hi is None else _value(hi, ind.unit, lang)
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
