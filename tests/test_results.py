import threading
from datetime import date

from helpers import make_world, submit_csv

from monitor.results import current_results, data_version
from tests.compute.test_engine import DATA, DEFS, ORGS

TODAY = date(2026, 1, 15)


def test_results_are_computed_once_per_data_version(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    first = current_results(rt, TODAY)
    version = data_version(rt)
    assert current_results(rt, TODAY) is first  # a widget change reruns the page: no recompute
    text = "organisatie;periode;maatstaf;waarde;toelichting\nG4;2024-Q1;cdo;ja;\n"
    assert submit_csv(rt, text, org="G4", period="2024-Q1").status == "accepted"
    assert data_version(rt) != version
    again = current_results(rt, TODAY)
    assert again is not first
    share = again.filter((again["indicator"] == "i_share") & (again["period"] == "2024-Q1")
                         & (again["breakdown"] == "national"))
    assert share["value"].item() == 60.0  # G1, G3, G4 of G1-G4 and P1


def test_sessions_asking_at_once_share_one_computation(tmp_path):
    # 30 sessions after an upload each computed the results in the load test (2,3 GB; see
    # benchmarks/load.py): those that ask while it is computed wait and get the same frame
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    start = threading.Barrier(6)
    got: list = []

    def ask() -> None:
        start.wait()
        got.append(current_results(rt, TODAY))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(got) == 6 and len({id(frame) for frame in got}) == 1


def test_rejected_upload_does_not_change_the_version(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    version = data_version(rt)
    bad = "organisatie;periode;maatstaf;waarde;toelichting\nG4;2024-Q1;cdo;misschien;\n"
    assert submit_csv(rt, bad, org="G4", period="2024-Q1").status == "rejected"
    assert data_version(rt) == version


def test_version_is_read_again_only_after_a_change(tmp_path):
    """The pages ask for the version several times a run; it opens the database only when the
    file changed since it was last read (also by another process or connection)."""
    from dataclasses import replace

    import duckdb
    from helpers import CountingStore

    rt = make_world(tmp_path, DEFS, ORGS)
    submit_csv(rt, DATA)
    counted = replace(rt, store=CountingStore(rt.store.path))
    version = data_version(counted)
    assert [data_version(counted) for _ in range(3)] == [version] * 3
    assert counted.store.opens <= 1
    con = duckdb.connect(str(rt.store.path))  # another writer, outside Store
    con.execute("INSERT INTO period_locks VALUES ('2024-Q1', NULL, 'x', now(), 'x', NULL, NULL, NULL)")
    con.close()
    assert data_version(counted) != version
