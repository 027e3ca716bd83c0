"""Generated sentences about an indicator for reports: what happened and whether the target is
within reach ("Het aandeel ... steeg van 14% naar 38%; het doel van 60% in K4 2025 wordt bij dit
tempo niet gehaald."). Dutch and English."""

from __future__ import annotations

import polars as pl

from monitor.compute.describe import no_forecast_text
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.ui.fmt import day, number

_T = {
    "nl": {
        "none": "Voor {title} zijn er nog geen gegevens.",
        "one": "{Title} was {v} in {q}.",
        "up": "{Title} steeg van {a} in {qa} naar {b} in {qb}",
        "down": "{Title} daalde van {a} in {qa} naar {b} in {qb}",
        "same": "{Title} bleef {b} tussen {qa} en {qb}",
        "met": "; het doel van {t} in {tq} is behaald.",
        "reach": "; bij dit tempo wordt het doel van {t} in {tq} gehaald (prognose {f}).",
        "miss": "; het doel van {t} in {tq} wordt bij dit tempo niet gehaald (prognose {f}).",
        "open": "; het doel is {t} in {tq}.",
        "no_fc": "; het doel is {t} in {tq}. {why}",
        "why": {"too_few_points": "Er zijn te weinig kwartalen met gegevens voor een prognose.",
                "before_baseline": "Voor het kwartaal van de nulmeting wordt geen prognose gemaakt.",
                "target_passed": "Het kwartaal van het einddoel is voorbij."},
        "clamped": " De trend loopt buiten het mogelijke bereik; de prognose is daarop begrensd.",
        "m_done": "De mijlpaal '{title}' is behaald op {d} (gepland {p}).",
        "m_late_done": "De mijlpaal '{title}' is behaald op {d}, {k} dagen na de geplande datum {p}.",
        "m_late": "De mijlpaal '{title}' is nog niet behaald; gepland was {p}.",
        "m_open": "De mijlpaal '{title}' is nog niet behaald; gepland is {p}.",
        "coverage": "Gebaseerd op {r} van de {e} organisaties ({pct}).",
    },
    "en": {
        "none": "There is no data yet for {title}.",
        "one": "{Title} was {v} in {q}.",
        "up": "{Title} rose from {a} in {qa} to {b} in {qb}",
        "down": "{Title} fell from {a} in {qa} to {b} in {qb}",
        "same": "{Title} stayed at {b} between {qa} and {qb}",
        "met": "; the target of {t} for {tq} has been reached.",
        "reach": "; at this pace the target of {t} for {tq} will be reached (forecast {f}).",
        "miss": "; at this pace the target of {t} for {tq} will not be reached (forecast {f}).",
        "open": "; the target is {t} for {tq}.",
        "no_fc": "; the target is {t} for {tq}. {why}",
        "why": {"too_few_points": "There are too few quarters with data for a forecast.",
                "before_baseline": "No forecast is made before the baseline quarter.",
                "target_passed": "The quarter of the final target has passed."},
        "clamped": " The trend runs outside the possible range; the forecast is bounded to it.",
        "m_done": "The milestone '{title}' was reached on {d} (planned {p}).",
        "m_late_done": "The milestone '{title}' was reached on {d}, {k} days after the planned date {p}.",
        "m_late": "The milestone '{title}' has not been reached; it was planned for {p}.",
        "m_open": "The milestone '{title}' has not been reached yet; it is planned for {p}.",
        "coverage": "Based on {r} of the {e} organisations ({pct}).",
    },
}


def _value(v: float, ind: Indicator, lang: str) -> str:
    text = number(v, ind.precision, lang)
    return f"{text}%" if ind.unit == "%" else f"{text} {ind.unit}"


def _meets(v: float, target: float, ind: Indicator) -> bool:
    return v >= target if ind.direction == "up" else v <= target


def sentence(ind: Indicator, national: pl.DataFrame, period: str, lang: str = "nl") -> str:
    """One or two sentences on the national series up to ``period``."""
    t = _T[lang]
    title = ind.title.get(lang)
    lower = title[0].lower() + title[1:] if lang == "nl" else title
    rows = national.filter((pl.col("period") <= period) & pl.col("value").is_not_null()).sort("period")
    if ind.compute.kind == "milestone":
        latest = national.filter(pl.col("period") == period).to_dicts()
        planned = day(ind.compute.planned, lang)
        if latest and latest[0]["value"] == 1.0 and latest[0].get("achieved_date"):
            done = latest[0]["achieved_date"]
            late = (done - ind.compute.planned).days
            key = "m_late_done" if late > 0 else "m_done"
            return t[key].format(title=title, d=day(done, lang), p=planned, k=late)
        late = Quarter.parse(period).last_day() > ind.compute.planned
        return t["m_late" if late else "m_open"].format(title=title, p=planned)
    if rows.is_empty():
        return t["none"].format(title=lower)
    q = lambda p: Quarter.parse(p).label(lang)  # noqa: E731
    first, last = rows.row(0, named=True), rows.row(-1, named=True)
    cap = {"Title": title, "title": lower}
    if rows.height == 1:
        return t["one"].format(v=_value(last["value"], ind, lang), q=q(last["period"]), **cap)
    a, b = first["value"], last["value"]
    key = "up" if b > a else "down" if b < a else "same"
    text = t[key].format(a=_value(a, ind, lang), b=_value(b, ind, lang), qa=q(first["period"]),
                         qb=q(last["period"]), **cap)
    target, tq = last["next_target"], last["next_target_period"]
    if target is None or tq is None:
        return text + "."
    fmt = {"t": _value(target, ind, lang), "tq": q(tq)}
    if _meets(b, target, ind):
        return text + t["met"].format(**fmt)
    forecast, note = last.get("forecast"), last.get("forecast_note")
    if forecast is None:
        # rules version 2: say why there is no forecast instead of a "bij dit tempo" sentence
        why = no_forecast_text(ind, lang) if note == "not_for_kind" else t["why"].get(note or "")
        return text + (t["no_fc"].format(why=why, **fmt) if why else t["open"].format(**fmt))
    reach = _meets(forecast, ind.final_target.value, ind)
    final = {"t": _value(ind.final_target.value, ind, lang), "tq": q(str(ind.final_target.period))}
    bounded = t["clamped"] if note == "clamped" else ""
    return text + t["reach" if reach else "miss"].format(f=_value(forecast, ind, lang), **final) + bounded


def coverage_note(row: dict, lang: str = "nl") -> str:
    """'Gebaseerd op 358 van de 394 organisaties (91%).'"""
    pct = number(100 * (row.get("coverage") or 0), 0, lang) + "%"
    return _T[lang]["coverage"].format(r=row["reported"], e=row["expected"], pct=pct)
