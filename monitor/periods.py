"""Quarters: parsing, formatting and arithmetic.

A quarter is stored and shown as ``YYYY-Qn``. Internally it is an ordinal (year * 4 + n - 1), so
quarters sort and subtract as integers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from monitor.errors import PeriodError
from monitor.text import Text, quarter

_FORMS = [
    # ASCII digits only (\d would also read ２０２５ or ١٢٣٤)
    re.compile(r"^(?P<y>[0-9]{4})\s*[-/ ]?\s*[QqKk](?P<q>[0-9])$"),  # 2025-Q3, 2025 Q3, 2025Q3, 2025-K3
    re.compile(r"^[QqKk](?P<q>[0-9])\s*[-/ ]?\s*(?P<y>[0-9]{4})$"),  # Q3 2025, K3-2025
]


@dataclass(frozen=True, order=True)
class Quarter:
    ordinal: int

    @classmethod
    def of(cls, year: int, q: int) -> Quarter:
        if not 1 <= q <= 4:
            raise PeriodError(Text("error.quarter.number", year=year, q=q))
        return cls(year * 4 + q - 1)

    @classmethod
    def parse(cls, text: object) -> Quarter:
        """Parse '2025-Q3' and the accepted variants; raise PeriodError otherwise."""
        if isinstance(text, Quarter):
            return text
        s = str(text).strip()
        for form in _FORMS:
            m = form.match(s)
            if m:
                year, q = int(m["y"]), int(m["q"])
                if not 1900 <= year <= 2999 or not 1 <= q <= 4:
                    break
                return cls.of(year, q)
        raise PeriodError(Text("error.quarter.bad", text=text))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls.of(day.year, (day.month - 1) // 3 + 1)

    @property
    def year(self) -> int:
        return self.ordinal // 4

    @property
    def q(self) -> int:
        return self.ordinal % 4 + 1

    def __str__(self) -> str:
        return f"{self.year}-Q{self.q}"

    def __add__(self, n: int) -> Quarter:
        return Quarter(self.ordinal + n)

    def __sub__(self, other: Quarter | int) -> int | Quarter:  # type: ignore[override]
        if isinstance(other, Quarter):
            return self.ordinal - other.ordinal
        return Quarter(self.ordinal - other)

    def first_day(self) -> date:
        return date(self.year, 3 * (self.q - 1) + 1, 1)

    def last_day(self) -> date:
        return (self + 1).first_day() - timedelta(days=1)

    def label(self, lang: str = "nl") -> str:
        """'K3 2026' in Dutch, 'Q3 2026' in English (``monitor.text.quarter``)."""
        return quarter(self, lang)


def quarter_range(first: Quarter, last: Quarter) -> list[Quarter]:
    """All quarters from first to last inclusive (empty when last < first)."""
    return [Quarter(o) for o in range(first.ordinal, last.ordinal + 1)]


def last_completed_quarter(today: date) -> Quarter:
    return Quarter.containing(today) - 1  # type: ignore[return-value]

