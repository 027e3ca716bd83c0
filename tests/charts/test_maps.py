import plotly.graph_objects as go
import polars as pl
import pytest

from monitor.charts import choropleth, load_geojson
from monitor.charts.palette import NO_DATA, SEQUENTIAL
from tests.charts.frames import CDO, org_rows, result_rows, trace


def test_load_geojson_reads_each_level_once():
    gemeenten = load_geojson("gemeente")
    assert load_geojson("gemeente") is gemeenten
    assert len(gemeenten["features"]) == 342
    assert {f["properties"]["code"] for f in load_geojson("provincie")["features"]} >= {"PV20", "PV27"}
    with pytest.raises(ValueError, match="gemeente"):
        load_geojson("land")


def test_choroplethmap_on_white_background_centred_on_the_netherlands():
    fig = choropleth(org_rows(), CDO, "2026-Q3", load_geojson("gemeente"), "nl")
    assert all(isinstance(t, go.Choroplethmap) for t in fig.data)
    assert not any(isinstance(t, go.Choropleth) for t in fig.data)
    assert fig.layout.map.style == "white-bg"
    assert (fig.layout.map.center.lat, fig.layout.map.center.lon) == (52.2, 5.3)
    assert fig.layout.map.zoom == pytest.approx(5.8)
    assert all(t.featureidkey == "properties.code" for t in fig.data)


def test_every_organisation_and_every_area_has_a_location():
    gemeenten = load_geojson("gemeente")
    fig = choropleth(org_rows(), CDO, "2026-Q3", gemeenten, "nl")
    value, missing = trace(fig, "value"), trace(fig, "missing")
    assert value.locations == ("GM0014", "GM0363")
    assert value.z == (100.0, 0.0)
    assert "GM0599" in missing.locations  # in the rows, without a value
    every = set(value.locations) | set(missing.locations)
    assert every == {f["properties"]["code"] for f in gemeenten["features"]}
    assert "PV20" not in every  # a province has no area on the gemeente map


def test_missing_areas_are_light_grey_with_hover_geen_gegevens():
    fig = choropleth(org_rows(), CDO, "2026-Q3", load_geojson("gemeente"), "nl")
    missing = trace(fig, "missing")
    assert {c for _, c in missing.colorscale} == {NO_DATA}
    assert missing.showscale is False
    i = missing.locations.index("GM0599")
    assert missing.hovertext[i].endswith("geen gegevens")
    english = trace(choropleth(org_rows(), CDO, "2026-Q3", load_geojson("gemeente"), "en"), "missing")
    assert english.hovertext[i].endswith("no data")


def test_sequential_house_colours_and_dutch_hover():
    fig = choropleth(org_rows(), CDO, "2026-Q3", load_geojson("gemeente"), "nl")
    value = trace(fig, "value")
    assert [c for _, c in value.colorscale] == [c for _, c in SEQUENTIAL]
    assert (value.zmin, value.zmax) == (0, 100)
    assert value.hovertext[0] == "<b>Groningen</b> (GM0014)<br>100,0%"
    assert fig.layout.separators == ",."


def test_each_area_geometry_stored_once():
    gemeenten = load_geojson("gemeente")
    fig = choropleth(org_rows(), CDO, "2026-Q3", gemeenten, "nl")
    total = sum(len(t.geojson["features"]) for t in fig.data)
    assert total == len(gemeenten["features"])


def test_provinces():
    fig = choropleth(org_rows(), CDO, "2026-Q3", load_geojson("provincie"), "en")
    assert trace(fig, "value").locations == ("PV20",)
    assert len(trace(fig, "missing").locations) == 11


def test_map_without_values_is_grey_with_note():
    rows = result_rows(period=["2026-Q3"], breakdown=["organisation"], group=["GM0014"], value=[None])
    fig = choropleth(rows, CDO, "2026-Q3", load_geojson("provincie"), "nl")
    assert trace(fig, "value").locations == ()
    assert [a.text for a in fig.layout.annotations] == ["Nog geen gegevens"]


def test_scale_follows_the_data_unless_targets_apply_to_organisations():
    # values of 0-2 % on a 0-100 scale would colour the whole country alike
    rows = org_rows().with_columns(pl.col("value") / 50)  # 100 -> 2, 0 -> 0
    value = trace(choropleth(rows, CDO, "2026-Q3", load_geojson("gemeente"), "nl"), "value")
    assert (value.zmin, value.zmax) == (0, 2)
    judged = CDO.model_copy(update={"target_applies_to": ["national", "organisation"]})
    value = trace(choropleth(rows, judged, "2026-Q3", load_geojson("gemeente"), "nl"), "value")
    assert (value.zmin, value.zmax) == (0, 100)
