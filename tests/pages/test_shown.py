"""Issue 15 items 3, 5, 6 on the pages (Streamlit AppTest on tests/world_shown.py): wherever the
coverage of a figure is shown, the values behind it and how many were carried forward are shown
too; a missing or bounded forecast and a qualified or missing status say why, in words. Every text
appears exactly when its condition holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from monitor.runtime import open_runtime
from tests.pages.test_pages_demo import run_page
from tests.world_shown import build

TOO_FEW = "Er zijn te weinig kwartalen met gegevens voor een prognose."
CLAMPED = "De trend loopt buiten het mogelijke bereik; de prognose is daarop begrensd."


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("shown")
    build(root)
    return root


def run(world: Path, monkeypatch, page: str, **params) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(world / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    return run_page(page, **params)


def now_line(at: AppTest) -> str:
    [line] = [m.value for m in at.markdown if " · " in m.value]
    return line


def labels(frame) -> dict[str, str]:
    return {k: v.get("label") for k, v in json.loads(frame.proto.columns).items()}


def action(world, monkeypatch, indicator: str, period: str = "2024-Q3", lang: str = "nl",
           **params) -> AppTest:
    return run(world, monkeypatch, "actie", actie="a01", kwartaal=period, indicator=indicator, lang=lang,
               **params)


def test_action_page_carried_values_beside_coverage(world, monkeypatch):
    at = action(world, monkeypatch, "i_carry")
    assert now_line(at) == ("12 fte in K3 2024 · ▲ risico · dekking 5/5 (100%); 5 waarden, waarvan 2 "
                            "overgenomen uit een eerder kwartaal")
    # the trend and per-type tables wrap under their chart (issue 17): values with those carried
    # forward in brackets, the newest quarter first; the forecast's note is the caption's
    [trend] = (tb.value for tb in at.table if "Dekking" in tb.value.columns)
    assert trend["Waarden (overgenomen)"].tolist() == ["5 (2)", "5 (1)", "5"]
    assert trend["Dekking"].tolist()[0] == "5/5 (100%)"
    assert "Toelichting prognose" not in trend.columns
    # gemeenten: G2 and G3 carried
    at = action(world, monkeypatch, "i_carry", weergave="type")
    [by_type] = (tb.value for tb in at.table if "Dekking" in tb.value.columns)
    assert by_type["Waarden (overgenomen)"].tolist() == ["4 (2)", "1"]
    at = action(world, monkeypatch, "i_carry", weergave="organisaties")
    orgs, _map = (d for d in at.dataframe if "code" in d.value.columns)
    assert dict(zip(orgs.value["code"], orgs.value["carried"], strict=True)) == {
        "G1": "nee", "G2": "ja", "G3": "ja", "G4": "nee", "P1": "nee"}  # in words (issue 17)
    assert labels(orgs)["carried"] == "Overgenomen"
    # three quarters with a value: no forecast, and the page says why
    assert TOO_FEW in [c.value for c in at.caption]


def test_action_page_without_carried_values_names_none(world, monkeypatch):
    at = action(world, monkeypatch, "i_share")
    assert now_line(at).endswith("· ✔ behaald · dekking 5/5 (100%); 5 waarden")
    assert "overgenomen" not in now_line(at)
    assert at.table[0].value["Waarden (overgenomen)"].tolist() == ["5", "5", "5"]


def test_forecast_reason_only_when_there_is_one(world, monkeypatch):
    carry = action(world, monkeypatch, "i_carry", "2024-Q4")  # four quarters: a forecast, no note
    captions = [c.value for c in carry.caption]
    assert TOO_FEW not in captions and CLAMPED not in captions
    assert now_line(carry).endswith("dekking 5/5 (100%); 5 waarden")  # all reported in 2024-Q4
    share = action(world, monkeypatch, "i_share", "2024-Q4")  # the trend runs past 100 %
    assert CLAMPED in [c.value for c in share.caption]
    mile = action(world, monkeypatch, "i_mile", lang="en")
    assert "No forecast is made for a milestone." in [c.value for c in mile.caption]


def test_status_says_what_it_leaves_out(world, monkeypatch):
    assert "· ✔ behaald, 78 dagen na de geplande datum (15-05-2024) ·" in now_line(
        action(world, monkeypatch, "i_mile"))
    held = action(world, monkeypatch, "i_held")
    assert "● op koers: doel gehaald, maar nog niet lang genoeg (2 van 3 kwartalen)" in now_line(held)
    assert held.table[0].value["Status"].tolist()[1] == (  # K2 2024: newest first
        "● op koers: doel gehaald, maar nog niet lang genoeg (1 van 3 kwartalen)")
    minn = action(world, monkeypatch, "i_minn", lang="en")
    assert now_line(minn) == ("2 fte in Q3 2024 · ? insufficient data: 3 of at least 5 values · "
                              "coverage 5/5 (100%); 3 values")


def test_overview_indicator_table(world, monkeypatch):
    at = run(world, monkeypatch, "overzicht", kwartaal="2024-Q3")
    [table] = [d for d in at.dataframe if "carried" in d.value.columns]
    assert labels(table)["n"] == "Aantal waarden" and labels(table)["carried"] == "Waarvan overgenomen"
    rows = {r["title"]: r for r in table.value.to_dict("records")}
    assert (rows["Formatie"]["n"], rows["Formatie"]["carried"]) == (5, 2)
    assert (rows["Aandeel met CDO"]["n"], rows["Aandeel met CDO"]["carried"]) == (5, 0)
    assert rows["Livegang"]["status"] == "✔ behaald, 78 dagen na de geplande datum (15-05-2024)"
    assert rows["Gemiddelde formatie"]["status"] == "? onvoldoende gegevens: 3 van minimaal 5 waarden"
    assert rows["Aandeel met CDO"]["status"] == "✔ behaald"


def test_organisation_page_peers_carried(world, monkeypatch):
    at = run(world, monkeypatch, "organisatie", organisatie="G3", kwartaal="2024-Q3", lang="en")
    # every indicator beside the median: a plain table (cells wrap), headed in the language
    [peers] = at.table
    own, carried = "Carried forward from an earlier quarter", "Of which carried forward"
    rows = {r["Title"]: r for r in peers.value.to_dict("records")}
    rt = open_runtime(config_path=world / "config.yaml")
    titles = {i.id: i.title.en for i in rt.defs.indicators.values()}
    # G3 gave no fte in 2024-Q3 (its 3 of Q1 carried); of its peers G2 and G3 were carried
    carry, share = rows[titles["i_carry"]], rows[titles["i_share"]]
    assert (carry["This organisation"], carry[own]) == ("3", "yes")
    assert (str(carry["Peers"]), str(carry[carried])) == ("4", "2")
    assert (share[own], str(share[carried])) == ("no", "0")
