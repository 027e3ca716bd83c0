"""The intake calendar: for each quarter of the programme whether it is open for submissions,
locked by a snapshot (which one, since when) or not open yet, and when the next quarter opens.

A quarter opens the day after it ends (submissions are about a completed quarter) and is due
``calendar.deadline_days`` later. A snapshot locks the quarters it reports until a programme
manager reopens one with a reason (monitor.snapshots.locks). The upload page shows this; it never
asks the intake about a quarter that cannot be chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from monitor.config import Config
from monitor.periods import Quarter, last_completed_quarter, quarter_range

if TYPE_CHECKING:
    from monitor.runtime import Runtime
    from monitor.snapshots.locks import Lock

State = Literal["open", "locked", "not_open"]

@dataclass(frozen=True)
class QuarterState:
    quarter: Quarter
    state: State
    opens: date  # the first day figures for the quarter can be submitted (the day after its end)
    deadline: date  # the last day a submission counts as on time
    lock: Lock | None = None

    @property
    def period(self) -> str:
        return str(self.quarter)


@dataclass(frozen=True)
class IntakeCalendar:
    """Every quarter of the programme up to the last completed one (newest first), and the
    coming quarter (the current one, not open yet; None once the programme has ended)."""

    quarters: list[QuarterState]
    coming: QuarterState | None

    @property
    def open(self) -> list[str]:
        """The quarters that can be submitted now, newest first."""
        return [s.period for s in self.quarters if s.state == "open"]

    @property
    def locked(self) -> list[QuarterState]:
        return [s for s in self.quarters if s.state == "locked"]

    def locks(self) -> list[tuple[Lock, list[Quarter]]]:
        """The locked quarters grouped by the snapshot that locks them (oldest quarter first per
        group), newest snapshot first."""
        groups: dict[tuple, tuple[Lock, list[Quarter]]] = {}
        for s in sorted(self.locked, key=lambda s: s.quarter):
            assert s.lock is not None
            key = (s.lock.snapshot_id, s.lock.label)
            lock, quarters = groups.setdefault(key, (s.lock, []))
            quarters.append(s.quarter)
            if s.lock.since > lock.since:  # the latest moment this snapshot locked one of them
                groups[key] = (s.lock, quarters)
        return sorted(groups.values(), key=lambda g: (g[0].since, g[0].snapshot_id or 0),
                      reverse=True)


def quarter_state(q: Quarter, config: Config, today: date, locks: dict[str, Lock]) -> QuarterState:
    opens = q.last_day() + timedelta(days=1)
    deadline = q.last_day() + timedelta(days=int(config["calendar.deadline_days"]))
    if today < opens:
        return QuarterState(q, "not_open", opens, deadline)
    lock = locks.get(str(q))
    return QuarterState(q, "locked" if lock else "open", opens, deadline, lock)


def intake_calendar(rt: Runtime, today: date | None = None) -> IntakeCalendar:
    """The state of every quarter of the programme on ``today`` (default: today)."""
    from monitor.snapshots.locks import locks_in_effect

    today, config = today or date.today(), rt.config
    locks = locks_in_effect(rt.store)
    last = min(last_completed_quarter(today), config.programme_end)
    states = [quarter_state(q, config, today, locks)
              for q in reversed(quarter_range(config.programme_start, last))]
    current = Quarter.containing(today)
    coming = None
    if config.programme_start <= current <= config.programme_end:
        coming = quarter_state(current, config, today, locks)
    return IntakeCalendar(states, coming)


def quarter_spans(quarters: list[Quarter]) -> list[tuple[Quarter, Quarter]]:
    """Consecutive quarters as (first, last) spans: [Q1, Q2, Q4] -> [(Q1, Q2), (Q4, Q4)]."""
    spans: list[tuple[Quarter, Quarter]] = []
    for q in sorted(quarters):
        if spans and q - spans[-1][1] == 1:
            spans[-1] = (spans[-1][0], q)
        else:
            spans.append((q, q))
    return spans
