"""A snapshot locks its quarters for the intake until a quarter is reopened with a reason."""

import json
from datetime import datetime

import pytest
from helpers import TODAY, submit_csv

from monitor.errors import UsageError
from monitor.intake.history import open_quarters
from monitor.snapshots import create_snapshot, reopen_quarter, snapshot_results, snapshot_values

FIX = "organisatie;periode;maatstaf;waarde;toelichting\nG2;2024-Q1;cdo;ja;CDO benoemd\n"


def test_locked_quarter_refuses_resubmission_until_reopened(world):
    sid = create_snapshot(world, "Voortgangsbrief 2024", "pm", until="2024-Q2", today=TODAY)
    values, results = snapshot_values(world.store, sid), snapshot_results(world.store, sid)
    assert not {"2024-Q1", "2024-Q2"} & set(open_quarters(world.context(TODAY)))

    refused = submit_csv(world, FIX, org="G2", period="2024-Q1")
    assert refused.status == "rejected"
    assert [(p.line, p.path, p.code) for p in refused.errors] == [(2, "periode", "period-locked")]
    assert "Voortgangsbrief 2024" in refused.errors[0].message
    assert world.store.scalar("SELECT count(*) FROM rejected_attempts") == 1

    with pytest.raises(UsageError, match="reason"):
        reopen_quarter(world, "2024-Q1", "pm", "  ")
    assert world.locked_periods() == {"2024-Q1": "Voortgangsbrief 2024", "2024-Q2": "Voortgangsbrief 2024"}

    labels = reopen_quarter(world, "2024 Q1", "pm", "G2 meldt een CDO sinds januari",
                            at=datetime(2026, 1, 20, 10, 0))
    assert labels == ["Voortgangsbrief 2024"]
    assert world.locked_periods() == {"2024-Q2": "Voortgangsbrief 2024"}
    lock = world.store.query("SELECT snapshot_id, reopened_at, reopened_by, reason FROM period_locks "
                             "WHERE period = '2024-Q1'").rows()
    assert lock == [(sid, datetime(2026, 1, 20, 10, 0), "pm", "G2 meldt een CDO sinds januari")]
    audit = world.store.query("SELECT occurred_at, actor, action, target, detail, reason FROM audit_log "
                              "WHERE action = 'period.reopen'").rows()
    assert [row[:4] + row[5:] for row in audit] == [
        (datetime(2026, 1, 20, 10, 0), "pm", "period.reopen", "2024-Q1", "G2 meldt een CDO sinds januari")]
    assert json.loads(audit[0][4]) == {"period": "2024-Q1", "snapshots": [sid],
                                       "labels": ["Voortgangsbrief 2024"]}

    accepted = submit_csv(world, FIX, org="G2", period="2024-Q1", received_at=datetime(2026, 1, 21))
    assert accepted.status == "accepted" and accepted.counts["changed"] == 1
    still = submit_csv(world, FIX.replace("2024-Q1", "2024-Q2"), org="G2", period="2024-Q2")
    assert [p.code for p in still.errors] == ["period-locked"]
    # the snapshot did not change
    assert snapshot_values(world.store, sid).equals(values)
    assert snapshot_results(world.store, sid).equals(results)


def test_reopen_refuses_a_quarter_that_is_not_locked(world):
    with pytest.raises(UsageError, match="2024-Q3 is not locked"):
        reopen_quarter(world, "2024-Q3", "pm", "zomaar")
    create_snapshot(world, "Brief", "pm", until="2024-Q1", today=TODAY)
    reopen_quarter(world, "2024-Q1", "pm", "correctie")
    with pytest.raises(UsageError, match="2024-Q1 is not locked"):
        reopen_quarter(world, "2024-Q1", "pm", "nog een keer")
    assert world.store.scalar("SELECT count(*) FROM audit_log WHERE action = 'period.reopen'") == 1


def test_a_new_snapshot_locks_a_reopened_quarter_again(world):
    create_snapshot(world, "Brief 1", "pm", until="2024-Q1", today=TODAY)
    reopen_quarter(world, "2024-Q1", "pm", "correctie")
    second = create_snapshot(world, "Brief 2", "pm", until="2024-Q1", today=TODAY)
    assert world.locked_periods() == {"2024-Q1": "Brief 2"}
    active = world.store.query("SELECT snapshot_id, label FROM period_locks WHERE reopened_at IS NULL")
    assert active.rows() == [(second, "Brief 2")]
