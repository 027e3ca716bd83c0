"""Issue 17: the Actie page's trend table fits at 1 280 px: coverage and values merged, empty
columns and a forecast note the line above already says left out, the newest quarter first."""

import polars as pl

from monitor.views.trendtable import trend_shown
from tests.charts.frames import CDO


def rows(**extra) -> pl.DataFrame:
    return pl.DataFrame({
        "period": ["2026-Q1", "2026-Q2", "2026-Q3"], "value": [38.24, 39.6, 39.85],
        "planned": [62.5, 65.0, 67.5], "next_target": [80.0, 80.0, 80.0],
        "forecast": [None, None, None], "reported": [357, 362, 358], "expected": [394] * 3,
        "n": [394, 394, 394], "carried": [37, 0, 36], "status": ["✖ achter"] * 3, **extra},
        schema_overrides={"forecast": pl.Float64})


def test_merged_columns_newest_first():
    shown, heads = trend_shown(rows(forecast_note=["", "", ""]), CDO, "nl")
    assert shown.columns == ["period", "value", "planned", "next_target", "coverage", "values",
                             "status"]
    assert shown.row(0) == ("K3 2026", "39,9", "67,5", "80,0", "358/394 (91%)", "394 (36)",
                            "✖ achter")
    assert shown["values"][1] == "394"
    assert heads["coverage"] == "Dekking" and heads["values"] == "Waarden (overgenomen)"


def test_forecast_note_only_when_another_quarter_says_something_else():
    same = rows(forecast_note=["", "Geen prognose.", "Geen prognose."])
    assert "forecast_note" not in trend_shown(same, CDO, "nl")[0].columns
    other = rows(forecast_note=["Te weinig kwartalen.", "", ""])
    assert trend_shown(other, CDO, "en")[0]["forecast_note"].to_list() == ["", "", "Te weinig kwartalen."]
