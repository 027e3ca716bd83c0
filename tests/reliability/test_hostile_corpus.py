"""A hand-made corpus of hostile files, each with the exact problems it must give. Every file goes
through the real intake path (a real file, read, checked, recorded) on a database that already holds
accepted values; a rejection changes nothing but its own two records (support.py)."""

from __future__ import annotations

import io
import math
import time
import tracemalloc

import pytest

from tests.intake.world import VALID_DIR, context
from tests.reliability.bombs import zip_bomb
from tests.reliability.support import (
    BASE_ROWS,
    LONG,
    STATS,
    assert_consistent,
    assert_rejection_only,
    assert_structured,
    csv_bytes,
    fingerprint,
    submit,
)

GOOD = csv_bytes(BASE_ROWS)
H = "organisatie;periode;maatstaf;waarde;toelichting\r\n"


def rows(*lines: str) -> bytes:
    return (H + "".join(f"{line}\r\n" for line in lines)).encode("utf-8")


def with_value(value: str, measure: str = "fte") -> bytes:
    return rows("G1;2024-Q1;cdo;ja;", f"G1;2024-Q1;{measure};{value};")


def _workbook(cells: list[list]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for r in cells:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _zip(members: dict[str, str]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for member, text in members.items():
            zf.writestr(member, text)
    return buf.getvalue()


XLSX = (VALID_DIR / "openpyxl.xlsx").read_bytes()
UTF16 = (VALID_DIR / "excel_unicode_text.txt").read_bytes()
SQL_ORG = "G1'); DROP TABLE submitted_values; --"
HTML_ORG = "<script>alert('G1')</script>"

# name -> (content, file name, exact error codes in order, max_file_mb)
CORPUS: dict[str, tuple[bytes, str, list[str], float | None]] = {
    "random bytes": (bytes(range(256)) * 8, "data.csv", ["bad-encoding"], None),
    "random bytes named xlsx": (bytes(range(256)) * 8, "data.xlsx", ["bad-xlsx"], None),
    "truncated UTF-16 (odd length)": (UTF16[:-1], "excel.txt", ["bad-encoding"], None),
    "truncated in a number": (GOOD[: GOOD.index(b"2,5") + 2], "cut.csv", ["bad-number"], None),
    "truncated workbook": (XLSX[: len(XLSX) // 2], "cut.xlsx", ["bad-xlsx"], None),
    "NUL bytes": (GOOD.replace(b"ja", b"j\x00a"), "nul.csv", ["bad-encoding"], None),
    "mixed encodings in one file": (
        GOOD.replace(b"vacature", "café".encode()) + "G1;2024-Q1;wait;1;caf\xe9\r\n".encode("cp1252"),
        "mixed.csv", ["bad-encoding"], None),
    "invalid UTF-8 and undefined Windows-1252": (GOOD + b"G1;2024-Q1;wait;1;\x81\xc3\x28\r\n",
                                                  "invalid.csv", ["bad-encoding"], None),
    "10 MB single cell under the 5 MB cap": (
        rows("G1;2024-Q1;cdo;ja;" + "x" * 10 * 1024 * 1024), "big.csv", ["file-too-large"], None),
    "10 MB single cell under a 20 MB cap": (
        rows("G1;2024-Q1;cdo;ja;", "G1;2024-Q1;fte;1;" + "x" * 10 * 1024 * 1024), "big.csv",
        ["cell-too-long"], 20.0),
    "a 20 000 character note": (rows("G1;2024-Q1;cdo;ja;" + "x" * 20_000), "note.csv",
                                ["cell-too-long"], None),
    "5 000 columns, none known": (
        (";".join(f"k{i}" for i in range(5000)) + "\r\n" + ";".join("1" * 5000) + "\r\n").encode(),
        "wide.csv", ["missing-columns"], None),
    "header only": (H.encode(), "header.csv", ["no-rows"], None),
    "BOM only": (b"\xef\xbb\xbf", "bom.csv", ["empty-file"], None),
    "empty": (b"", "empty.csv", ["empty-file"], None),
    "whitespace and separators only": (b" ;;\r\n\t\r\n", "blank.csv", ["empty-file"], None),
    "unbalanced quotes": (rows("G1;2024-Q1;cdo;ja;", 'G1;2024-Q1;fte;1;"open note'),
                          "quotes.csv", ["unbalanced-quotes"], None),
    "formulas in every field": (
        rows('=HYPERLINK("http://x");=1+1;@SUM(A1);+1;-1', "=cmd|' /C calc'!A0;=A1;=B1;=C1;=D1"),
        "formulas.csv", ["unknown-organisation", "bad-period", "unknown-measure"] * 2, None),
    "1e308": (with_value("1e308"), "n.csv", ["bad-number"], None),
    "1E+308 and 1e-400": (rows("G1;2024-Q1;cdo;ja;", "G1;2024-Q1;fte;1E+308;",
                               "G1;2024-Q1;wait;1e-400;"), "n.csv", ["bad-number"] * 2, None),
    "NaN": (with_value("NaN"), "n.csv", ["bad-number"], None),
    "inf": (with_value("inf"), "n.csv", ["bad-number"], None),
    "Arabic-Indic digits": (with_value("١٢٣"), "n.csv", ["bad-number"], None),
    "fullwidth digits": (with_value("１２３"), "n.csv", ["bad-number"], None),
    "hexadecimal and underscores": (rows("G1;2024-Q1;cdo;ja;", "G1;2024-Q1;fte;0x1A;",
                                         "G1;2024-Q1;wait;1_000;"), "n.csv", ["bad-number"] * 2, None),
    "beyond exact doubles (2^63 + 0,5)": (with_value("9223372036854775808,5", "num"), "n.csv",
                                          ["out-of-range"], None),
    "21 digits": (with_value("999999999999999999999"), "n.csv", ["out-of-range"], None),
    "period 2025-Q0": (rows("G1;2025-Q0;cdo;ja;"), "p.csv", ["bad-period"], None),
    "period 2024-Q5 and 0000-Q1": (rows("G1;2024-Q5;cdo;ja;", "G1;0000-Q1;fte;1;"), "p.csv",
                                   ["bad-period", "bad-period"], None),
    "organisation code with SQL": (csv_bytes([[SQL_ORG, "2024-Q1", "cdo", "ja", ""]]), "sql.csv",
                                   ["unknown-organisation"], None),
    "organisation code with HTML": (csv_bytes([[HTML_ORG, "2024-Q1", "cdo", "ja", ""]]),
                                    "html.csv", ["unknown-organisation"], None),
    "measure id with SQL": (rows("G1;2024-Q1;cdo;ja;", "G1;2024-Q1;fte' OR 1=1 --;1;"), "m.csv",
                            ["unknown-measure"], None),
    "6 000 rows (cap 5 000)": (H.encode() + b"G1;2024-Q1;cdo;ja;\r\n" * 6000, "long.csv",
                               ["too-many-rows"], None),
    "6 000 empty rows": (GOOD + b";;;;\r\n" * 6000, "empty_rows.csv", ["too-many-rows"], None),
    "workbook with 6 000 rows": (
        _workbook([["organisatie", "periode", "maatstaf", "waarde"]] + [["G1", "2024-Q1", "cdo", 1]] * 6000),
        "long.xlsx", ["too-many-rows"], None),
    "workbook with formulas": (
        _workbook([["organisatie", "periode", "maatstaf", "waarde"], ["=A1", "2024-Q1", "cdo", "=1+1"]]),
        "formulas.xlsx", ["unknown-organisation", "required-missing"], None),  # no cached values
    "OpenDocument": (GOOD, "data.ods", ["unsupported-file"], None),
    "OpenDocument spreadsheet named .xlsx": (
        _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
        "data.xlsx", ["unsupported-file"], None),
    "Excel 97-2003 named .xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000), "data.xlsx",
                                  ["unsupported-file"], None),
    "a zip of CSV files named .xlsx": (_zip({"data.csv": GOOD.decode()}), "data.xlsx",
                                       ["unsupported-file"], None),
    "a workbook without a worksheet": (_zip({"xl/workbook.xml": "<workbook/>"}), "data.xlsx",
                                       ["bad-xlsx"], None),
}


@pytest.fixture(scope="module")
def loaded(world):
    """The world with accepted values for two organisation-quarters (the file GOOD is not among
    them, so an accidentally accepted corpus file would show)."""
    for org, period in (("G2", "2024-Q1"), ("G1", "2024-Q2")):
        content = csv_bytes([[org, period, *r[2:]] for r in BASE_ROWS])
        assert submit(world, context(world), content, org=org, period=period).status == "accepted"
    return world


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_is_rejected_with_exact_problems(loaded, name):
    content, file_name, codes, cap = CORPUS[name]
    before = fingerprint(loaded.store)
    result = submit(loaded, context(loaded, max_file_mb=cap), content, file_name)
    assert_structured(result)
    assert (result.status, [p.code for p in result.errors]) == ("rejected", codes)
    assert_rejection_only(loaded, before, fingerprint(loaded.store), result,
                          None if codes == ["file-too-large"] else content)
    STATS["corpus files rejected"] += 1


def test_minus_zero_is_stored_as_zero(loaded):
    """-0 is a number (zero), not a hostile one: stored as 0, never as -0."""
    result = submit(loaded, context(loaded), with_value("-0", "wait"), "zero.csv", org="G1",
                    period="2024-Q1")
    assert result.status == "accepted", [p.code for p in result.problems]
    [(num,)] = loaded.store.query("SELECT num FROM current_values WHERE organisation = 'G1' AND "
                                  "period = '2024-Q1' AND measure = 'wait'").rows()
    assert (num, math.copysign(1, num)) == (0.0, 1.0)
    assert_consistent(loaded.store)


def test_thousands_of_extra_columns_are_ignored(loaded):
    """Extra columns are ignored (as documented), also 5 000 of them: the values are stored."""
    extra = ";".join(f"x{i}" for i in range(5000))
    content = (f"{H.strip()};{extra}\r\n" + "".join(
        ";".join(r) + ";" * 5000 + "\r\n" for r in BASE_ROWS)).encode().replace(b"2024-Q1", b"2024-Q3")
    result = submit(loaded, context(loaded), content, "wide.csv", period="2024-Q3")
    assert (result.status, result.counts["new"]) == ("accepted", 3)
    assert loaded.store.query("SELECT measure, num, txt FROM current_values WHERE organisation = "
                              "'G1' AND period = '2024-Q3' ORDER BY measure").rows() == [
        ("cdo", 1.0, None), ("fte", 2.5, None), ("stage", None, "gestart")]


def test_zip_bomb_is_refused_from_the_directory_without_inflating(loaded):
    """A real zip bomb (a 512 MB sheet in a 1.6 MB file, renamed .xlsx) is refused in
    milliseconds and without memory: the declared sizes in the zip directory are checked before
    openpyxl opens anything."""
    import openpyxl  # noqa: F401  (imported outside the measurement)

    bomb = zip_bomb(512)
    assert len(bomb) < 2 * 1024 * 1024
    before = fingerprint(loaded.store)
    tracemalloc.start()
    start = time.perf_counter()
    result = submit(loaded, context(loaded), bomb, "kwartaal.xlsx")
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [p.code for p in result.errors] == ["bad-xlsx"]
    assert "uitgepakt zou het 512.0 MB zijn, meer dan de toegestane 11.8 MB" in result.errors[0].message
    assert elapsed < 1.0 and peak < 10 * len(bomb), (elapsed, peak)
    assert_rejection_only(loaded, before, fingerprint(loaded.store), result, bomb)
    STATS["zip bombs refused"] += 1


@pytest.mark.skipif(not LONG, reason="long mode: parses an 11 MB sheet (several seconds)")
def test_largest_workbook_under_the_unpack_cap_is_refused_by_rows(loaded):
    bomb = zip_bomb(11)
    start = time.perf_counter()
    result = submit(loaded, context(loaded), bomb, "kwartaal.xlsx")
    assert [p.code for p in result.errors] == ["too-many-rows"]
    assert time.perf_counter() - start < 30
