"""Maps for print: the dashboard's ``Choroplethmap`` (MapLibre, WebGL) redrawn as a vector
``Choropleth`` on a ``geo`` subplot.

Headless Chromium renders the WebGL map here (software GL), but only at screen resolution: in
a 300 dpi PNG it is blurry, and in SVG/PDF it is a raster picture. The ``geo`` version draws the
same areas from the same GeoJSON as SVG paths: sharp at any size and vector in SVG and PDF.
Plotly's ``geo`` always loads a base-map topojson (from a CDN by default, which fails offline);
the base map is switched off, so an empty local topojson (``write_empty_topojson``) is served
instead and nothing is fetched.
"""

from __future__ import annotations

import json
from pathlib import Path

import plotly.graph_objects as go

from monitor.exports.errors import ExportError

WEBGL_MAP_TYPES = ("choroplethmap", "scattermap", "densitymap", "choroplethmapbox", "scattermapbox",
                   "densitymapbox")
TOPOJSON_OBJECTS = ("coastlines", "land", "ocean", "lakes", "rivers", "countries", "subunits")
TOPOJSON_FILES = ("world_110m.json", "world_50m.json")


def has_webgl_map(fig: go.Figure) -> bool:
    return any(t.type in WEBGL_MAP_TYPES for t in fig.data)


def _choropleth(trace: go.Choroplethmap) -> go.Choropleth:
    props = trace.to_plotly_json()
    for key in ("type", "subplot", "below"):
        props.pop(key, None)
    props["locationmode"] = "geojson-id"
    try:
        return go.Choropleth(**props)
    except ValueError as e:  # a property that only the WebGL map has
        raise ExportError(f"this map cannot be drawn for print: {e}") from e


def printable_map(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` with every ``Choroplethmap`` trace as a vector ``Choropleth`` on a
    ``geo`` subplot (Mercator, fitted to the areas, no base map); other figures are returned
    unchanged. Raises ExportError for other WebGL map traces (scattermap, densitymap, mapbox),
    which the monitor does not use."""
    if not has_webgl_map(fig):
        return fig
    other = sorted({t.type for t in fig.data if t.type in WEBGL_MAP_TYPES} - {"choroplethmap"})
    if other:
        raise ExportError(f"map traces of type {', '.join(other)} cannot be exported for print; "
                          "only choroplethmap is supported")
    out = go.Figure(layout=fig.layout)
    for trace in fig.data:
        out.add_trace(_choropleth(trace) if trace.type == "choroplethmap" else trace)
    domain = fig.layout.map.domain.to_plotly_json() if fig.layout.map.domain else None
    out.layout.map = {}
    out.update_geos(
        visible=False, fitbounds="locations", projection_type="mercator",
        bgcolor="rgba(0,0,0,0)", **({"domain": domain} if domain else {}),
    )
    return out


def write_empty_topojson(folder: Path) -> str:
    """Write empty base-map topojson files into ``folder``; returns its URL for Plotly's
    ``topojsonURL`` (ends with '/')."""
    topology = {
        "type": "Topology",
        "objects": {name: {"type": "GeometryCollection", "geometries": []} for name in TOPOJSON_OBJECTS},
        "arcs": [],
    }
    for name in TOPOJSON_FILES:
        (folder / name).write_text(json.dumps(topology), encoding="utf-8")
    return folder.resolve().as_uri() + "/"
