import plotly.graph_objects as go
import plotly.io as pio
import pytest

from monitor.charts import (
    FONT_FAMILY,
    TEMPLATE_NAME,
    apply_language,
    by_type,
    choropleth,
    distribution,
    indicator_trend,
    load_geojson,
    sparkline,
    status_heatmap,
)
from monitor.charts.palette import GRID
from tests.charts.frames import CDO, national_rows, org_rows, result_rows, status_frame, type_rows

BUILDERS = {
    "trend": lambda lang: indicator_trend(national_rows(), CDO, lang),
    "trend_empty": lambda lang: indicator_trend(result_rows(period=[], value=[]), CDO, lang),
    "by_type": lambda lang: by_type(type_rows(), CDO, "2026-Q3", lang, {"gemeente": "Gemeenten"}),
    "distribution": lambda lang: distribution(org_rows(), CDO, "2026-Q3", lang),
    "choropleth": lambda lang: choropleth(org_rows(), CDO, "2026-Q3", load_geojson("provincie"), lang),
    "status_heatmap": lambda lang: status_heatmap(status_frame(), lang),
    "sparkline": lambda lang: sparkline([1.0, 2.5, 2.0], lang),
}


def test_template_registered_with_house_style():
    template = pio.templates[TEMPLATE_NAME]
    assert template.layout.font.family == FONT_FAMILY == "RijksoverheidSansText, Verdana, Arial, sans-serif"
    assert template.layout.xaxis.gridcolor == GRID
    assert template.layout.separators == ",."
    assert pio.templates.default != TEMPLATE_NAME  # registered, not imposed on other figures


@pytest.mark.parametrize("name", list(BUILDERS))
@pytest.mark.parametrize(("lang", "separators"), [("nl", ",."), ("en", ".,")])
def test_every_builder_sets_language_template_and_alt_text(name, lang, separators):
    fig = BUILDERS[name](lang)
    assert isinstance(fig, go.Figure)
    assert fig.layout.separators == separators
    assert fig.layout.template.layout.font.family == FONT_FAMILY
    assert fig.layout.meta["lang"] == lang
    alt = fig.layout.meta["alt"]
    assert isinstance(alt, str) and alt.endswith(".") and len(alt) > 20


def test_alt_text_language_follows_lang():
    assert BUILDERS["trend"]("nl").layout.meta["alt"].startswith("Lijngrafiek")
    assert BUILDERS["trend"]("en").layout.meta["alt"].startswith("Line chart")
    assert "47,3%" in BUILDERS["trend"]("nl").layout.meta["alt"]
    assert "47.3%" in BUILDERS["trend"]("en").layout.meta["alt"]


def test_apply_language():
    fig = go.Figure()
    assert apply_language(fig, "nl") is fig and fig.layout.separators == ",."
    assert apply_language(fig, "en").layout.separators == ".,"
    with pytest.raises(ValueError, match="'nl' or 'en'"):
        apply_language(fig, "de")
    with pytest.raises(ValueError, match="'nl' or 'en'"):
        indicator_trend(national_rows(), CDO, "fr")
