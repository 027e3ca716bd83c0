"""The Definities page shows every rule the engine applies to an indicator, with the settings in
force, in the same words as the report annex (both from ``monitor.compute.describe``)."""

from pathlib import Path

import pytest
import yaml
from helpers import make_world, submit_csv
from streamlit.testing.v1 import AppTest

from monitor.compute.describe import describe
from monitor.exports.source import live
from monitor.reports.build import build_report
from monitor.runtime import open_runtime
from monitor.ui.i18n import t
from tests.compute.test_describe import DATA, DEFS, ORGS, TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The describe world with compute.max_carry_quarters 2 in its config."""
    root = tmp_path_factory.mktemp("definities")
    rt = make_world(root, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    path = root / "config.yaml"
    cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    cfg["compute"] = {"max_carry_quarters": 2}
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return open_runtime(config_path=path, indicators=root / "indicators")


def page(world, monkeypatch, lang: str) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(Path(world.store.path).parent / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = "pm"
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/definities.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_shows_every_rule_as_the_report_annex_says_it(world, monkeypatch, lang):
    at = page(world, monkeypatch, lang)
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
