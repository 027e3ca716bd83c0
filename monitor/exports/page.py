"""Print geometry of chart images for a letter to parliament (A4 portrait).

Plotly lays a figure out in CSS pixels (96 per inch). A chart is laid out
``LAYOUT_WIDTH_PX`` wide, which is ``IMAGE_WIDTH_MM`` on paper; SVG and PDF keep that size, and
PNG is rendered ``PNG_SCALE`` times larger so it has ``PRINT_DPI`` dots per inch at that width
(and says so in its pHYs chunk, so Word places it at the right size).
"""

from __future__ import annotations

MM_PER_INCH = 25.4
IMAGE_WIDTH_MM = 160.0  # A4 (210 mm) less 25 mm margins: the text width of a letter
PRINT_DPI = 300
CSS_DPI = 96
LAYOUT_WIDTH_PX = round(IMAGE_WIDTH_MM / MM_PER_INCH * CSS_DPI)  # 605 CSS px
PNG_SCALE = PRINT_DPI / CSS_DPI  # 3.125
PNG_WIDTH_PX = round(IMAGE_WIDTH_MM / MM_PER_INCH * PRINT_DPI)  # 1890 px
DEFAULT_HEIGHT_PX = 450  # layout height of a figure that sets none (Plotly's own default)
MAX_HEIGHT_MM = 230.0  # a chart taller than this does not fit on an A4 page with its caption


def png_height_px(layout_height: int) -> int:
    """Pixel height of the PNG of a figure ``layout_height`` CSS px high (Chromium truncates)."""
    return int(layout_height * PNG_SCALE)


def mm(css_px: float) -> float:
    """Millimetres on paper of ``css_px`` CSS pixels."""
    return css_px / CSS_DPI * MM_PER_INCH
