from datetime import datetime

from helpers import make_world, submit_csv

from monitor.intake.history import open_quarters
from tests.compute.test_engine import DEFS, ORGS


def test_locked_quarter_is_refused_until_reopened(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    with rt.store.transaction() as con:
        con.execute("INSERT INTO period_locks VALUES ('2024-Q1', NULL, 'Voortgangsbrief 2024', "
                    "now(), 'pm', NULL, NULL, NULL)")
    assert rt.locked_periods() == {"2024-Q1": "Voortgangsbrief 2024"}
    assert "2024-Q1" not in open_quarters(rt.context())
    text = "organisatie;periode;maatstaf;waarde;toelichting\nG1;2024-Q1;cdo;ja;\n"
    res = submit_csv(rt, text, org="G1", period="2024-Q1")
    assert [(p.line, p.code) for p in res.errors] == [(2, "period-locked")]
    assert "Voortgangsbrief 2024" in res.errors[0].message
    with rt.store.transaction() as con:
        con.execute("UPDATE period_locks SET reopened_at = ?, reopened_by = 'pm', reason = 'correctie'",
                    [datetime(2026, 1, 2)])
    assert rt.locked_periods() == {}
    assert submit_csv(rt, text, org="G1", period="2024-Q1").status == "accepted"
