"""The Actie page's key figures (each indicator's value with its change since the previous quarter,
as the Coronadashboard shows them) and its "Wat betekent dit?" beside each chart.

The change is the difference of the two values *as shown*, each rounded to the indicator's
precision, so a reader can check it from the figures on the page ('39,8%' and '37,7%': '+2,1
procentpunten'). Its tone follows the indicator's direction: up is bad when lower is better; the
text always says it in words too ('gunstig'), never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

import polars as pl

from monitor.compute.describe import describe, kind_text
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.text import number, t, value_text

Tone = Literal["good", "bad", "neutral"]
ChartKind = Literal["trend", "by_type", "distribution", "map", "peers"]


@dataclass(frozen=True)
class KeyFigure:
    """One indicator's key figure, ready to show: ``value`` ('39,8%'), ``change`` ('▲ +2,1
    procentpunten', None without a comparison), ``compared`` ('t.o.v. K2 2026 · gunstig', or why
    there is no comparison), ``tone`` (the colour's meaning; the words say it too), ``delta`` (the
    change as a number at the indicator's precision; None without one)."""

    indicator: str
    title: str
    value: str
    change: str | None
    compared: str
    tone: Tone
    delta: Decimal | None
    help: str


def rounded(v: float, precision: int) -> Decimal:
    """``v`` rounded to ``precision`` decimals, halves up (as ``monitor.text.number`` shows it)."""
    return Decimal(repr(float(v))).quantize(Decimal(1).scaleb(-precision), ROUND_HALF_UP)


def change(value: float | None, previous: float | None, precision: int) -> Decimal | None:
    """The change from ``previous`` to ``value`` as shown (both rounded to ``precision``); None when
    either is missing."""
    if value is None or previous is None or value != value or previous != previous:
        return None
    return rounded(value, precision) - rounded(previous, precision)


def tone(delta: Decimal | None, direction: str) -> Tone:
    """'good' when the change goes the indicator's way (up for ``direction`` 'up', down for
    'down'), 'bad' the other way, 'neutral' for no change or none known."""
    if delta is None or delta == 0:
        return "neutral"
    return "good" if (delta > 0) == (direction == "up") else "bad"


def change_text(delta: Decimal, ind: Indicator, lang: str) -> str:
    """'▲ +2,1 procentpunten', '▼ -3 adviezen', '▲ +1 advies', '■ 0,0 procentpunten' (a
    percentage changes by percentage points); the amount with its unit from the one formatter
    (``monitor.text.value_text``: the singular for 1)."""
    size = abs(delta)
    if ind.unit == "%":
        amount = (f"{number(float(size), ind.precision, lang)} "
                  + t("explore.key.pp", lang, count=1 if size == 1 else 2))
    else:
        amount = value_text(float(size), ind.precision, ind.unit, lang, singular=ind.unit_singular)
    arrow, sign = ("▲", "+") if delta > 0 else ("▼", "-") if delta < 0 else ("■", "")
    return t("explore.key.change", lang, arrow=arrow, sign=sign, amount=amount)


def key_figure(trend: pl.DataFrame, ind: Indicator, period: str, lang: str) -> KeyFigure:
    """The key figure of ``ind`` in ``period`` from its national series ``trend`` (rows with
    ``period`` and ``value``): the value, and its change since the quarter before ``period``."""
    values = dict(trend.select("period", "value").iter_rows()) if not trend.is_empty() else {}
    now = values.get(period)
    before_q = str(Quarter.parse(period) - 1)
    before = values.get(before_q)
    label, before_label = Quarter.parse(period).label(lang), Quarter.parse(before_q).label(lang)
    delta = change(now, before, ind.precision)
    if now is None:
        compared = t("explore.key.no_value", lang, period=label)
    elif before_q not in values:
        compared = t("explore.key.no_previous", lang)
    elif before is None:
        compared = t("explore.key.no_value", lang, period=before_label)
    else:
        word = {"good": "explore.key.good", "bad": "explore.key.bad",
                "neutral": "explore.key.same"}[tone(delta, ind.direction)]
        compared = f"{t('explore.key.since', lang, period=before_label)} · {t(word, lang)}"
    return KeyFigure(
        indicator=ind.id, title=ind.title.get(lang),
        value=value_text(now, ind.precision, ind.unit, lang, singular=ind.unit_singular),
        change=change_text(delta, ind, lang) if delta is not None else None,
        compared=compared, tone=tone(delta, ind.direction), delta=delta,
        help=t("explore.key.help", lang, period=label, previous=before_label,
               direction=t(f"explore.explain.direction.{ind.direction}", lang).rstrip(".")))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:].rstrip(".") + "."


@dataclass(frozen=True)
class Explanation:
    """'Wat betekent dit?': what the indicator measures (its description), how it is computed
    (every rule the engine applies, ``monitor.compute.describe``) and how to read the chart."""

    what: str
    how: list[str]
    read: str


def explanation(ind: Indicator, defs: Definitions, settings: Config | Mapping[str, object] | None,
                kind: ChartKind, lang: str) -> Explanation:
    """The explanation beside a chart of ``kind`` for ``ind`` under ``settings`` (the config in
    force): the same rule texts as the Definities page and the report annex."""
    # the declared description; without one, what the value is in words (the formula), and
    # the declared source and notes when there are any
    what = (ind.description.get(lang).strip() if ind.description
            else _sentence(kind_text(ind, defs, lang)))
    if ind.source:
        what = f"{what} {ind.source.get(lang).strip()}"
    what = f"{what} {t(f'explore.explain.direction.{ind.direction}', lang)}"
    return Explanation(what=what, how=[r.text for r in describe(ind, defs, settings, lang)],
                       read=t(f"explore.read.{kind}", lang))
