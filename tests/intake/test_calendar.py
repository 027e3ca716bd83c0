"""The intake calendar (monitor.intake.calendar): per quarter open, locked by a snapshot (which,
since when) or not open yet, and when the next quarter opens; on a real database with real
snapshots and a reopened quarter."""

from datetime import date, datetime

import pytest
from helpers import make_world, submit_csv

from monitor.intake.calendar import intake_calendar, quarter_spans
from monitor.periods import Quarter
from monitor.snapshots import create_snapshot, reopen_quarter
from tests.compute.test_engine import DATA, DEFS, ORGS

TODAY = date(2026, 1, 15)  # in 2026-Q1: 2025-Q4 is the last completed quarter


@pytest.fixture
def rt(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS, start="2024-Q1", end="2026-Q4")
    assert submit_csv(rt, DATA).status == "accepted"
    return rt


def test_without_a_snapshot_every_completed_quarter_is_open(rt):
    cal = intake_calendar(rt, TODAY)
    assert cal.open == [f"{y}-Q{q}" for y in (2025, 2024) for q in (4, 3, 2, 1)]
    assert cal.locked == [] and cal.locks() == []
    assert cal.coming.period == "2026-Q1" and cal.coming.state == "not_open"
    assert cal.coming.opens == date(2026, 4, 1)  # the day after the quarter ends
    assert (cal.coming.deadline - date(2026, 3, 31)).days == rt.config["calendar.deadline_days"]


def test_a_snapshot_locks_every_completed_quarter_and_names_itself(rt):
    sid = create_snapshot(rt, "Voortgangsbrief [x](https://evil.example)", "pm", today=TODAY)
    cal = intake_calendar(rt, TODAY)
    assert cal.open == []
    assert [s.period for s in cal.locked] == [f"{y}-Q{q}" for y in (2025, 2024) for q in (4, 3, 2, 1)]
    [(lock, quarters)] = cal.locks()
    assert lock.snapshot_id == sid and lock.label == "Voortgangsbrief [x](https://evil.example)"
    assert isinstance(lock.since, datetime) and lock.since.date() == date.today()
    assert quarter_spans(quarters) == [(Quarter.parse("2024-Q1"), Quarter.parse("2025-Q4"))]
    assert cal.coming.period == "2026-Q1"  # the current quarter is never locked


def test_a_reopened_quarter_is_open_again_and_the_rest_stays_locked(rt):
    create_snapshot(rt, "Brief 2025", "pm", today=TODAY)
    reopen_quarter(rt, "2025-Q2", "pm", "correctie G1")
    cal = intake_calendar(rt, TODAY)
    assert cal.open == ["2025-Q2"]
    [(lock, quarters)] = cal.locks()
    assert lock.label == "Brief 2025"
    assert quarter_spans(quarters) == [(Quarter.parse("2024-Q1"), Quarter.parse("2025-Q1")),
                                       (Quarter.parse("2025-Q3"), Quarter.parse("2025-Q4"))]


def test_two_snapshots_are_listed_newest_first(rt):
    create_snapshot(rt, "Eerste", "pm", until="2025-Q2", today=TODAY)
    create_snapshot(rt, "Tweede", "pm", today=TODAY)
    cal = intake_calendar(rt, TODAY)
    groups = [(lock.label, [str(q) for q in qs]) for lock, qs in cal.locks()]
    assert groups == [("Tweede", ["2025-Q3", "2025-Q4"]),
                      ("Eerste", ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"])]


def test_before_the_programme_and_after_it(rt):
    early = intake_calendar(rt, date(2024, 2, 1))  # in the first quarter
    assert early.open == [] and early.coming.period == "2024-Q1"
    assert early.coming.opens == date(2024, 4, 1)
    late = intake_calendar(rt, date(2027, 6, 1))  # after the programme
    assert late.coming is None
    assert late.open[0] == "2026-Q4"


def test_empty_database(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS, start="2024-Q1", end="2026-Q4")
    cal = intake_calendar(rt, TODAY)
    assert len(cal.open) == 8 and cal.locked == [] and cal.coming.period == "2026-Q1"
