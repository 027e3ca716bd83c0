"""Every rule in words (``monitor.compute.describe``) says what the engine does: each sentence
appears exactly for the indicators the engine applies the rule to, with the numbers the engine
uses, and changes when the setting in force changes. Checked on a small world computed by the
engine (``DATA``) and, for the numbers, on every demo definition against the engine's own
constants (``trajectory.indicator_constants``).

World: G1, G2, G3 (gemeente), P1 (provincie), 2024-Q1..2025-Q4. G1 reports in 2024-Q1 only
(b ja, v 2, f 1); G2 (b nee, v 4, f 3), G3 (b ja, v 6, f 2) and P1 (b ja, v 8, f 2) report every
quarter; P1 reports the milestone date 15-05-2024 in 2024-Q2."""

from datetime import date
from pathlib import Path

import polars as pl
import pytest
import yaml
from helpers import make_world, submit_csv

from monitor.compute.describe import (
    RULE_KEYS,
    RULE_SETTINGS,
    describe,
    forecast_note,
    joined,
    no_forecast_text,
    rule_settings,
    rules_text,
)
from monitor.compute.engine import compute
from monitor.compute.rules import max_carry
from monitor.compute.trajectory import indicator_constants
from monitor.config import SETTINGS_BY_KEY, Config, load_config
from monitor.definitions import require_definitions
from monitor.periods import Quarter, quarter_range
from monitor.runtime import Runtime, open_runtime
from monitor.snapshots.frozen import FROZEN_SETTINGS

TODAY = date(2026, 1, 15)
ORGS = [("G1", "gemeente"), ("G2", "gemeente"), ("G3", "gemeente"), ("P1", "provincie")]
DEFS = """
action: {id: a01, line: "7.1", title: {nl: T, en: T}, description: {nl: T., en: T.}, owner: P1,
         start: 2024-Q1, end: 2025-Q4}
measures:
  - {id: b, title: {nl: CDO aangesteld, en: CDO appointed}, type: boolean,
     reporters: [gemeente, provincie], required: false}
  - {id: v, title: {nl: Score, en: Score}, type: decimal, min: 0, max: 10,
     reporters: [gemeente, provincie], required: false}
  - {id: f, title: {nl: Adviezen, en: Advice}, type: integer, min: 0, kind: flow,
     reporters: [gemeente, provincie], required: false}
  - {id: m, title: {nl: Live, en: Live}, type: date, reporters: [provincie], organisations: [P1],
     required: false}
indicators:
  - {id: i_share, title: {nl: s, en: s}, unit: "%", compute: {kind: share, measure: b},
     missing: carry_forward, min_n: 4, breakdowns: [national, type, organisation],
     baseline: {period: 2024-Q2, value: 20}, targets: [{period: 2025-Q4, value: 80}]}
  - {id: i_mean, title: {nl: s, en: s}, unit: punt, compute: {kind: mean, measure: v},
     target_applies_to: [national, type], forecast: {min_points: 3},
     baseline: {period: 2024-Q1, value: 2}, targets: [{period: 2025-Q4, value: 8}]}
  - {id: i_sum, title: {nl: s, en: s}, unit: punten, compute: {kind: sum, measure: v},
     target_applies_to: [national, type],
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 30}]}
  - {id: i_flow, title: {nl: s, en: s}, unit: adviezen, compute: {kind: sum, measure: f},
     breakdowns: [national], baseline: {period: 2024-Q1, value: 0},
     targets: [{period: 2025-Q4, value: 5}]}
  - {id: i_flow_fc, title: {nl: s, en: s}, unit: adviezen, compute: {kind: sum, measure: f},
     breakdowns: [national], forecast: {allow: true}, achieved_for: 2,
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 5}]}
  - {id: i_latest, title: {nl: s, en: s}, unit: punten, compute: {kind: latest, measure: v},
     max_carry: 1, baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 30}]}
  - {id: i_none, title: {nl: s, en: s}, unit: punt, compute: {kind: mean, measure: v},
     forecast: {allow: false}, direction: down,
     baseline: {period: 2024-Q1, value: 9}, targets: [{period: 2025-Q4, value: 1234.5}]}
  - {id: i_mile, title: {nl: s, en: s}, unit: mijlpaal,
     compute: {kind: milestone, measure: m, planned: 2024-06-30}, breakdowns: [national],
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 1}]}
  - {id: i_cond, title: {nl: s, en: s}, unit: "%",
     compute: {kind: share, measure: v, condition: {op: ">=", value: 3.5}},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 50}]}
  - {id: i_measured, title: {nl: s, en: s}, unit: punt, compute: {kind: mean, measure: v},
     baseline: {period: 2024-Q2, value: measured}, targets: [{period: 2025-Q4, value: 9}]}
  - {id: i_unmeasured, title: {nl: s, en: s}, unit: punt, compute: {kind: mean, measure: v},
     min_n: 5, baseline: {period: 2024-Q2, value: measured}, targets: [{period: 2025-Q4, value: 9}]}
"""
QUARTERS = [str(q) for q in quarter_range(Quarter.parse("2024-Q1"), Quarter.parse("2025-Q4"))]
DATA = "organisatie;periode;maatstaf;waarde;toelichting\nG1;2024-Q1;b;ja;\nG1;2024-Q1;v;2;\n" \
       "G1;2024-Q1;f;1;\nP1;2024-Q2;m;15-05-2024;\n" + "".join(
           f"{org};{q};b;{b};\n{org};{q};v;{v};\n{org};{q};f;{f};\n"
           for q in QUARTERS for org, b, v, f in (("G2", "nee", 4, 3), ("G3", "ja", 6, 2),
                                                  ("P1", "ja", 8, 2)))


def describe_world(root: Path, **compute) -> Runtime:
    """The world of ``DEFS`` with ``DATA`` accepted; ``compute``: settings in its config.yaml."""
    rt = make_world(root, DEFS, ORGS)
    res = submit_csv(rt, DATA)
    assert res.status == "accepted", [str(p) for p in res.problems]
    return configured(root, **compute) if compute else rt


def configured(root: Path, **compute) -> Runtime:
    """A runtime over ``root`` after setting ``compute.*`` in its config.yaml."""
    path = root / "config.yaml"
    cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    cfg.setdefault("compute", {}).update(compute)
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return open_runtime(config_path=path, indicators=root / "indicators")


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return describe_world(tmp_path_factory.mktemp("describe"))


def with_settings(rt, **values) -> Config:
    """The world's config with compute.* / status.* settings changed (``compute__x=1``)."""
    return Config({**rt.config.values, **{k.replace("__", "."): v for k, v in values.items()}},
                  rt.config.root)


def rules(rt, ind_id: str, config=None, lang: str = "nl") -> dict[str, str]:
    return {r.key: r.text for r in describe(rt.defs.indicators[ind_id], rt.defs, config or rt.config, lang)}


@pytest.fixture(scope="module")
def results(rt):
    """The engine's results under max_carry 2 and 4, forecast minimum 4 and 6, flows held 2 and 4."""
    return {k: compute(rt.store, rt.defs, with_settings(rt, **s), today=TODAY) for k, s in {
        "default": {},
        "carry2": {"compute__max_carry_quarters": 2},
        "fc6": {"compute__forecast_min_points": 6},
        "hold2": {"compute__flow_achieved_for": 2},
    }.items()}


def row(frame: pl.DataFrame, ind: str, period: str, breakdown="national", group="NL") -> dict:
    rows = frame.filter((pl.col("indicator") == ind) & (pl.col("period") == period)
                        & (pl.col("breakdown") == breakdown) & (pl.col("group") == group)).to_dicts()
    assert len(rows) == 1, (ind, period, breakdown, group)
    return rows[0]


# --- the settings ---------------------------------------------------------------------------------

def test_every_setting_the_words_need_is_frozen_with_a_snapshot_and_defaults_fill_the_gaps():
    assert set(RULE_SETTINGS) <= set(FROZEN_SETTINGS)
    assert rule_settings({"compute.max_carry_quarters": 2}) == {
        k: 2 if k == "compute.max_carry_quarters" else SETTINGS_BY_KEY[k].default for k in RULE_SETTINGS}
    assert rule_settings(None) == {k: SETTINGS_BY_KEY[k].default for k in RULE_SETTINGS}


def test_every_indicator_has_the_rules_in_order_and_the_annex_joins_them(rt):
    for ind in rt.defs.indicators.values():
        found = describe(ind, rt.defs, rt.config, "nl")
        keys = [r.key for r in found]
        assert keys == [k for k in RULE_KEYS if k in keys]
        assert {"formula", "missing", "judged", "baseline", "status", "forecast"} <= set(keys)
        assert all(r.text.endswith(".") and r.text[0].isupper() for r in found), found
        assert rules_text(ind, rt.defs, rt.config, "nl") == joined(found)
        assert [r.key for r in describe(ind, rt.defs, rt.config, "en")] == keys


def test_rules_version_1_says_what_version_1_said(rt):
    ind = rt.defs.indicators["i_share"]
    assert describe(ind, rt.defs, rt.config, "nl", rules_version=1) == [(
        "formula", "percentage organisaties waarvoor 'CDO aangesteld' ja is; zonder nieuwe gegevens "
                   "telt de laatst gerapporteerde waarde")]
    cond = rt.defs.indicators["i_cond"]
    assert rules_text(cond, rt.defs, None, "en", 1) == (
        "percentage of organisations for which 'Score' >= 3.5; organisations without data are left out")


# --- formula --------------------------------------------------------------------------------------

def test_formula_in_words_with_dutch_numbers(rt):
    assert rules(rt, "i_share")["formula"] == "Percentage organisaties waarvoor 'CDO aangesteld' ja is."
    assert rules(rt, "i_cond")["formula"] == "Percentage organisaties waarvoor 'Score' >= 3,5."
    assert rules(rt, "i_cond", lang="en")["formula"] == ("Percentage of organisations for which 'Score' "
                                                         ">= 3.5.")
    assert rules(rt, "i_mile")["formula"] == "Mijlpaal: datum 'Live' gerapporteerd (gepland 30-06-2024)."


# --- missing values and the carry age limit -------------------------------------------------------

def test_carry_limit_says_the_configured_age_and_the_engine_applies_it(rt, results):
    four, two = rules(rt, "i_share")["missing"], rules(rt, "i_share", with_settings(
        rt, compute__max_carry_quarters=2))["missing"]
    assert "ten hoogste 4 kwartalen" in four and "ten hoogste 2 kwartalen" in two
    # G1's value of 2024-Q1 is 3 quarters old in 2024-Q4: counted under 4, not under 2
    assert (row(results["default"], "i_share", "2024-Q4")["carried"],
            row(results["carry2"], "i_share", "2024-Q4")["carried"]) == (1, 0)
    assert (row(results["carry2"], "i_share", "2024-Q3")["carried"],
            row(results["default"], "i_share", "2025-Q1")["carried"],
            row(results["default"], "i_share", "2025-Q2")["carried"]) == (1, 1, 0)


def test_a_declared_max_carry_wins_and_nothing_is_said_to_carry_where_nothing_does(rt, results):
    for config in (rt.config, with_settings(rt, compute__max_carry_quarters=2)):
        assert "ten hoogste 1 kwartaal;" in rules(rt, "i_latest", config)["missing"]
    assert row(results["default"], "i_latest", "2024-Q2")["carried"] == 1  # G1, one quarter old
    assert row(results["default"], "i_latest", "2024-Q3")["carried"] == 0
    for ind in rt.defs.indicators.values():
        text = rules(rt, ind.id)["missing"]
        assert ("ten hoogste" in text) == (max_carry(ind) is not None), ind.id
        if max_carry(ind) is None:
            assert results["default"].filter(pl.col("indicator") == ind.id)["carried"].max() == 0
    assert rules(rt, "i_mean")["missing"] == "Organisaties zonder waarde tellen niet mee."


# --- minimum n ------------------------------------------------------------------------------------

def test_min_n_is_said_only_where_declared_and_the_engine_applies_it(rt, results):
    assert rules(rt, "i_share")["min_n"] == ("Rust een cijfer op minder dan 4 waarden, dan is de status "
                                             "onvoldoende gegevens; de waarde blijft zichtbaar.")
    assert all(("min_n" in rules(rt, i)) == (i in ("i_share", "i_unmeasured")) for i in rt.defs.indicators)
    # 2024-Q4 under max_carry 2: G2, G3, P1 (3 values, coverage 3/4): insufficient, value shown
    low = row(results["carry2"], "i_share", "2024-Q4")
    assert (low["n"], low["status"], low["value"]) == (3, "onvoldoende", pytest.approx(200 / 3))
    assert row(results["default"], "i_share", "2024-Q4")["status"] != "onvoldoende"  # n = 4


# --- which breakdowns are judged ------------------------------------------------------------------

def test_judged_breakdowns_in_words_and_in_the_engine(rt, results):
    res = results["default"]
    assert rules(rt, "i_share")["judged"] == (
        "Nulmeting en doelen gelden voor het landelijke cijfer. De cijfers per organisatietype en "
        "organisatie tonen hun waarde zonder nulmeting, doel, voortgang, prognose of status.")
    typed = row(res, "i_share", "2025-Q1", "type", "gemeente")
    assert (typed["status"], typed["status_note"], typed["forecast"]) == (None, "no_target", None)
    assert typed["value"] is not None
    assert rules(rt, "i_mean")["judged"] == ("Nulmeting en doelen gelden voor het landelijke cijfer en "
                                             "de cijfers per organisatietype.")
    assert row(res, "i_mean", "2025-Q1", "type", "gemeente")["status"] is not None
    # a sum per type is judged, but gets no status (it depends on the number of organisations)
    assert "krijgen voortgang en prognose maar geen status" in rules(rt, "i_sum")["judged"]
    summed = row(res, "i_sum", "2025-Q1", "type", "gemeente")
    assert summed["status"] is None and summed["progress"] is not None and summed["forecast"] is not None
    assert rules(rt, "i_flow")["judged"] == "Nulmeting en doelen gelden voor het landelijke cijfer."
    assert rules(rt, "i_share", lang="en")["judged"].startswith("The baseline and targets apply to the "
                                                                "national figure. The figures per ")


def test_judged_words_when_the_national_figure_or_no_figure_is_judged(rt):
    ind = rt.defs.indicators["i_mean"]  # breakdowns national and type
    words = {}
    for applies in (["type"], []):
        changed = ind.model_copy(update={"target_applies_to": applies})
        words[len(applies)] = {r.key: r.text for r in describe(changed, rt.defs, rt.config, "nl")}["judged"]
    assert words[1] == ("Nulmeting en doelen gelden voor de cijfers per organisatietype. Het landelijke "
                        "cijfer toont zijn waarde zonder nulmeting, doel, voortgang, prognose of status.")
    assert words[0] == ("Nulmeting en doelen gelden voor geen van de cijfers. Het landelijke cijfer en de "
                        "cijfers per organisatietype tonen hun waarde zonder nulmeting, doel, voortgang, "
                        "prognose of status.")


# --- the baseline ---------------------------------------------------------------------------------

def test_no_status_before_the_baseline_quarter(rt, results):
    assert rules(rt, "i_share")["baseline"] == ("Vóór het kwartaal van de nulmeting (K2 2024) is er geen "
                                                "status, voortgang of prognose.")
    before = row(results["default"], "i_share", "2024-Q1")
    assert (before["status"], before["status_note"], before["progress"]) == (None, "before_baseline", None)
    assert row(results["default"], "i_share", "2024-Q2")["status"] is not None


def test_a_measured_baseline_is_said_to_be_measured_and_when_it_is_usable(rt, results):
    measured = rules(rt, "i_measured")["baseline"]
    assert measured == (
        "De nulmeting is de landelijke waarde die de monitor in K2 2024 berekent, als die bruikbaar is: "
        "een waarde bij een dekking van ten minste 50%. Zonder bruikbare waarde is er geen nulmeting, en "
        "dus geen traject, voortgang of status. Vóór het kwartaal van de nulmeting (K2 2024) is er geen "
        "status, voortgang of prognose.")
    assert "berekent" not in rules(rt, "i_share")["baseline"]
    low = with_settings(rt, status__min_coverage=0.25)
    assert "dekking van ten minste 25%" in rules(rt, "i_measured", low)["baseline"]
    # 2024-Q2: G2 4, G3 6, P1 8 (G1 silent): mean 6 at coverage 3/4, the baseline of every judged row
    res = results["default"]
    assert {row(res, "i_measured", q)["baseline"] for q in QUARTERS} == {6.0}
    assert row(res, "i_measured", "2025-Q1")["status"] is not None
    # with min_n 5 the three values of 2024-Q2 are not enough: no baseline, no status
    unmeasured = rules(rt, "i_unmeasured")["baseline"]
    assert "een waarde bij een dekking van ten minste 50% en ten minste 5 waarden." in unmeasured
    assert {row(res, "i_unmeasured", q)["status_note"] for q in QUARTERS[1:]} == {"no_baseline"}
    assert rules(rt, "i_unmeasured", lang="en")["baseline"].startswith(
        "The baseline is the national value the monitor computes for Q2 2024, when it is usable: a value "
        "with coverage of at least 50% and at least 5 values.")


# --- status and behaald ---------------------------------------------------------------------------

def test_status_thresholds_follow_the_settings(rt):
    assert "dekking onder 50%" in rules(rt, "i_mean")["status"]
    assert "op koers bij ten minste 90% daarvan, risico bij ten minste 70%" in rules(rt, "i_mean")["status"]
    changed = rules(rt, "i_mean", with_settings(rt, status__on_track=0.875, status__at_risk=0.6,
                                                status__min_coverage=0.25))["status"]
    assert "op koers bij ten minste 87,5% daarvan, risico bij ten minste 60%" in changed
    assert "dekking onder 25%" in changed
    assert "on track at 87.5% of it" in rules(rt, "i_mean", with_settings(rt, status__on_track=0.875),
                                              "en")["status"]


def test_behaald_must_hold_for_flows_and_as_declared(rt, results):
    assert rules(rt, "i_flow")["achieved"] == (
        "Behaald als de waarde 4 kwartalen op rij ten minste het einddoel is (5 adviezen in K4 2025); "
        "korter telt als voortgang. Een waarde per kwartaal kan het volgende kwartaal weer terugvallen.")
    two = with_settings(rt, compute__flow_achieved_for=2)
    assert "2 kwartalen op rij" in rules(rt, "i_flow", two)["achieved"]
    # 8, 7, 7, 7 ... advice a quarter, target 5: met from 2024-Q1, held 4 quarters in 2024-Q4
    res, hold2 = results["default"], results["hold2"]
    assert [row(res, "i_flow", q)["status_note"] for q in QUARTERS[:4]] == ["not_held"] * 3 + [None]
    assert row(res, "i_flow", "2024-Q4")["status"] == "behaald"
    assert (row(hold2, "i_flow", "2024-Q1")["status_note"], row(hold2, "i_flow", "2024-Q2")["status"]) == (
        "not_held", "behaald")
    # declared achieved_for 2 wins over the setting
    for config in (rt.config, with_settings(rt, compute__flow_achieved_for=3)):
        assert "2 kwartalen op rij" in rules(rt, "i_flow_fc", config)["achieved"]
    assert row(res, "i_flow_fc", "2024-Q2")["status"] == "behaald"
    # a stock: behaald as soon as the target is met; direction down says 'ten hoogste'
    assert rules(rt, "i_mean")["achieved"] == ("Behaald zodra de waarde ten minste het einddoel is "
                                               "(8 punt in K4 2025).")
    assert rules(rt, "i_none")["achieved"] == ("Behaald zodra de waarde ten hoogste het einddoel is "
                                               "(1.234,5 punt in K4 2025).")


def test_milestones_are_behaald_once_and_late_is_said(rt, results):
    words = rules(rt, "i_mile")
    assert "achieved" not in words
    assert words["status"].startswith("Behaald zodra een behaalde datum is gerapporteerd")
    assert "(30-06-2024)" in words["status"]
    assert row(results["default"], "i_mile", "2024-Q1")["status"] == "op_koers"  # before planned quarter
    assert row(results["default"], "i_mile", "2025-Q4")["status"] == "behaald"


# --- the forecast ---------------------------------------------------------------------------------

def test_forecast_minimum_and_window_follow_the_setting_and_the_engine(rt, results):
    four = rules(rt, "i_sum")["forecast"]
    assert four == ("De prognose is de rechte lijn (kleinste kwadraten) door de laatste 4 kwartalen met "
                    "een waarde, doorgetrokken tot het kwartaal van het einddoel (K4 2025); alleen met ten "
                    "minste 4 kwartalen met een waarde en vóór dat kwartaal. Een prognose onder 0 punten "
                    "wordt 0 punten.")
    six = rules(rt, "i_sum", with_settings(rt, compute__forecast_min_points=6))["forecast"]
    assert "door de laatste 6 kwartalen" in six and "ten minste 6 kwartalen" in six
    res, fc6 = results["default"], results["fc6"]
    assert (row(res, "i_sum", "2024-Q3")["forecast_note"], row(res, "i_sum", "2024-Q4")["forecast"] is None) \
        == ("too_few_points", False)
    assert row(fc6, "i_sum", "2025-Q1")["forecast_note"] == "too_few_points"
    assert row(fc6, "i_sum", "2025-Q2")["forecast"] is not None
    # a declared minimum wins: 3 points, a window of 4
    for config in (rt.config, with_settings(rt, compute__forecast_min_points=6)):
        assert "laatste 4 kwartalen met een waarde" in rules(rt, "i_mean", config)["forecast"]
        assert "ten minste 3 kwartalen" in rules(rt, "i_mean", config)["forecast"]
    assert row(fc6, "i_mean", "2024-Q3")["forecast"] is not None


def test_forecast_bounds_and_where_none_is_made(rt, results):
    assert rules(rt, "i_mean")["forecast"].endswith(
        "Een prognose buiten 0 punt tot en met 10 punt wordt op de dichtstbijzijnde grens gezet.")
    assert rules(rt, "i_share")["forecast"].endswith("buiten 0% tot en met 100% wordt op de "
                                                      "dichtstbijzijnde grens gezet.")
    for ind_id, text in (("i_flow", "Voor een waarde per kwartaal (een stroom) wordt geen prognose gemaakt: "
                                    "een trend zegt daar niets."),
                         ("i_none", "Voor deze indicator wordt geen prognose gemaakt (zo vastgelegd in de "
                                    "definitie)."),
                         ("i_mile", "Voor een mijlpaal wordt geen prognose gemaakt.")):
        assert rules(rt, ind_id)["forecast"] == text == no_forecast_text(rt.defs.indicators[ind_id], "nl")
        notes = results["default"].filter((pl.col("indicator") == ind_id) & (pl.col("period") >= "2024-Q2")
                                          & (pl.col("breakdown") == "national"))
        assert set(notes["forecast_note"]) == {"not_for_kind"} and notes["forecast"].is_null().all()
    assert rules(rt, "i_flow_fc")["forecast"].startswith("De prognose is de rechte lijn")
    assert row(results["default"], "i_flow_fc", "2025-Q1")["forecast"] is not None


def test_the_general_forecast_note_says_the_setting(rt):
    assert "door de laatste 4 kwartalen met een waarde" in forecast_note(rt.config, "nl")
    six = forecast_note(with_settings(rt, compute__forecast_min_points=6), "nl")
    assert "door de laatste 6 kwartalen met een waarde" in six and "ten minste 6 kwartalen zijn" in six
    assert "trekt de lijn van de laatste vier" not in six


# --- every demo definition: the numbers in words are the engine's --------------------------------

@pytest.mark.parametrize("settings", [{}, {"compute.forecast_min_points": 6, "compute.flow_achieved_for": 2,
                                           "compute.max_carry_quarters": 3}])
def test_words_carry_the_engines_numbers_for_every_demo_indicator(settings):
    config = load_config()  # the shipped config and demo definitions
    config = Config({**config.values, **settings}, config.root)
    defs = require_definitions(config, config.path("indicators.folder"))
    inds = list(defs.indicators.values())
    engine = {k: config[f"compute.{k}"] for k in ("forecast_min_points", "flow_achieved_for")}
    consts, _ = indicator_constants(inds, [config.programme_start], defs.measures, defs.relations, engine)
    for c in consts.iter_rows(named=True):
        ind = defs.indicators[c["indicator"]]
        words = {r.key: r.text for r in describe(ind, defs, config, "nl")}
        if c["fc_block"] is None:
            assert f"door de laatste {c['fc_window']} kwartalen" in words["forecast"], ind.id
            assert f"ten minste {c['fc_min']} kwarta" in words["forecast"], ind.id
        else:
            assert words["forecast"] == no_forecast_text(ind, "nl"), ind.id
        if c["is_milestone"]:
            assert "achieved" not in words
        elif c["hold"] > 1:
            assert f"{c['hold']} kwartalen op rij" in words["achieved"], ind.id
        else:
            assert words["achieved"].startswith("Behaald zodra"), ind.id
        limit = max_carry(ind, config["compute.max_carry_quarters"])
        if limit:
            assert f"ten hoogste {limit} kwarta" in words["missing"], ind.id
        judged = [b for b in ("national", "type", "organisation") if c[f"j_{b}"]]
        assert ("tonen hun waarde zonder" in words["judged"] or "toont zijn waarde" in words["judged"]) == (
            set(ind.breakdowns) != set(judged)), ind.id
