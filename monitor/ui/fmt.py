"""Dutch (and English) number and date formatting for the interface."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def number(v: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """1.234,5 in Dutch, 1,234.5 in English, halves rounded up (62,5 -> 63); an en dash for no
    value."""
    if v is None or v != v:  # None or NaN
        return "–"
    rounded = Decimal(repr(float(v))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text



def value_text(value: float | None, precision: int, unit: str, lang: str) -> str:
    """A value with its unit in the language's number format ('38,2%', '19.204 adviezen', '12'
    without a unit); '–' when there is none. The one way a value is written with its unit: pages,
    charts, sentences, the report."""
    if value is None:
        return "–"
    text = number(value, precision, lang)
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit else text

def percent(v: float | None, decimals: int = 0, lang: str = "nl") -> str:
    return "–" if v is None else f"{number(v, decimals, lang)}%"


def day(d: date | datetime | None, lang: str = "nl") -> str:
    """28-11-2026 in Dutch, 2026-11-28 in English."""
    if d is None:
        return "–"
    return d.strftime("%d-%m-%Y") if lang == "nl" else d.strftime("%Y-%m-%d")


def moment(d: datetime | None, lang: str = "nl") -> str:
    if d is None:
        return "–"
    return d.strftime("%d-%m-%Y %H:%M") if lang == "nl" else d.strftime("%Y-%m-%d %H:%M")


def literal(text: object) -> str:
    """``text`` for Streamlit elements that read Markdown (title, caption, write, markdown): every
    ASCII punctuation character backslash-escaped, which CommonMark always shows as itself. A name
    or note such as ``**x**``, ``[a](javascript:...)``, ``<img onerror=...>``, ``:red[x]`` or
    ``$x$`` is then shown as typed, never as formatting, a link, HTML or a formula."""
    return PUNCTUATION.sub(r"\\\1", str(text))
