"""Contrast (WCAG) and colour-blind safety of every colour the charts use."""

from itertools import combinations

import plotly.io as pio
import pytest

from monitor.charts import STATUS_STYLES, TEMPLATE_NAME
from monitor.charts import palette as p
from monitor.charts.palette import contrast_ratio, relative_luminance
from monitor.compute.frame import STATUSES
from tests.charts.colour_vision import VISIONS, distance
from tests.charts.test_theme import BUILDERS

MIN_TEXT = 4.5  # WCAG 1.4.3, normal text
MIN_GRAPHIC = 3.0  # WCAG 1.4.11, graphical objects
MIN_DELTA_E = 10.0  # clearly different colours (CIE76)


def test_contrast_arithmetic():
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == 0.0
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(p.HEMELBLAUW) == contrast_ratio(p.WIT, p.HEMELBLAUW)


def test_template_text_colours_on_white():
    layout = pio.templates[TEMPLATE_NAME].layout
    for colour in (layout.font.color, layout.title.font.color, layout.title.subtitle.font.color,
                   layout.xaxis.tickfont.color, layout.legend.font.color, layout.hoverlabel.font.color):
        assert contrast_ratio(colour) >= MIN_TEXT, colour
    assert layout.paper_bgcolor == layout.plot_bgcolor == p.WIT


@pytest.mark.parametrize("colour", p.TEXT_COLOURS)
def test_text_colour_tokens_on_white(colour):
    assert contrast_ratio(colour) >= MIN_TEXT


def _font_colours(node, path=""):
    """(path, colour) of every font colour in a figure's JSON, template included."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("font") and isinstance(value, dict) and "color" in value:
                yield f"{path}.{key}", value["color"]
            yield from _font_colours(value, f"{path}.{key}")
    elif isinstance(node, list | tuple):
        for i, value in enumerate(node):
            yield from _font_colours(value, f"{path}[{i}]")


@pytest.mark.parametrize("name", list(BUILDERS))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_text_colour_in_every_chart(name, lang):
    fig = BUILDERS[name](lang)
    found = list(_font_colours(fig.to_plotly_json()))
    assert found
    for path, colour in found:
        if ".data[" in path and fig.data[int(path.split("[")[1].split("]")[0])].type == "heatmap":
            # cell text sits on the fills of the statuses written in that colour
            backgrounds = [s.fill for s in STATUS_STYLES.values() if s.fill_text == colour]
        else:
            backgrounds = [p.WIT]
        for background in backgrounds:
            assert contrast_ratio(colour, background) >= MIN_TEXT, (path, colour, background)


def test_status_styles_match_the_statuses_and_carry_icons():
    assert tuple(STATUS_STYLES) == STATUSES
    assert {s: st.icon for s, st in STATUS_STYLES.items()} == {
        "behaald": "✔", "op_koers": "●", "risico": "▲", "achter": "✖", "onvoldoende": "?",
    }
    assert STATUS_STYLES["op_koers"].badge("nl") == "● op koers"
    assert STATUS_STYLES["onvoldoende"].badge("en") == "? insufficient data"
    for style in STATUS_STYLES.values():  # the badge texts carry the styles' icons (issue 16)
        for lang in ("nl", "en"):
            assert style.badge(lang) == f"{style.icon} {style.label(lang)}"


@pytest.mark.parametrize("style", STATUS_STYLES.values(), ids=list(STATUS_STYLES))
def test_status_colours(style):
    assert contrast_ratio(style.text_colour) >= MIN_TEXT
    assert contrast_ratio(style.fill_text, style.fill) >= MIN_TEXT
    assert contrast_ratio(style.colour) >= MIN_GRAPHIC


@pytest.mark.parametrize("vision", VISIONS)
def test_status_fills_distinguishable_with_colour_blindness(vision):
    fills = [s.fill for s in STATUS_STYLES.values()]
    for a, b in combinations(fills, 2):
        assert distance(a, b, vision) >= MIN_DELTA_E, (vision, a, b)


@pytest.mark.parametrize("vision", VISIONS)
def test_categorical_palette_distinguishable_with_colour_blindness(vision):
    for a, b in combinations(p.CATEGORICAL, 2):
        assert distance(a, b, vision) >= MIN_DELTA_E, (vision, a, b)


def test_categorical_palette_visible_on_white_and_from_the_house_style():
    house = {p.LINTBLAUW, p.DONKERBLAUW, p.HEMELBLAUW, p.ORANJE, p.DONKERGEEL, p.GROEN, p.VIOLET,
             p.ROBIJNROOD, p.BRUIN, p.DONKERBRUIN, p.GRIJS_6}
    assert set(p.CATEGORICAL) <= house
    for colour in p.CATEGORICAL:
        assert contrast_ratio(colour) >= MIN_GRAPHIC, colour
    assert list(pio.templates[TEMPLATE_NAME].layout.colorway) == list(p.CATEGORICAL)


def test_sequential_scale_orders_by_lightness_and_no_data_stands_apart():
    colours = [c for _, c in p.SEQUENTIAL]
    luminances = [relative_luminance(c) for c in colours]
    assert luminances == sorted(luminances, reverse=True)
    for vision in VISIONS:
        assert distance(p.NO_DATA, colours[0], vision) >= MIN_DELTA_E, vision


def test_trend_lines_differ_by_more_than_colour():
    from monitor.charts import indicator_trend
    from tests.charts.frames import CDO, national_rows, trace

    fig = indicator_trend(national_rows(), CDO, "nl")
    dashes = {role: trace(fig, role).line.dash for role in ("value", "planned", "forecast")}
    assert len(set(dashes.values())) == 3
    symbols = {trace(fig, "baseline").marker.symbol, trace(fig, "target").marker.symbol}
    assert symbols == {"square", "diamond"}
