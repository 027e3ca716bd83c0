"""Intake edges users hit (issue 14): a rejected file checked again on every page rerun, lower-case
organisation codes, the size cap in the CLI, other file formats, Unicode spellings, thousands
separators in whole numbers and the template's own number format."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from helpers import make_world

from monitor.intake import fast
from monitor.intake.ingest import submit_file
from monitor.intake.template import template_csv
from monitor.intake.values import parse_value
from tests.compute.test_engine import ORGS
from tests.intake.world import (
    CORPUS_DEFS,
    ON_TIME,
    VALID_DIR,
    context,
    copy_world,
    held_open,
    snapshot,
    submit,
)

GOOD = (VALID_DIR / "utf8.csv").read_bytes()
H = "organisatie;periode;maatstaf;waarde;toelichting\n"
BAD = (H + "G1;2024-Q1;cdo;misschien;\nG1;2024-Q1;fte;twee;\n").encode()
_STAGE = "choices: [geen, gestart, gereed]"
assert CORPUS_DEFS.count(_STAGE) == 1
DEFS = CORPUS_DEFS.replace(_STAGE, "choices: [geen, oriënterend, gestart, gereed]").replace(
    "\nindicators:\n", """
checks:
  - {measure: num, at_most: den}
  - {measure: adv, at_most: den, level: warning}
indicators:
""", 1)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return make_world(tmp_path_factory.mktemp("edges"), DEFS, ORGS)


@pytest.fixture
def rt(pristine, tmp_path):
    world = copy_world(pristine, tmp_path / "world")
    with held_open(world):
        yield world


def counts(rt) -> tuple[int, int]:
    with rt.store.read() as con:
        return (con.execute("SELECT count(*) FROM rejected_attempts").fetchone()[0],
                con.execute("SELECT count(*) FROM audit_log WHERE action = 'submission.rejected'")
                .fetchone()[0])


def cli(rt, *args: str) -> list[str]:
    return ["ingest", *args, "--db", str(rt.store.path),
            "--config", str(rt.config.root / "config.yaml"),
            "--indicators", str(rt.config.root / "indicators")]


# --- 1. a rejected file checked again (every Streamlit rerun) is recorded once -------------------


def test_a_rejected_file_checked_on_every_rerun_is_recorded_once(rt):
    results = [submit(rt, BAD, "fout.csv", dry_run=True) for _ in range(4)]
    assert {r.status for r in results} == {"rejected"}
    assert len({r.rejection_id for r in results}) == 1
    assert counts(rt) == (1, 1)
    assert [p.code for p in results[-1].errors] == ["bad-boolean", "bad-number"]


def test_another_file_or_other_problems_or_another_user_is_a_new_attempt(rt):
    first = submit(rt, BAD, "fout.csv").rejection_id
    other_file = BAD + b"G1;2024-Q1;stage;gestart;\n"  # same problems, another file
    assert submit(rt, other_file, "fout.csv").rejection_id != first
    assert counts(rt) == (2, 2)
    again = submit(rt, other_file, "fout.csv").rejection_id  # the newest: the same again
    assert counts(rt) == (2, 2)
    by_other = submit_file(rt.store, context(rt), other_file, "fout.csv", organisation="G1",
                           period="2024-Q1", user="pm", received_at=ON_TIME).rejection_id
    assert by_other != again and counts(rt) == (3, 3)


def test_the_same_mistake_after_an_accepted_submission_is_recorded_again(rt):
    submit(rt, BAD, "fout.csv")
    assert submit(rt, GOOD, "goed.csv").status == "accepted"
    submit(rt, BAD, "fout.csv")
    assert counts(rt) == (2, 2)


# --- 2. organisation codes in any case ------------------------------------------------------------


@pytest.mark.parametrize("fast_path", [False, True])
def test_lower_case_organisation_codes_are_stored_in_upper_case(rt, monkeypatch, fast_path):
    if fast_path:
        monkeypatch.setattr(fast, "MIN_ROWS", 0)
    content = GOOD.replace(b"G1;", b"g1;")
    result = submit(rt, content, "klein.csv", org="g1")
    assert (result.status, result.errors) == ("accepted", [])
    with rt.store.read() as con:
        assert con.execute("SELECT DISTINCT organisation FROM submitted_values").fetchall() == [("G1",)]
        assert con.execute("SELECT organisation FROM submissions").fetchall() == [("G1",)]
        assert con.execute("SELECT target FROM audit_log WHERE action = 'submission.accepted'"
                           ).fetchall() == [("G1/2024-Q1",)]


def test_a_rejection_for_a_lower_case_code_is_recorded_under_the_register_code(rt):
    result = submit(rt, BAD.replace(b"G1;", b"g1;"), "fout.csv", org="g1")
    assert [p.code for p in result.errors] == ["bad-boolean", "bad-number"]  # not wrong-organisation
    with rt.store.read() as con:
        assert con.execute("SELECT organisation FROM rejected_attempts").fetchall() == [("G1",)]
        assert con.execute("SELECT target FROM audit_log WHERE action = 'submission.rejected'"
                           ).fetchall() == [("G1/2024-Q1",)]


def test_the_cli_accepts_a_lower_case_org_for_a_submitter_of_it(rt, tmp_path, capsys):
    from monitor.cli import main

    path = tmp_path / "g1.csv"
    path.write_bytes(GOOD.replace(b"G1;", b"g1;"))
    code = main(cli(rt, str(path), "--org", "g1", "--period", "2024-Q1", "--user", "g1",
                    "--format", "json"))
    assert (code, json.loads(capsys.readouterr().out)["status"]) == (0, "accepted")


# --- 3. the size cap in the CLI: permission first, then a recorded rejection ---------------------


def _huge(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(6 * 1024 * 1024)  # over the 5 MB cap, no blocks on disk
    return path


def test_cli_refuses_another_organisations_huge_file_as_access_denied(rt, tmp_path, capsys):
    from monitor.cli import main

    code = main(cli(rt, str(_huge(tmp_path)), "--org", "G2", "--period", "2024-Q1",
                    "--user", "g1", "--format", "json"))
    captured = capsys.readouterr()
    assert code == 1 and "file-too-large" not in captured.out + captured.err
    with rt.store.read() as con:
        assert con.execute("SELECT actor, action, target FROM audit_log "
                           "WHERE action NOT LIKE 'user.%'").fetchall() == [
            ("g1", "access.denied", "G2/2024-Q1")]
        assert con.execute("SELECT count(*) FROM rejected_attempts").fetchone()[0] == 0


def test_cli_records_a_huge_file_as_a_rejected_attempt(rt, tmp_path, capsys):
    from monitor.cli import main

    before = snapshot(rt)
    code = main(cli(rt, str(_huge(tmp_path)), "--org", "G1", "--period", "2024-Q1",
                    "--user", "g1", "--format", "json"))
    report = json.loads(capsys.readouterr().out)
    assert (code, report["status"], [e["code"] for e in report["errors"]]) == (
        1, "rejected", ["file-too-large"])
    with rt.store.read() as con:
        assert con.execute("SELECT organisation, submitted_by, source, file_name, file_size, sha256 "
                           "FROM rejected_attempts").fetchall() == [
            ("G1", "g1", "cli", "huge.csv", 6 * 1024 * 1024, None)]
        assert con.execute("SELECT action, target FROM audit_log "
                           "WHERE action NOT LIKE 'user.%'").fetchall() == [
            ("submission.rejected", "G1/2024-Q1")]
    assert snapshot(rt) == before  # no value table changed


# --- 4. file formats ------------------------------------------------------------------------------


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return buf.getvalue()


ODS = _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": "<office:document-content/>", "META-INF/manifest.xml": "<m/>"})
OTHER_FORMATS = {
    "LibreOffice .ods": (ODS, "kwartaal.ods"),
    ".ods renamed to .xlsx": (ODS, "kwartaal.xlsx"),
    "OpenDocument text": (_zip({"mimetype": "application/vnd.oasis.opendocument.text",
                                "content.xml": "<x/>"}), "kwartaal.odt"),
    "Numbers": (_zip({"Index/Document.iwa": "x"}), "kwartaal.numbers"),
    "Excel 97-2003": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "kwartaal.xls"),
    "PDF named .csv": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "kwartaal.csv"),
    "a zip that is not a workbook": (_zip({"kwartaal.csv": GOOD.decode()}), "kwartaal.zip"),
}


@pytest.mark.parametrize("name", sorted(OTHER_FORMATS))
def test_other_formats_are_unsupported_with_a_way_out(rt, name):
    content, file_name = OTHER_FORMATS[name]
    result = submit(rt, content, file_name)
    assert [p.code for p in result.errors] == ["unsupported-file"]
    assert "sla het bestand op als csv of .xlsx" in result.errors[0].message.lower()
    en = submit(rt, content, file_name, ctx=context(rt, "en"))
    assert "save the file as csv or .xlsx" in en.errors[0].message.lower()


def test_a_damaged_workbook_gets_a_message_without_an_exception_name(rt):
    workbook = (VALID_DIR / "openpyxl.xlsx").read_bytes()
    result = submit(rt, workbook[: len(workbook) // 2], "kwartaal.xlsx")
    assert [(p.code, p.message) for p in result.errors] == [(
        "bad-xlsx", "Het Excel-bestand kan niet worden gelezen: het bestand is beschadigd, "
        "onvolledig of geen Excel-werkmap. Open het in Excel of LibreOffice en sla het opnieuw op "
        "als .xlsx of als CSV.")]


# --- 5. Unicode -----------------------------------------------------------------------------------


def test_a_decomposed_diaeresis_and_zero_width_characters_are_read_as_meant(rt):
    content = (H + "G1;2024-Q1;cdo;ja;\n"
               "G1\u200b;2024-Q1;stage;Orie\u0308nterend;\n"       # e + U+0308, zero-width space
               "\ufeffG1;2024-Q1;fte\u200d;2,5;cafe\u0301\n").encode()  # BOM, joiner, é decomposed
    result = submit(rt, content, "unicode.csv")
    assert (result.status, result.errors) == ("accepted", [])
    with rt.store.read() as con:
        assert con.execute("SELECT measure, txt, note FROM submitted_values ORDER BY measure"
                           ).fetchall() == [("cdo", None, None), ("fte", None, "café"),
                                            ("stage", "oriënterend", None)]


def test_a_decomposed_choice_matches_the_declared_choice(rt):
    stage = rt.defs.measures["stage"]
    assert parse_value("orie\u0308nterend", stage, None).txt == "oriënterend"


# --- 6. thousands separators in whole numbers; the template's own number format -------------------


def test_the_real_definitions_read_thousands_in_whole_numbers_and_let_the_range_decide():
    from monitor.config import load_config
    from monitor.definitions import load_definitions

    measures = load_definitions(load_config(None))[0].measures
    assert parse_value("19.204", measures["medewerkers_totaal"], None).num == 19204
    assert parse_value("150.000", measures["medewerkers_totaal"], "en").num == 150000
    # a decimal of 0 - 500 FTE: 1.234 cannot be 1234, so it is 1,234
    assert parse_value("1.234", measures["datagovernance_fte"], None).num == 1.234


def _filled(template: bytes, values: dict[str, str]) -> bytes:
    """The template with its 'waarde' column filled in (the informational columns kept)."""
    records = list(csv.reader(io.StringIO(template.decode("utf-8-sig")), delimiter=";"))
    for r in records[1:]:
        r[3] = values[r[2]]
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(records)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


@pytest.mark.parametrize("fast_path", [False, True])
def test_a_template_filled_in_its_own_number_format_is_accepted(rt, monkeypatch, fast_path):
    """Submit a quarter, download the next quarter's template and fill in every value exactly as
    the template shows last quarter's (its column vorig_kwartaal: 19.131, 150.000, 1200)."""
    if fast_path:
        monkeypatch.setattr(fast, "MIN_ROWS", 0)
    first = (H + "G1;2024-Q1;cdo;ja;\nG1;2024-Q1;fte;3;\nG1;2024-Q1;num;19131;\n"
             "G1;2024-Q1;den;150000;\nG1;2024-Q1;adv;1500;\nG1;2024-Q1;stage;gestart;\n"
             "G1;2024-Q1;wait;1200;\n").encode()
    assert submit(rt, first, "q1.csv").status == "accepted"
    ctx = context(rt)
    template = template_csv(rt.store, ctx, "G1", "2024-Q2")
    shown = {r[2]: r[9] for r in csv.reader(io.StringIO(template.decode("utf-8-sig")),
                                           delimiter=";")}
    assert (shown["num"], shown["den"], shown["adv"], shown["wait"]) == (
        "19.131", "150.000", "1.500", "1200")
    result = submit(rt, _filled(template, shown), "q2.csv", period="2024-Q2",
                    received_at=ON_TIME.replace(month=7))
    assert (result.status, result.errors) == ("accepted", [])
    with rt.store.read() as con:
        values = dict(con.execute("SELECT measure, num FROM current_values WHERE period = '2024-Q2' "
                                  "AND num IS NOT NULL").fetchall())
    assert (values["num"], values["den"], values["adv"], values["wait"]) == (19131, 150000, 1500, 1200)


# --- 7. checks between measures (checks: in the action file) -------------------------------------


@pytest.mark.parametrize("fast_path", [False, True])
def test_a_part_larger_than_its_whole_is_rejected_naming_both_rows(rt, monkeypatch, fast_path):
    if fast_path:
        monkeypatch.setattr(fast, "MIN_ROWS", 0)
    before = snapshot(rt)
    content = GOOD.replace(b"num;1234;", b"num;3.000;")  # den (row 5) is 2000
    result = submit(rt, content, "deel.csv")
    assert [(p.line, p.path, p.code, p.value) for p in result.errors] == [
        (4, "waarde", "relation-at-most", "3.000")]
    assert result.errors[0].message == (
        "3.000 voor 'num' (rij 4) is groter dan 2000 voor 'den' (rij 5), en mag dat niet zijn: een "
        "deel kan niet groter zijn dan het geheel. Corrigeer een van beide waarden.")
    en = submit(rt, content, "deel.csv", ctx=context(rt, "en"))
    assert en.errors[0].message.startswith(
        "3.000 for 'num' (row 4) is larger than 2000 for 'den' (row 5), which it may not be")
    assert snapshot(rt) == before


def test_a_part_is_checked_against_its_whole_in_effect(rt):
    assert submit(rt, GOOD, "q1.csv").status == "accepted"
    content = (H + "G1;2024-Q1;cdo;ja;\nG1;2024-Q1;num;2500;\n").encode()
    result = submit(rt, content, "alleen_num.csv")
    assert [(p.line, p.code) for p in result.errors] == [(3, "relation-at-most")]
    assert "2.000 voor 'den' (eerder aangeleverd voor dit kwartaal)" in result.errors[0].message
    assert submit(rt, content.replace(b"2500", b"2000"), "alleen_num.csv").status == "accepted"


def test_a_check_at_level_warning_accepts_and_stores_the_warning(rt):
    result = submit(rt, GOOD.replace(b"adv;7;", b"adv;2500;"), "warn.csv")
    assert (result.status, [(p.line, p.code) for p in result.warnings]) == (
        "accepted", [(6, "relation-at-most")])
    with rt.store.read() as con:
        [(stored,)] = con.execute("SELECT warnings FROM submissions").fetchall()
    assert [w["code"] for w in json.loads(stored)] == ["relation-at-most"]
