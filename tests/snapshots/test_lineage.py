"""lineage: the submissions behind one indicator value, live and in a snapshot."""

from datetime import datetime

import pytest

from monitor.errors import UsageError
from monitor.snapshots import lineage, load_snapshot

OLD = datetime(2025, 12, 1)  # DATA: submissions 1-9, one per organisation and quarter
NEW = datetime(2026, 1, 10, 9, 30)  # REVISIONS: submissions 10-16


def rows(frame, *cols):
    return frame.select(*cols).rows()


def test_share_value_lists_exactly_its_submissions(revised):
    rt, a, b = revised
    cols = ("organisation", "measure", "period", "value", "submission_id", "version", "submitted_by",
            "received_at", "file_name")
    frozen = lineage(rt.store, "i_share", "2024-Q1", snapshot_id=a)
    assert rows(frozen, *cols) == [
        ("G1", "cdo", "2024-Q1", "ja", 1, 1, "test", OLD, "test.csv"),
        ("G2", "cdo", "2024-Q1", "nee", 2, 1, "test", OLD, "test.csv"),
        ("G3", "cdo", "2024-Q1", "ja", 3, 1, "test", OLD, "test.csv"),
        ("P1", "cdo", "2024-Q1", "nee", 4, 1, "test", OLD, "test.csv"),
    ]
    live = lineage(rt.store, "i_share", "2024-Q1", defs=rt.defs)
    assert rows(live, *cols) == [
        ("G1", "cdo", "2024-Q1", "ja", 1, 1, "test", OLD, "test.csv"),
        ("G2", "cdo", "2024-Q1", "ja", 11, 2, "test", NEW, "test.csv"),
        ("G3", "cdo", "2024-Q1", "ja", 3, 1, "test", OLD, "test.csv"),
        ("G4", "cdo", "2024-Q1", "ja", 13, 1, "test", NEW, "test.csv"),
        ("P1", "cdo", "2024-Q1", "nee", 4, 1, "test", OLD, "test.csv"),
    ]
    old_sha = load_snapshot(rt.store, a).files["sha256"][0]
    assert frozen["definition_sha256"].unique().to_list() == [old_sha]
    assert live["definition_sha256"].unique().to_list() == [rt.defs.action_of("i_share").sha256]
    assert old_sha != rt.defs.action_of("i_share").sha256
    assert lineage(rt.store, "i_share", "2024-Q1", snapshot_id=b).equals(live)


def test_cumulative_includes_every_earlier_quarter(revised):
    rt, a, _ = revised
    frame = lineage(rt.store, "i_cum", "2024-Q2", snapshot_id=a)
    assert rows(frame, "organisation", "period", "value", "submission_id") == [
        ("G1", "2024-Q1", "2", 1), ("G1", "2024-Q2", "3", 5),
        ("G2", "2024-Q1", "1", 2), ("G2", "2024-Q2", "0", 6),
        ("G3", "2024-Q1", "0", 3),
        ("G4", "2024-Q2", "4", 7),
    ]  # 2 + 3 + 1 + 0 + 0 + 4 = 10, the value of i_cum in 2024-Q2


def test_latest_uses_each_organisations_last_value(revised):
    rt, _, _ = revised
    frame = lineage(rt.store, "i_latest", "2024-Q2", defs=rt.defs)
    assert rows(frame, "organisation", "period", "value", "submission_id", "version") == [
        ("G1", "2024-Q2", "2,5", 5, 1),
        ("G2", "2024-Q2", "3", 15, 2),  # was n.v.t.
        ("G3", "2024-Q1", "3", 3, 1),  # carried forward from 2024-Q1
        ("G4", "2024-Q2", "1", 7, 1),
        ("P1", "2024-Q2", "4", 8, 1),
    ]  # 2.5 + 3 + 3 + 1 + 4 = 13.5


def test_ratio_and_milestone(revised):
    rt, _, _ = revised
    ratio = lineage(rt.store, "i_ratio", "2024-Q2", defs=rt.defs)
    assert rows(ratio, "organisation", "measure", "value", "submission_id") == [
        ("G1", "num", "2", 14), ("G2", "den", "0", 6), ("G2", "num", "1", 6)]
    mile = lineage(rt.store, "i_mile", "2024-Q3", defs=rt.defs)
    assert rows(mile, "organisation", "measure", "period", "value", "state") == [
        ("P1", "live", "2024-Q2", "2024-08-01", "value")]


def test_lineage_mistakes(revised):
    rt, a, _ = revised
    with pytest.raises(UsageError, match="'i_nope' is not an indicator in the definitions"):
        lineage(rt.store, "i_nope", "2024-Q1", defs=rt.defs)
    with pytest.raises(UsageError, match="'i_extra' is not an indicator in snapshot 1"):
        lineage(rt.store, "i_extra", "2024-Q1", snapshot_id=a)
    with pytest.raises(UsageError, match="covers quarters up to 2024-Q2"):
        lineage(rt.store, "i_share", "2024-Q3", snapshot_id=a)
    with pytest.raises(UsageError, match="there is no snapshot 7"):
        lineage(rt.store, "i_share", "2024-Q1", snapshot_id=7)
    with pytest.raises(UsageError, match="needs the definitions"):
        lineage(rt.store, "i_share", "2024-Q1")
