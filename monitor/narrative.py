"""Generated sentences about an indicator for reports: what happened and whether the target is
within reach ("Het aandeel ... steeg van 14% naar 38%; het doel van 60% in K4 2025 wordt bij dit
tempo niet gehaald."). Dutch and English.

Also the words about one figure that the report and the pages share (issue 15), so they cannot
drift apart: how many values stand behind it and how many were carried forward
(:func:`values_note`, :func:`values_cell`), why there is no forecast or that it was bounded
(:func:`forecast_reason`), and a status with what it leaves out or why there is none
(:func:`status_text`; ``monitor.ui.widgets.status_labels`` applies it to a table)."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from monitor.compute.describe import no_forecast_text
from monitor.compute.trajectory import baseline_of
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.ui.fmt import day, number, percent, value_text
from monitor.ui.i18n import t as text

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
        "coverage": "Gebaseerd op {reported} van de {expected} organisaties ({share}){values}.",
        "coverage_at": "Dekking {period}: {reported} van {expected} verwachte organisaties leverden "
                       "gegevens aan ({share}){values}.",
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
        "coverage": "Based on {reported} of the {expected} organisations ({share}){values}.",
        "coverage_at": "Coverage {period}: {reported} of {expected} expected organisations reported "
                       "({share}){values}.",
    },
}


def _value(v: float, ind: Indicator, lang: str) -> str:
    return value_text(v, ind.precision, ind.unit, lang)


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
        why = forecast_reason(note, lang, ind)
        return text + (t["no_fc"].format(why=why, **fmt) if why else t["open"].format(**fmt))
    reach = _meets(forecast, ind.final_target.value, ind)
    final = {"t": _value(ind.final_target.value, ind, lang), "tq": q(str(ind.final_target.period))}
    bounded = t["clamped"] if note == "clamped" else ""
    return text + t["reach" if reach else "miss"].format(f=_value(forecast, ind, lang), **final) + bounded


def baseline_text(ind: Indicator, results: pl.DataFrame | None, lang: str) -> str:
    """The baseline as a reader sees it: '12% (K1 2022)'; a measured one says so, with the value
    the engine measured ('107 organisaties (K1 2022, gemeten)') or that it has none (the
    Definities page and the report annex)."""
    period = ind.baseline.period.label(lang)
    if not ind.baseline.measured:
        return f"{value_text(ind.baseline.typed, ind.precision, ind.unit, lang)} ({period})"
    value = baseline_of(ind, results) if results is not None else None
    if value is None:
        return text("rules.baseline.unmeasured", lang, period=period)
    return text("rules.baseline.measured_value", lang, period=period,
                value=value_text(value, ind.precision, ind.unit, lang))


def coverage_text(reported: int | None, expected: int | None, lang: str = "nl") -> str:
    """The coverage of a figure in short, for hover labels and table cells: '250/390 (64%)'; an en
    dash when nothing is expected."""
    if not expected:
        return "–"
    share = _share(reported, expected, lang)
    return f"{number(reported or 0, 0, lang)}/{number(expected, 0, lang)} ({share})"


def _share(reported: int | None, expected: int, lang: str) -> str:
    return percent(100 * (reported or 0) / expected, 0, lang)


def coverage_note(row: Mapping, lang: str = "nl", *, period: str | Quarter | None = None) -> str:
    """How many of the expected organisations reported for a figure (``row``: reported,
    expected; rules version 2 also ``n`` and ``carried``): 'Gebaseerd op 358 van de 394
    organisaties (91%).' in the report; with ``period`` the footnote under an exported chart:
    'Dekking K3 2026: 358 van 394 verwachte organisaties leverden gegevens aan (91%).'. With ``n``
    also how many values entered the figure and how many were carried forward: '... (91%); 17
    waarden, waarvan 2 overgenomen uit een eerder kwartaal.' Empty when nothing is expected."""
    expected = row.get("expected")
    if not expected:
        return ""
    reported = row.get("reported") or 0
    values = values_note(row.get("n"), row.get("carried"), lang)
    params = {"reported": number(reported, 0, lang), "expected": number(expected, 0, lang),
              "share": _share(reported, expected, lang), "values": f"; {values}" if values else ""}
    if period is None:
        return _T[lang]["coverage"].format(**params)
    return _T[lang]["coverage_at"].format(period=Quarter.parse(period).label(lang), **params)


def values_note(n: int | None, carried: int | None, lang: str = "nl") -> str:
    """'17 waarden, waarvan 2 overgenomen uit een eerder kwartaal'; '17 waarden' when none was
    carried forward; '' without ``n`` (results of rules version 1)."""
    if n is None:
        return ""
    values = text("shown.values.one", lang) if n == 1 else text("shown.values", lang,
                                                                 n=number(n, 0, lang))
    if not carried:
        return values
    return text("shown.values.carried", lang, values=values, carried=number(carried, 0, lang))


def values_cell(n: int | None, carried: int | None, lang: str = "nl") -> str:
    """n with the carried ones in brackets for a table cell: '1.234 (2)'; '14' when none was
    carried forward; '–' without ``n``."""
    if n is None:
        return "–"
    return number(n, 0, lang) + (f" ({number(carried, 0, lang)})" if carried else "")


def forecast_reason(note: str | None, lang: str = "nl", ind: Indicator | None = None) -> str:
    """The sentence the report adds to a figure's forecast (``forecast_note``): why there is none,
    or that it was bounded to what the indicator can be; '' when there is nothing to say (a plain
    forecast, or no value or target to forecast from). With ``ind``, ``not_for_kind`` says whether
    it is a milestone or a definition that asks for no forecast rather than a per-quarter flow."""
    if note == "clamped":
        return _T[lang]["clamped"].strip()
    if note == "not_for_kind" and ind is not None:
        return no_forecast_text(ind, lang)  # the words of the rule (monitor.compute.describe)
    return _T[lang]["why"].get(note or "", "")


# a row without a status says why (results' status_note); any other empty status is a dash
NO_STATUS_NOTES = ("no_target", "before_baseline", "no_baseline")


def status_text(row: Mapping, lang: str = "nl", column: str = "status") -> str:
    """The status of a results row as icon and text, with what it leaves out (``status_note``
    late: days after the planned date; not_held: quarters the target held of those needed) or why
    it is 'onvoldoende gegevens' although there is a value (fewer values than ``min_n``, coverage
    below ``min_coverage``); a row without a status says why (no target for this breakdown,
    before the baseline, no measured baseline) or is a dash, never 'onvoldoende gegevens'. The
    details come from ``monitor.compute.notes.note_details``; without them the plain badge is shown."""
    status = row.get(column)
    note = row.get("status_note") if column == "status" else None
    if status is None:
        return text(f"status.none.{note}" if note in NO_STATUS_NOTES else "status.none", lang)
    badge = text(f"status.{status}", lang)
    if column != "status":
        return badge
    if note == "late" and row.get("late_days") is not None and row.get("planned_date"):
        days = row["late_days"]
        return text("shown.status.late.one" if days == 1 else "shown.status.late", lang,
                    status=badge, days=number(days, 0, lang), planned=day(row["planned_date"], lang))
    if note == "not_held" and row.get("held") and row.get("hold"):
        return text("shown.status.not_held", lang, status=badge, held=row["held"], hold=row["hold"])
    if status == "onvoldoende" and row.get("value") is not None:
        n, min_n = row.get("n"), row.get("min_n")
        if n is not None and min_n is not None and n < min_n:
            return text("shown.status.min_n", lang, status=badge, n=number(n, 0, lang),
                        min_n=number(min_n, 0, lang))
        cov, least = row.get("coverage"), row.get("min_coverage")
        if cov is not None and least is not None and cov < least:
            return text("shown.status.min_coverage", lang, status=badge,
                        coverage=percent(100 * cov, 0, lang), min_coverage=percent(100 * least, 0, lang))
    return badge
