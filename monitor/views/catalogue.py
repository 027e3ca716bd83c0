"""The indicator catalogue: every action and indicator as declared, with every rule the engine
applies to it in words (``monitor.compute.describe``: the same text as the report annex)."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from monitor.compute.describe import describe, joined
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.narrative import baseline_text


def baseline_notes(defs: Definitions, results: pl.DataFrame | None, tolerance: float,
                   lang: str) -> dict[str, str]:
    """Per indicator whose typed baseline contradicts the measured value at its quarter: the
    sentence saying so (``monitor.definitions.baselines``)."""
    if results is None:
        return {}
    from monitor.definitions.baselines import baseline_contradictions
    from monitor.periods import Quarter
    from monitor.text import number, t

    out = {}
    for r in baseline_contradictions(defs, results, tolerance).iter_rows(named=True):
        p = defs.indicators[r["indicator"]].precision
        out[r["indicator"]] = t("rules.baseline.contradicts", lang,
                                baseline=number(r["baseline"], p, lang),
                                measured=number(r["measured"], max(p, 2), lang),
                                period=Quarter.parse(r["period"]).label(lang))
    return out


def catalogue(defs: Definitions, lang: str, results: pl.DataFrame | None = None,
              tolerance: float = 0.05, settings: Config | Mapping[str, object] | None = None) -> list[dict]:
    """Every action with its measures and indicators, ready to render; each indicator's ``rules``
    are the rules the engine applies under ``settings`` (the config in force; None: the declared
    defaults) as ``{key, text}``, ``formula`` all of them in one text (as in the report annex);
    with ``results`` each indicator's ``baseline_note`` says when its typed baseline contradicts
    the data."""
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
                "unit": ind.unit, **_rules(ind, defs, settings, lang),
                "covers": ", ".join(defs.covers(ind)), "breakdowns": ", ".join(ind.breakdowns),
                "baseline": baseline_text(ind, results, lang),
                "baseline_note": notes.get(ind.id, ""),
                "targets": [(str(t.period), t.value) for t in ind.targets],
                "direction": ind.direction, "precision": ind.precision,
                "source": ind.source.get(lang) if ind.source else "",
            } for ind in a.spec.indicators],
        })
    return out


def _rules(ind: Indicator, defs: Definitions, settings: Config | Mapping[str, object] | None,
           lang: str) -> dict:
    rules = describe(ind, defs, settings, lang)
    return {"rules": [r._asdict() for r in rules], "formula": joined(rules)}
