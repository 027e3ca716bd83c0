import polars as pl
import pytest

from monitor.charts import indicator_trend
from tests.charts.frames import CDO, DATASETS, national_rows, result_rows, trace


def test_values_per_quarter_as_solid_line_with_markers():
    fig = indicator_trend(national_rows(), CDO, "nl")
    value = trace(fig, "value")
    assert value.x == ("K1 2022", "K1 2026", "K2 2026", "K3 2026")
    assert value.y == (12.0, 41.0, None, 47.3)
    assert "lines" in value.mode and "markers" in value.mode
    assert value.line.dash is None
    assert value.text[-1] == "47,3%"
    assert value.marker.symbol[2] == "circle-open"  # insufficient data (status onvoldoende)


def test_targets_are_labelled_diamonds_at_their_quarters():
    targets = trace(indicator_trend(national_rows(), CDO, "nl"), "target")
    assert targets.x == ("K4 2024", "K4 2027")
    assert targets.y == (50.0, 80.0)
    assert targets.marker.symbol == "diamond"
    assert targets.text == ("50% (K4 2024)", "80% (K4 2027)")


def test_baseline_marker():
    baseline = trace(indicator_trend(national_rows(), CDO, "nl"), "baseline")
    assert baseline.x == ("K1 2022",) and baseline.y == (12.0,)
    assert "Nulmeting K1 2022: 12%" in baseline.hovertext[0]


def test_planned_trajectory_is_dotted_from_baseline_through_targets():
    planned = trace(indicator_trend(national_rows(), CDO, "nl"), "planned")
    assert planned.line.dash == "dot"
    assert len(planned.x) == 24 and planned.x[0] == "K1 2022" and planned.x[-1] == "K4 2027"
    points = dict(zip(planned.x, planned.y, strict=True))
    assert points["K1 2022"] == 12.0
    assert points["K4 2024"] == pytest.approx(50.0)
    assert points["K4 2027"] == pytest.approx(80.0)


def test_forecast_is_dashed_from_last_value_to_final_target_quarter():
    forecast = trace(indicator_trend(national_rows(), CDO, "nl"), "forecast")
    assert forecast.line.dash == "dash"
    assert forecast.x == ("K3 2026", "K4 2027")
    assert forecast.y == (47.3, 63.5)
    assert forecast.hovertext[1] == "Prognose K4 2027: 63,5%"


def test_coverage_with_each_point():
    fig = indicator_trend(national_rows(), CDO, "nl")
    assert "Dekking: 250/390 (64%)" in trace(fig, "value").hovertext[-1]
    coverage = trace(fig, "coverage")
    assert coverage.type == "bar"
    assert coverage.x == ("K1 2022", "K1 2026", "K2 2026", "K3 2026")
    assert coverage.text == ("26%", "67%", "0%", "64%")
    assert coverage.yaxis == "y2"


def test_axis_title_is_unit_and_title_is_indicator_title():
    fig = indicator_trend(national_rows(), CDO, "nl")
    assert fig.layout.yaxis.title.text == "%"
    assert fig.layout.title.text == "Aandeel organisaties met een CDO"
    assert fig.layout.xaxis.categoryarray[0] == "K1 2022"
    assert fig.layout.xaxis.categoryarray[-1] == "K4 2027"
    assert fig.layout.xaxis.tickvals == ("K1 2022", "K1 2023", "K1 2024", "K1 2025", "K1 2026", "K1 2027")


def test_english():
    fig = indicator_trend(national_rows(), CDO, "en")
    assert fig.layout.separators == ".,"
    assert trace(fig, "value").x[-1] == "Q3 2026"
    assert trace(fig, "target").text[-1] == "80% (Q4 2027)"
    assert fig.layout.title.text == "Share of organisations with a CDO"
    assert "Coverage: 250/390 (64%)" in trace(fig, "value").hovertext[-1]


def test_thousands_in_dutch_and_english():
    rows = result_rows(period=["2024-Q1", "2024-Q2"], breakdown=["national"] * 2, group=["NL"] * 2,
                       value=[1200.0, 2345.0], forecast=[None, 6789.0])
    assert trace(indicator_trend(rows, DATASETS, "nl"), "value").text[-1] == "2.345 datasets"
    assert trace(indicator_trend(rows, DATASETS, "en"), "value").text[-1] == "2,345 datasets"
    assert trace(indicator_trend(rows, DATASETS, "nl"), "target").text == ("5.000 datasets (K4 2027)",)


def test_one_data_point():
    rows = result_rows(period=["2025-Q3"], breakdown=["national"], group=["NL"], value=[30.0],
                       reported=[5], expected=[10])
    fig = indicator_trend(rows, CDO, "nl")
    assert trace(fig, "value").x == ("K3 2025",) and trace(fig, "value").y == (30.0,)
    assert trace(fig, "forecast") is None
    assert trace(fig, "target").x == ("K4 2024", "K4 2027")
    assert trace(fig, "coverage").text == ("50%",)
    assert fig.layout.meta["alt"] == (
        "Lijngrafiek van ‘Aandeel organisaties met een CDO’ met één meting in K3 2025: 30,0%; "
        "doel 80% in K4 2027."
    )


@pytest.mark.parametrize(("lang", "note"), [("nl", "Nog geen gegevens"), ("en", "No data yet")])
def test_no_data_gives_empty_figure_with_note(lang, note):
    for rows in (result_rows(period=[], value=[]),
                 result_rows(period=["2025-Q1"], breakdown=["national"], group=["NL"], value=[None])):
        fig = indicator_trend(rows, CDO, lang)
        assert len(fig.data) == 0
        assert [a.text for a in fig.layout.annotations] == [note]
        assert fig.layout.title.text == CDO.title.get(lang)


def test_without_coverage_columns_or_when_switched_off():
    rows = national_rows()
    fig = indicator_trend(rows, CDO, "nl", show_coverage=False)
    assert trace(fig, "coverage") is None and trace(fig, "value") is not None
    fig = indicator_trend(rows.select("period", "value"), CDO, "nl")
    assert trace(fig, "coverage") is None and trace(fig, "forecast") is None


def test_no_forecast_after_final_target_quarter():
    rows = result_rows(period=["2027-Q4", "2028-Q1"], value=[70.0, 75.0], forecast=[None, 74.0])
    assert trace(indicator_trend(rows, CDO, "nl"), "forecast") is None


def test_rows_of_several_groups_are_refused():
    rows = pl.concat([national_rows(), national_rows()])
    with pytest.raises(ValueError, match="one row per period"):
        indicator_trend(rows, CDO, "nl")
