from datetime import date

import polars as pl

from monitor.definitions.model import Indicator
from monitor.narrative import (
    coverage_note,
    forecast_reason,
    sentence,
    status_text,
    values_cell,
    values_note,
)
from monitor.text import as_made, coverage_text


def ind(**over) -> Indicator:
    title = {"nl": "Aandeel gemeenten met een CDO", "en": "Share of gemeenten with a CDO"}
    base = {"id": "i", "title": title,
            "unit": "%", "compute": {"kind": "share", "measure": "cdo"},
            "baseline": {"period": "2022-Q1", "value": 10},
            "targets": [{"period": "2025-Q4", "value": 60}], "precision": 0}
    return Indicator.model_validate(base | over)


def rows(values, forecast=None, target=60.0, tq="2025-Q4", periods=None):
    periods = periods or [f"2024-Q{i}" for i in range(1, len(values) + 1)]
    return pl.DataFrame({"period": periods, "value": values, "next_target": [target] * len(values),
                         "next_target_period": [tq] * len(values),
                         "forecast": [None] * (len(values) - 1) + [forecast]},
                        schema={"period": pl.String, "value": pl.Float64, "next_target": pl.Float64,
                                "next_target_period": pl.String, "forecast": pl.Float64})


def test_rise_and_target_out_of_reach():
    text = sentence(ind(), rows([14.0, 20.0, 38.0], forecast=47.6), "2024-Q3")
    assert text == ("Aandeel gemeenten met een CDO: gestegen van 14% in K1 2024 naar 38% in K3 2024; het "
                    "doel van 60% in K4 2025 wordt bij dit tempo niet gehaald (prognose 48%).")


def test_target_in_reach_and_english():
    text = sentence(ind(), rows([14.0, 38.0], forecast=61.0), "2024-Q2", "en")
    assert text == ("Share of gemeenten with a CDO: up from 14% in Q1 2024 to 38% in Q2 2024; at this pace "
                    "the target of 60% for Q4 2025 will be reached (forecast 61%).")


def test_target_met_direction_down_and_no_data():
    down = ind(direction="down", unit="weken", precision=1, baseline={"period": "2022-Q1", "value": 10},
               targets=[{"period": "2025-Q4", "value": 6}])
    text = sentence(down, rows([9.0, 5.5], target=6.0), "2024-Q2")
    assert text.endswith(": gedaald van 9,0 weken in K1 2024 naar 5,5 weken in K2 2024; het doel van "
                         "6,0 weken in K4 2025 is behaald.")
    assert sentence(ind(), rows([None, None]), "2024-Q2") == (
        "Voor aandeel gemeenten met een CDO zijn er nog geen gegevens.")
    assert sentence(ind(), rows([38.0]), "2024-Q1") == "Aandeel gemeenten met een CDO: 38% in K1 2024."


def test_milestone():
    m = ind(compute={"kind": "milestone", "measure": "live", "planned": "2023-05-01"}, unit="mijlpaal",
            baseline={"period": "2022-Q1", "value": 0}, targets=[{"period": "2023-Q2", "value": 1}],
            title={"nl": "Digilab live", "en": "Digilab live"})
    done = pl.DataFrame({"period": ["2023-Q3"], "value": [1.0], "achieved_date": [date(2023, 6, 12)]})
    assert sentence(m, done, "2023-Q3") == (
        "De mijlpaal 'Digilab live' is behaald op 12-06-2023, 42 dagen na de geplande datum 01-05-2023.")
    early = done.with_columns(pl.lit(date(2023, 4, 28)).alias("achieved_date"))
    assert sentence(m, early, "2023-Q3") == (
        "De mijlpaal 'Digilab live' is behaald op 28-04-2023 (gepland 01-05-2023).")
    late = pl.DataFrame({"period": ["2023-Q3"], "value": [0.0], "achieved_date": [None]},
                        schema={"period": pl.String, "value": pl.Float64, "achieved_date": pl.Date})
    assert sentence(m, late, "2023-Q3") == (
        "De mijlpaal 'Digilab live' is nog niet behaald; gepland was 01-05-2023.")


def test_coverage_note():
    assert coverage_note({"reported": 358, "expected": 394, "coverage": 358 / 394}) == (
        "Gebaseerd op 358 van de 394 organisaties (91%).")


def with_note(frame: pl.DataFrame, note: str | None) -> pl.DataFrame:
    return frame.with_columns(pl.lit(note, dtype=pl.String).alias("forecast_note"))


def test_no_forecast_says_why_instead_of_bij_dit_tempo():
    text = sentence(ind(), with_note(rows([14.0, 20.0]), "too_few_points"), "2024-Q2")
    assert text == ("Aandeel gemeenten met een CDO: gestegen van 14% in K1 2024 naar 20% in K2 2024; "
                    "het doel is 60% in K4 2025. Er zijn te weinig kwartalen met gegevens voor een prognose.")
    flow = sentence(ind(), with_note(rows([14.0, 20.0]), "not_for_kind"), "2024-Q2", "en")
    # the reason in the rules' own words (monitor.compute.describe, as in the annex)
    assert flow.endswith("the target is 60% for Q4 2025. No forecast is made for a per-quarter value "
                         "(a flow): a trend says nothing there.")
    assert "tempo" not in text and "pace" not in flow


def test_bounded_forecast_is_said_to_be_bounded():
    text = sentence(ind(), with_note(rows([14.0, 20.0, 30.0, 50.0], forecast=100.0), "clamped"), "2024-Q4")
    assert text.endswith("bij dit tempo wordt het doel van 60% in K4 2025 gehaald (prognose 100%). "
                         "De trend loopt buiten het mogelijke bereik; de prognose is daarop begrensd.")


def test_late_milestone_says_how_late():
    m = ind(compute={"kind": "milestone", "measure": "live", "planned": "2023-05-01"}, unit="mijlpaal",
            baseline={"period": "2022-Q1", "value": 0}, targets=[{"period": "2023-Q2", "value": 1}],
            title={"nl": "Digilab live", "en": "Digilab live"})
    late = pl.DataFrame({"period": ["2024-Q1"], "value": [1.0], "achieved_date": [date(2024, 2, 1)]})
    assert sentence(m, late, "2024-Q1") == (
        "De mijlpaal 'Digilab live' is behaald op 01-02-2024, 276 dagen na de geplande datum 01-05-2023.")


# --- issue 15: the words about one figure that the report and the pages share -------------------

def test_coverage_note_says_how_many_values_entered_and_how_many_were_carried():
    row = {"reported": 18, "expected": 20, "coverage": 0.9, "n": 17, "carried": 2}
    assert coverage_note(row) == ("Gebaseerd op 18 van de 20 organisaties (90%); 17 waarden, waarvan 2 "
                                  "overgenomen uit een eerder kwartaal.")
    assert coverage_note(row, "en") == ("Based on 18 of the 20 organisations (90%); 17 values, of which 2 "
                                        "carried forward from an earlier quarter.")
    # none carried: the values only; one value: singular; Dutch thousands
    assert coverage_note(row | {"carried": 0}).endswith("(90%); 17 waarden.")
    assert coverage_note(row | {"n": 1, "carried": 1}).endswith("; 1 waarde, waarvan 1 overgenomen uit een "
                                                                "eerder kwartaal.")
    assert values_note(1234, 0, "nl") == "1.234 waarden" and values_note(1234, 0, "en") == "1,234 values"
    # results of rules version 1 (no n): as before
    assert coverage_note({"reported": 18, "expected": 20, "coverage": 0.9}) == (
        "Gebaseerd op 18 van de 20 organisaties (90%).")
    # one coverage text (issue 16): the report's sentence and the chart's footnote share the numbers
    big = {"reported": 1250, "expected": 1390, "n": 1250, "carried": 0}
    assert coverage_note(big) == "Gebaseerd op 1.250 van de 1.390 organisaties (90%); 1.250 waarden."
    assert coverage_note(big, period="2026-Q3") == (
        "Dekking K3 2026: 1.250 van 1.390 verwachte organisaties leverden gegevens aan (90%); 1.250 waarden.")
    assert coverage_note({"reported": 0, "expected": 0}) == ""
    assert coverage_text(1250, 1390, "nl") == "1.250/1.390 (90%)"


def test_values_cell_shows_carried_in_brackets_only_when_there_are_any():
    assert values_cell(14, 2) == "14 (2)"
    assert values_cell(14, 0) == "14"
    assert values_cell(1234, 1000, "nl") == "1.234 (1.000)"
    assert values_cell(None, None) == "–"


def test_forecast_reason_per_note_and_kind():
    assert forecast_reason("too_few_points") == "Er zijn te weinig kwartalen met gegevens voor een prognose."
    assert forecast_reason("clamped", "en") == ("The trend runs outside the possible range; the "
                                                "forecast is bounded to it.")
    assert forecast_reason(None) == forecast_reason("no_value") == forecast_reason("no_target") == ""
    milestone = ind(compute={"kind": "milestone", "measure": "live", "planned": "2023-05-01"},
                    baseline={"period": "2022-Q1", "value": 0}, targets=[{"period": "2023-Q2", "value": 1}])
    assert forecast_reason("not_for_kind", "nl", milestone) == (
        "Voor een mijlpaal wordt geen prognose gemaakt.")
    declared = ind(forecast={"allow": False})
    assert forecast_reason("not_for_kind", "en", declared) == (
        "No forecast is made for this indicator (declared in its definition).")
    assert forecast_reason("not_for_kind", "en", ind()) == (
        "No forecast is made for a per-quarter value (a flow): a trend says nothing there.")
    text = sentence(declared, with_note(rows([14.0, 20.0]), "not_for_kind"), "2024-Q2")
    assert text.endswith("Voor deze indicator wordt geen prognose gemaakt (zo vastgelegd in de definitie).")


def test_status_text_says_what_a_status_leaves_out():
    assert status_text({"status": "behaald", "status_note": "late", "late_days": 78,
                        "planned_date": date(2024, 5, 15)}) == (
        "✔ behaald, 78 dagen na de geplande datum (15-05-2024)")
    assert status_text({"status": "behaald", "status_note": "late", "late_days": 1,
                        "planned_date": date(2024, 5, 15)}, "en") == (
        "✔ achieved, 1 day after the planned date (2024-05-15)")
    assert status_text({"status": "op_koers", "status_note": "not_held", "held": 1, "hold": 4}) == (
        "● op koers: doel gehaald, maar nog niet lang genoeg (1 van 4 kwartalen)")
    assert status_text({"status": "onvoldoende", "value": 2.0, "n": 3, "min_n": 5}, "en") == (
        "? insufficient data: 3 of at least 5 values")
    assert status_text({"status": "onvoldoende", "value": 2.0, "coverage": 0.2,
                        "min_coverage": 0.5}) == "? onvoldoende gegevens: dekking 20%, minimaal 50%"
    # no value: nothing more to say; no status: why, or a dash; without details: the badge
    assert status_text({"status": "onvoldoende", "value": None, "n": 0, "min_n": 5}) == (
        "? onvoldoende gegevens")
    assert status_text({"status": None, "status_note": "before_baseline"}) == "– vóór de nulmeting"
    assert status_text({"status": None}) == "–"
    assert status_text({"status": "behaald", "status_note": "late"}) == "✔ behaald"
    assert status_text({"status_now": "behaald", "status_note": "late"}, "nl", "status_now") == "✔ behaald"


# --- issue 17: grammatical whatever the number ---------------------------------------------------

PLURAL = {"nl": "Adviesaanvragen sinds de start", "en": "Requests for advice since the start"}


def test_a_plural_title_is_never_the_subject_of_a_singular_verb():
    """'Adviesaanvragen ... steeg' was wrong: the title is followed by a colon and a participle,
    right for a singular and a plural title alike; checked by hand in both languages."""
    count = ind(title=PLURAL, unit="aanvragen", compute={"kind": "count", "measure": "n"})
    up = rows([0.0, 40.0], forecast=55.0)
    assert sentence(count, up, "2024-Q2") == (
        "Adviesaanvragen sinds de start: gestegen van 0 aanvragen in K1 2024 naar 40 aanvragen in K2 2024; "
        "het doel van 60 aanvragen in K4 2025 wordt bij dit tempo niet gehaald (prognose 55 aanvragen).")
    assert sentence(count, up, "2024-Q2", "en").startswith(
        "Requests for advice since the start: up from 0 applications in Q1 2024 to 40 applications in "
        "Q2 2024;")
    same = sentence(count, rows([5.0, 5.0]), "2024-Q2")
    assert same.startswith("Adviesaanvragen sinds de start: gelijk gebleven op 5 aanvragen tussen K1 2024")
    assert sentence(count, rows([5.0]), "2024-Q1", "en") == (
        "Requests for advice since the start: 5 applications in Q1 2024.")
    for text in (sentence(count, up, "2024-Q2"), same):
        assert " steeg " not in text and " daalde " not in text and " bleef " not in text


def test_no_forecast_sentence_when_none_was_made():
    """A row without a forecast and without a reason says only the target, in both languages."""
    for lang, target in (("nl", "; het doel is 60% in K4 2025."), ("en", "; the target is 60% for Q4 2025.")):
        text = sentence(ind(), rows([14.0, 20.0], forecast=None), "2024-Q2", lang)
        assert text.endswith(target)
        assert "prognose" not in text and "forecast" not in text and "tempo" not in text


def test_a_version_1_report_keeps_its_sentence():
    with as_made(1):
        text = sentence(ind(), rows([14.0, 38.0], forecast=47.6), "2024-Q2")
    assert text.startswith("Aandeel gemeenten met een CDO steeg van 14% in K1 2024 naar 38% in K2 2024;")


def test_coverage_of_one_organisation_is_singular():
    one = {"reported": 1, "expected": 1, "n": 1, "carried": 0}
    assert coverage_note(one) == "Gebaseerd op 1 van 1 organisatie (100%); 1 waarde."
    assert coverage_note(one, "en") == "Based on 1 of 1 organisation (100%); 1 value."
    none = {"reported": 0, "expected": 5, "n": 0, "carried": 0}
    assert coverage_note(none) == "Gebaseerd op 0 van de 5 organisaties (0%); 0 waarden."
    assert coverage_note(none, "en") == "Based on 0 of the 5 organisations (0%); 0 values."
