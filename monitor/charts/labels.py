"""Where the trend chart's target labels go so that they never overlap each other or the label of
the last value (issue 17: close targets, e.g. a milestone's, were written on top of each other).

A label is tried above its point, then below it; when neither is free it is left out (its marker,
its hover text and the table under the chart still give it). The geometry is estimated for the
narrowest plot the chart is shown in (a phone-wide column is narrower still, where fewer labels
show), in category units across and data units up."""

from __future__ import annotations

from dataclasses import dataclass

PLOT_WIDTH = 480  # px of the plot area the estimate assumes (the chart is at least this wide)
PLOT_HEIGHT = 330  # px of the value plot (row 1 of the trend chart)
CHAR = 7.0  # px per character at the chart's 12 px label font
LINE = 18  # px of one label line, with its gap to the marker


@dataclass(frozen=True)
class Box:
    left: float
    right: float
    bottom: float
    top: float

    def hits(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.bottom < other.top and other.bottom < self.top)


@dataclass(frozen=True)
class Scale:
    """Pixels per category and per data unit of a chart with ``categories`` on the x axis and a
    y axis from 0 to ``y_max``."""

    categories: int
    y_max: float

    def box(self, x: float, y: float, text: str, position: str) -> Box:
        width = CHAR * len(text) / (PLOT_WIDTH / max(self.categories, 1))
        height = LINE * (self.y_max or 1) / PLOT_HEIGHT
        vertical, horizontal = position.split(" ")
        left = {"left": x - width, "center": x - width / 2, "right": x}[horizontal]
        bottom = y if vertical == "top" else y - height
        return Box(left, left + width, bottom, bottom + height)


def place(points: list[tuple[float, float, str]], scale: Scale, taken: list[Box],
          horizontal: list[str]) -> list[str | None]:
    """The text position of each label (``points``: x as a category index, y, text), the last
    point first (the final target matters most), each above or below its point where it hits no
    box in ``taken`` nor a label placed before it; None: left out. ``horizontal``: per point
    'center' or 'left' (the last one at the plot's right edge)."""
    taken = list(taken)
    positions: list[str | None] = [None] * len(points)
    for i in reversed(range(len(points))):
        x, y, text = points[i]
        for vertical in ("top", "bottom"):
            position = f"{vertical} {horizontal[i]}"
            box = scale.box(x, y, text, position)
            if not any(box.hits(b) for b in taken):
                positions[i] = position
                taken.append(box)
                break
    return positions
