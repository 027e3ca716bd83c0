"""The importer on the sample files and on damaged ones: every problem at once with record and
field, nothing half-imported; re-import is idempotent and reports what changed; audited."""

import json

import pytest

from monitor.access.errors import AccessDenied
from monitor.commitments.odata import CommitmentFileError, parse_file
from monitor.commitments.store import current_commitments, import_commitments
from tests.commitments.conftest import MOTIES, PM, TOEZEGGINGEN, VIEWER, as_bytes, sample


def count(rt) -> int:
    return rt.store.scalar("SELECT count(*) FROM commitments")


def imports(rt) -> list[tuple]:
    return rt.store.query("SELECT actor, target, CAST(detail AS VARCHAR) FROM audit_log "
                          "WHERE action = 'commitments.import' ORDER BY id").rows()


def test_samples_import_with_kind_detected(rt):
    first = import_commitments(rt.store, PM, TOEZEGGINGEN.read_bytes(), file_name="t.json")
    second = import_commitments(rt.store, PM, MOTIES.read_bytes(), file_name="m.json")
    assert (first.kind, len(first.new), second.kind, len(second.new)) == ("toezegging", 13, "motie", 8)
    frame = current_commitments(rt.store)
    row = frame.filter(frame["number"] == "TZ202303-027").to_dicts()[0]
    assert row["status"] == "Deels voldaan" and str(row["due"]) == "2026-06-30"
    assert row["ministry"] == "Binnenlandse Zaken en Koninkrijksrelaties"
    assert row["person"] == "P.M. Verhoeven" and row["actions"] == []
    done = frame.filter(frame["number"] == "TZ202310-066").to_dicts()[0]
    assert str(done["completed"]) == "2026-08-27" and "1241" in done["completed_letter"]
    motions = frame.filter(frame["kind"] == "motie")
    status = dict(zip(motions["number"], motions["status"], strict=True))
    assert status["2022Z24510"] == "Afgedaan"  # Afgedaan true
    assert status["2024Z17720"] == "Vervallen"  # Verworpen
    assert status["2025Z12094"] == "Openstaand"  # Aangehouden
    assert [r[:2] for r in imports(rt)] == [(PM, "t.json"), (PM, "m.json")]


def test_sentinel_date_means_no_due_date(rt):
    doc = sample()
    doc["value"][0]["DatumNakoming"] = "0001-01-01T00:00:00Z"
    rows = parse_file(as_bytes(doc))
    assert rows[0]["due"] is None


def test_damaged_file_names_every_problem_and_imports_nothing(rt):
    doc = sample()
    doc["value"][1].pop("Tekst")
    doc["value"][2]["Status"] = "Bijna klaar"
    doc["value"][4]["DatumNakoming"] = "31-12-2026"
    doc["value"][5]["Nummer"] = ""
    doc["value"][6]["Id"] = doc["value"][0]["Id"]
    doc["value"].append("not a record")
    with pytest.raises(CommitmentFileError) as caught:
        import_commitments(rt.store, PM, as_bytes(doc), file_name="kapot.json")
    found = {(p.index, p.field) for p in caught.value.problems}
    assert found == {(1, "Tekst"), (2, "Status"), (4, "DatumNakoming"), (5, "Nummer"), (6, "Id"),
                     (13, None)}
    said = {p.said("nl") for p in caught.value.problems}
    assert "record 2, Status: onbekende status 'Bijna klaar' (bekend: Openstaand, Deels voldaan, " \
           "Deels afgedaan, Voldaan, Afgedaan, Vervallen)" in said
    assert caught.value.message("nl") == "kapot.json heeft 6 problemen; er is niets ingelezen"
    assert count(rt) == 0 and imports(rt) == []


@pytest.mark.parametrize(("content", "says"), [
    (b"<html>Service Unavailable</html>", "the file is not JSON"),
    (b'[{"Id": "x"}]', "not an OData response"),
    (b'{"@odata.context": "x", "error": {"message": "bad $filter"}}', "not an OData response"),
])
def test_not_json_or_not_odata(rt, content, says):
    with pytest.raises(CommitmentFileError) as caught:
        import_commitments(rt.store, PM, content, file_name="x.json")
    assert says in caught.value.problems[0].said("en") and count(rt) == 0


def test_a_toezegging_file_given_as_motions_is_refused(rt):
    with pytest.raises(CommitmentFileError) as caught:
        import_commitments(rt.store, PM, TOEZEGGINGEN.read_bytes(), file_name="t.json", kind="motie")
    assert {p.field for p in caught.value.problems} == {"Onderwerp"}
    assert count(rt) == 0


def test_reimport_is_idempotent_and_reports_changes(rt):
    data = TOEZEGGINGEN.read_bytes()
    import_commitments(rt.store, PM, data, file_name="t.json")
    before = rt.store.query("SELECT * EXCLUDE (imported_at) FROM commitments ORDER BY id")
    again = import_commitments(rt.store, PM, data, file_name="t.json")
    assert (again.new, again.changed, again.unchanged, again.removed) == ([], [], 13, [])
    assert rt.store.query("SELECT * EXCLUDE (imported_at) FROM commitments ORDER BY id").equals(before)
    doc = sample()
    doc["value"][1] |= {"Status": "Voldaan", "KamerbriefNakoming": "Kamerbrief 26643, nr. 1300",
                        "GewijzigdOp": "2026-10-02T10:00:00+02:00"}
    doc["value"][3]["Verwijderd"] = True
    later = import_commitments(rt.store, PM, as_bytes(doc), file_name="t2.json")
    assert later.changed == [("TZ202211-118", ["status", "completed_letter"])]
    assert later.removed == ["TZ202305-123"] and later.unchanged == 11
    assert "TZ202305-123" not in current_commitments(rt.store)["number"].to_list()
    detail = json.loads(imports(rt)[-1][2])
    assert detail["changed"] == [{"fields": ["status", "completed_letter"], "number": "TZ202211-118"}]
    assert str(rt.store.scalar("SELECT completed FROM commitments WHERE number = 'TZ202211-118'")) \
        == "2026-10-02"


def test_import_needs_commitments_manage(rt):
    with pytest.raises(AccessDenied):
        import_commitments(rt.store, VIEWER, TOEZEGGINGEN.read_bytes(), file_name="t.json")
    assert count(rt) == 0
    assert rt.store.query("SELECT actor FROM audit_log WHERE action = 'access.denied'").rows() \
        == [(VIEWER,)]
