"""The report annex and notes say the rules with the settings the figures were computed under:
a snapshot's frozen settings (an older snapshot without them: the declared defaults), the runtime
config for live data; the same words as ``monitor.compute.describe`` (and the Definities page)."""

import json

import polars as pl
import pytest

from monitor.compute.describe import forecast_note, rules_text
from monitor.publication.source import from_snapshot, live
from monitor.reports.build import build_report
from monitor.snapshots import create_snapshot, load_snapshot, recompute_snapshot, snapshot_results
from monitor.snapshots.frozen import frozen_config
from monitor.text import t
from tests.compute.test_describe import TODAY, configured, describe_world


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Snapshot 1 made under max_carry 2 and forecast minimum 5; snapshot 2 as if taken before the
    compute settings were frozen; then the config changed to max_carry 6 and minimum 3."""
    root = tmp_path_factory.mktemp("words")
    rt = describe_world(root, max_carry_quarters=2, forecast_min_points=5)
    first = create_snapshot(rt, "Brief", "pm", until="2025-Q2", today=TODAY)
    second = create_snapshot(rt, "Oud", "pm", until="2025-Q3", today=TODAY)
    old = {k: v for k, v in load_snapshot(rt.store, second).settings.items() if not k.startswith("compute.")}
    with rt.store.transaction() as con:  # what a snapshot taken before this change holds
        con.execute("UPDATE snapshots SET settings = ? WHERE id = ?", [json.dumps(old), second])
    return configured(root, max_carry_quarters=6, forecast_min_points=3), first, second


def annex(report) -> dict[str, str]:
    return {e.indicator: e.formula for e in report.annex}


def test_a_snapshot_report_says_its_frozen_settings_after_the_config_changed(world):
    rt, first, _ = world
    source = from_snapshot(rt, first, "pm")
    assert source.settings["compute.max_carry_quarters"] == 2
    report = build_report(source, "nl", None)
    assert "ten hoogste 2 kwartalen" in annex(report)["i_share"]
    assert "6 kwartalen" not in annex(report)["i_share"]
    assert "ten minste 5 kwartalen met een waarde" in annex(report)["i_sum"]
    # and the stored figures are those of max_carry 2: G1's 2024-Q1 value no longer counts in 2024-Q4
    stored = snapshot_results(rt.store, first)
    q4 = stored.filter((pl.col("indicator") == "i_share") & (pl.col("period") == "2024-Q4")
                       & (pl.col("breakdown") == "national")).to_dicts()[0]
    assert q4["carried"] == 0
    english = build_report(source, "en", None)
    assert "for at most 2 quarters" in annex(english)["i_share"]


def test_the_live_report_says_the_runtime_settings(world):
    rt, _, _ = world
    report = build_report(live(rt, "pm", today=TODAY), "nl", None)
    assert "ten hoogste 6 kwartalen" in annex(report)["i_share"]
    assert "ten minste 3 kwartalen met een waarde" in annex(report)["i_sum"]
    assert report.notes[1] == forecast_note(rt.config, "nl")
    assert "door de laatste 4 kwartalen" in report.notes[1] and "ten minste 3 kwartalen" in report.notes[1]


def test_an_older_snapshot_says_the_declared_defaults_and_recomputes_with_them(world):
    rt, _, second = world
    source = from_snapshot(rt, second, "pm")
    assert (source.settings["compute.max_carry_quarters"], source.settings["compute.forecast_min_points"]) \
        == (4, 4)
    report = build_report(source, "nl", None)
    assert "ten hoogste 4 kwartalen" in annex(report)["i_share"]
    assert "ten minste 4 kwartalen" in report.notes[1]
    config = frozen_config(rt.config, load_snapshot(rt.store, second).settings)
    assert (config["compute.max_carry_quarters"], config["compute.forecast_min_points"]) == (4, 4)
    again = recompute_snapshot(rt, second)  # the rules the words say, not the live config's 6
    share = again.filter((pl.col("indicator") == "i_share") & (pl.col("breakdown") == "national"))
    carried = dict(share.select("period", "carried").iter_rows())
    assert (carried["2025-Q1"], carried["2025-Q2"]) == (1, 0)  # G1's 2024-Q1 value: 4, 5 quarters old


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_annex_and_notes_come_from_describe(world, lang):
    rt, first, _ = world
    for source in (from_snapshot(rt, first, "pm"), live(rt, "pm", today=TODAY)):
        report = build_report(source, lang, None)
        assert annex(report) == {i.id: rules_text(i, source.defs, source.settings, lang)
                                 for i in source.defs.indicators.values()}
        assert report.notes[1:] == [forecast_note(source.settings, lang), t("report.note.coverage", lang)]
        assert all("vier kwartalen" not in n and "four quarters" not in n for n in report.notes)
