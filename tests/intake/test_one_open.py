"""An upload opens the database file once (user check, read, write or rejection), and a rejected
file still changes nothing but its rejection records."""

from helpers import TODAY, CountingStore, make_world

from monitor.intake.ingest import submit_file
from tests.compute.test_engine import DATA, DEFS, ORGS

GOOD = "organisatie;periode;maatstaf;waarde;toelichting\nG4;2024-Q1;cdo;ja;\n"
BAD = "organisatie;periode;maatstaf;waarde;toelichting\nG4;2024-Q1;cdo;misschien;\n"


def _counts(store) -> dict[str, int]:
    return {
        t: n
        for t, n in store.table_counts().items()
        if t in ("submissions", "submitted_values", "rejected_attempts", "audit_log")
    }


def test_an_upload_opens_the_database_once(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    store = CountingStore(rt.store.path)
    ctx = rt.context(TODAY)
    first = submit_file(store, ctx, DATA.strip().encode(), "all.csv", bulk=True, user="test")
    assert (first.status, store.opens) == ("accepted", 1)
    before = _counts(rt.store)
    opens = store.opens
    bad = submit_file(store, ctx, BAD.encode(), "bad.csv", organisation="G4", period="2024-Q1", user="test")
    assert (bad.status, store.opens - opens) == ("rejected", 1)
    after = _counts(rt.store)
    assert after == before | {
        "rejected_attempts": before["rejected_attempts"] + 1,
        "audit_log": before["audit_log"] + 1,
    }
    opens = store.opens
    good = submit_file(
        store, ctx, GOOD.encode(), "good.csv", organisation="G4", period="2024-Q1", user="test"
    )
    assert (good.status, good.counts["new"], store.opens - opens) == ("accepted", 1, 1)
    assert (
        rt.store.scalar(
            "SELECT num FROM current_values WHERE organisation = 'G4' "
            "AND period = '2024-Q1' AND measure = 'cdo'"
        )
        == 1.0
    )
