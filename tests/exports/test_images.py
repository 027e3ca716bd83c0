"""Chart images with a real headless Chromium (one session for the whole run)."""

from __future__ import annotations

import io
import re
import time

import plotly.graph_objects as go
import polars as pl
import pytest
from PIL import Image
from pypdf import PdfReader

from monitor.charts import by_type, choropleth, indicator_trend, load_geojson
from monitor.exports import (
    FORMATS,
    PNG_WIDTH_PX,
    PRINT_DPI,
    ExportError,
    letter_figure,
    png_info,
)
from monitor.exports.charts import ChartExport
from monitor.exports.page import png_height_px
from tests.charts.frames import CDO, DATASETS, national_rows, org_rows, type_rows
from tests.exports.conftest import context

TICK = re.compile(r'class="ytick"><text[^>]*>([^<]+)</text>')


def _big_numbers() -> pl.DataFrame:
    return national_rows().with_columns(pl.Series("value", [1000.0, 8000.0, None, 12345.0]),
                                        pl.Series("forecast", [None, None, None, 15000.0]))


def _trend(lang: str = "nl", *, live: bool = False) -> go.Figure:
    return letter_figure(indicator_trend(_big_numbers(), DATASETS, lang),
                         context(DATASETS.title.get(lang), unit="datasets", live=live, lang=lang))


def _svg(exporter, fig) -> str:
    return exporter.render(fig, "svg").decode("utf-8")


def test_png_is_160_mm_at_300_dpi_and_not_blank(exporter):
    fig = _trend()
    data = exporter.render(fig, "png")
    info = png_info(data)
    assert info.width == PNG_WIDTH_PX == 1890
    assert info.height == png_height_px(fig.layout.height)
    assert info.dpi == pytest.approx((PRINT_DPI, PRINT_DPI), abs=0.01)
    assert info.width_mm == pytest.approx(160, abs=0.1)
    image = Image.open(io.BytesIO(data))
    assert image.size == (info.width, info.height)
    assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)  # what Word reads
    colours = image.convert("RGB").getcolors(maxcolors=1 << 24)
    assert len(colours) > 100  # lines, markers, anti-aliased text: not a blank page
    white = max(count for count, _ in colours)
    assert white < 0.97 * image.width * image.height


def test_svg_has_dutch_tick_labels_and_separators(exporter):
    svg = _svg(exporter, _trend("nl"))
    ticks = TICK.findall(svg)
    assert "10.000" in ticks, ticks
    assert ">12.345 datasets<" in svg  # value label, Dutch grouping
    assert "K3 2026" in svg
    svg = _svg(exporter, letter_figure(by_type(type_rows(), CDO, "2026-Q3", "nl"), context()))
    assert ">47,3%<" in svg and ">1.234,5%<" in svg


def test_svg_has_english_tick_labels_and_separators(exporter):
    svg = _svg(exporter, _trend("en"))
    ticks = TICK.findall(svg)
    assert "10,000" in ticks, ticks
    assert ">12,345 datasets<" in svg
    assert "Q3 2026" in svg and "K3 2026" not in svg
    svg = _svg(exporter, letter_figure(by_type(type_rows(), CDO, "2026-Q3", "en"), context(lang="en")))
    assert ">47.3%<" in svg and ">1,234.5%<" in svg


def test_source_line_and_provisional_marker_in_the_svg(exporter):
    live = _svg(exporter, _trend(live=True))
    snapshot = _svg(exporter, _trend(live=False))
    source = "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026"
    assert source in live and source in snapshot
    assert "VOORLOPIG" in live
    assert "VOORLOPIG" not in snapshot
    english = _svg(exporter, _trend("en", live=True))
    assert "Source: Progress monitor IBDS, reference date 2026-11-28" in english
    assert "PROVISIONAL" in english


def test_svg_carries_title_and_alt_text(exporter):
    fig = _trend()
    svg = _svg(exporter, fig)
    assert svg.startswith('<svg role="img" ')
    assert "<title>Gepubliceerde datasets</title>" in svg
    assert f"<desc>{fig.layout.meta['alt']}</desc>" in svg


def test_pdf_has_selectable_text_and_metadata(exporter):
    data = exporter.render(_trend(live=True), "pdf")
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Gepubliceerde datasets" in text
    assert "VOORLOPIG" in text
    assert reader.metadata["/Title"] == "Gepubliceerde datasets"
    assert reader.metadata["/CreationDate"] == "D:20261128000000Z"
    assert float(reader.pages[0].mediabox.width) == pytest.approx(160 / 25.4 * 72, abs=1)


def test_same_figure_gives_identical_bytes(exporter):
    fig = _trend(live=True)
    svg, pdf, png = exporter.render(fig, "svg"), exporter.render(fig, "pdf"), exporter.render(fig, "png")
    time.sleep(1.1)  # Chromium stamps PDFs with the current second
    assert exporter.render(fig, "svg") == svg
    assert exporter.render(fig, "pdf") == pdf
    assert exporter.render(fig, "png") == png


def test_map_is_exported_as_vector_without_webgl(exporter):
    fig = choropleth(org_rows(), CDO, "2026-Q3", load_geojson("provincie"), "nl")
    letter = letter_figure(fig, context(live=True))
    svg = _svg(exporter, letter)
    assert "<image" not in svg  # no raster (WebGL) picture inside
    assert svg.count('class="choroplethlocation"') >= 12
    assert "VOORLOPIG" in svg
    image = Image.open(io.BytesIO(exporter.render(letter, "png"))).convert("RGB")
    assert len(image.getcolors(maxcolors=1 << 24)) > 100
    assert exporter.render(letter, "svg") == svg.encode("utf-8")


def test_other_webgl_maps_are_refused_clearly(exporter):
    fig = go.Figure(go.Scattermap(lat=[52.1], lon=[5.1]))
    with pytest.raises(ExportError, match="scattermap cannot be exported"):
        exporter.render(fig, "png")


def test_one_chart_in_every_image_format_as_the_export_page_offers_it(exporter):
    """The registered image formats: the letter figure, rendered once per format; the pack
    (tests/exports/test_pack.py) writes the same files with the alt text beside them."""
    fig = indicator_trend(national_rows(), CDO, "nl")
    chart = ChartExport("a03-cdo", context(live=True), lambda: fig)
    assert chart.alt == fig.layout.meta["alt"]
    assert chart.alt.startswith("Lijngrafiek van ‘Aandeel organisaties met een CDO’")
    png, svg, pdf = (FORMATS[k].data(chart, exporter) for k in ("png", "svg", "pdf"))
    assert png.startswith(b"\x89PNG") and b"<svg" in svg[:400] and pdf.startswith(b"%PDF")
    assert "VOORLOPIG" in svg.decode("utf-8")
    assert [FORMATS[k].suffix for k in ("png", "svg", "pdf")] == [".png", ".svg", ".pdf"]
    with pytest.raises(ExportError, match="needs the image exporter"):
        FORMATS["png"].data(chart, None)
    with pytest.raises(ExportError, match="format must be one of png, svg, pdf"):
        exporter.render(fig, "gif")


def test_timing_30_png_exports_with_one_session(exporter):
    figs = [letter_figure(indicator_trend(national_rows(), CDO, lang), context(live=i % 2 == 0, lang=lang))
            for i, lang in enumerate(["nl", "en"] * 15)]
    start = time.perf_counter()
    sizes = [len(exporter.render(f, "png")) for f in figs]
    elapsed = time.perf_counter() - start
    print(f"\n30 PNG exports (1890 px, 300 dpi) with one Chromium session: {elapsed:.1f} s, "
          f"{elapsed / 30 * 1000:.0f} ms per image")
    assert len(sizes) == 30 and min(sizes) > 10_000
