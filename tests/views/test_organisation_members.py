"""The Organisatie page's peers chart and province drill-down read other organisations' values:
``view`` only (issue 17 item 4); a submitter is refused, also for their own province."""

import shutil

import polars as pl
import pytest

from monitor.access.errors import AccessDenied
from monitor.access.users import get_user
from monitor.results import current_results
from monitor.runtime import open_runtime
from monitor.views.organisation import peer_values, province_members, visible_sections


def test_a_province_lists_its_gemeenten_from_the_register(demo_db):
    _, rt, _ = demo_db
    res = current_results(rt)
    pm = get_user(rt.store, "demo-programmamanager")
    rows = province_members(rt.store, pm, res, rt.register, "PV28", "a03_cdo_aandeel", "2026-Q3")
    expected = rt.register.filter((pl.col("provincie") == "PV28") & (pl.col("type") == "gemeente"))
    assert rows.height == expected.height == 50  # Zuid-Holland's 50 gemeenten (data/SOURCES.md)
    assert set(rows["code"]) == set(expected["code"])
    rotterdam = rows.filter(pl.col("code") == "GM0599").row(0, named=True)
    value = res.filter((pl.col("indicator") == "a03_cdo_aandeel") & (pl.col("period") == "2026-Q3")
                       & (pl.col("breakdown") == "organisation") & (pl.col("group") == "GM0599"))
    assert rotterdam["name"] == "Rotterdam" and rotterdam["value"] == value["value"].item()
    peers = peer_values(rt.store, pm, res, rt.register, "PV28", "a03_cdo_aandeel", "2026-Q3")
    assert peers.height == 12 and "PV28" in peers["code"].to_list()


@pytest.mark.parametrize("user", ["demo-zuid-holland", "demo-amsterdam"])
def test_a_submitter_is_refused_the_values_of_other_organisations(demo_db, user, tmp_path):
    copy = tmp_path / "demo.duckdb"  # a refusal is written to the audit log: not in the shared demo
    shutil.copy(demo_db[0], copy)
    rt = open_runtime(copy)
    res = current_results(rt)
    who = get_user(rt.store, user)
    assert "members" not in visible_sections(who, "PV28") and "peers" not in visible_sections(who, "PV28")
    with pytest.raises(AccessDenied):
        province_members(rt.store, who, res, rt.register, "PV28", "a03_cdo_aandeel", "2026-Q3")
    with pytest.raises(AccessDenied):
        peer_values(rt.store, who, res, rt.register, "GM0363", "a03_cdo_aandeel", "2026-Q3")
    refused = rt.store.query("SELECT target FROM audit_log WHERE action = 'access.denied'")
    assert {"members PV28", "peers GM0363"} <= set(refused["target"])


def test_the_members_section_follows_view(demo_db):
    _, rt, _ = demo_db
    assert "members" in visible_sections(get_user(rt.store, "demo-viewer"), "PV28")
    assert "members" in visible_sections(get_user(rt.store, "demo-programmamanager"), "PV28")
