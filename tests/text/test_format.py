from datetime import date, datetime

from monitor.text import day, moment, number, percent


def test_dutch_and_english_numbers():
    assert number(1234.5, 1) == "1.234,5"
    assert number(1234.5, 1, "en") == "1,234.5"
    assert number(1234567) == "1.234.567"
    assert number(None) == "–"
    assert number(float("nan")) == "–"


def test_halves_round_up_as_in_published_figures():
    assert number(62.5) == "63"
    assert number(47.25, 1) == "47,3"
    assert number(2.675, 2) == "2,68"
    assert number(-0.5) == "-1"


def test_percent_and_dates():
    assert percent(47.25, 1) == "47,3%"
    assert day(date(2026, 11, 28)) == "28-11-2026"
    assert day(date(2026, 11, 28), "en") == "2026-11-28"
    assert moment(datetime(2026, 11, 28, 9, 5)) == "28-11-2026 09:05"
