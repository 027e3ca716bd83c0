"""The alt text of an exported chart: the one-sentence description the chart builders keep in
``fig.layout.meta["alt"]``. The image formats write it next to each image as ``<name>.txt``
(UTF-8, one line) so it can be pasted into the image's alternative text in Word."""

from __future__ import annotations

import plotly.graph_objects as go

from monitor.exports.errors import ExportError


def alt_text_of(fig: go.Figure) -> str:
    """The alt text sentence of ``fig``. Raises ExportError when the chart has none (every chart
    in a letter to parliament needs one; the builders in ``monitor.charts`` always set it)."""
    meta = fig.layout.meta
    alt = meta.get("alt") if isinstance(meta, dict) else None
    if not isinstance(alt, str) or not alt.strip():
        raise ExportError("the chart has no alt text (layout.meta['alt']); make it with monitor.charts")
    return " ".join(alt.split())
