"""diff between two snapshots and between a snapshot and the live data (fixture: ``fixture.py``)."""

import hashlib

import polars as pl
import pytest
from helpers import TODAY

from monitor.errors import UsageError
from monitor.snapshots import diff, load_snapshot
from tests.snapshots.fixture import EXTRA


def test_revised_values_are_listed_exactly(revised):
    rt, a, b = revised
    d = diff(rt.store, a, b)
    assert (d.a, d.b, d.through) == (1, 2, "2024-Q2")
    # not listed: G1 2024-Q2 'wait' (same value, new note), P1 2024-Q3 (after the compared quarters),
    # G4 2024-Q1 (a new organisation for that quarter, listed separately)
    assert d.values.rows() == [
        ("G1", "2024-Q1", "fte", "revised", "1,5", "2", 1.5, 2.0),
        ("G1", "2024-Q2", "num", "added", None, "2", None, 2.0),
        ("G2", "2024-Q1", "cdo", "revised", "nee", "ja", 0.0, 1.0),
        ("G2", "2024-Q2", "fte", "revised", "n.v.t.", "3", None, 3.0),
        ("G3", "2024-Q1", "stage", "revised", "gereed", "n.v.t.", None, None),
    ]
    assert d.values.columns == ["organisation", "period", "measure", "change", "old", "new", "old_num",
                                "new_num"]


def test_new_organisations_per_quarter(revised):
    rt, a, b = revised
    assert diff(rt.store, a, b).organisations.rows() == [("2024-Q1", "G4", 2)]


def test_status_and_value_changes_of_national_results(revised):
    rt, a, b = revised
    d = diff(rt.store, a, b)
    # worked out by hand from DATA and REVISIONS (2024-Q1 now: G1 fte 2, G2 cdo ja, G3 stage n.v.t.,
    # G4 cdo ja fte 2; 2024-Q2: G1 num 2 without den, G2 fte 3)
    assert d.results.filter(pl.col("old_status") != pl.col("new_status")).rows() == [
        ("a01", "i_carry", "2024-Q2", "achter", "op_koers", 10.5, 13.5),  # 2.5 + 3 + 3 (G3) + 1 + 4
        ("a01", "i_count", "2024-Q2", "op_koers", "behaald", 2.0, 3.0),  # G1, G2, P1 fte >= 2
        ("a01", "i_latest", "2024-Q2", "achter", "op_koers", 10.5, 13.5),
        ("a01", "i_median", "2024-Q2", "risico", "behaald", 2.5, 2.75),  # median(2.5, 3, 1, 4)
        ("a01", "i_share", "2024-Q1", "op_koers", "behaald", 50.0, 80.0),  # 4 of 5: target 80 reached
    ]
    same_status = d.results.filter(pl.col("old_status") == pl.col("new_status"))
    assert same_status.select("indicator", "period", "old_value", "new_value").rows() == [
        ("i_carry", "2024-Q1", 10.5, 13.0),  # 2 + 2 + 3 + 4 + 2
        ("i_count", "2024-Q1", 3.0, 5.0),
        ("i_latest", "2024-Q1", 10.5, 13.0),
        ("i_mean", "2024-Q1", 2.625, 2.6),  # 13 / 5
        ("i_mean", "2024-Q2", 2.5, 2.625),  # 10.5 / 4
        ("i_median", "2024-Q1", 2.5, 2.0),
        ("i_share_zero", "2024-Q1", 40.0, 80.0),
        ("i_stage", "2024-Q1", pytest.approx(100 / 3), 0.0),  # G3 n.v.t.: 0 of G1, G2
        ("i_sum", "2024-Q1", 10.5, 13.0),
        ("i_sum", "2024-Q2", 7.5, 10.5),
    ]


def test_definition_changes_by_hash(revised):
    rt, a, b = revised
    d = diff(rt.store, a, b)
    old, new = load_snapshot(rt.store, a), load_snapshot(rt.store, b)
    old_sha = old.files.filter(pl.col("file_name") == "a01-test.yaml")["sha256"][0]
    new_sha = new.files.filter(pl.col("file_name") == "a01-test.yaml")["sha256"][0]
    assert old_sha != new_sha
    assert d.definitions.rows() == [
        ("a01-test.yaml", "changed", old_sha, new_sha),
        ("a02-extra.yaml", "added", None, hashlib.sha256(EXTRA.encode()).hexdigest()),
    ]
    assert "Test herzien." in new.files["text"][0] and "Test herzien." not in old.files["text"][0]
    assert old.definitions_sha256 != new.definitions_sha256
    back = diff(rt.store, b, a)  # the other way round: the file was removed
    assert back.definitions["change"].to_list() == ["changed", "removed"]


def test_export_as_excel_csv(revised):
    rt, a, b = revised
    d = diff(rt.store, a, b)
    changes = d.changes()
    assert changes.height == 5 + 15 + 1 + 2
    data = d.to_csv_bytes()
    assert data.startswith(b"\xef\xbb\xbfsection;change;subject;organisation;period;old;new;old_status;"
                           b"new_status\r\n")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert "value;revised;fte;G1;2024-Q1;1,5;2;;" in lines
    assert "value;revised;stage;G3;2024-Q1;gereed;n.v.t.;;" in lines
    assert "result;status;i_share;NL;2024-Q1;50;80;op_koers;behaald" in lines
    assert "organisation;new;;G4;2024-Q1;;2;;" in lines
    text = d.to_text()
    assert text.startswith("snapshot 1 'Voortgangsbrief 2024' (2026-01-15) -> snapshot 2 "
                           "'Voortgangsbrief 2025' (2026-01-15) (compared up to 2024-Q2)")
    assert "revised values: 5" in text and "definition files: 2" in text


def test_same_snapshot_has_no_differences(revised):
    rt, a, _ = revised
    assert diff(rt.store, a, a).is_empty()


def test_diff_with_the_live_data(revised):
    rt, a, b = revised  # nothing changed after snapshot 2: live equals snapshot 2
    live = diff(rt.store, a, None, defs=rt.defs, config=rt.config, today=TODAY)
    frozen = diff(rt.store, a, b)
    assert (live.b, live.b_name, live.through) == (None, "live", "2024-Q2")
    for part in ("values", "results", "organisations", "definitions"):
        assert getattr(live, part).equals(getattr(frozen, part)), part
    assert diff(rt.store, b, None, defs=rt.defs, config=rt.config, today=TODAY).is_empty()


def test_unknown_snapshot_and_live_without_definitions(revised):
    rt, a, _ = revised
    with pytest.raises(UsageError, match="there is no snapshot 9"):
        diff(rt.store, a, 9)
    with pytest.raises(UsageError, match="not a snapshot id"):
        diff(rt.store, "x", a)
    with pytest.raises(UsageError, match="live definitions"):
        diff(rt.store, a, None)
