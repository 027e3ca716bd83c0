"""The benchmark's smoke mode (S1, one run each, no export pack and no dashboard process), as CI
runs it: every area works, and the engine (also restricted to the national breakdown), the SQL
floor and the pandas baseline give the same national value for every indicator and quarter.
No timing assertions."""

import math

import pytest

from benchmarks.__main__ import run_benchmark
from benchmarks.report import table
from benchmarks.scales import FIRST, LAST, ROOT
from monitor.config import load_config
from monitor.definitions import require_definitions
from monitor.definitions.model import COMPUTE_KINDS
from monitor.periods import Quarter, quarter_range
from monitor.text import t


@pytest.fixture(scope="module")
def quick(tmp_path_factory):
    return run_benchmark(["S1"], quick=True, work=tmp_path_factory.mktemp("bench"), log=lambda _m: None)


def test_engine_floor_and_pandas_give_equal_national_values(quick):
    c = quick["scales"]["S1"]["compute"]
    assert c["value_columns"] == ["indicator", "period", "engine", "floor", "engine, national only",
                                  "pandas"]
    assert c["engine_national_rows"] == 34 * 20  # like for like: only the national rows
    indicators = {row[0] for row in c["values"]}
    periods = {row[1] for row in c["values"]}
    assert len(indicators) == 34  # every indicator of indicators/ (all have a national breakdown)
    assert periods == {str(q) for q in quarter_range(Quarter.parse(FIRST), Quarter.parse(LAST))}
    assert len(c["values"]) == 34 * 20 == c["values_compared"]
    filled = 0
    for ind, period, engine, floor, national, pandas in c["values"]:
        if engine is None:
            assert floor is None and national is None and pandas is None, (ind, period)
            continue
        filled += 1
        assert math.isclose(floor, engine, rel_tol=1e-9, abs_tol=1e-9), (ind, period, engine, floor)
        assert math.isclose(national, engine, rel_tol=1e-9, abs_tol=1e-9), (ind, period, national)
        assert math.isclose(pandas, engine, rel_tol=1e-9, abs_tol=1e-9), (ind, period, engine, pandas)
    assert filled > 600  # nearly every indicator has a value in nearly every quarter
    defs = require_definitions(load_config(), ROOT / "indicators")
    kinds = {defs.indicators[i].compute.kind for i in indicators}
    assert kinds == set(COMPUTE_KINDS)  # all nine compute kinds are compared
    policies = {defs.indicators[i].missing for i in indicators}
    assert policies == {"exclude", "zero", "carry_forward"}


def test_every_area_of_the_smoke_mode_ran(quick):
    s1 = quick["scales"]["S1"]
    assert s1["scale"]["organisations"] == 397 and s1["scale"]["quarters"] == 20
    assert s1["ingest"]["typical_files"] == 3 and s1["ingest"]["bulk_stored"] == s1["ingest"]["bulk_rows"]
    assert s1["ingest"]["read_csv_rows"] == s1["ingest"]["bulk_rows"] > 4000
    assert set(s1["pages"]) == {
        "overzicht",
        "actie",
        "organisatie",
        "volledigheid",
        "aanleveren",
        "definities",
        "export",
        "audit",
    }
    assert s1["pages"]["actie"]["title"].startswith("A01 · ")
    assert s1["exports"]["chart_png"]["runs"] == 1
    assert "memory" not in s1 and "pack" not in s1["exports"]
    if "browser" in s1:  # with Debian's chromium: the floor and the overview drawn, with its sizes
        drawn = s1["browser"]
        assert drawn["floor"]["title"] and drawn["pages"]["overzicht"]["title"] == t("app.title", "nl")
        # the overview is drawn without plotly.js (its status table is made on the server)
        assert drawn["pages"]["overzicht"]["figures"] == 0 and drawn["pages"]["overzicht"]["kb"] > 0
        assert drawn["pages"]["overzicht"]["nodes"] > 500
        assert s1["browser_max_ratio"] == drawn["pages"]["overzicht"]["ratio"] > 0
    # the refresh after one upload equals the full recompute exactly (the area raises otherwise)
    assert s1["refresh"]["uploads"] == 1 and s1["refresh"]["equal"] and "pandas" not in s1["refresh"]
    text = table(quick)
    assert ("recompute: national values equal (engine = national-only engine = floor = pandas) "
            "True (680 values)") in text


def test_include_adds_only_missing_scales_and_areas_with_their_run(tmp_path):
    import json

    from benchmarks.__main__ import include

    now = {"command": "now", "started": "2026-11-29T00:50:00", "quick": False,
           "machine": {"load_avg": [0.4, 0.5, 0.6]},
           "scales": {"S10": {"compute": {"engine": {"median": 2.0}}},
                      "S1": {"compute": {"engine": {"median": 0.5}}}}}
    ingest = {"typical": {"median": 0.08}, "bulk_vs_read_csv": 2.5}
    earlier = {"command": "uv run python -m benchmarks --scale S100", "started": "2026-11-28T23:29:00",
               "machine": {"load_avg": [7.0, 6.0, 5.0]},
               "scales": {"S1": {"compute": {"engine": {"median": 9.9}}, "ingest": ingest},
                          "S100": {"compute": {"engine": {"median": 60.0}, "engine_vs_floor": 0.7}}}}
    path = tmp_path / "earlier.json"
    path.write_text(json.dumps(earlier), encoding="utf-8")
    include(now, path)
    assert list(now["scales"]) == ["S1", "S10", "S100"]
    assert now["scales"]["S1"]["compute"]["engine"]["median"] == 0.5  # this run's S1 compute
    assert now["scales"]["S1"]["ingest"] == ingest  # an area this run did not measure
    assert now["included"] == [{"file": "earlier.json", "started": "2026-11-28T23:29:00",
                                "command": earlier["command"], "load_avg": [7.0, 6.0, 5.0],
                                "scales": ["S1 (ingest)", "S100"]}]
    assert [(t["scale"], t["value"]) for t in now["targets"]
            if t["target"] == "recompute: engine / SQL floor"] == [("S100", 0.7)]
