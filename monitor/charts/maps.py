"""Maps: per-organisation values on gemeente or provincie boundaries (MapLibre ``Choroplethmap``
on a blank ``white-bg`` style, so nothing is fetched from the internet)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import plotly.graph_objects as go
import polars as pl

from monitor.charts import palette as p
from monitor.charts.alt import alt_text
from monitor.charts.breakdown import rows_for
from monitor.charts.memo import KEEP_MAPS, memo_figure
from monitor.charts.numbers import quarter_label, value_text
from monitor.charts.status import status_style
from monitor.charts.theme import check_language, finish
from monitor.config import PROJECT_ROOT
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.text import t, unit_text

GEOJSON_FILES = {"gemeente": "data/gemeenten_2025.geojson", "provincie": "data/provincies_2025.geojson"}
CENTER = {"lat": 52.2, "lon": 5.3}
ZOOM = 5.8


@cache
def load_geojson(level: str) -> dict[str, Any]:
    """The boundaries of 'gemeente' or 'provincie' (2025, WGS84; feature properties ``code`` and
    ``naam``), read once per process. Treat the result as read-only: it is shared."""
    if level not in GEOJSON_FILES:
        raise ValueError(f"level must be one of {', '.join(GEOJSON_FILES)}, not {level!r}")
    return json.loads((PROJECT_ROOT / GEOJSON_FILES[level]).read_text(encoding="utf-8"))


def feature_names(geojson: dict[str, Any]) -> dict[str, str]:
    """{code: naam} of every feature, in file order."""
    return {
        f["properties"]["code"]: f["properties"].get("naam") or f["properties"]["code"]
        for f in geojson["features"]
    }


def _subset(geojson: dict[str, Any], codes: list[str]) -> dict[str, Any]:
    """The features of ``codes`` only, so each area's geometry is stored in the figure once."""
    keep = set(codes)
    return {"type": "FeatureCollection",
            "features": [f for f in geojson["features"] if f["properties"]["code"] in keep]}


def _hover(name: str, code: str, row: dict, ind: Indicator, lang: str) -> str:
    lines = [f"<b>{name}</b> ({code})", value_text(row["value"], ind, lang)]
    style = status_style(row.get("status"))
    if style:
        lines.append(style.badge(lang))
    return "<br>".join(lines)


def _range(ind: Indicator, values: list[float]) -> tuple[float, float]:
    """The colour scale: the data's own range, unless the targets apply to organisations (then
    0-100 for a percentage, else 0 up to the final target and the data)."""
    if "organisation" not in ind.target_applies_to:
        lo, hi = min(values, default=0.0), max(values, default=1.0)
        return lo, hi if hi > lo else lo + 1
    if ind.unit == "%":
        return 0.0, max([100.0, *values])
    lo, hi = min([0.0, *values]), max([ind.final_target.value, *values])
    return lo, hi if hi > lo else lo + 1


@memo_figure(keep=KEEP_MAPS)
def choropleth(
    org_rows: pl.DataFrame,
    indicator: Indicator,
    period: str | Quarter,
    geojson: dict[str, Any],
    lang: str = "nl",
) -> go.Figure:
    """Map of the per-organisation value in ``period``: a sequential house-blue scale for areas
    with a value, light grey with hover 'geen gegevens' for every other area of ``geojson``.

    ``org_rows``: results-frame rows with ``period``, ``group`` (organisation code matching the
    feature property ``code``), ``value``; optional ``breakdown``, ``status``. Organisations that
    have no area in ``geojson`` (e.g. ministries) are not shown.
    """
    check_language(lang)
    names = feature_names(geojson)
    period_rows = rows_for(org_rows, period, "organisation").to_dicts()
    rows = {r["group"]: r for r in period_rows if r["group"] in names}
    with_value = [c for c, r in rows.items() if r["value"] is not None]
    valued = set(with_value)
    missing = [c for c in names if c not in valued]
    shown = pl.DataFrame(
        {"group": list(names), "value": [(rows.get(c) or {}).get("value") for c in names]},
        schema={"group": pl.String, "value": pl.Float64},
    )
    alt = alt_text("choropleth", indicator, shown, lang, period=period)
    values = [rows[c]["value"] for c in with_value]
    zmin, zmax = _range(indicator, values)
    fig = go.Figure()
    common = {"featureidkey": "properties.code", "hovertemplate": "%{hovertext}<extra></extra>"}
    fig.add_trace(
        go.Choroplethmap(
            locations=missing,
            geojson=_subset(geojson, missing),
            z=[0] * len(missing),
            colorscale=[[0, p.NO_DATA], [1, p.NO_DATA]],
            showscale=False,
            name=t("chart.no_value", lang),
            meta={"role": "missing"},
            showlegend=True,
            marker={"line": {"color": p.GRIJS_3, "width": 0.5}},
            hovertext=[f"<b>{names[c]}</b> ({c})<br>{t('chart.no_value', lang)}" for c in missing],
            **common,
        )
    )
    fig.add_trace(
        go.Choroplethmap(
            locations=with_value,
            geojson=_subset(geojson, with_value),
            z=values,
            zmin=zmin,
            zmax=zmax,
            colorscale=[list(s) for s in p.SEQUENTIAL],
            name=t("chart.value", lang),
            meta={"role": "value"},
            showlegend=False,
            marker={"line": {"color": p.WIT, "width": 0.5}},
            colorbar={"title": {"text": unit_text(indicator.unit, lang)}, "thickness": 14, "outlinewidth": 0},
            hovertext=[_hover(names[c], c, rows[c], indicator, lang) for c in with_value],
            **common,
        )
    )
    subtitle = t("chart.map", lang, period=quarter_label(period, lang))
    fig.update_layout(
        title={"text": indicator.title.get(lang), "subtitle": {"text": subtitle}},
        map={"style": "white-bg", "center": CENTER, "zoom": ZOOM},
        height=640,
        margin={"l": 0, "r": 0, "t": 80, "b": 0},
        legend={"orientation": "h", "x": 0, "y": 0, "yanchor": "bottom", "bgcolor": "rgba(255,255,255,0.8)"},
    )
    if not values:
        fig.add_annotation(
            text=t("chart.no_data", lang), xref="paper", yref="paper", x=0.5, y=0.95, showarrow=False,
            font={"size": 16, "color": p.MUTED_TEXT}, bgcolor=p.WIT,
        )
    return finish(fig, kind="choropleth", lang=lang, alt=alt)
