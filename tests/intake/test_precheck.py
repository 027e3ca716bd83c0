"""monitor.intake.precheck: one dry run per upload and session, on a real database."""

from helpers import make_world, submit_csv

from monitor.intake.precheck import KEEP, check_once, forget
from tests.compute.test_engine import DATA, DEFS, ORGS
from tests.pages.test_aanleveren import BAD, GOOD


def rejected(rt) -> int:
    return rt.store.scalar("SELECT count(*) FROM rejected_attempts")


def test_check_once_checks_an_upload_once(tmp_path):
    rt = make_world(tmp_path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    cache: dict = {}
    kw = {"organisation": "G1", "period": "2025-Q4", "user": "g1"}
    first = check_once(cache, rt.store, rt.context(), BAD.encode(), "b.csv", file_id="f1", **kw)
    again = check_once(cache, rt.store, rt.context(), BAD.encode(), "b.csv", file_id="f1", **kw)
    assert first.status == "rejected" and again is first and rejected(rt) == 1
    other = check_once(cache, rt.store, rt.context(), BAD.encode(), "b.csv", file_id="f2", **kw)
    # a new upload is checked again; the same file with the same problems is one record (intake)
    assert other is not first and other.rejection_id == first.rejection_id and rejected(rt) == 1
    fixed = BAD.replace("misschien", "ja")
    third = check_once(cache, rt.store, rt.context(), fixed.encode(), "b.csv", file_id="f4", **kw)
    assert third.status == "rejected" and rejected(rt) == 2  # another file: a new attempt
    good = check_once(cache, rt.store, rt.context(), GOOD.encode(), "g.csv", file_id="f3", **kw)
    assert good.status == "valid"
    forget(cache, "G1", "2025-Q4", "f3")
    assert ("G1", "2025-Q4", "f3", "nl") not in cache and ("G1", "2025-Q4", "f1", "nl") in cache
    for i in range(KEEP + 3):
        check_once(cache, rt.store, rt.context(), GOOD.encode(), "g.csv", file_id=f"n{i}", **kw)
    assert len(cache) == KEEP
