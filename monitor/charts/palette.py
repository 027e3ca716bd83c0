"""Rijkshuisstijl colour tokens, the chart palettes, and WCAG contrast arithmetic.

Choices (checked in ``tests/charts/test_palette.py``):
- Text colours have a contrast of at least 4.5:1 on white (WCAG 1.4.3).
- ``CATEGORICAL`` colours have at least 3:1 on white (WCAG 1.4.11, graphical objects) and stay
  apart under simulated protanopia, deuteranopia and tritanopia. Groen is left out (it collides
  with oranje for protanopes) and donkergeel too (1.8:1 on white); both remain available as tokens.
- ``SEQUENTIAL`` runs from a light hemelblauw tint to lintblauw, so lightness alone orders it.
"""

from __future__ import annotations

# House colours (Rijkshuisstijl).
LINTBLAUW = "#154273"
DONKERBLAUW = "#01689b"
HEMELBLAUW = "#007bc7"
LICHTBLAUW = "#8fcae7"
ORANJE = "#e17000"
DONKERGEEL = "#ffb612"
GROEN = "#39870c"
VIOLET = "#42145f"
ROBIJNROOD = "#ca005d"
ROOD = "#d52b1e"
BRUIN = "#94710a"
DONKERBRUIN = "#673327"
ZWART = "#000000"
WIT = "#ffffff"
GRIJS_1 = "#f3f3f3"
GRIJS_2 = "#e6e6e6"
GRIJS_3 = "#cccccc"
GRIJS_6 = "#696969"
GRIJS_7 = "#535353"

# Roles.
TEXT = ZWART  # body text, tick labels, value labels
HEADING = LINTBLAUW  # titles
MUTED_TEXT = GRIJS_7  # secondary text (annotations, captions)
GRID = GRIJS_2
AXIS_LINE = GRIJS_3
NO_DATA = GRIJS_2  # fill for areas/cells without a value

# Trend chart roles (lines differ by dash and marker too, never by colour alone).
VALUE_LINE = LINTBLAUW
PLANNED_LINE = HEMELBLAUW
FORECAST_LINE = ORANJE
TARGET_MARKER = VIOLET
BASELINE_MARKER = GRIJS_6
COVERAGE_BAR = LICHTBLAUW

CATEGORICAL: tuple[str, ...] = (HEMELBLAUW, ORANJE, VIOLET, ROBIJNROOD, DONKERBRUIN, GRIJS_6)


def tint(colour: str, strength: float) -> str:
    """``colour`` mixed with white: strength 1 is the colour itself, 0 is white."""
    rgb = [int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - (255 - c) * strength):02x}" for c in rgb)


SEQUENTIAL: tuple[tuple[float, str], ...] = (
    (0.0, tint(HEMELBLAUW, 0.25)),
    (0.5, HEMELBLAUW),
    (1.0, LINTBLAUW),
)

# Every colour that the chart modules use for text on a white background.
TEXT_COLOURS: tuple[str, ...] = (TEXT, HEADING, MUTED_TEXT)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(foreground: str, background: str = WIT) -> float:
    """WCAG contrast ratio (1 to 21) between two ``#rrggbb`` colours."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)))
    return (b + 0.05) / (a + 0.05)
