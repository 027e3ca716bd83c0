"""monitor.compute.notes.note_details and widgets.status_labels on results computed from a real
DuckDB file (tests/world_shown.py): what a status leaves out, in numbers and in words."""

from datetime import date

import polars as pl
import pytest

from monitor.compute.engine import RESULT_SCHEMA_V1, compute
from monitor.compute.notes import DETAILS, note_details
from monitor.ui.widgets import status_labels
from monitor.views.notes import forecast_words
from tests.world_shown import build


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    rt = build(tmp_path_factory.mktemp("notes"))
    return rt, compute(rt.store, rt.defs, rt.config, today=date(2026, 1, 15))


def national(results: pl.DataFrame, indicator: str) -> pl.DataFrame:
    return results.filter((pl.col("indicator") == indicator) & (pl.col("breakdown") == "national")
                          & (pl.col("period") <= "2025-Q1")).sort("period")


def test_details_of_late_and_not_held_rows_only(world):
    rt, results = world
    shown = note_details(results, rt.defs, rt.config)
    assert shown.height == results.height and shown.columns == [*results.columns, *DETAILS]
    mile = national(shown, "i_mile")
    # P1 went live 01-08-2024, planned 15-05-2024: 16 + 30 + 31 + 1 days late, from 2024-Q3 on
    assert mile["late_days"].to_list() == [None, None, 78, 78, 78]
    assert mile["planned_date"].to_list()[2] == date(2024, 5, 15)
    held = national(shown, "i_held")  # 60 % must hold 3 quarters; met from 2024-Q2 (100 %)
    assert held["status_note"].to_list() == [None, "not_held", "not_held", None, None]
    assert held["held"].to_list() == [None, 1, 2, None, None]
    assert held["hold"].to_list() == [None, 3, 3, None, None]
    assert held["status"].to_list()[3] == "behaald"
    assert set(national(shown, "i_minn")["min_n"].to_list()) == {5}
    assert national(shown, "i_share")["min_n"].null_count() == 5
    assert set(shown["min_coverage"].to_list()) == {0.5}


def test_status_words_in_a_table(world):
    rt, results = world
    words = {i: status_labels(note_details(national(results, i), rt.defs, rt.config), "nl")["status"]
             .to_list() for i in ("i_mile", "i_held", "i_minn", "i_share")}
    assert words["i_mile"][2] == "✔ behaald, 78 dagen na de geplande datum (15-05-2024)"
    assert words["i_held"][1:4] == [
        "● op koers: doel gehaald, maar nog niet lang genoeg (1 van 3 kwartalen)",
        "● op koers: doel gehaald, maar nog niet lang genoeg (2 van 3 kwartalen)", "✔ behaald"]
    assert words["i_minn"][:3] == ["● op koers", "? onvoldoende gegevens: 4 van minimaal 5 waarden",
                                   "? onvoldoende gegevens: 3 van minimaal 5 waarden"]
    # 2025-Q1: only G1 reported (1 of 5)
    assert words["i_share"] == ["● op koers", "✔ behaald", "✔ behaald", "✔ behaald",
                                "? onvoldoende gegevens: dekking 20%, minimaal 50%"]
    # without the details (as before): the plain badges
    plain = status_labels(national(results, "i_mile"), "en")["status"].to_list()
    assert plain[2] == "✔ achieved"


def test_forecast_words(world):
    rt, results = world
    share = forecast_words(national(results, "i_share"), "nl", rt.defs.indicators["i_share"])
    assert share["forecast_note"].to_list() == [
        *["Er zijn te weinig kwartalen met gegevens voor een prognose."] * 3,
        "De trend loopt buiten het mogelijke bereik; de prognose is daarop begrensd.", ""]
    mile = forecast_words(national(results, "i_mile"), "en", rt.defs.indicators["i_mile"])
    assert set(mile["forecast_note"]) == {"No forecast is made for a milestone."}


def test_results_of_rules_version_1_are_left_as_they_are(world):
    rt, results = world
    old = results.select(list(RESULT_SCHEMA_V1))
    assert note_details(old, rt.defs, rt.config).equals(old)
    assert forecast_words(old, "nl").equals(old)
