import pytest

from monitor.charts import alt_text, sparkline
from monitor.charts.numbers import value_text
from monitor.text import coverage_text
from tests.charts.frames import CDO, DATASETS, national_rows, org_rows, result_rows, status_frame, type_rows

LABELS = {"gemeente": "Gemeenten", "provincie": "Provincies", "waterschap": "Waterschappen"}


def test_trend_sentence_dutch_and_english():
    rows = result_rows(period=["2022-Q1", "2026-Q3"], value=[12.0, 47.3])
    assert alt_text("trend", CDO, rows, "nl") == (
        "Lijngrafiek van ‘Aandeel organisaties met een CDO’ van K1 2022 tot K3 2026: "
        "van 12,0% naar 47,3%; doel 80% in K4 2027."
    )
    assert alt_text("trend", CDO, rows, "en") == (
        "Line chart of ‘Share of organisations with a CDO’ from Q1 2022 to Q3 2026: "
        "from 12.0% to 47.3%; target 80% in Q4 2027."
    )


def test_trend_sentence_with_forecast_and_gaps():
    assert alt_text("trend", CDO, national_rows(), "nl") == (
        "Lijngrafiek van ‘Aandeel organisaties met een CDO’ van K1 2022 tot K3 2026: "
        "van 12,0% naar 47,3%; doel 80% in K4 2027, prognose 63,5%."
    )


def test_trend_sentence_thousands():
    rows = result_rows(period=["2022-Q1", "2026-Q3"], value=[1000.0, 2345.0])
    assert alt_text("trend", DATASETS, rows, "nl").endswith(
        "van 1.000 datasets naar 2.345 datasets; doel 5.000 datasets in K4 2027."
    )
    assert "from 1,000 datasets to 2,345 datasets; target 5,000 datasets" in alt_text(
        "trend", DATASETS, rows, "en"
    )


def test_trend_sentence_without_data():
    rows = result_rows(period=[], value=[])
    assert alt_text("trend", CDO, rows, "nl") == (
        "Lijngrafiek van ‘Aandeel organisaties met een CDO’: nog geen gegevens; doel 80% in K4 2027."
    )


def test_by_type_sentence():
    rows = type_rows().filter(type_rows()["period"] == "2026-Q3")
    assert alt_text("by_type", CDO, rows, "nl", period="2026-Q3", type_labels=LABELS) == (
        "Staafdiagram van ‘Aandeel organisaties met een CDO’ per organisatietype in K3 2026: "
        "van 47,3% (Gemeenten) tot 1.234,5% (Provincies); einddoel 80% in K4 2027."
    )


def test_distribution_and_map_sentences():
    rows = org_rows().filter(org_rows()["period"] == "2026-Q3")
    assert alt_text("distribution", CDO, rows, "nl") == (
        "Histogram van ‘Aandeel organisaties met een CDO’ over 3 organisaties in K3 2026: "
        "mediaan 100,0%, van 0,0% tot 100,0%."
    )
    assert alt_text("choropleth", CDO, rows, "en") == (
        "Map of ‘Share of organisations with a CDO’ by organisation in Q3 2026: 3 of 4 areas with a "
        "value, from 0.0% to 100.0%."
    )


def test_status_heatmap_sentence():
    assert alt_text("status_heatmap", None, status_frame(), "nl") == (
        "Statusoverzicht van 3 acties van K2 2026 tot K3 2026; in K3 2026: 1 behaald, 1 achter, "
        "1 zonder status."
    )
    assert alt_text("status_heatmap", None, status_frame(), "en") == (
        "Status overview of 3 actions from Q2 2026 to Q3 2026; in Q3 2026: 1 achieved, 1 behind, "
        "1 without status."
    )


def test_unknown_kind():
    with pytest.raises(ValueError, match="unknown chart kind"):
        alt_text("pie", CDO, national_rows(), "nl")


def test_formatting_helpers():
    assert value_text(47.26, CDO, "nl") == "47,3%"
    assert value_text(80.0, CDO, "nl", trim=True) == "80%"
    assert value_text(80.5, CDO, "nl", trim=True) == "80,5%"
    assert value_text(None, CDO, "nl") == "–"
    assert coverage_text(1234, 2000, "nl") == "1.234/2.000 (62%)"
    assert coverage_text(0, 0, "en") == "–"


def test_sparkline_is_tiny_without_axes_and_has_alt_text():
    fig = sparkline([12.0, None, 47.3], "nl", periods=["2026-Q1", "2026-Q2", "2026-Q3"], indicator=CDO)
    line = fig.data[0]
    assert line.y == (12.0, None, 47.3)
    assert line.x == ("K1 2026", "K2 2026", "K3 2026")
    assert line.marker.size == (0, 0, 6)
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False
    assert fig.layout.height <= 60 and fig.layout.showlegend is False
    assert fig.layout.meta["alt"] == "Minigrafiek van K1 2026 tot K3 2026: van 12,0% naar 47,3%."
    english = sparkline([1234.5, 2000.0], "en")
    assert english.layout.meta["alt"] == "Sparkline: from 1,234.5 to 2,000.0."
    assert english.layout.separators == ".,"
    with pytest.raises(ValueError, match="same length"):
        sparkline([1.0], "nl", periods=["2026-Q1", "2026-Q2"])


def test_month_ticks_for_date_axes():
    from datetime import date

    from monitor.charts.numbers import month_label, month_ticks

    assert month_label(date(2026, 3, 31), "nl") == "mrt 2026"
    assert month_label(date(2026, 5, 1), "en") == "May 2026"
    values, labels = month_ticks(date(2025, 11, 15), date(2026, 5, 1), "nl")
    assert values == [date(2025, 11, 1), date(2026, 2, 1), date(2026, 5, 1)]
    assert labels == ["nov 2025", "feb 2026", "mei 2026"]
