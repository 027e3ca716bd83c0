"""The milestone table as of a day (monitor.milestones): the plan from the definitions, the state
from the approved statements; every expected figure below is counted by hand."""

from datetime import date
from pathlib import Path

import yaml

from monitor.definitions.model import ActionFile
from monitor.milestones import milestone_table, overdue

BASE = yaml.safe_load((Path(__file__).parent / "definitions" / "fixtures" / "valid" / "a01-cdo.yaml")
                      .read_text(encoding="utf-8"))
BASE.pop("milestones")  # the fixture's own; these tests declare theirs
MILESTONES = [
    {"id": "netwerk", "title": {"nl": "Netwerk", "en": "Network"}, "planned": "2024-Q2"},  # 30-06-2024
    {"id": "kader", "title": {"nl": "Kader", "en": "Framework"}, "planned": "2024-03-15"},
    {"id": "evaluatie", "title": {"nl": "Evaluatie", "en": "Evaluation"}, "planned": "2025-Q1"},
    {"id": "portaal", "title": {"nl": "Portaal", "en": "Portal"}, "planned": "2024-09-30"},
]
SPEC = ActionFile.model_validate(BASE | {"milestones": MILESTONES})


def row(table, milestone):
    return table.filter(table["milestone"] == milestone).to_dicts()[0]


def test_never_reported_is_gepland_and_overdue_once_its_day_has_passed():
    table = milestone_table([SPEC], {}, date(2024, 7, 10))
    r = row(table, "netwerk")
    assert (r["status"], r["reported_in"], r["realised"]) == ("gepland", None, None)
    assert (r["planned"], r["planned_quarter"]) == (date(2024, 6, 30), "2024-Q2")
    assert (r["late"], r["overdue"], r["days_late"]) == (True, True, 10)  # 1..10 July
    k = row(table, "kader")
    assert (k["planned_quarter"], k["days_late"]) == (None, 117)  # 16 Mar..10 Jul: 16+30+31+30+10
    e = row(table, "evaluatie")
    assert (e["status"], e["late"], e["overdue"], e["days_late"]) == ("gepland", False, False, None)


def test_planned_today_is_not_late_and_tomorrow_it_is():
    today = milestone_table([SPEC], {}, date(2024, 9, 30))
    assert (row(today, "portaal")["late"], row(today, "portaal")["days_late"]) == (False, None)
    tomorrow = milestone_table([SPEC], {}, date(2024, 10, 1))
    assert (row(tomorrow, "portaal")["late"], row(tomorrow, "portaal")["days_late"]) == (True, 1)


def test_realised_late_stays_late_with_the_days_between_planned_and_realised():
    reports = {"2024-Q3": {"netwerk": {"status": "gereed", "realised": "2024-08-14",
                                       "explanation": "Later door de zomer."}}}
    r = row(milestone_table([SPEC], {"a01": reports}, date(2025, 2, 1)), "netwerk")
    assert (r["status"], r["realised"], r["reported_in"]) == ("gereed", date(2024, 8, 14), "2024-Q3")
    assert (r["late"], r["overdue"], r["days_late"]) == (True, False, 45)  # 1 Jul..14 Aug
    assert r["explanation"] == "Later door de zomer."


def test_realised_on_time_and_vervallen_are_not_late():
    reports = {"2024-Q1": {"kader": {"status": "gereed", "realised": "2024-03-15", "explanation": None}},
               "2024-Q2": {"netwerk": {"status": "vervallen", "realised": None,
                                       "explanation": "Opgegaan in het FDS."}}}
    table = milestone_table([SPEC], {"a01": reports}, date(2025, 1, 1))
    assert [(row(table, m)["status"], row(table, m)["late"]) for m in ("kader", "netwerk")] == [
        ("gereed", False), ("vervallen", False)]
    assert overdue(table)["milestone"].to_list() == ["portaal"]


def test_the_latest_report_up_to_the_quarter_counts_and_a_later_one_not_yet():
    reports = {"2024-Q1": {"evaluatie": {"status": "loopt", "realised": None, "explanation": None}},
               "2024-Q2": {},  # the statement of Q2 leaves it out: Q1's report still holds
               "2024-Q4": {"evaluatie": {"status": "vertraagd", "realised": None,
                                         "explanation": "Wacht op de wet."}}}
    in_q3 = row(milestone_table([SPEC], {"a01": reports}, date(2024, 9, 30)), "evaluatie")
    assert (in_q3["status"], in_q3["reported_in"], in_q3["explanation"]) == ("loopt", "2024-Q1", None)
    in_q4 = row(milestone_table([SPEC], {"a01": reports}, date(2024, 12, 31)), "evaluatie")
    assert (in_q4["status"], in_q4["reported_in"], in_q4["late"]) == ("vertraagd", "2024-Q4", False)


def test_an_unknown_state_or_milestone_is_ignored_and_the_title_follows_the_language():
    reports = {"2024-Q2": {"netwerk": {"status": "klaar"}, "onbekend": {"status": "gereed"}}}
    table = milestone_table([SPEC], {"a01": reports}, date(2024, 6, 1), "en")
    assert table["milestone"].to_list() == ["netwerk", "kader", "evaluatie", "portaal"]
    assert (row(table, "netwerk")["status"], row(table, "netwerk")["title"]) == ("gepland", "Network")


def test_overdue_sorts_longest_first_and_an_action_without_milestones_gives_no_rows():
    table = milestone_table([SPEC], {}, date(2024, 12, 31))
    late = overdue(table)
    assert late.select("milestone", "days_late").rows() == [("kader", 291), ("netwerk", 184),
                                                           ("portaal", 92)]
    empty = ActionFile.model_validate(BASE)
    assert milestone_table([empty], {}, date(2024, 12, 31)).height == 0
