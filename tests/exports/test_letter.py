import pytest

from monitor.charts import by_type, indicator_trend
from monitor.exports import LAYOUT_WIDTH_PX, ExportError, letter_figure
from monitor.exports.page import CSS_DPI, MAX_HEIGHT_MM, MM_PER_INCH
from tests.charts.frames import CDO, national_rows, type_rows
from tests.exports.conftest import context


def _notes(fig) -> dict[str, str]:
    return {a.name: a.text for a in fig.layout.annotations if a.name}


def test_returns_a_new_figure_and_leaves_the_chart_alone():
    fig = indicator_trend(national_rows(), CDO, "nl")
    before = fig.to_dict()
    out = letter_figure(fig, context(live=True))
    assert out is not fig
    assert fig.to_dict() == before
    assert out.layout.width == LAYOUT_WIDTH_PX
    assert out.layout.meta["alt"] == fig.layout.meta["alt"]
    assert out.layout.meta["export"]["peildatum"] == "2026-11-28"


def test_title_unit_source_and_coverage_are_burned_in():
    out = letter_figure(by_type(type_rows(), CDO, "2026-Q3", "nl"), context())
    assert out.layout.title.text == "Aandeel organisaties met een CDO"
    assert "Per organisatietype, K3 2026" in out.layout.title.subtitle.text
    assert "Eenheid: %" in out.layout.title.subtitle.text
    foot = _notes(out)["export-footnote"]
    assert "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026" in foot
    assert "Dekking K3 2026: 250 van 390" in foot


def test_live_data_gets_the_provisional_marker_and_a_snapshot_does_not():
    fig = indicator_trend(national_rows(), CDO, "nl")
    live, snapshot = letter_figure(fig, context(live=True)), letter_figure(fig, context(live=False))
    assert _notes(live)["export-provisional"] == "<b>VOORLOPIG</b>"
    assert "VOORLOPIG" in _notes(live)["export-footnote"]
    assert "export-provisional" not in _notes(snapshot)
    assert "VOORLOPIG" not in _notes(snapshot)["export-footnote"]
    en = letter_figure(indicator_trend(national_rows(), CDO, "en"), context(live=True, lang="en"))
    assert _notes(en)["export-provisional"] == "<b>PROVISIONAL</b>"
    assert "Source: Progress monitor IBDS, reference date 2026-11-28" in _notes(en)["export-footnote"]


def test_separators_follow_the_language_and_a_mismatch_is_refused():
    assert letter_figure(indicator_trend(national_rows(), CDO, "nl"), context()).layout.separators == ",."
    en = letter_figure(indicator_trend(national_rows(), CDO, "en"), context(lang="en"))
    assert en.layout.separators == ".,"
    with pytest.raises(ExportError, match="made in 'en'"):
        letter_figure(indicator_trend(national_rows(), CDO, "en"), context(lang="nl"))


def test_legend_sits_between_title_and_plot():
    out = letter_figure(indicator_trend(national_rows(), CDO, "nl"), context())
    assert out.layout.legend.orientation == "h"
    assert out.layout.legend.y > 1 and out.layout.legend.yanchor == "bottom"
    assert out.layout.margin.t > 80  # room for title, subtitle and legend


def test_long_or_odd_titles_are_wrapped_and_escaped_and_height_fits_a4():
    title = "Aandeel <organisaties> & samenwerkingsverbanden met een Chief Data Officer in functie"
    fig = indicator_trend(national_rows(), CDO, "nl")
    fig.update_layout(height=3000)
    out = letter_figure(fig, context(title, live=True))
    assert "<br>" in out.layout.title.text
    assert "&lt;organisaties&gt; &amp;" in out.layout.title.text
    assert out.layout.height <= MAX_HEIGHT_MM / MM_PER_INCH * CSS_DPI
