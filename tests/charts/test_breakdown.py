import polars as pl
import pytest

from monitor.charts import by_type, distribution
from monitor.charts.palette import TARGET_MARKER
from tests.charts.frames import CDO, CDO_JUDGED, org_rows, result_rows, trace, type_rows

LABELS = {
    "gemeente": {"nl": "Gemeenten", "en": "Municipalities"},
    "provincie": {"nl": "Provincies", "en": "Provinces"},
    "waterschap": {"nl": "Waterschappen", "en": "Water authorities"},
}


def test_by_type_horizontal_bars_for_one_quarter_largest_on_top():
    fig = by_type(type_rows(), CDO, "2026-Q3", "nl", LABELS)
    bars = trace(fig, "value")
    assert bars.orientation == "h"
    assert bars.y == ("Provincies", "Gemeenten", "Waterschappen")
    assert bars.x == (1234.5, 47.3, 0)
    assert bars.text == ("1.234,5%", "47,3%", "geen gegevens")
    assert fig.layout.yaxis.autorange == "reversed"
    assert "Dekking: 200/342 (58%)" in bars.hovertext[1]
    assert "▲ risico" in bars.hovertext[1]
    assert fig.layout.title.subtitle.text == "Per organisatietype, K3 2026"


def test_by_type_final_target_reference_line():
    fig = by_type(type_rows(), CDO_JUDGED, "2026-Q3", "nl", LABELS)
    [line] = fig.layout.shapes
    assert (line.x0, line.x1, line.type, line.line.dash) == (80, 80, "line", "dash")
    assert line.line.color == TARGET_MARKER
    assert fig.layout.annotations[0].text == "Einddoel 80% (K4 2027)"


def test_by_type_english_labels_and_separators():
    fig = by_type(type_rows(), CDO_JUDGED, "2026-Q3", "en", LABELS)
    bars = trace(fig, "value")
    assert bars.y[0] == "Provinces"
    assert bars.text == ("1,234.5%", "47.3%", "no data")
    assert fig.layout.separators == ".,"
    assert fig.layout.annotations[0].text == "Final target 80% (Q4 2027)"


def test_by_type_plain_labels_and_missing_labels():
    bars = trace(by_type(type_rows(), CDO, "2026-Q3", "nl", {"gemeente": "Gem."}), "value")
    assert bars.y == ("provincie", "Gem.", "waterschap")


def test_by_type_no_data_for_the_quarter():
    fig = by_type(type_rows(), CDO, "2025-Q1", "nl", LABELS)
    assert [a.text for a in fig.layout.annotations] == ["Nog geen gegevens"]


def test_distribution_histogram_of_organisation_values():
    fig = distribution(org_rows(), CDO_JUDGED, "2026-Q3", "nl")
    hist = trace(fig, "value")
    assert hist.type == "histogram"
    assert sorted(hist.x) == [0.0, 100.0, 100.0]  # GM0599 has no value; 2026-Q2 not included
    assert fig.layout.title.subtitle.text == "Verdeling over organisaties, K3 2026 — 3/4 organisaties"
    texts = [a.text for a in fig.layout.annotations]
    assert texts == ["Mediaan 100,0%", "Einddoel 80% (K4 2027)"]
    assert fig.layout.yaxis.title.text == "Aantal organisaties"


def test_distribution_ignores_other_breakdowns():
    rows = result_rows(period=["2026-Q3"] * 2, breakdown=["organisation", "national"],
                       group=["GM0014", "NL"], value=[10.0, 99.0])
    assert trace(distribution(rows, CDO, "2026-Q3", "nl"), "value").x == (10.0,)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_distribution_no_data(lang):
    fig = distribution(org_rows(), CDO, "2020-Q1", lang)
    assert len(fig.data) == 0
    assert fig.layout.annotations[0].text == {"nl": "Nog geen gegevens", "en": "No data yet"}[lang]


def test_national_target_is_not_drawn_on_types_or_organisations():
    # CDO's targets apply nationally only (default target_applies_to): no target line, and the
    # bars scale to the data (largest 1 234,5 -> 1 481,4), not to the target
    small = type_rows().with_columns(pl.col("value") / 1000)
    fig = by_type(small, CDO, "2026-Q3", "nl", LABELS)
    assert fig.layout.shapes == () and fig.layout.annotations == ()
    assert fig.layout.xaxis.range == pytest.approx((0, 1.2345 * 1.2))
    hist = distribution(org_rows(), CDO, "2026-Q3", "nl")
    assert [a.text for a in hist.layout.annotations] == ["Mediaan 100,0%"]
