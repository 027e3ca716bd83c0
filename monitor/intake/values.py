"""Reading one submitted value according to its measure's type.

Numbers follow a *convention* for the whole file: Dutch (``1.234,5``) or English (``1,234.5``).
A value whose reading depends on the convention (``1.234``: 1234 or 1,234?) is decided by the
convention the rest of the file uses; when the file gives no evidence it is an error, never a guess.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from monitor.definitions.model import Measure
from monitor.intake.text import folded

Convention = Literal["nl", "en"]
NVT = {"n.v.t.", "nvt", "n.v.t", "n/a", "na", "not applicable"}
TRUE = {"ja", "j", "waar", "true", "1", "yes", "y", "x"}
FALSE = {"nee", "n", "onwaar", "false", "0", "no"}

# ASCII digits only: Python's float() would also read Arabic-Indic and other digits
_PLAIN = re.compile(r"^[+-]?[0-9]+$")
_NL = re.compile(r"^[+-]?([1-9][0-9]{0,2}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$")
_EN = re.compile(r"^[+-]?([1-9][0-9]{0,2}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$")
_AMBIGUOUS = re.compile(r"^[+-]?[1-9][0-9]{0,2}([.,])[0-9]{3}$")
# groups of three digits after a dot or comma: for a whole-number measure thousands separators
_GROUPED = re.compile(r"^[+-]?[1-9][0-9]{0,2}((\.[0-9]{3})+|(,[0-9]{3})+)$")


@dataclass(frozen=True)
class Parsed:
    state: Literal["value", "nvt", "empty"]
    num: float | None = None
    txt: str | None = None


class ValueProblem(ValueError):
    """A value that cannot be read; ``code`` and ``params`` select the message (``messages``)."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


def _squash(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace(" ", "").replace("'", "")


def number_evidence(text: str) -> Convention | None:
    """Which convention a number text proves, if any (``1,5`` proves nl, ``1.5`` proves en)."""
    s = _squash(text.strip().rstrip("%"))
    if _PLAIN.match(s) or _AMBIGUOUS.match(s):
        return None
    nl, en = bool(_NL.match(s)), bool(_EN.match(s))
    if nl and not en:
        return "nl"
    if en and not nl:
        return "en"
    return None


def parse_number(text: str, convention: Convention | None, integer: bool = False,
                 fits: Callable[[float], bool] | None = None) -> float:
    """The number ``text`` by the file's ``convention``. For a whole-number measure
    (``integer``) a dot or comma before each group of three digits (``19.204``, ``1,234``,
    ``12.345.678``) is a thousands separator, whatever the convention: the other reading is not a
    whole number. An ambiguous ``1.234`` of another measure, in a file that shows no convention,
    is read the one way that ``fits`` the measure's range (1234 for 0 - 100 is out of range, so
    it is 1,234); when both or neither fit it is an error."""
    s = _squash(text.strip())
    if not s:
        raise ValueProblem("bad-number", value=text)
    if _PLAIN.match(s):
        return _finite(float(s), text)
    if integer and _GROUPED.match(s):
        return _finite(float(s.replace(",", "").replace(".", "")), text)
    if _AMBIGUOUS.match(s) and convention is None:
        grouped, decimal = float(s.replace(",", "").replace(".", "")), float(s.replace(",", "."))
        readings = [v for v in (grouped, decimal) if fits is not None and fits(v)]
        if len(readings) == 1:
            return readings[0]
        raise ValueProblem("ambiguous-number", value=text,
                           a=s.replace(",", "").replace(".", ""), b=s.replace(",", "."))
    if convention == "en" and _EN.match(s):
        v = float(s.replace(",", ""))
    elif _NL.match(s) and convention != "en":
        v = float(s.replace(".", "").replace(",", "."))
    elif _EN.match(s) and convention != "nl":
        v = float(s.replace(",", ""))
    elif number_evidence(s) is not None:
        raise ValueProblem("mixed-number-format", value=text, sign="," if convention == "nl" else ".")
    else:
        raise ValueProblem("bad-number", value=text)
    return _finite(v, text)


def _finite(v: float, text: str) -> float:
    if not math.isfinite(v):
        raise ValueProblem("bad-number", value=text)
    return v + 0.0  # -0 is 0 (never stored or shown as "-0")


def parse_date(text: str) -> date:
    s = text.strip()
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ValueProblem("bad-date", value=text)


def parse_value(
    text: str | None, measure: Measure, convention: Convention | None, typed: object = None
) -> Parsed:
    """Read ``text`` as a value of ``measure``; raise ValueProblem with a code and parameters.
    ``typed`` is a typed worksheet cell (number, date, bool) that is taken as it is."""
    if typed is not None:
        return _parse_typed(typed, text or "", measure)
    raw = "" if text is None else str(text).strip()
    if not raw:
        return Parsed("empty")
    if raw.lower() in NVT:
        return Parsed("nvt")
    t = measure.type
    if t == "boolean":
        low = raw.lower()
        if low in TRUE:
            return Parsed("value", 1.0)
        if low in FALSE:
            return Parsed("value", 0.0)
        raise ValueProblem("bad-boolean", value=raw)
    if t == "date":
        d = parse_date(raw)
        return Parsed("value", float(d.toordinal()), d.isoformat())
    if t == "choice":
        for choice in measure.choices or []:  # in NFC: e + U+0308 is ë
            if folded(raw) == folded(choice):
                return Parsed("value", None, choice)
        raise ValueProblem("bad-choice", value=raw, choices=", ".join(measure.choices or []))
    percent = t == "percentage" and raw.endswith("%")
    v = parse_number(raw.rstrip("%").strip() if percent else raw, convention, t == "integer",
                     lambda v: _fits(v, measure, percent))
    return _check_number(v, raw, measure, percent)


MAX_EXACT = float(2**53)  # beyond this a double no longer holds every whole number


def _check_number(v: float, raw: str, measure: Measure, percent: bool) -> Parsed:
    t = measure.type
    if abs(v) >= MAX_EXACT:  # would be stored as another number (9007199254740993 -> ...992)
        raise ValueProblem("out-of-range", value=raw, range=(-MAX_EXACT, MAX_EXACT))
    if t == "percentage" and measure.percent_format == "fraction" and not percent:
        if not 0 <= v <= 1:
            raise ValueProblem("out-of-range", value=raw, range=(0.0, 1.0))
        v *= 100
    if t == "integer" and v != int(v):
        raise ValueProblem("bad-integer", value=raw)
    lo, hi = measure.low, measure.high
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise ValueProblem("out-of-range", value=raw, range=(lo, hi))
    return Parsed("value", v)


def _fits(v: float, measure: Measure, percent: bool) -> bool:
    """Whether the number ``v`` as written is in the measure's range (a fraction: 0 to 1)."""
    if measure.type == "percentage" and measure.percent_format == "fraction" and not percent:
        return 0 <= v <= 1
    lo, hi = measure.low, measure.high
    return (lo is None or v >= lo) and (hi is None or v <= hi)


_WRONG_TYPE = {"boolean": "bad-boolean", "date": "bad-date", "choice": "bad-choice",
               "integer": "bad-number", "decimal": "bad-number", "percentage": "bad-number"}


def _parse_typed(typed: object, raw: str, measure: Measure) -> Parsed:
    """A typed worksheet cell: taken as it is when its type fits the measure."""
    t = measure.type
    extra = {"choices": ", ".join(measure.choices or [])} if t == "choice" else {}
    wrong = ValueProblem(_WRONG_TYPE[t], value=raw, **extra)
    if isinstance(typed, bool):
        if t == "boolean":
            return Parsed("value", 1.0 if typed else 0.0)
        raise wrong
    if isinstance(typed, date):
        if t == "date":
            return Parsed("value", float(typed.toordinal()), typed.isoformat())
        raise wrong
    if isinstance(typed, int | float):
        if t == "boolean" and typed in (0, 1):
            return Parsed("value", float(typed))
        if t in ("integer", "decimal", "percentage"):
            v = _finite(float(typed), raw)
            return _check_number(v, raw, measure, type(typed).__name__ == "PercentCell")
        if t in ("boolean", "date"):
            raise wrong
    return parse_value(raw, measure, None)


def file_convention(texts: list[str]) -> Convention | None:
    """The number convention that the file's unambiguous numbers show (majority), if any."""
    votes = {"nl": 0, "en": 0}
    for text in texts:
        ev = number_evidence(text)
        if ev:
            votes[ev] += 1
    if votes["nl"] == votes["en"]:
        return None
    return "nl" if votes["nl"] > votes["en"] else "en"
