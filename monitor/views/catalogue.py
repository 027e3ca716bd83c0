"""The indicator catalogue: every action and indicator as declared, with the formula in words."""

from __future__ import annotations

import polars as pl

from monitor.compute.rules import DEFAULT_MAX_CARRY, missing_rule_text
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator

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


def formula(ind: Indicator, defs: Definitions, lang: str, max_carry_default: int = DEFAULT_MAX_CARRY,
            rules_version: int = 2) -> str:
    """The computation of an indicator in words, with the rule the engine applies to missing
    values (:func:`monitor.compute.rules.missing_rule_text`)."""
    c = ind.compute
    i = 1 if lang == "en" else 0
    measures = defs.measures
    m = c.numerator if c.kind == "ratio" else c.measure
    title = measures[m].title.get(lang) if m in measures else m
    params = {"m": title, "c": "", "c2": "", "f": "", "d": "", "agg": "", "p": ""}
    cond = getattr(c, "condition", None)
    if c.kind == "share":
        if cond is None:
            params["c"] = "ja is" if lang == "nl" else "is yes"
        else:
            value = ", ".join(cond.value) if isinstance(cond.value, list) else f"{cond.value:g}" \
                if isinstance(cond.value, float) else str(cond.value)
            params["c"] = f"{cond.op} {value}"
    if c.kind == "count" and cond is not None:
        value = ", ".join(cond.value) if isinstance(cond.value, list) else str(cond.value)
        params["c2"] = f" ({cond.op} {value})"
    if c.kind == "ratio":
        params["f"] = f"{c.factor:g}"
        params["d"] = measures[c.denominator].title.get(lang) if c.denominator in measures else ""
    if c.kind == "latest":
        params["agg"] = _AGG[c.agg][i]
    if c.kind == "milestone":
        params["p"] = c.planned.strftime("%d-%m-%Y") if lang == "nl" else c.planned.isoformat()
    text = _KIND[c.kind][i].format(**params)
    return f"{text}; {missing_rule_text(ind, lang, max_carry_default, rules_version)}"


def baseline_text(ind: Indicator, results: pl.DataFrame | None, lang: str) -> str:
    """The baseline as a reader sees it: '12% (K1 2022)'; a measured one says so, with the value
    the engine measured ('107 organisaties (K1 2022, gemeten)') or that it has none."""
    from monitor.compute.trajectory import baseline_of
    from monitor.ui.fmt import value_text
    from monitor.ui.i18n import t

    period = ind.baseline.period.label(lang)
    if not ind.baseline.measured:
        return f"{value_text(ind.baseline.typed, ind.precision, ind.unit, lang)} ({period})"
    value = baseline_of(ind, results) if results is not None else None
    if value is None:
        return t("rules.baseline.unmeasured", lang, period=period)
    return t("rules.baseline.measured_value", lang, period=period,
             value=value_text(value, ind.precision, ind.unit, lang))


def baseline_notes(defs: Definitions, results: pl.DataFrame | None, tolerance: float,
                   lang: str) -> dict[str, str]:
    """Per indicator whose typed baseline contradicts the measured value at its quarter: the
    sentence saying so (``monitor.definitions.baselines``)."""
    if results is None:
        return {}
    from monitor.definitions.baselines import baseline_contradictions
    from monitor.periods import Quarter
    from monitor.ui.fmt import number
    from monitor.ui.i18n import t

    out = {}
    for r in baseline_contradictions(defs, results, tolerance).iter_rows(named=True):
        p = defs.indicators[r["indicator"]].precision
        out[r["indicator"]] = t("rules.baseline.contradicts", lang,
                                baseline=number(r["baseline"], p, lang),
                                measured=number(r["measured"], max(p, 2), lang),
                                period=Quarter.parse(r["period"]).label(lang))
    return out


def catalogue(defs: Definitions, lang: str, results: pl.DataFrame | None = None,
              tolerance: float = 0.05, max_carry_default: int = DEFAULT_MAX_CARRY) -> list[dict]:
    """Every action with its measures and indicators, ready to render; with ``results`` each
    indicator's ``baseline_note`` says when its typed baseline contradicts the data."""
    notes = baseline_notes(defs, results, tolerance, lang)
    out = []
    for a in defs.actions:
        act = a.spec.action
        out.append({
            "id": a.id, "line": act.line, "title": act.title.get(lang),
            "description": act.description.get(lang), "owner": act.owner,
            "start": str(act.start), "end": str(act.end), "file": a.file,
            "measures": [{
                "id": m.id, "title": m.title.get(lang),
                "description": m.description.get(lang) if m.description else "",
                "type": m.type, "unit": m.unit or "", "reporters": ", ".join(m.reporters),
                "organisations": ", ".join(m.organisations or []), "required": m.required,
                "kind": m.kind, "choices": ", ".join(m.choices or []),
            } for m in a.spec.measures],
            "indicators": [{
                "id": ind.id, "title": ind.title.get(lang),
                "description": ind.description.get(lang) if ind.description else "",
                "unit": ind.unit, "formula": formula(ind, defs, lang, max_carry_default),
                "covers": ", ".join(defs.covers(ind)), "breakdowns": ", ".join(ind.breakdowns),
                "baseline": baseline_text(ind, results, lang),
                "baseline_note": notes.get(ind.id, ""),
                "targets": [(str(t.period), t.value) for t in ind.targets],
                "direction": ind.direction, "precision": ind.precision,
                "source": ind.source.get(lang) if ind.source else "",
            } for ind in a.spec.indicators],
        })
    return out
