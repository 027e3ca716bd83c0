"""Indicator values and quarters for chart labels: ``monitor.text.format`` with an
indicator's precision and unit."""

from __future__ import annotations

from datetime import date

from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.text import format as fmt
from monitor.text import t


def value_text(
    v: float | None, indicator: Indicator | None, lang: str = "nl", *, trim: bool = False
) -> str:
    """'47,3%' or '1.234 datasets' with the indicator's precision; ``trim`` drops decimals from a
    whole number (targets: '80%'). An en dash for no value."""
    return fmt.value_text(v, indicator.precision if indicator else 1,
                          indicator.unit if indicator else "", lang, trim=trim,
                          singular=indicator.unit_singular if indicator else None)


def value_or_missing(v: float | None, indicator: Indicator | None, lang: str = "nl") -> str:
    """Like ``value_text`` but 'geen gegevens' / 'no data' for no value."""
    return t("chart.no_value", lang) if v is None else value_text(v, indicator, lang)


def quarter_label(period: str | Quarter, lang: str = "nl") -> str:
    """'K3 2025' in Dutch, 'Q3 2025' in English."""
    return fmt.quarter(Quarter.parse(period), lang)


def short_quarter(period: str | Quarter, lang: str = "nl") -> str:
    """"K3 '26" in Dutch, "Q3 '26" in English: a quarter where room is short (a phone)."""
    q = Quarter.parse(period)
    return t("overview.quarter_short", lang, q=q.q, yy=f"{q.year % 100:02d}")


def month_label(d: date, lang: str = "nl") -> str:
    """'mrt 2026' in Dutch, 'Mar 2026' in English (Plotly's own month names are English)."""
    return fmt.month(d, lang)


def month_ticks(first: date, last: date, lang: str = "nl", every: int = 3) -> tuple[list[date], list[str]]:
    """Tick values and Dutch/English labels for a date axis: the first day of every ``every``-th
    month from ``first``'s month to ``last``. Use as ``fig.update_xaxes(tickvals=..., ticktext=...)``."""
    values, d = [], date(first.year, first.month, 1)
    while d <= last:
        values.append(d)
        m = d.month - 1 + every
        d = date(d.year + m // 12, m % 12 + 1, 1)
    return values, [month_label(v, lang) for v in values]
