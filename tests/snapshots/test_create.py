"""Creating a snapshot: what it freezes, that it never changes, and that it recomputes."""

import json
from datetime import date, datetime
from pathlib import Path

import polars as pl
import pytest
from helpers import TODAY, submit_csv
from polars.testing import assert_frame_equal

from monitor.compute.engine import RESULT_SCHEMA, compute
from monitor.errors import MonitorError, UsageError
from monitor.snapshots import (
    create_snapshot,
    list_snapshots,
    load_snapshot,
    recompute_snapshot,
    reopen_quarter,
    snapshot_results,
    snapshot_values,
)
from monitor.snapshots.frozen import combined_sha256
from tests.snapshots.fixture import reload

FROZEN_TABLES = ("snapshots", "snapshot_files", "snapshot_organisations", "snapshot_values",
                 "snapshot_results")


def frozen(rt, sid) -> dict[str, bytes]:
    """Every stored row of snapshot ``sid``, as CSV bytes per table (sorted on all columns)."""
    out = {}
    with rt.store.read() as con:
        for table in FROZEN_TABLES:
            key = "id" if table == "snapshots" else "snapshot_id"
            rows = con.sql(f"SELECT * FROM {table} WHERE {key} = $sid ORDER BY ALL", params={"sid": sid})
            out[table] = rows.pl().write_csv().encode()
    assert all(out.values())
    return out


def national(frame: pl.DataFrame, indicator: str, period: str) -> dict:
    rows = frame.filter((pl.col("indicator") == indicator) & (pl.col("period") == period)
                        & (pl.col("breakdown") == "national")).to_dicts()
    assert len(rows) == 1
    return rows[0]


def test_snapshot_freezes_definitions_values_results_and_date(world):
    expected = compute(world.store, world.defs, world.config, today=TODAY)
    sid = create_snapshot(world, "Voortgangsbrief 2025", "pm", today=TODAY)
    assert sid == 1
    snap = load_snapshot(world.store, sid)
    assert (snap.label, snap.created_by, snap.reference_date, str(snap.until)) == (
        "Voortgangsbrief 2025", "pm", TODAY, "2025-Q4")  # until: last completed quarter
    yaml_text = (Path(world.store.path).parent / "indicators" / "a01-test.yaml").read_text(encoding="utf-8")
    assert snap.files.select("file_name", "action", "text").rows() == [("a01-test.yaml", "a01", yaml_text)]
    assert snap.files["sha256"].to_list() == [world.defs.actions[0].sha256]
    assert snap.definitions_sha256 == combined_sha256([("a01-test.yaml", world.defs.actions[0].sha256)])
    assert sorted(snap.defs.indicators) == sorted(world.defs.indicators)  # rebuilt from the YAML
    assert snap.settings == {"programme.start": "2024-Q1", "programme.end": "2025-Q4",
                             "status.min_coverage": 0.5, "status.on_track": 0.9, "status.at_risk": 0.7,
                             "compute.max_carry_quarters": 4,
                             "status.action_rule": "worst", "compute.forecast_min_points": 4,
                             "compute.flow_achieved_for": 4}
    assert dict(snap.results.schema) == RESULT_SCHEMA
    assert_frame_equal(snap.results, expected)
    assert national(snap.results, "i_share", "2024-Q1")["value"] == 50.0
    values = snapshot_values(world.store, sid)
    assert values.height == 42  # every line of DATA except P1's empty 'live' in 2024-Q1
    g2 = values.filter((pl.col("organisation") == "G2") & (pl.col("period") == "2024-Q2")
                       & (pl.col("measure") == "fte")).to_dicts()[0]
    assert (g2["state"], g2["num"], g2["submission_id"], g2["version"]) == ("nvt", None, 6, 1)
    received = world.store.query(
        "SELECT DISTINCT s.received_at, s.file_name FROM snapshot_values v JOIN submissions s "
        "ON s.id = v.submission_id WHERE v.snapshot_id = ?", [sid]).rows()
    assert received == [(datetime(2025, 12, 1), "test.csv")]
    listing = list_snapshots(world.store)
    assert listing.select("id", "label", "until_period", "values", "results").rows() == [
        (1, "Voortgangsbrief 2025", "2025-Q4", 42, expected.height)]


def test_snapshot_is_unchanged_after_new_submissions_and_register_change(world):
    sid = create_snapshot(world, "Voortgangsbrief 2024", "pm", until="2024-Q2", today=TODAY)
    before = frozen(world, sid)
    stored = snapshot_results(world.store, sid)
    assert national(stored, "i_share", "2024-Q1")["value"] == 50.0
    reopen_quarter(world, "2024-Q1", "pm", "G2 heeft een CDO")
    fix = "organisatie;periode;maatstaf;waarde;toelichting\nG2;2024-Q1;cdo;ja;\n"
    assert submit_csv(world, fix, org="G2", period="2024-Q1").status == "accepted"
    later = "organisatie;periode;maatstaf;waarde;toelichting\nG3;2024-Q3;cdo;ja;\nG3;2024-Q3;fte;2;\n"
    assert submit_csv(world, later, org="G3", period="2024-Q3").status == "accepted"
    # the register changes too: G4 leaves (e.g. a municipal merger)
    orgs = Path(world.store.path).parent / "orgs.csv"
    orgs.write_text(orgs.read_text(encoding="utf-8").replace("G4,G4 naam,gemeente,,\n", ""), encoding="utf-8")
    rt = reload(world)
    live = compute(rt.store, rt.defs, rt.config, until=load_snapshot(rt.store, sid).until, today=TODAY)
    assert national(live, "i_share", "2024-Q1")["value"] == 75.0  # G1, G2, G3 of four reporting
    assert national(live, "i_share", "2024-Q2")["expected"] == 4
    after = frozen(rt, sid)
    assert after == before  # byte for byte, every frozen table
    assert_frame_equal(snapshot_results(rt.store, sid), stored)
    # recomputed from the frozen values, register and definitions: the stored results exactly
    again = recompute_snapshot(rt, sid)
    assert_frame_equal(again, stored)
    assert national(again, "i_share", "2024-Q2")["expected"] == 5


def test_recompute_uses_the_frozen_definitions_and_settings(world):
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q2", today=TODAY)
    folder = Path(world.store.path).parent
    path = folder / "indicators" / "a01-test.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{period: 2025-Q4, value: 80}", "{period: 2025-Q4, value: 95}"),
                    encoding="utf-8")
    config = folder / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("min_coverage: 0.5", "min_coverage: 0.9"),
                      encoding="utf-8")
    rt = reload(world)
    live = compute(rt.store, rt.defs, rt.config, until=load_snapshot(rt.store, sid).until, today=TODAY)
    share = national(live, "i_share", "2024-Q2")  # new target; coverage 0.8 below the new 0.9
    assert (share["final_target"], share["status"]) == (95.0, "onvoldoende")
    assert national(live, "i_sum", "2024-Q1")["status"] == "onvoldoende"
    again = recompute_snapshot(rt, sid)
    assert_frame_equal(again, snapshot_results(rt.store, sid))
    assert national(again, "i_sum", "2024-Q1")["status"] == "op_koers"
    share = national(again, "i_share", "2024-Q2")
    assert (share["final_target"], share["status"]) == (80.0, "behaald")


def test_snapshot_locks_its_quarters_and_is_audited(world):
    sid = create_snapshot(world, "Voortgangsbrief 2024", "pm", until="2024-Q2", today=TODAY)
    locks = world.store.query("SELECT period, snapshot_id, label, locked_by, reopened_at FROM period_locks "
                              "ORDER BY period").rows()
    assert locks == [("2024-Q1", sid, "Voortgangsbrief 2024", "pm", None),
                     ("2024-Q2", sid, "Voortgangsbrief 2024", "pm", None)]
    second = create_snapshot(world, "Brief Q3", "pm", until="2024-Q3", today=TODAY)
    assert world.locked_periods() == {"2024-Q1": "Voortgangsbrief 2024", "2024-Q2": "Voortgangsbrief 2024",
                                      "2024-Q3": "Brief Q3"}  # locked quarters are not locked twice
    audit = world.store.query("SELECT actor, action, target, detail, reason FROM audit_log "
                              "WHERE action LIKE 'snapshot.%' ORDER BY id")  # not the user seeding
    assert audit.select("actor", "action", "target", "reason").rows() == [
        ("pm", "snapshot.create", str(sid), None), ("pm", "snapshot.create", str(second), None)]
    detail = json.loads(audit["detail"][0])
    keys = ("snapshot_id", "label", "reference_date", "until", "values", "locked")
    assert {k: detail[k] for k in keys} == {
        "snapshot_id": 1, "label": "Voortgangsbrief 2024", "reference_date": "2026-01-15",
        "until": "2024-Q2", "values": 40, "locked": ["2024-Q1", "2024-Q2"]}
    assert json.loads(audit["detail"][1])["locked"] == ["2024-Q3"]
    assert detail["definitions_sha256"] == load_snapshot(world.store, sid).definitions_sha256


@pytest.mark.parametrize("label", ["", "   "])
def test_empty_label_is_refused(world, label):
    with pytest.raises(UsageError, match="label"):
        create_snapshot(world, label, "pm", today=TODAY)
    assert world.store.scalar("SELECT count(*) FROM snapshots") == 0


def test_quarter_not_completed_or_before_start_is_refused(world):
    with pytest.raises(UsageError, match="up to 2025-Q4"):
        create_snapshot(world, "Brief", "pm", until="2026-Q1", today=TODAY)
    with pytest.raises(UsageError, match="before the programme start"):
        create_snapshot(world, "Brief", "pm", until="2023-Q4", today=TODAY)
    with pytest.raises(UsageError, match="up to 2024-Q3"):
        create_snapshot(world, "Brief", "pm", until="2024-Q4", today=date(2024, 11, 1))


def test_database_without_submissions_is_refused(tmp_path):
    from helpers import make_world

    from tests.compute.test_engine import DEFS, ORGS

    rt = make_world(tmp_path, DEFS, ORGS)
    with pytest.raises(MonitorError, match="no submissions") as exc:
        create_snapshot(rt, "Brief", "pm", today=TODAY)
    assert not isinstance(exc.value, UsageError)
    assert rt.store.scalar("SELECT count(*) FROM period_locks") == 0


def test_submission_between_computing_and_storing_is_included(world, monkeypatch):
    import monitor.snapshots.create as create

    original, calls = create._compute, []

    def compute_then_submission_arrives(rt, until):
        computed = original(rt, until)
        if not calls:
            text = "organisatie;periode;maatstaf;waarde;toelichting\nG2;2024-Q1;cdo;ja;\n"
            assert submit_csv(rt, text, org="G2", period="2024-Q1").status == "accepted"
        calls.append(until)
        return computed

    monkeypatch.setattr(create, "_compute", compute_then_submission_arrives)
    sid = create_snapshot(world, "Brief", "pm", until="2024-Q1", today=TODAY)
    assert calls == [calls[0]] * 2  # computed again
    assert national(snapshot_results(world.store, sid), "i_share", "2024-Q1")["value"] == 75.0
    g2 = snapshot_values(world.store, sid).filter(pl.col("organisation") == "G2", pl.col("measure") == "cdo")
    assert g2.select("num", "submission_id", "version").rows() == [(1.0, 10, 2)]
    assert world.store.scalar("SELECT count(*) FROM snapshots") == 1
