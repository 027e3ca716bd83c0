"""The status heatmap as a letter PNG (160 mm at 300 dpi): with the twelve long action titles
and nineteen quarters of a real programme it stays inside the image, with a margin on both sides,
its legend and quarter labels legible."""

from __future__ import annotations

import io

import polars as pl
import pytest
from PIL import Image

from monitor.charts import status_heatmap
from monitor.exports import PNG_WIDTH_PX, letter_figure
from monitor.exports.page import PNG_SCALE
from tests.exports.conftest import context

TITLES = ["Adviesfunctie verantwoord datagebruik", "Datamanifest en afwegingskader",
          "Dataverantwoordelijkheid en Chief Data Officers", "Federatief datastelsel (FDS)",
          "Toolbox verantwoord datagebruik en Kennisbank", "Datacatalogi en data.overheid.nl",
          "Digilab", "Interbestuurlijke data-organisatie",
          "Datagedreven werken aan maatschappelijke opgaven", "Datadeals", "Datavolwassenheid",
          "Datatalent en datageletterdheid"]
STATUSES = ["behaald", "op_koers", "risico", "achter", "onvoldoende"]
PERIODS = [f"{y}-Q{q}" for y in range(2022, 2027) for q in range(1, 5)][:19]


def programme() -> pl.DataFrame:
    return pl.DataFrame([
        {"action": f"a{i + 1:02d}", "action_label": f"A{i + 1:02d} {title}", "period": p,
         "status": STATUSES[(i + j) % 5]}
        for i, title in enumerate(TITLES) for j, p in enumerate(PERIODS)])


@pytest.fixture(scope="module")
def image(exporter) -> Image.Image:
    fig = letter_figure(status_heatmap(programme(), "nl", letter=True),
                        context("Status per actie en kwartaal", unit=""), message="Meer acties op koers")
    return Image.open(io.BytesIO(exporter.render(fig, "png"))).convert("L")


def test_nothing_touches_the_left_or_right_edge(image):
    assert image.width == PNG_WIDTH_PX
    band = round(8 * PNG_SCALE)  # 8 CSS px, about 2 mm on paper
    for box in ((0, 0, band, image.height), (image.width - band, 0, image.width, image.height)):
        darkest, _ = image.crop(box).getextrema()
        assert darkest > 240, box  # white: no label, title or source line runs off the image


def test_the_cells_get_most_of_the_width(image):
    """The heatmap's cells (the coloured area) start before the middle: the action labels are
    wrapped, not one long line each."""
    row = image.crop((0, image.height // 2, image.width, image.height // 2 + 1))
    coloured = [x for x, v in enumerate(row.getdata()) if v < 235]
    plot = [x for x in coloured if x > image.width * 0.2]
    assert plot and plot[0] < image.width * 0.4 and plot[-1] > image.width * 0.9
