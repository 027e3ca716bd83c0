"""The Definities page shows every rule the engine applies to an indicator, with the settings in
force, in the same words as the report annex (both from ``monitor.compute.describe``)."""

from pathlib import Path

import pytest

from monitor.compute.describe import describe
from monitor.publication.source import live
from monitor.reports.build import build_report
from monitor.text import t
from tests.compute.test_describe import TODAY, describe_world
from tests.pages.test_pages_demo import run_page


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The describe world with compute.max_carry_quarters 2 in its config."""
    return describe_world(tmp_path_factory.mktemp("definities"), max_carry_quarters=2)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_shows_every_rule_as_the_report_annex_says_it(world, monkeypatch, lang):
    monkeypatch.setenv("MONITOR_CONFIG", str(Path(world.store.path).parent / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = run_page("definities", lang=lang)
    indicators = list(world.defs.indicators.values())
    tables = [dict(tb.value.iloc[:, :2].itertuples(index=False)) for tb in at.table]
    assert len(tables) == len(indicators)  # one table per indicator, in file order
    annex = {e.indicator: e.formula for e in build_report(live(world, "pm", today=TODAY), lang, None).annex}
    for ind, shown in zip(indicators, tables, strict=True):
        rules = describe(ind, world.defs, world.config, lang)
        for rule in rules:
            assert shown[t(f"rules.words.{rule.key}", lang)] == rule.text, (ind.id, rule.key)
        # the same words, in the same order, as the annex's column for this indicator
        assert " ".join(shown[t(f"rules.words.{r.key}", lang)] for r in rules) == annex[ind.id]
    share = tables[0][t("rules.words.missing", lang)]
    assert ("ten hoogste 2 kwartalen" if lang == "nl" else "for at most 2 quarters") in share
    assert t("rules.words.min_n", lang) in tables[0] and t("rules.words.min_n", lang) not in tables[1]
