"""The builders accept the real results frame from the compute engine."""

from datetime import date

import plotly.graph_objects as go
import polars as pl
import pytest
from helpers import make_world, submit_csv

from monitor.charts import (
    by_type,
    choropleth,
    distribution,
    indicator_trend,
    load_geojson,
    sparkline,
    status_heatmap,
)
from monitor.compute.engine import compute
from tests.charts.frames import trace

ORGS = [("GM0014", "gemeente"), ("GM0363", "gemeente"), ("GM0599", "gemeente"), ("PV20", "provincie")]

DEFS = """
action:
  id: a01
  line: "7.1"
  title: {nl: CDO, en: CDO}
  description: {nl: Test., en: Test.}
  owner: PV20
  start: 2024-Q1
  end: 2025-Q4
measures:
  - {id: cdo, title: {nl: CDO, en: CDO}, type: boolean, reporters: [gemeente, provincie]}
  - {id: fte, title: {nl: FTE, en: FTE}, type: decimal, reporters: [gemeente, provincie]}
indicators:
  - {id: i_share, title: {nl: Aandeel met CDO, en: Share with CDO}, unit: "%", precision: 1,
     compute: {kind: share, measure: cdo}, breakdowns: [national, type, organisation],
     baseline: {period: 2024-Q1, value: 20},
     targets: [{period: 2024-Q4, value: 50}, {period: 2025-Q4, value: 80}]}
  - {id: i_sum, title: {nl: FTE, en: FTE}, unit: fte, compute: {kind: sum, measure: fte},
     baseline: {period: 2024-Q1, value: 5}, targets: [{period: 2025-Q4, value: 20}]}
"""

DATA = """
organisatie;periode;maatstaf;waarde;toelichting
GM0014;2024-Q1;cdo;ja;
GM0014;2024-Q1;fte;1,5;
GM0363;2024-Q1;cdo;nee;
GM0363;2024-Q1;fte;2;
PV20;2024-Q1;cdo;nee;
PV20;2024-Q1;fte;4;
GM0014;2024-Q2;cdo;ja;
GM0014;2024-Q2;fte;2,5;
GM0363;2024-Q2;cdo;ja;
GM0363;2024-Q2;fte;3;
PV20;2024-Q2;cdo;ja;
PV20;2024-Q2;fte;4;
GM0599;2024-Q3;cdo;ja;
GM0599;2024-Q3;fte;1;
"""


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    rt = make_world(tmp_path_factory.mktemp("charts"), DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    results = compute(rt.store, rt.defs, rt.config, today=date(2025, 1, 15))
    indicators = {i.id: i for a in rt.defs.actions for i in a.spec.indicators}
    return rt, results, indicators


def _rows(results, indicator, breakdown):
    return results.filter((pl.col("indicator") == indicator) & (pl.col("breakdown") == breakdown))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_all_charts_from_computed_results(setup, lang):
    rt, results, indicators = setup
    share = indicators["i_share"]
    national = _rows(results, "i_share", "national")
    trend = indicator_trend(national, share, lang)
    value = trace(trend, "value")
    k = "K" if lang == "nl" else "Q"
    assert value.x[:3] == (f"{k}1 2024", f"{k}2 2024", f"{k}3 2024")
    assert value.y[:3] == pytest.approx((100 / 3, 100.0, 100.0))
    assert "1/4 (25%)" in value.hovertext[2]  # only GM0599 reported in 2024-Q3
    assert trace(trend, "target").y == (50.0, 80.0)
    fig = by_type(_rows(results, "i_share", "type"), share, "2024-Q2", lang, rt.config.org_types)
    assert set(trace(fig, "value").y) == set(
        rt.config.org_types[t][lang] for t in ("gemeente", "provincie")
    )
    orgs = _rows(results, "i_share", "organisation")
    assert trace(distribution(orgs, share, "2024-Q2", lang), "value").x == (100.0, 100.0, 100.0)
    gm = choropleth(orgs, share, "2024-Q2", load_geojson("gemeente"), lang)
    assert set(trace(gm, "value").locations) == {"GM0014", "GM0363"}
    assert "GM0599" in trace(gm, "missing").locations
    statuses = results.filter(pl.col("breakdown") == "national").select(
        "period", "status", action=pl.col("indicator"), action_label=pl.col("indicator")
    )
    assert status_heatmap(statuses, lang).data[0].type == "heatmap"
    assert isinstance(sparkline(national.sort("period")["value"], lang), go.Figure)
    fte = indicator_trend(_rows(results, "i_sum", "national"), indicators["i_sum"], lang)
    assert trace(fte, "planned").line.dash == "dot"
