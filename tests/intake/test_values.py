"""Reading one value: numbers and the file's convention, booleans, dates, choices, percentages,
n.v.t. and empty, typed worksheet cells."""

from datetime import date

import pytest

from monitor.definitions.model import Measure
from monitor.intake.reader import PercentCell
from monitor.intake.values import (
    Parsed,
    ValueProblem,
    file_convention,
    number_evidence,
    parse_date,
    parse_number,
    parse_value,
)


def measure(type_: str, **kw) -> Measure:
    return Measure(id="m", title={"nl": "M", "en": "M"}, type=type_, reporters=["gemeente"], **kw)


BOOLEAN = measure("boolean")
INTEGER = measure("integer")
DECIMAL = measure("decimal")
RANGED = measure("decimal", min=0, max=52)
PERCENT = measure("percentage")
FRACTION = measure("percentage", percent_format="fraction")
DATE = measure("date")
CHOICE = measure("choice", choices=["geen", "gestart", "gereed"])


def out_of_range(value: str, rng: str) -> tuple[str, dict]:
    return "out-of-range", {"value": value, "range": rng}


def problem(fn, *args) -> tuple[str, dict]:
    """Code and parameters; a (low, high) range is shown as the Dutch message shows it."""
    from monitor.text import Span

    with pytest.raises(ValueProblem) as info:
        fn(*args)
    params = {k: Span(*v).render("nl") if isinstance(v, tuple) else v
              for k, v in info.value.params.items()}
    return info.value.code, params


# --- parse_number --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "convention", "expected"), [
    ("1234", None, 1234.0),
    ("-17", None, -17.0),
    ("+7", "en", 7.0),
    ("007", None, 7.0),
    ("1234,5", None, 1234.5),
    ("1234.5", None, 1234.5),
    ("1.234,5", None, 1234.5),
    ("1,234.5", None, 1234.5),
    ("12.345.678", None, 12345678.0),
    ("1,234,567", None, 1234567.0),
    ("1.234", "nl", 1234.0),
    ("1.234", "en", 1.234),
    ("1,234", "nl", 1.234),
    ("1,234", "en", 1234.0),
    ("-1.234", "nl", -1234.0),
    ("0,5", None, 0.5),
    ("1234,567", None, 1234.567),
    (" 2,5 ", "nl", 2.5),
    ("1 234,5", "nl", 1234.5),  # space as thousands separator
    ("1\u00a0234,5", None, 1234.5),  # no-break space (Excel in a Dutch locale)
    ("1\u202f234,5", None, 1234.5),  # narrow no-break space
    ("1'234.5", "en", 1234.5),  # Swiss style
])
def test_parse_number(text, convention, expected):
    assert parse_number(text, convention) == expected


@pytest.mark.parametrize(("text", "convention", "code", "params"), [
    ("1.234", None, "ambiguous-number", {"value": "1.234", "a": "1234", "b": "1.234"}),
    ("1,234", None, "ambiguous-number", {"value": "1,234", "a": "1234", "b": "1.234"}),
    ("-12.345", None, "ambiguous-number", {"value": "-12.345", "a": "-12345", "b": "-12.345"}),
    ("1.5", "nl", "mixed-number-format", {"value": "1.5", "sign": ","}),
    ("1,234.5", "nl", "mixed-number-format", {"value": "1,234.5", "sign": ","}),
    ("1,5", "en", "mixed-number-format", {"value": "1,5", "sign": "."}),
    ("1.234,5", "en", "mixed-number-format", {"value": "1.234,5", "sign": "."}),
    ("", None, "bad-number", {"value": ""}),
    ("   ", None, "bad-number", {"value": "   "}),
    ("twee", None, "bad-number", {"value": "twee"}),
    ("1e3", None, "bad-number", {"value": "1e3"}),
    ("inf", None, "bad-number", {"value": "inf"}),
    ("NaN", "en", "bad-number", {"value": "NaN"}),
    ("1.23.4", None, "bad-number", {"value": "1.23.4"}),
    ("12.34.567", None, "bad-number", {"value": "12.34.567"}),
    ("1,2,3", "nl", "bad-number", {"value": "1,2,3"}),
    ("€ 12", None, "bad-number", {"value": "€ 12"}),
    ("--5", None, "bad-number", {"value": "--5"}),
])
def test_parse_number_problems(text, convention, code, params):
    assert problem(parse_number, text, convention) == (code, params)


def test_parse_number_too_large_is_not_infinity():
    assert problem(parse_number, "9" * 400, None)[0] == "bad-number"


# --- evidence and the file's convention ----------------------------------------------------------


@pytest.mark.parametrize(("text", "evidence"), [
    ("1,5", "nl"), ("1.234,5", "nl"), ("12.345.678", "nl"), ("45,5%", "nl"),
    ("1.5", "en"), ("1,234.5", "en"), ("1,234,567", "en"),
    ("1234", None), ("1.234", None), ("1,234", None), ("", None), ("ja", None), ("n.v.t.", None),
])
def test_number_evidence(text, evidence):
    assert number_evidence(text) == evidence


@pytest.mark.parametrize(("texts", "convention"), [
    ([], None),
    (["1234", "7", "1.234"], None),  # nothing proves a convention
    (["2,5", "1.234"], "nl"),
    (["2.5", "1,234"], "en"),
    (["2,5", "1.234,5", "7.0"], "nl"),  # majority
    (["2.5", "1,234.5", "7,5"], "en"),
    (["2,5", "2.5"], None),  # a tie proves nothing
    (["ja", "gestart", "", "n.v.t."], None),
])
def test_file_convention(texts, convention):
    assert file_convention(texts) == convention


# --- parse_value ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [None, "", "   ", "\t"])
def test_empty_is_not_reported(text):
    for m in (BOOLEAN, INTEGER, DATE, CHOICE, PERCENT):
        assert parse_value(text, m, None) == Parsed("empty")


@pytest.mark.parametrize("text", ["n.v.t.", "N.V.T.", "nvt", "n.v.t", "n/a", "NA", "not applicable",
                                  " n.v.t. "])
def test_not_applicable_is_kept_apart_from_missing_and_zero(text):
    for m in (BOOLEAN, INTEGER, DATE, CHOICE, PERCENT):
        assert parse_value(text, m, None) == Parsed("nvt")


@pytest.mark.parametrize(("text", "num"), [
    ("ja", 1.0), ("JA", 1.0), ("j", 1.0), ("waar", 1.0), ("Waar", 1.0), ("true", 1.0), ("TRUE", 1.0),
    ("1", 1.0), ("yes", 1.0),
    ("nee", 0.0), ("Nee", 0.0), ("n", 0.0), ("onwaar", 0.0), ("false", 0.0), ("FALSE", 0.0),
    ("0", 0.0), ("no", 0.0),
])
def test_booleans(text, num):
    assert parse_value(text, BOOLEAN, None) == Parsed("value", num)


@pytest.mark.parametrize("text", ["misschien", "2", "-1", "ja/nee", "0,0"])
def test_bad_boolean(text):
    assert problem(parse_value, text, BOOLEAN, None) == ("bad-boolean", {"value": text})


@pytest.mark.parametrize(("text", "iso"), [
    ("28-11-2026", "2026-11-28"),
    ("01-03-2024", "2024-03-01"),
    ("2024-03-01", "2024-03-01"),
    ("29-02-2024", "2024-02-29"),
    ("1-3-2024", "2024-03-01"),
    ("01/03/2024", "2024-03-01"),
])
def test_dates(text, iso):
    d = date.fromisoformat(iso)
    assert parse_date(text) == d
    assert parse_value(text, DATE, None) == Parsed("value", float(d.toordinal()), iso)


@pytest.mark.parametrize("text", ["31-02-2024", "29-02-2023", "2024-13-01", "maart 2024", "2024-Q1",
                                  "45352"])
def test_bad_date(text):
    assert problem(parse_value, text, DATE, None) == ("bad-date", {"value": text})


def test_choices_are_matched_without_case_and_stored_as_defined():
    assert parse_value("Gestart", CHOICE, None) == Parsed("value", None, "gestart")
    assert parse_value(" GEREED ", CHOICE, None) == Parsed("value", None, "gereed")
    assert problem(parse_value, "klaar", CHOICE, None) == (
        "bad-choice", {"value": "klaar", "choices": "geen, gestart, gereed"})
    assert problem(parse_value, "ge start", CHOICE, None)[0] == "bad-choice"


def test_integers():
    assert parse_value("1.234", INTEGER, "nl") == Parsed("value", 1234.0)
    assert parse_value("2,0", INTEGER, "nl") == Parsed("value", 2.0)
    assert problem(parse_value, "2,5", INTEGER, None) == ("bad-integer", {"value": "2,5"})
    # a whole number: a dot or comma before groups of three digits separates thousands (issue 14)
    assert parse_value("1,234", INTEGER, "nl") == Parsed("value", 1234.0)
    assert parse_value("1.234", INTEGER, None) == Parsed("value", 1234.0)
    assert parse_value("19.204", INTEGER, "en") == Parsed("value", 19204.0)
    assert parse_value("12.345.678", INTEGER, "en") == Parsed("value", 12345678.0)
    assert problem(parse_value, "1.234,5", INTEGER, None) == ("bad-integer", {"value": "1.234,5"})
    assert problem(parse_value, "1.23", INTEGER, None) == ("bad-integer", {"value": "1.23"})


def test_range():
    assert parse_value("0", RANGED, None) == Parsed("value", 0.0)
    assert parse_value("52", RANGED, None) == Parsed("value", 52.0)
    assert problem(parse_value, "52,5", RANGED, None) == out_of_range("52,5", "0 - 52")
    assert problem(parse_value, "-0,5", RANGED, None) == out_of_range("-0,5", "0 - 52")
    low_only = measure("integer", min=1)
    assert problem(parse_value, "0", low_only, None) == out_of_range("0", "1 - …")
    high_only = measure("decimal", max=2.5)
    assert problem(parse_value, "3", high_only, None) == out_of_range("3", "… - 2,5")


def test_percentages():
    assert parse_value("45", PERCENT, None) == Parsed("value", 45.0)
    assert parse_value("45%", PERCENT, None) == Parsed("value", 45.0)
    assert parse_value("45,5 %", PERCENT, None) == Parsed("value", 45.5)
    assert parse_value("100", PERCENT, None) == Parsed("value", 100.0)
    assert problem(parse_value, "101", PERCENT, None) == out_of_range("101", "0 - 100")
    assert problem(parse_value, "-1%", PERCENT, None) == out_of_range("-1%", "0 - 100")
    # fraction: 0,45 is 45 %; a value with % is taken as a percentage
    assert parse_value("0,45", FRACTION, None) == Parsed("value", 45.0)
    assert parse_value("1", FRACTION, None) == Parsed("value", 100.0)
    assert parse_value("45%", FRACTION, None) == Parsed("value", 45.0)
    assert problem(parse_value, "45", FRACTION, None) == (
        "out-of-range", {"value": "45", "range": "0 - 1"})
    # a percent sign means nothing for other numbers
    assert problem(parse_value, "45%", DECIMAL, None) == ("bad-number", {"value": "45%"})


# --- typed worksheet cells -----------------------------------------------------------------------


def test_typed_cells_are_taken_as_typed():
    assert parse_value("True", BOOLEAN, None, typed=True) == Parsed("value", 1.0)
    assert parse_value("False", BOOLEAN, None, typed=False) == Parsed("value", 0.0)
    assert parse_value("1", BOOLEAN, None, typed=1) == Parsed("value", 1.0)
    assert parse_value("1234.5", DECIMAL, "nl", typed=1234.5) == Parsed("value", 1234.5)
    assert parse_value("1234", INTEGER, None, typed=1234) == Parsed("value", 1234.0)
    assert parse_value("2024-03-01", DATE, None, typed=date(2024, 3, 1)) == Parsed(
        "value", float(date(2024, 3, 1).toordinal()), "2024-03-01")
    # a percentage-formatted cell (0,45 shown as 45%) arrives as PercentCell(45.0)
    assert parse_value("45", PERCENT, None, typed=PercentCell(45.0)) == Parsed("value", 45.0)
    assert parse_value("45", FRACTION, None, typed=PercentCell(45.0)) == Parsed("value", 45.0)
    assert parse_value("0.45", FRACTION, None, typed=0.45) == Parsed("value", 45.0)
    # a number cell for a choice or a date is read from its text
    assert parse_value("gestart", CHOICE, None, typed=3) == Parsed("value", None, "gestart")


def test_typed_cell_problems():
    assert problem(parse_value, "2.5", INTEGER, None, 2.5) == ("bad-integer", {"value": "2.5"})
    assert problem(parse_value, "nan", DECIMAL, None, float("nan")) == ("bad-number", {"value": "nan"})
    assert problem(parse_value, "True", DECIMAL, None, True) == ("bad-number", {"value": "True"})
    assert problem(parse_value, "2024-03-01", DECIMAL, None, date(2024, 3, 1)) == (
        "bad-number", {"value": "2024-03-01"})
    assert problem(parse_value, "2", BOOLEAN, None, 2) == ("bad-boolean", {"value": "2"})
    assert problem(parse_value, "120", PERCENT, None, PercentCell(120.0)) == (
        "out-of-range", {"value": "120", "range": "0 - 100"})
    assert problem(parse_value, "45352", DATE, None, 45352) == ("bad-date", {"value": "45352"})


def test_date_cell_for_a_boolean_is_a_bad_boolean():
    assert problem(parse_value, "2024-03-01", BOOLEAN, None, date(2024, 3, 1))[0] == "bad-boolean"


def test_boolean_cell_for_a_choice_or_date_names_the_right_problem():
    assert problem(parse_value, "True", CHOICE, None, True)[0] == "bad-choice"
    assert problem(parse_value, "True", DATE, None, True)[0] == "bad-date"


def test_dutch_range_message_writes_a_decimal_bound_the_dutch_way():
    from monitor.intake.messages import render
    from monitor.intake.template import allowed

    high = measure("decimal", max=2.5)
    assert allowed(high, "nl") == "getal, … - 2,5; n.v.t. toegestaan"
    code, params = problem(parse_value, "3", high, "nl")
    assert render(code, "nl", **params) == "3 ligt buiten het toegestane bereik … - 2,5."
