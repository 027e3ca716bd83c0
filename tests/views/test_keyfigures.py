"""Key figures on the Actie page: the value and its change since the previous quarter, worked out
by hand (issue 17 item 2), and "Wat betekent dit?" from the definitions (item 1)."""

from decimal import Decimal

import polars as pl

from monitor.compute.describe import describe
from monitor.views.keyfigures import change, explanation, key_figure, tone
from tests.charts.frames import CDO, DATASETS


def trend(*rows: tuple[str, float | None]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"period": pl.String, "value": pl.Float64}, orient="row")


def test_change_in_percentage_points_from_the_values_as_shown():
    # 39,84 is shown 39,8 and 37,66 is shown 37,7: the change shown is 39,8 - 37,7 = +2,1
    # (not 39,84 - 37,66 = 2,18, which would round to 2,2 and disagree with the figures shown)
    kf = key_figure(trend(("2026-Q2", 37.66), ("2026-Q3", 39.84)), CDO, "2026-Q3", "nl")
    assert kf.value == "39,8%"
    assert kf.delta == Decimal("2.1")
    assert kf.change == "▲ +2,1 procentpunten"
    assert kf.compared == "t.o.v. K2 2026 · gunstig" and kf.tone == "good"
    en = key_figure(trend(("2026-Q2", 37.66), ("2026-Q3", 39.84)), CDO, "2026-Q3", "en")
    assert (en.value, en.change, en.compared) == ("39.8%", "▲ +2.1 percentage points",
                                                  "vs Q2 2026 · favourable")


def test_a_decrease_is_good_when_lower_is_better():
    down = CDO.model_copy(update={"direction": "down"})
    kf = key_figure(trend(("2026-Q2", 12.0), ("2026-Q3", 11.0)), down, "2026-Q3", "nl")
    assert kf.change == "▼ -1,0 procentpunt" and kf.tone == "good"
    assert kf.compared.endswith("gunstig") and "Lager is beter" in kf.help
    up = key_figure(trend(("2026-Q2", 12.0), ("2026-Q3", 11.0)), CDO, "2026-Q3", "nl")
    assert up.tone == "bad" and up.compared == "t.o.v. K2 2026 · ongunstig"


def test_other_units_and_precision_zero():
    kf = key_figure(trend(("2026-Q2", 1200.4), ("2026-Q3", 1234.6)), DATASETS, "2026-Q3", "nl")
    # shown 1.200 and 1.235 (precision 0, halves up): +35 datasets
    assert (kf.value, kf.change) == ("1.235 datasets", "▲ +35 datasets")


def test_no_change_is_neutral_and_said_in_words():
    kf = key_figure(trend(("2026-Q2", 40.04), ("2026-Q3", 39.96)), CDO, "2026-Q3", "nl")
    assert kf.delta == 0 and kf.tone == "neutral"
    assert kf.change == "■ 0,0 procentpunten" and kf.compared == "t.o.v. K2 2026 · gelijk"


def test_one_data_point_has_no_previous_quarter():
    kf = key_figure(trend(("2026-Q3", 39.84)), CDO, "2026-Q3", "nl")
    assert (kf.value, kf.change, kf.delta, kf.tone) == ("39,8%", None, None, "neutral")
    assert kf.compared == "geen vorig kwartaal"


def test_missing_values():
    gap = key_figure(trend(("2026-Q2", None), ("2026-Q3", 39.84)), CDO, "2026-Q3", "nl")
    assert gap.change is None and gap.compared == "geen waarde in K2 2026"
    none_now = key_figure(trend(("2026-Q2", 37.7), ("2026-Q3", None)), CDO, "2026-Q3", "nl")
    assert none_now.value == "–" and none_now.change is None
    assert none_now.compared == "geen waarde in K3 2026"
    empty = key_figure(trend(), CDO, "2026-Q3", "nl")
    assert empty.value == "–" and empty.change is None
    assert change(None, 1.0, 1) is None and change(1.0, float("nan"), 1) is None
    assert tone(None, "up") == "neutral"


def test_the_previous_quarter_crosses_the_year():
    kf = key_figure(trend(("2025-Q4", 30.0), ("2026-Q1", 31.0)), CDO, "2026-Q1", "nl")
    assert kf.compared == "t.o.v. K4 2025 · gunstig"


def test_explanation_reads_the_definition_and_the_rules(demo_db):
    _, rt, _ = demo_db
    ind = rt.defs.indicators["a03_cdo_aandeel"]  # declares no description, but a source
    expl = explanation(ind, rt.defs, rt.config, "trend", "nl")
    assert expl.what == ("Percentage organisaties waarvoor 'CDO aangesteld' ja is. "
                         f"{ind.source.nl} Hoger is beter.")
    described = next(i for i in rt.defs.indicators.values() if i.description)
    assert explanation(described, rt.defs, rt.config, "map", "nl").what.startswith(
        described.description.nl.strip())
    assert expl.how == [r.text for r in describe(ind, rt.defs, rt.config, "nl")] and expl.how
    assert "prognose" in expl.read and "dekking" in expl.read
    reads = {k: explanation(ind, rt.defs, rt.config, k, "en").read
             for k in ("trend", "by_type", "distribution", "map", "peers")}
    assert len(set(reads.values())) == 5 and "median" in reads["distribution"]


def test_a_change_of_one_is_singular():
    # issue 17: '+1 adviezen' read wrong; the amount comes from the one formatter
    advice = DATASETS.model_copy(update={"unit": "adviezen"})
    kf = key_figure(trend(("2026-Q2", 18.0), ("2026-Q3", 19.0)), advice, "2026-Q3", "nl")
    assert (kf.value, kf.change) == ("19 adviezen", "▲ +1 advies")
    en = key_figure(trend(("2026-Q2", 2.0), ("2026-Q3", 1.0)), advice, "2026-Q3", "en")
    assert (en.value, en.change) == ("1 piece of advice", "▼ -1 piece of advice")
    weeks = DATASETS.model_copy(update={"unit": "weken", "unit_singular": "weekje"})
    kf = key_figure(trend(("2026-Q2", 5.0), ("2026-Q3", 4.0)), weeks, "2026-Q3", "nl")
    assert (kf.value, kf.change) == ("4 weken", "▼ -1 weekje")
