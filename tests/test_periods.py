from datetime import date

import pytest

from monitor.errors import PeriodError
from monitor.periods import Quarter, last_completed_quarter, quarter_range


@pytest.mark.parametrize("text", ["2025-Q3", "2025 Q3", "2025Q3", "2025-K3", "Q3 2025", " q3-2025 "])
def test_accepted_forms(text):
    assert str(Quarter.parse(text)) == "2025-Q3"


@pytest.mark.parametrize("text", ["2025-Q5", "2025-Q0", "2025", "Q3", "25-Q3", "", "2025-Q3x",
                                  # regression: non-ASCII digits were read (\d matches them)
                                  "２０２５-Q3", "٢٠٢٥-Q3", "2025-Q٣", "Q３ 2025"])
def test_rejected_forms(text):
    with pytest.raises(PeriodError, match="is not a quarter"):
        Quarter.parse(text)


def test_arithmetic_and_days():
    q = Quarter.parse("2025-Q4")
    assert str(q + 1) == "2026-Q1"
    assert q - Quarter.parse("2024-Q4") == 4
    assert q.first_day() == date(2025, 10, 1)
    assert q.last_day() == date(2025, 12, 31)
    assert [str(x) for x in quarter_range(Quarter.parse("2025-Q3"), Quarter.parse("2026-Q1"))] == [
        "2025-Q3",
        "2025-Q4",
        "2026-Q1",
    ]
    assert str(last_completed_quarter(date(2026, 11, 28))) == "2026-Q3"
    assert str(last_completed_quarter(date(2026, 1, 1))) == "2025-Q4"
    assert q.label("nl") == "K4 2025"
