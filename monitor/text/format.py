"""Numbers, dates, quarters, values with their unit and coverage as a reader sees them, in Dutch
or English: one formatter for the pages, charts, exports, the report and the CLI.

- numbers: ``1.234,5`` in Dutch, ``1,234.5`` in English; halves rounded up (62,5 -> 63);
- dates: ``28-11-2026`` in Dutch, ``2026-11-28`` in English; a moment adds ``HH:MM``;
- quarters: ``K3 2026`` in Dutch, ``Q3 2026`` in English wherever a reader reads one; data columns
  (CSV, open data, the URL) keep the ISO form ``2026-Q3``;
- a value with its unit: ``38,2%``, ``19.204 adviezen`` / ``19,204 pieces of advice``;
- coverage: ``250/390 (64%)``.

Hand-written rather than Babel: the monitor needs two languages and these few forms, and the
exports of a snapshot must stay byte-identical to what was sent, whatever a library's next CLDR
release says.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from monitor.text.core import has, t
from monitor.text.edition import units_as_declared
from monitor.text.units import singular_of

DASH = "–"  # no value
SEPARATORS = {"nl": ",.", "en": ".,"}  # decimal mark, then thousands separator (Plotly, d3)
_QUARTER = re.compile(r"^([0-9]{4})-Q([1-4])$")


def number(v: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """1.234,5 in Dutch, 1,234.5 in English, halves rounded up (62,5 -> 63); an en dash for no
    value."""
    if v is None or v != v:  # None or NaN
        return DASH
    rounded = Decimal(repr(float(v))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    return _dutch(text) if lang != "en" else text


def _dutch(text: str) -> str:
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def declared(v: float, lang: str = "nl") -> str:
    """A number as declared in a definition or setting, not rounded to a precision (up to six
    decimals, trailing zeros dropped): 1.234,5 in Dutch."""
    text = f"{float(v):,.6f}".rstrip("0").rstrip(".")
    return _dutch(text) if lang != "en" else text


def percent(v: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """'64%' ('64,5%' with one decimal); an en dash for no value."""
    return DASH if v is None else f"{number(v, decimals, lang)}%"


def day(d: date | datetime | None, lang: str = "nl") -> str:
    """28-11-2026 in Dutch, 2026-11-28 in English."""
    if d is None:
        return DASH
    return d.strftime("%Y-%m-%d") if lang == "en" else d.strftime("%d-%m-%Y")


def moment(d: datetime | None, lang: str = "nl") -> str:
    """28-11-2026 14:05 in Dutch, 2026-11-28 14:05 in English."""
    if d is None:
        return DASH
    return d.strftime("%Y-%m-%d %H:%M") if lang == "en" else d.strftime("%d-%m-%Y %H:%M")


def quarter(period: object, lang: str = "nl") -> str:
    """'K3 2026' in Dutch, 'Q3 2026' in English, for a quarter in its ISO form ('2026-Q3') or a
    ``monitor.periods.Quarter``."""
    year, q = getattr(period, "year", None), getattr(period, "q", None)
    if year is None or q is None:
        m = _QUARTER.match(str(period).strip())
        if m is None:
            raise ValueError(f"'{period}' is not a quarter in the form YYYY-Qn")
        year, q = int(m[1]), int(m[2])
    return t("quarter.label", lang, year=year, q=q)


def month(d: date, lang: str = "nl") -> str:
    """'mrt 2026' in Dutch, 'Mar 2026' in English."""
    return f"{t(f'month.{d.month}', lang)} {d.year}"


def unit_text(unit: str | None, lang: str = "nl", *, one: bool = False,
              singular: str | None = None) -> str:
    """A unit as declared in the definitions (Dutch), in ``lang``: the catalogue's ``unit.*`` text
    when it has one ('adviezen' -> 'pieces of advice'), else as declared. ``one``: the unit for
    exactly one (``singular``, a definition's ``unit_singular``, else ``monitor.text.units``):
    'advies' / 'piece of advice'."""
    if not unit:
        return ""
    if units_as_declared():  # an export of a snapshot from before the units were translated
        return unit
    word = singular_of(unit, singular) if one else unit
    key = f"unit.{word}"
    return t(key, lang) if has(key) else word


def value_text(v: float | None, precision: int | None, unit: str | None, lang: str = "nl", *,
               trim: bool = False, singular: str | None = None) -> str:
    """A value with its unit in the language's number format at ``precision`` decimals ('38,2%',
    '19.204 adviezen', '1 advies': the singular when the value is shown as '1', see
    :func:`unit_text`; ``singular``: the definition's ``unit_singular``); ``trim`` drops the
    decimals of a whole number (a target: '80%'); ``precision`` None: as declared
    (:func:`declared`); an en dash for no value."""
    if v is None:
        return DASH
    if trim and float(v).is_integer():
        precision = 0
    text = declared(v, lang) if precision is None else number(v, precision, lang)
    if unit == "%":
        return f"{text}%"
    # the singular for a value shown as exactly 1 ('1 advies', '-1 week'); '1,0 weken' keeps the
    # plural, as English does ('1.0 weeks')
    shown = unit_text(unit, lang, one=text.lstrip("-") == "1", singular=singular)
    return f"{text} {shown}" if shown else text


def coverage_text(reported: int | None, expected: int | None, lang: str = "nl") -> str:
    """'250/390 (64%)': organisations that reported of those expected; an en dash when nothing
    is expected."""
    if not expected:
        return DASH
    share = percent(100 * (reported or 0) / expected, 0, lang)
    return f"{number(reported or 0, 0, lang)}/{number(expected, 0, lang)} ({share})"


def listed(parts: list[str], lang: str = "nl") -> str:
    """'a, b en c' / 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return t("list.last", lang, head=", ".join(parts[:-1]), last=parts[-1])
