"""Issue 17: a unit is singular for a value shown as 1 ('+1 advies', not '+1 adviezen'), in both
languages, from the one formatter; a definition's own singular wins; exports of a rules-version-1
snapshot keep the units as declared."""

from __future__ import annotations

import pytest

from monitor.config import load_config
from monitor.definitions import load_definitions
from monitor.text import as_made, has, unit_text, value_text
from monitor.text.units import SINGULAR


@pytest.mark.parametrize(("v", "precision", "unit", "lang", "shown"), [
    (1, 0, "adviezen", "nl", "1 advies"),
    (1, 0, "adviezen", "en", "1 piece of advice"),
    (-1, 0, "weken", "nl", "-1 week"),
    (1, 0, "weken", "en", "1 week"),
    (1, 0, "organisaties", "nl", "1 organisatie"),
    (1, 0, "aanvragen", "en", "1 application"),
    (1, 0, "datasets", "nl", "1 dataset"),
    (1, 0, "use cases", "en", "1 use case"),
    (1.2, 0, "adviezen", "nl", "1 advies"),  # shown as 1
    (2, 0, "adviezen", "nl", "2 adviezen"),
    (0, 0, "weken", "en", "0 weeks"),
    (1, 1, "weken", "nl", "1,0 weken"),  # '1,0' keeps the plural, as '1.0 weeks' does
    (1, 0, "FTE", "nl", "1 FTE"),
    (1, 0, "%", "nl", "1%"),
    (1, None, "projecten", "nl", "1 project"),  # a declared value (a target)
])
def test_one_is_singular(v, precision, unit, lang, shown):
    assert value_text(v, precision, unit, lang) == shown


def test_a_declared_singular_wins_and_is_shown_as_declared():
    assert value_text(1, 0, "adviezen", "nl", singular="adviesrapport") == "1 adviesrapport"
    assert value_text(1, 0, "kerndatasets", "en", singular="kerndataset") == "1 kerndataset"
    assert value_text(3, 0, "kerndatasets", "nl", singular="kerndataset") == "3 kerndatasets"
    assert unit_text("adviezen", "en", one=True) == "piece of advice"


def test_every_shipped_unit_in_words_has_a_singular_in_both_languages():
    defs, _ = load_definitions(load_config())
    units = {i.unit for i in defs.indicators.values()}
    in_words = {u for u in units if u.replace(" ", "").isalpha() and u.islower() and u != "mijlpaal"}
    assert in_words <= set(SINGULAR), in_words - set(SINGULAR)
    for unit in in_words:
        # a translated plural has a translated singular (no Dutch word in the English page)
        assert has(f"unit.{SINGULAR[unit]}") or not has(f"unit.{unit}"), unit
        assert value_text(1, 0, unit, "en") != f"1 {unit_text(unit, 'en')}", unit


def test_a_rules_version_1_export_keeps_the_units_as_declared():
    with as_made(1):
        assert value_text(1, 0, "adviezen", "en") == "1 adviezen"
    with as_made(2):
        assert value_text(1, 0, "adviezen", "nl") == "1 advies"
