"""The fixture corpus (tests/intake/fixtures, made by make_fixtures.py): every valid variant stores
exactly the same values; every twin with problems is rejected with exactly the expected problems and
changes no value. Also the life of a submission: resubmission, duplicate, late, locked, English."""

import hashlib
import json
from datetime import datetime

import pytest

from monitor.intake.reader import read_upload
from monitor.problems import said
from tests.intake.world import (
    ON_TIME,
    PROBLEM_DIR,
    VALID_DIR,
    context,
    copy_world,
    current,
    found,
    held_open,
    rows,
    snapshot,
    submit,
)
from tests.reliability.support import CLASS_NAME

NOTE = {"fte": "inclusief vacature"}
# encoding and separator the reader should detect, and the notes stored
VALID = {
    "utf8.csv": ("utf-8", ";", NOTE),
    "utf8_bom.csv": ("utf-8-sig", ";", NOTE),
    "excel_unicode_text.txt": ("utf-16", "\t", NOTE),
    "windows1252.csv": ("cp1252", ";", {"fte": "inclusief vacature, café-budget € 250"}),
    "comma_english.csv": ("utf-8", ",", NOTE),
    "crlf.csv": ("utf-8", ";", NOTE),
    "quoted_note.csv": ("utf-8", ";", {"fte": "inclusief vacature;\nen stagiair",
                                       "stage": 'fase "gestart" bereikt'}),
    "trailing_empty.csv": ("utf-8", ";", NOTE),
    "english_header.csv": ("utf-8", ";", NOTE),
    "period_2024_space_Q1.csv": ("utf-8", ";", NOTE),
    "period_2024Q1.csv": ("utf-8", ";", NOTE),
    "period_2024-K1.csv": ("utf-8", ";", NOTE),
    "period_Q1_2024.csv": ("utf-8", ";", NOTE),
    "thousands_nl.csv": ("utf-8", ";", NOTE),
    "boolean_j.csv": ("utf-8", ";", NOTE),
    "boolean_waar.csv": ("utf-8", ";", NOTE),
    "boolean_true.csv": ("utf-8", ";", NOTE),
    "boolean_1.csv": ("utf-8", ";", NOTE),
    "boolean_JA.csv": ("utf-8", ";", NOTE),
    "template_columns.csv": ("utf-8-sig", ";", NOTE),
    "libreoffice_nl.csv": ("utf-8", ";", {"fte": "inclusief vacature; en stagiair",
                                          "wait": 'wachttijd "gemiddeld"'}),
    "openpyxl.xlsx": ("xlsx", None, NOTE),
}


def expected_values(notes: dict[str, str]) -> list[tuple]:
    return [
        ("adv", "value", 7.0, None, notes.get("adv")),
        ("cdo", "value", 1.0, None, notes.get("cdo")),
        ("den", "value", 2000.0, None, notes.get("den")),
        ("fte", "value", 2.5, None, notes.get("fte")),
        ("num", "value", 1234.0, None, notes.get("num")),
        ("stage", "value", None, "gestart", notes.get("stage")),
        ("wait", "value", 1234.5, None, notes.get("wait")),
    ]


def _rows(*rows: int, column: str, code: str, value: str | None) -> list[tuple]:
    return [(r, column, code, value) for r in rows]


# twin -> ((row, column, code, value) of every problem, submission overrides); each twin is a copy
# of the valid file named in make_fixtures.py with the mistakes described there
PROBLEMS: dict[str, tuple[list[tuple], dict]] = {
    "unknown_organisation.csv": ([(4, "organisatie", "unknown-organisation", "G9")], {}),
    "wrong_organisation.csv": ([(5, "organisatie", "wrong-organisation", "G2")], {}),
    "unknown_measure.csv": ([(6, "maatstaf", "unknown-measure", "adviezen")], {}),
    "measure_not_applicable.csv": ([(9, "maatstaf", "measure-not-applicable", "live")], {}),
    "bad_number.csv": ([(3, "waarde", "bad-number", "twee")], {}),
    "bad_integer.csv": ([(6, "waarde", "bad-integer", "7,5")], {}),
    "ambiguous_number.csv": ([(3, "waarde", "ambiguous-number", "1.234")], {}),
    "mixed_number_format.csv": ([(6, "waarde", "mixed-number-format", "7.0")], {}),
    "out_of_range.csv": ([(8, "waarde", "out-of-range", "-3")], {}),
    "bad_choice.csv": ([(7, "waarde", "bad-choice", "klaar")], {}),
    "bad_boolean.csv": ([(2, "waarde", "bad-boolean", "misschien")], {}),
    "duplicate_measure.csv": ([(9, "maatstaf", "duplicate-measure", "fte")], {}),
    "required_missing.csv": ([(None, "maatstaf", "required-missing", "cdo")], {}),
    "required_empty.csv": ([(2, "waarde", "required-missing", "cdo")], {}),
    "bad_period.csv": ([(3, "periode", "bad-period", "2024-Q5")], {}),
    "wrong_period.csv": ([(4, "periode", "wrong-period", "2024-Q2")], {}),
    "period_not_open.csv": (
        _rows(2, 3, 4, 5, 6, 7, 8, column="periode", code="period-not-open", value="2026-Q1"),
        {"period": "2026-Q1"},
    ),
    "missing_columns.csv": (
        [(1, None, "missing-columns", "organisatie;periode;maatstaf;toelichting")], {}),
    "several_mistakes.csv": ([
        (2, "waarde", "bad-boolean", "misschien"),
        (3, "waarde", "bad-number", "twee"),
        (7, "waarde", "bad-choice", "klaar"),
    ], {}),
    "empty.csv": ([(None, None, "empty-file", None)], {}),
    "header_only.csv": ([(None, None, "no-rows", None)], {}),
    "bom_only.csv": ([(None, None, "empty-file", None)], {}),
    "invalid_bytes.csv": ([(None, None, "bad-encoding", None)], {}),
    "random_bytes.xlsx": ([(None, None, "bad-xlsx", None)], {}),
    "too_large.csv": ([(None, None, "file-too-large", None)], {"max_file_mb": 0.001}),
    "excel_unicode_text_bad_boolean.txt": ([(2, "waarde", "bad-boolean", "misschien")], {}),
    "quoted_note_bad_choice.csv": ([(7, "waarde", "bad-choice", "klaar")], {}),
    "openpyxl_text_mistakes.xlsx": ([
        (2, "waarde", "bad-boolean", "misschien"),
        (3, "waarde", "bad-number", "twee"),
    ], {}),
}


def test_every_fixture_has_an_expectation():
    assert sorted(p.name for p in VALID_DIR.iterdir()) == sorted(VALID)
    assert sorted(p.name for p in PROBLEM_DIR.iterdir()) == sorted(PROBLEMS)


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_variant_stores_the_same_values(rt, name):
    encoding, separator, notes = VALID[name]
    content = (VALID_DIR / name).read_bytes()
    res = submit(rt, content, name)
    assert (res.status, found(res)) == ("accepted", [])
    assert res.counts == {"new": 7, "changed": 0, "unchanged": 0}
    assert res.changed_measures == ["adv", "cdo", "den", "fte", "num", "stage", "wait"]
    values, subs, files, rejected = rows(
        rt,
        "SELECT measure, state, num, txt, note FROM current_values ORDER BY measure",
        "SELECT id, organisation, period, received_at, submitted_by, file_name, file_size, sha256, "
        "encoding, separator, on_time, row_count, new_count, changed_count, unchanged_count, warnings "
        "FROM submissions",
        "SELECT sha256, content FROM submission_files",
        "SELECT count(*) FROM rejected_attempts",
    )
    assert values == expected_values(notes)
    sha = hashlib.sha256(content).hexdigest()
    assert subs == [(res.submission_ids[0], "G1", "2024-Q1", ON_TIME, "tester", name, len(content), sha,
                     encoding, separator, True, 7, 7, 0, 0, "[]")]
    assert files == [(sha, content)]
    assert rejected == [(0,)]


@pytest.fixture(scope="module")
def world(pristine, tmp_path_factory):
    """One world with values of other organisations and quarters; rejections must not touch them."""
    rt = copy_world(pristine, tmp_path_factory.mktemp("corpus"))
    with held_open(rt):
        base = (VALID_DIR / "utf8.csv").read_bytes()
        q2 = submit(rt, base.replace(b"2024-Q1", b"2024-Q2"), "q2.csv", period="2024-Q2")
        g2 = submit(rt, base.replace(b"G1;", b"G2;"), "g2.csv", org="G2")
        assert (q2.status, g2.status) == ("accepted", "accepted")
        yield rt, snapshot(rt)


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_twin_with_problems_is_rejected_and_changes_nothing(world, name):
    rt, loaded = world  # ``loaded``: the value tables as the fixture left them
    expected, overrides = PROBLEMS[name]
    overrides = dict(overrides)
    period = overrides.pop("period", "2024-Q1")
    content = (PROBLEM_DIR / name).read_bytes()
    res = submit(rt, content, name, period=period, ctx=context(rt, **overrides))
    assert res.status == "rejected"
    assert found(res) == expected
    for p in res.problems:  # never a Python exception's name (KeyError, BadZipFile, ...)
        assert not CLASS_NAME.search(p.message), p.message
    assert [(p.line, p.path, p.code) for p in res.errors] == [e[:3] for e in expected]
    with rt.store.read() as con:
        assert snapshot(rt, con) == loaded
        [row] = con.execute(
            "SELECT id, organisation, period, submitted_by, file_name, file_size, sha256, error_count, "
            "warning_count, problems FROM rejected_attempts WHERE id = ?", [res.rejection_id]).fetchall()
    assert row[:9] == (res.rejection_id, "G1", period, "tester", name, len(content),
                       hashlib.sha256(content).hexdigest(), len(expected), 0)
    assert [(p["row"], p["column"], p["code"], p["value"]) for p in json.loads(row[9])] == expected


def test_valid_twin_of_too_large_file_fits_under_the_same_cap(rt):
    content = (VALID_DIR / "utf8.csv").read_bytes()
    assert len(content) < 0.001 * 1024 * 1024 < len((PROBLEM_DIR / "too_large.csv").read_bytes())
    assert submit(rt, content, "utf8.csv", ctx=context(rt, max_file_mb=0.001)).status == "accepted"


def test_size_cap_is_checked_before_reading():
    content = (PROBLEM_DIR / "too_large.csv").read_bytes()
    read = read_upload(content, "too_large.csv", max_bytes=1000)
    assert read.rows == []
    assert [(p.code, p.message) for p in read.problems.items] == [
        ("file-too-large", "Het bestand is 1.4 KB groot; het maximum is 1000 bytes. Lever per "
                           "organisatie en kwartaal aan.")]
    assert read_upload(content, "too_large.csv", max_bytes=len(content)).problems.items == []


def test_problem_messages_say_what_is_wrong(world):
    world, _ = world
    res = submit(world, (PROBLEM_DIR / "several_mistakes.csv").read_bytes(), "several_mistakes.csv")
    assert [p.message for p in res.errors] == [
        "'misschien' is geen ja of nee.",
        "'twee' is geen getal. Schrijf bijvoorbeeld 1234 of 1234,5.",
        "'klaar' is niet toegestaan. Kies uit: geen, gestart, gereed.",
    ]
    res = submit(world, (PROBLEM_DIR / "ambiguous_number.csv").read_bytes(), "ambiguous_number.csv")
    assert res.errors[0].message == (
        "'1.234' kan 1234 of 1.234 betekenen, en de rest van het bestand laat niet zien of ',' of "
        "'.' het decimaalteken is. Schrijf het zonder scheidingsteken voor duizendtallen.")
    res = submit(world, (PROBLEM_DIR / "invalid_bytes.csv").read_bytes(), "invalid_bytes.csv")
    assert res.errors[0].message.startswith("Het bestand is geen leesbare tekst (byte 112).")
    res = submit(world, (PROBLEM_DIR / "out_of_range.csv").read_bytes(), "out_of_range.csv")
    assert res.errors[0].message == "-3 ligt buiten het toegestane bereik 0 - …."


@pytest.mark.parametrize(("variant", "encoding", "separator"), [
    ("utf-16-be-bom", "utf-16", ";"),
    ("utf-16-le-no-bom", "utf-16-le", ";"),
    ("utf-16-be-no-bom", "utf-16-be", ";"),
    ("tab-utf8", "utf-8", "\t"),
    ("cr-lf-and-bom", "utf-8-sig", ";"),
])
def test_other_encodings_read_the_same_rows(variant, encoding, separator):
    text = (VALID_DIR / "utf8.csv").read_text(encoding="utf-8")
    content = {
        "utf-16-be-bom": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf-16-le-no-bom": text.encode("utf-16-le"),
        "utf-16-be-no-bom": text.encode("utf-16-be"),
        "tab-utf8": text.replace(";", "\t").encode(),
        "cr-lf-and-bom": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(),
    }[variant]
    expected = read_upload((VALID_DIR / "utf8.csv").read_bytes(), "utf8.csv")
    read = read_upload(content, "variant.csv")
    assert (read.rows, read.encoding, read.separator, read.problems.items) == (
        expected.rows, encoding, separator, [])
    assert [(r.row, r.measure, r.value, r.note) for r in read.rows] == [
        (2, "cdo", "ja", ""), (3, "fte", "2,5", "inclusief vacature"), (4, "num", "1234", ""),
        (5, "den", "2000", ""), (6, "adv", "7", ""), (7, "stage", "gestart", ""), (8, "wait", "1234,5", "")]


@pytest.mark.parametrize("content", [b"\xff\xfe", b"\xfe\xff", b";;;;\r\n;;;;\r\n", b"\r\n\r\n", b" \t "])
def test_files_without_anything_are_empty(content):
    assert [p.code for p in read_upload(content, "leeg.csv").problems.items] == ["empty-file"]


def test_header_and_empty_rows_only_has_no_rows():
    content = b"organisatie;periode;maatstaf;waarde;toelichting;;\r\n;;;;;;\r\n;;;;;;\r\n"
    assert [p.code for p in read_upload(content, "leeg.csv").problems.items] == ["no-rows"]


def test_unsupported_file_type():
    read = read_upload((VALID_DIR / "utf8.csv").read_bytes(), "aanlevering.ods")
    assert [(p.code, p.message) for p in read.problems.items] == [
        ("unsupported-file",
         "Bestanden van het type '.ods' worden niet ondersteund. Sla het bestand op als CSV of "
         ".xlsx (Bestand > Opslaan als) en lever het opnieuw aan.")]


# --- the life of a submission ---------------------------------------------------------------------


def test_resubmission_creates_version_2_and_keeps_version_1(rt):
    first = submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "v1.csv")
    changed = (VALID_DIR / "utf8.csv").read_bytes().replace(b"fte;2,5;", b"fte;3,5;")
    second = submit(rt, changed, "v2.csv", received_at=datetime(2024, 4, 20, 9))
    assert (second.status, second.counts, second.changed_measures) == (
        "accepted", {"new": 0, "changed": 1, "unchanged": 6}, ["fte"])
    assert second.submission_ids == [first.submission_ids[0] + 1]
    assert rt.store.query(
        "SELECT submission_id, version, num, note, is_current FROM submitted_values "
        "WHERE measure = 'fte' ORDER BY version").rows() == [
        (first.submission_ids[0], 1, 2.5, "inclusief vacature", False),
        (second.submission_ids[0], 2, 3.5, "inclusief vacature", True),
    ]
    assert ("fte", "value", 3.5, None, "inclusief vacature") in current(rt)
    assert rt.store.query(
        "SELECT measure, version FROM current_values ORDER BY measure").rows() == [
        ("adv", 1), ("cdo", 1), ("den", 1), ("fte", 2), ("num", 1), ("stage", 1), ("wait", 1)]
    assert rt.store.query(
        "SELECT file_name, new_count, changed_count, unchanged_count FROM submissions ORDER BY id"
    ).rows() == [("v1.csv", 7, 0, 0), ("v2.csv", 0, 1, 6)]
    assert rt.store.scalar("SELECT count(*) FROM submission_files") == 2
    # the first file again: not a duplicate of the latest, so fte goes back to 2,5 as version 3
    third = submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "v1-opnieuw.csv",
                   received_at=datetime(2024, 4, 21, 9))
    assert (third.status, third.counts) == ("accepted", {"new": 0, "changed": 1, "unchanged": 6})
    assert rt.store.query("SELECT version, num, is_current FROM submitted_values WHERE measure = 'fte' "
                          "ORDER BY version").rows() == [(1, 2.5, False), (2, 3.5, False), (3, 2.5, True)]


def test_identical_reupload_is_a_duplicate_without_a_new_submission(rt):
    content = (VALID_DIR / "crlf.csv").read_bytes()
    assert submit(rt, content, "crlf.csv").status == "accepted"
    before = snapshot(rt)
    again = submit(rt, content, "opnieuw.csv", received_at=datetime(2024, 4, 16))
    assert (again.status, again.errors, again.submission_ids) == ("duplicate", [], [])
    assert snapshot(rt) == before
    assert rt.store.scalar("SELECT count(*) FROM submissions") == 1
    assert rt.store.scalar("SELECT count(*) FROM rejected_attempts") == 0


def test_same_values_in_another_file_variant_change_nothing(rt):
    submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "utf8.csv")
    res = submit(rt, (VALID_DIR / "thousands_nl.csv").read_bytes(), "thousands_nl.csv")
    assert (res.status, res.counts, res.changed_measures) == (
        "accepted", {"new": 0, "changed": 0, "unchanged": 7}, [])
    assert rt.store.scalar("SELECT max(version) FROM submitted_values") == 1


def test_late_submission_is_stored_with_on_time_false(rt):
    res = submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "laat.csv",
                 received_at=datetime(2024, 5, 1, 0, 5))
    assert res.status == "accepted"
    assert [(d.isoformat(), t) for d, t in rt.store.query(
        "SELECT deadline, on_time FROM submissions").rows()] == [("2024-04-30", False)]
    assert current(rt) == expected_values(NOTE)


def test_last_day_before_deadline_is_on_time(rt):
    submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "net.csv", received_at=datetime(2024, 4, 30, 23, 59))
    assert rt.store.query("SELECT on_time FROM submissions").rows() == [(True,)]


def test_locked_period_is_rejected(rt):
    ctx = context(rt, locked={"2024-Q1": "Voortgangsbrief"})
    res = submit(rt, (VALID_DIR / "period_Q1_2024.csv").read_bytes(), "k1.csv", ctx=ctx)
    assert res.status == "rejected"
    assert found(res) == _rows(2, 3, 4, 5, 6, 7, 8, column="periode", code="period-locked",
                               value="2024-Q1")
    assert res.errors[0].message == (
        "2024-Q1 is vastgelegd in een peildatum (Voortgangsbrief). Vraag de programmamanager het "
        "kwartaal te heropenen.")
    assert snapshot(rt) == {"submissions": [], "submitted_values": [], "submission_files": []}
    assert rt.store.scalar("SELECT count(*) FROM rejected_attempts") == 1
    # another quarter is not locked
    other = (VALID_DIR / "utf8.csv").read_bytes().replace(b"2024-Q1", b"2024-Q2")
    assert submit(rt, other, "k2.csv", period="2024-Q2", ctx=ctx).status == "accepted"


def test_english_messages(world):
    world, _ = world
    ctx = context(world, lang="en")
    res = submit(world, (PROBLEM_DIR / "several_mistakes.csv").read_bytes(), "x.csv", ctx=ctx)
    assert [p.message for p in res.errors] == [
        "'misschien' is not yes or no (ja/nee).",
        "'twee' is not a number. Write e.g. 1234 or 1234.5.",
        "'klaar' is not allowed. Choose one of: geen, gestart, gereed.",
    ]
    res = submit(world, (PROBLEM_DIR / "required_missing.csv").read_bytes(), "x.csv", ctx=ctx)
    assert [p.message for p in res.errors] == [
        "The required measure 'cdo' is missing for G1 2024-Q1. Fill in a value, or n.v.t. if it "
        "does not apply."]
    res = submit(world, (PROBLEM_DIR / "missing_columns.csv").read_bytes(), "x.csv", ctx=ctx)
    assert [p.message for p in res.errors] == [
        "Column waarde is missing from the header (row 1). The header must be: "
        "organisation;period;measure;value;note."]
    res = submit(world, (PROBLEM_DIR / "empty.csv").read_bytes(), "x.csv", ctx=ctx)
    assert [p.message for p in res.errors] == ["The file is empty. Use the template and fill in the values."]
    stored = json.loads(world.store.scalar("SELECT problems FROM rejected_attempts ORDER BY id DESC LIMIT 1"))
    assert stored == [{"row": None, "column": None, "value": None, "code": "empty-file",
                       "message": "The file is empty. Use the template and fill in the values.",
                       "level": "error", "text": {"text": "problem.empty-file", "params": {}}}]
    # stored with its code and parameters: said again in the reader's language (issue 16)
    assert said(stored[0], "nl") == (
        "Het bestand is leeg. Gebruik het sjabloon en vul de waarden in.")
    res = submit(world, (PROBLEM_DIR / "several_mistakes.csv").read_bytes(), "x.csv", ctx=ctx)
    stored = json.loads(world.store.scalar("SELECT problems FROM rejected_attempts ORDER BY id DESC LIMIT 1"))
    assert [said(p, "nl") for p in stored] == [
        "'misschien' is geen ja of nee.", "'twee' is geen getal. Schrijf bijvoorbeeld 1234 of 1234,5.",
        "'klaar' is niet toegestaan. Kies uit: geen, gestart, gereed."]


# --- bugs found while building the corpus ---------------------------------------------------------

HEADER = "organisatie;periode;maatstaf;waarde;toelichting\n"


def test_duplicate_measure_with_other_period_spelling_is_a_duplicate(rt):
    content = (HEADER + "G1;2024-Q1;cdo;ja;\nG1;2024 Q1;cdo;nee;\n").encode()
    res = submit(rt, content, "dubbel.csv")
    assert (res.status, found(res)) == ("rejected", [(3, "maatstaf", "duplicate-measure", "cdo")])


def _xlsx_with_header_on_row_3() -> bytes:
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for col, text in zip("ABCD", ("organisatie", "periode", "maatstaf", "waarde"), strict=True):
        ws[f"{col}3"] = text
    for col, text in zip("ABCD", ("G1", "2024-Q1", "cdo", "misschien"), strict=True):
        ws[f"{col}4"] = text
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "make", "row"), [
    ("leeg.csv", lambda: ("\n" + HEADER + "G1;2024-Q1;cdo;misschien;\n").encode(), 3),
    ("kop-op-rij-3.xlsx", _xlsx_with_header_on_row_3, 4),
], ids=["csv", "xlsx"])
def test_rows_are_excel_rows_when_the_header_is_not_on_line_1(rt, name, make, row):
    res = submit(rt, make(), name)
    assert found(res) == [(row, "waarde", "bad-boolean", "misschien")]


def test_typed_xlsx_cells_do_not_decide_the_number_convention(rt):
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["organisatie", "periode", "maatstaf", "waarde", "toelichting"])
    for measure, value in (("cdo", True), ("fte", "2,5"), ("num", "1.234"), ("wait", 1234.5)):
        ws.append(["G1", "2024-Q1", measure, value, None])
    buf = io.BytesIO()
    wb.save(buf)
    res = submit(rt, buf.getvalue(), "gemengd.xlsx")
    assert (res.status, found(res)) == ("accepted", [])
    assert [(m, n) for m, _, n, _, _ in current(rt)] == [
        ("cdo", 1.0), ("fte", 2.5), ("num", 1234.0), ("wait", 1234.5)]


@pytest.mark.parametrize("measure", ["fte", "num"])
def test_huge_number_is_rejected_not_stored_as_infinity(rt, measure):
    content = (HEADER + f"G1;2024-Q1;cdo;ja;\nG1;2024-Q1;{measure};{'9' * 400};\n").encode()
    res = submit(rt, content, "groot.csv")
    assert [(p.line, p.path, p.code) for p in res.errors] == [(3, "waarde", "bad-number")]


def test_unterminated_quote_does_not_silently_drop_rows(rt):
    content = (VALID_DIR / "utf8.csv").read_bytes().replace(b"inclusief vacature", b'"inclusief vacature')
    res = submit(rt, content, "open-aanhalingsteken.csv")
    assert res.status == "rejected" or len(current(rt)) == 7


def test_windows_path_is_reduced_to_the_file_name(rt):
    submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "C:\\Users\\jan\\Documents\\aanlevering.csv")
    assert rt.store.scalar("SELECT file_name FROM submissions") == "aanlevering.csv"
