"""The ingest path shared by uploads, bulk loads and the demo (file formats: see test_reader)."""

from datetime import datetime

from helpers import make_world, submit_csv

from tests.compute.test_engine import DEFS, ORGS

HEADER = "organisatie;periode;maatstaf;waarde;toelichting\n"


def snapshot(rt):
    return {
        t: rt.store.query(f'SELECT * FROM "{t}" ORDER BY ALL').rows()
        for t in ("submissions", "submitted_values", "submission_files")
    }


def test_rejection_reports_every_problem_and_changes_no_values(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    before = snapshot(rt)
    res = submit_csv(
        rt,
        HEADER
        + "\n".join(
            [
                "G1;2024-Q1;cdo;misschien;",  # row 2: not a boolean
                "G1;2024-Q1;fte;-1;",  # row 3: fine (no min)
                "G1;2024-Q1;nope;1;",  # row 4: unknown measure
                "G1;2024-Q1;live;01-01-2024;",  # row 5: not for a gemeente
                "G1;2024-Q1;stage;klaar;",  # row 6: not a choice
                "G1;2024-Q1;fte;2;",  # row 7: duplicate of row 3
                "GX;2024-Q1;cdo;ja;",  # row 8: unknown organisation
                "G2;2026-Q1;cdo;ja;",  # row 9: not yet open
                "G2;2024-Q5;cdo;ja;",  # row 10: not a quarter
            ]
        ),
    )
    assert res.status == "rejected"
    assert [(p.line, p.path, p.code) for p in res.errors] == [
        (2, "waarde", "bad-boolean"),
        (4, "maatstaf", "unknown-measure"),
        (5, "maatstaf", "measure-not-applicable"),
        (6, "waarde", "bad-choice"),
        (7, "maatstaf", "duplicate-measure"),
        (8, "organisatie", "unknown-organisation"),
        (9, "periode", "period-not-open"),
        (10, "periode", "bad-period"),
    ]
    assert snapshot(rt) == before
    rejected = rt.store.query("SELECT error_count, file_name FROM rejected_attempts").rows()
    assert rejected == [(8, "test.csv")]


def test_required_measure_missing(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    res = submit_csv(rt, HEADER + "G1;2024-Q1;fte;2;\n", org="G1", period="2024-Q1")
    assert [(p.code, p.value) for p in res.errors] == [("required-missing", "cdo")]


def test_single_submission_for_other_organisation_or_period(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    res = submit_csv(rt, HEADER + "G2;2024-Q2;cdo;ja;\n", org="G1", period="2024-Q1")
    assert [(p.line, p.code) for p in res.errors] == [(2, "wrong-organisation"), (2, "wrong-period")]


def test_dry_run_then_accept_then_identical_file_is_duplicate(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    text = HEADER + "G1;2024-Q1;cdo;ja;\nG1;2024-Q1;fte;1,5;\n"
    dry = submit_csv(rt, text, org="G1", period="2024-Q1", dry_run=True)
    assert (dry.status, dry.counts) == ("valid", {"new": 2, "changed": 0, "unchanged": 0})
    assert rt.store.scalar("SELECT count(*) FROM submissions") == 0
    ok = submit_csv(rt, text, org="G1", period="2024-Q1")
    assert (ok.status, ok.counts, ok.changed_measures) == (
        "accepted",
        {"new": 2, "changed": 0, "unchanged": 0},
        ["cdo", "fte"],
    )
    again = submit_csv(rt, text, org="G1", period="2024-Q1")
    assert again.status == "duplicate"
    assert rt.store.scalar("SELECT count(*) FROM submissions") == 1
    changed = submit_csv(rt, text.replace("1,5", "2,5"), org="G1", period="2024-Q1")
    assert changed.counts == {"new": 0, "changed": 1, "unchanged": 1}


def test_late_submission_is_marked(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    text = HEADER + "G1;2024-Q1;cdo;ja;\n"
    submit_csv(rt, text, org="G1", period="2024-Q1", received_at=datetime(2024, 4, 30, 23))
    submit_csv(rt, text.replace("G1", "G2"), org="G2", period="2024-Q1", received_at=datetime(2024, 5, 1, 9))
    rows = rt.store.query(
        "SELECT organisation, deadline, on_time FROM submissions ORDER BY organisation"
    ).rows()
    assert [(o, str(d), t) for o, d, t in rows] == [("G1", "2024-04-30", True), ("G2", "2024-04-30", False)]
