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
from monitor.text import Text, day, first_edition, has, number, percent, quarter, t, value_text


def _value(v: float, ind: Indicator, lang: str) -> str:
    return value_text(v, ind.precision, ind.unit, lang, singular=ind.unit_singular)


def _meets(v: float, target: float, ind: Indicator) -> bool:
    return v >= target if ind.direction == "up" else v <= target


def sentence(ind: Indicator, national: pl.DataFrame, period: str, lang: str = "nl") -> str:
    """One or two sentences on the national series up to ``period``, grammatical whatever the
    title's number: "Adviesaanvragen: gestegen van 0 in K1 2022 naar 60 in K3 2026; het doel ...".
    A forecast is mentioned only when one was made (else why not, or only the target). Inside
    ``as_made`` of a version-1 snapshot the sentence is said as that report said it ("...
    steeg van ...")."""
    title = ind.title.get(lang)
    trend = "narrative" if first_edition() else "narrative.trend"
    rows = national.filter((pl.col("period") <= period) & pl.col("value").is_not_null()).sort("period")
    if ind.compute.kind == "milestone":
        latest = national.filter(pl.col("period") == period).to_dicts()
        planned = day(ind.compute.planned, lang)
        if latest and latest[0]["value"] == 1.0 and latest[0].get("achieved_date"):
            done = latest[0]["achieved_date"]
            late = (done - ind.compute.planned).days
            if late > 0:
                return t("narrative.m_late_done", lang, title=title, d=day(done, lang), p=planned,
                         count=late)
            return t("narrative.m_done", lang, title=title, d=day(done, lang), p=planned)
        late = Quarter.parse(period).last_day() > ind.compute.planned
        return t("narrative.m_late" if late else "narrative.m_open", lang, title=title, p=planned)
    if rows.is_empty():
        return t("narrative.none", lang, title=title)
    first, last = rows.row(0, named=True), rows.row(-1, named=True)
    if rows.height == 1:
        return t(f"{trend}.single", lang, v=_value(last["value"], ind, lang),
                 q=quarter(last["period"], lang), title=title)
    a, b = first["value"], last["value"]
    key = "up" if b > a else "down" if b < a else "same"
    if not first_edition() and _value(a, ind, lang) == _value(b, ind, lang):
        key = "same"  # a change below the shown precision is no rise ("van 2 fte naar 2 fte")
    text = t(f"{trend}.{key}", lang, a=_value(a, ind, lang), b=_value(b, ind, lang),
             qa=quarter(first["period"], lang), qb=quarter(last["period"], lang), title=title)
    target, tq = last["next_target"], last["next_target_period"]
    if target is None or tq is None:
        return text + "."
    fmt = {"t": _value(target, ind, lang), "tq": quarter(tq, lang)}
    if _meets(b, target, ind):
        return text + t("narrative.met", lang, **fmt)
    forecast, note = last.get("forecast"), last.get("forecast_note")
    if forecast is None:
        # rules version 2: say why there is no forecast instead of a "bij dit tempo" sentence
        why = forecast_reason(note, lang, ind)
        return text + (t("narrative.no_fc", lang, why=why, **fmt) if why
                       else t("narrative.open", lang, **fmt))
    reach = _meets(forecast, ind.final_target.value, ind)
    final = {"t": _value(ind.final_target.value, ind, lang), "tq": quarter(ind.final_target.period, lang)}
    bounded = " " + t("narrative.clamped", lang) if note == "clamped" else ""
    return (text + t("narrative.reach" if reach else "narrative.miss", lang,
                     f=_value(forecast, ind, lang), **final) + bounded)


def baseline_text(ind: Indicator, results: pl.DataFrame | None, lang: str) -> str:
    """The baseline as a reader sees it: '12% (K1 2022)'; a measured one says so, with the value
    the engine measured ('107 organisaties (K1 2022, gemeten)') or that it has none (the
    Definities page and the report annex)."""
    period = quarter(ind.baseline.period, lang)
    if not ind.baseline.measured:
        return f"{_value(ind.baseline.typed, ind, lang)} ({period})"
    value = baseline_of(ind, results) if results is not None else None
    if value is None:
        return t("rules.baseline.unmeasured", lang, period=period)
    return t("rules.baseline.measured_value", lang, period=period,
             value=_value(value, ind, lang))


def coverage_note(row: Mapping, lang: str = "nl", *, period: str | Quarter | None = None) -> str:
    """How many of the expected organisations reported for a figure (``row``: reported,
    expected; rules version 2 also ``n`` and ``carried``): 'Gebaseerd op 358 van de 394
    organisaties (91%).' in the report; with ``period`` the footnote under an exported chart:
    'Dekking K3 2026: 358 van 394 verwachte organisaties leverden gegevens aan (91%).'. With ``n``
    also how many values entered the figure and how many were carried forward: '... (91%); 17
    waarden, waarvan 2 overgenomen uit een eerder kwartaal.' Empty when nothing is expected. The
    short form for a table cell or a hover label is ``monitor.text.coverage_text``."""
    expected = row.get("expected")
    if not expected:
        return ""
    reported = row.get("reported") or 0
    values = values_note(row.get("n"), row.get("carried"), lang)
    params = {"reported": number(reported, 0, lang), "share": percent(100 * reported / expected, 0, lang),
              "values": f"; {values}" if values else ""}
    if period is not None:
        return t("narrative.coverage_at", lang, period=quarter(Quarter.parse(period), lang),
                 expected=number(expected, 0, lang), **params)
    if "n" not in row:  # results of rules version 1: the sentence as that report made it
        return t("narrative.coverage_v1", lang, expected=number(expected, 0, lang), **params)
    return t("narrative.coverage", lang, count=expected, **params)


def values_note(n: int | None, carried: int | None, lang: str = "nl") -> str:
    """'17 waarden, waarvan 2 overgenomen uit een eerder kwartaal'; '17 waarden' when none was
    carried forward; '' without ``n`` (results of rules version 1)."""
    if n is None:
        return ""
    values = Text("shown.values", count=n)
    if not carried:
        return values.render(lang)
    return t("shown.values.carried", lang, values=values, carried=number(carried, 0, lang))


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
        return t("narrative.clamped", lang)
    if note == "not_for_kind" and ind is not None:
        return no_forecast_text(ind, lang)  # the words of the rule (monitor.compute.describe)
    key = f"narrative.why.{note}"
    return t(key, lang) if note and has(key) else ""


# a row without a status says why (results' status_note); any other empty status is a dash
NO_STATUS_NOTES = ("no_target", "before_baseline", "no_baseline")


def status_text(row: Mapping, lang: str = "nl", column: str = "status") -> str:
    """The status of a results row as icon and text, with what it leaves out (``status_note``
    late: days after the planned date; not_held: quarters the target held of those needed) or why
    it is 'onvoldoende gegevens' although there is a value (fewer values than ``min_n``, coverage
    below ``min_coverage``); a row without a status says why (no target for this breakdown,
    before the baseline, no measured baseline) or is a dash, never 'onvoldoende gegevens'. The
    details come from ``monitor.views.notes.note_details``; without them the plain badge is shown."""
    status = row.get(column)
    note = row.get("status_note") if column == "status" else None
    if status is None:
        return t(f"status.none.{note}" if note in NO_STATUS_NOTES else "status.none", lang)
    badge = t(f"status.{status}", lang)
    if column != "status":
        return badge
    if note == "late" and row.get("late_days") is not None and row.get("planned_date"):
        return t("shown.status.late", lang, status=badge, count=row["late_days"],
                 planned=day(row["planned_date"], lang))
    if note == "not_held" and row.get("held") and row.get("hold"):
        return t("shown.status.not_held", lang, status=badge, held=row["held"], hold=row["hold"])
    if status == "onvoldoende" and row.get("value") is not None:
        n, min_n = row.get("n"), row.get("min_n")
        if n is not None and min_n is not None and n < min_n:
            return t("shown.status.min_n", lang, status=badge, n=number(n, 0, lang), count=min_n)
        cov, least = row.get("coverage"), row.get("min_coverage")
        if cov is not None and least is not None and cov < least:
            return t("shown.status.min_coverage", lang, status=badge,
                     coverage=percent(100 * cov, 0, lang), min_coverage=percent(100 * least, 0, lang))
    return badge
