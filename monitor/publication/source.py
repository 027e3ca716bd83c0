"""What an export is made from: a frozen snapshot, or the live data (then marked provisional)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import polars as pl

from monitor.compute.describe import rule_settings
from monitor.compute.engine import RULES_VERSION
from monitor.config import Config
from monitor.definitions import Definitions
from monitor.periods import Quarter
from monitor.runtime import Runtime
from monitor.text import t


@dataclass(frozen=True)
class ExportSource:
    results: pl.DataFrame          # RESULT_SCHEMA, up to ``until``
    defs: Definitions
    peildatum: date
    until: str                     # last quarter reported, 'YYYY-Qn'
    label: str
    definitions_sha256: str
    snapshot_id: int | None        # None: live data, provisional
    rules_version: int = RULES_VERSION  # the snapshot's computation rules (1: before issue 15);
    # every export of a snapshot follows them, so a version-1 snapshot exports as it was sent
    action_rule: str = "worst"     # setting status.action_rule frozen with the snapshot
    config: Config | None = None   # the settings the results were computed with (a snapshot's
    # frozen ones over the current config, declared defaults for those it does not hold);
    # None: the built-in defaults
    statements: tuple = ()         # the approved action statements (``monitor.statements.Published``)
    # up to ``until``, as the snapshot froze them (live: the latest approved versions) (issue 18)
    commitments: object = None     # ``monitor.commitments.annex.Annexes`` for the report's annexes
    # 1A (completed in the quarter ``until``) and 1B (open); None: none known

    @property
    def settings(self) -> Mapping[str, object]:
        """The settings the rules in words depend on (``describe.rule_settings``)."""
        return rule_settings(self.config) if self.config is not None else rule_settings()

    @property
    def live(self) -> bool:
        return self.snapshot_id is None

    @property
    def stem(self) -> str:
        """File name stem: 'snapshot-3-2026-Q3' or 'live-2026-Q3'."""
        return f"snapshot-{self.snapshot_id}-{self.until}" if self.snapshot_id else f"live-{self.until}"


def from_snapshot(rt: Runtime, snapshot_id: object, user: object) -> ExportSource:
    """A snapshot's frozen results; ``user`` must be allowed ``export.snapshot``."""
    from monitor.access.enforce import enforce_as
    from monitor.snapshots import load_snapshot
    from monitor.snapshots.frozen import frozen_config

    enforce_as(rt.store, user, "export.snapshot", target=f"snapshot {snapshot_id}")
    snap = load_snapshot(rt.store, snapshot_id)
    return ExportSource(snap.results, snap.defs, snap.reference_date, str(snap.until), snap.label,
                        snap.definitions_sha256, snap.id, snap.rules_version,
                        str(snap.settings.get("status.action_rule", "worst")),
                        frozen_config(rt.config, snap.settings),
                        *_words(rt, snap.id, str(snap.until)))


def _words(rt: Runtime, snapshot_id: int | None, until: str) -> tuple[tuple, object]:
    """The approved statements up to ``until`` and the commitments' annexes (1A: completed in
    the quarter ``until``), from the snapshot's frozen tables or, for ``snapshot_id`` None, live."""
    from monitor.commitments.annex import commitments_for
    from monitor.statements import statements_for

    period = Quarter.parse(until)
    statements = tuple(s for s in statements_for(rt, snapshot_id)
                       if Quarter.parse(s.period) <= period)
    annexes = commitments_for(rt, snapshot_id, completed_since=period.first_day(),
                              completed_until=period.last_day())
    return statements, annexes


def live(rt: Runtime, user: object, today: date | None = None) -> ExportSource:
    """The current data, marked provisional; ``user`` must be allowed ``export.live``."""
    from monitor.access.enforce import enforce_as
    from monitor.results import current_results

    enforce_as(rt.store, user, "export.live", target="live")
    from monitor.snapshots.create import definition_files
    from monitor.snapshots.frozen import combined_sha256

    today = today or date.today()
    results = current_results(rt, today)
    until = results["period"].max() if not results.is_empty() else str(Quarter.containing(today) - 1)
    sha = combined_sha256([(f["file_name"], f["sha256"]) for f in definition_files(rt.defs)])
    label = t("exports.live_label", rt.config["language"])
    statements, annexes = _words(rt, None, until)
    return ExportSource(results, rt.defs, today, until, label, sha, None,
                        action_rule=rt.config["status.action_rule"], config=rt.config,
                        statements=statements, commitments=annexes)
