"""Property-based hostile input against the whole intake path (read -> check -> store): every
generated file gives a structured result, never an exception; a rejection changes nothing but its
own two records (see support.py), an acceptance stores the submission whole.

Four generators, each on one database per module (checked in full before and after every case):
random bytes, valid files with hostile cells, valid files damaged at random, hostile workbooks.
CI runs at least 500 cases (derandomized); MONITOR_LONG=1 runs about 20 times as many."""

from __future__ import annotations

import io

from hypothesis import assume, given
from hypothesis import strategies as st

from monitor.errors import PeriodError
from monitor.intake.text import clean, org_code
from monitor.intake.values import NVT
from monitor.periods import Quarter
from tests.intake.world import VALID_DIR, context
from tests.reliability.support import (
    BASE_ROWS,
    STATS,
    assert_consistent,
    assert_rejection_only,
    assert_structured,
    csv_bytes,
    examples,
    fingerprint,
    submit,
)

ORGS = {"G1", "G2", "G3", "G4", "P1"}
MEASURES = {"cdo", "fte", "num", "den", "adv", "stage", "live", "wait"}
SQL = ["G1'; DROP TABLE submissions; --", "' OR '1'='1", "G1\"); DELETE FROM submitted_values; --",
       "1; UPDATE submissions SET organisation='X'", "$1", "?", "%s", "{0}", "{organisation}"]
HTML = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**vet**",
        "[klik](javascript:alert(1))", "&lt;b&gt;", "<!--", "]]>"]
FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")",
            "=cmd|' /C calc'!A0", "\t=1", "\r=1"]
NUMBERS = ["1e308", "1E5", "NaN", "nan", "inf", "-inf", "Infinity", "١٢٣", "१२३", "１２３", "0x1A",
           "1_000", "--1", "1,2,3", "1.2.3", "½", "1.234.5,6,7", "٫٥", "∞", "1e-400", "0b101"]
PERIODS = ["2025-Q0", "2025-Q5", "2024-Q1x", "Q1", "2024", "2024-Q01a", "0000-Q1", "9999-Q4",
           "2024-Q-1", "２０２４-Q1", "٢٠٢٤-Q1", "2024-Q١", "2024–Q1"]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


def _not_open_quarter(text: str) -> bool:
    try:
        return Quarter.parse(text) != Quarter.parse("2024-Q1")
    except PeriodError:
        return True


# column -> (hostile values for it, codes one of which must be reported for the row)
HOSTILE = {
    # g1 and G1 with a zero-width space are G1 (issue 14): not hostile
    0: (st.sampled_from(SQL + HTML + FORMULAS + [" G 1", "G-1", "G\u200c 1"])
        | TEXT.filter(lambda t: org_code(t) not in ORGS),
        {"unknown-organisation", "wrong-organisation"}),
    1: (st.sampled_from(PERIODS + SQL + FORMULAS) | TEXT.filter(_not_open_quarter),
        {"bad-period", "wrong-period", "period-not-open"}),
    2: (st.sampled_from(SQL + HTML + FORMULAS + ["CDO", "f-te", "fte\u0301", "ﬀte"])
        | TEXT.filter(lambda t: clean(t).strip() not in MEASURES),
        {"unknown-measure"}),
    3: (st.sampled_from(NUMBERS + SQL + HTML + FORMULAS)
        | TEXT.filter(lambda t: any(c.isascii() and c.isalpha() for c in t)
                      and t.strip().lower() not in NVT),
        {"bad-number"}),
}
FILE_LEVEL = {"bad-encoding", "cell-too-long", "unbalanced-quotes"}


@st.composite
def hostile_rows(draw):
    """A valid G1 2024-Q1 file with 1-3 rows, each with one hostile cell; note cells anything."""
    rows = [list(r) for r in BASE_ROWS]
    expected = {}
    for _ in range(draw(st.integers(1, 3))):
        column = draw(st.sampled_from(sorted(HOSTILE)))
        row = ["G1", "2024-Q1", "fte", "1,5", draw(TEXT | st.sampled_from(HTML + FORMULAS))]
        row[column] = draw(HOSTILE[column][0])
        at = draw(st.integers(0, len(rows)))
        rows.insert(at, row)
        expected = {(r + 1 if r >= at + 2 else r): c for r, c in expected.items()}
        expected[at + 2] = HOSTILE[column][1]  # the row number as in Excel (header = 1)
    return rows, expected


def _check(world, content: bytes, name: str, expect_rejected: bool) -> object:
    # the state after the previous case is the state before this one (nothing else writes)
    before = world.last_fingerprint or fingerprint(world.store)
    world.last_fingerprint = None
    result = submit(world, context(world), content, name)
    assert_structured(result)
    after = fingerprint(world.store)
    STATS["hostile cases tried"] += 1
    if result.status == "rejected":
        assert_rejection_only(world, before, after, result, content)
        STATS["hostile cases rejected"] += 1
    else:
        assert not expect_rejected, [p.code for p in result.problems]
        changed = {t for t in after if after[t] != before[t]}
        if result.status == "accepted":
            assert {"submissions", "audit_log"} <= changed <= {
                "submissions", "submitted_values", "submission_files", "audit_log"}
            assert after["submissions"][0] == before["submissions"][0] + 1
            STATS["hostile cases accepted (valid after all)"] += 1
        else:
            assert changed == set()
        assert_consistent(world.store)
    world.last_fingerprint = after
    return result


@examples(ci=150, long=3000)
@given(prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04",
                               b"organisatie;periode;maatstaf;waarde;toelichting\n"]),
       body=st.binary(max_size=3000),
       name=st.sampled_from(["upload.csv", "upload.xlsx", "upload.txt", "noname"]))
def test_random_bytes_are_rejected(world, prefix, body, name):
    _check(world, prefix + body, name, expect_rejected=True)


@examples(ci=200, long=4000)
@given(case=hostile_rows(), sep=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       newline=st.sampled_from(["\r\n", "\n"]))
def test_hostile_cells_are_rejected_at_their_row(world, case, sep, encoding, newline):
    rows, expected = case
    try:
        content = csv_bytes(rows, sep, encoding, newline)
    except UnicodeEncodeError:
        content = csv_bytes(rows, sep, "utf-8", newline)
    result = _check(world, content, "hostile.csv", expect_rejected=True)
    codes = {p.code for p in result.problems}
    if codes & FILE_LEVEL:
        return  # the whole file is unreadable (a NUL, a mixed encoding): nothing row by row
    for row, wanted in expected.items():
        found = {p.code for p in result.problems if p.line == row}
        assert found & wanted, (row, wanted, [(p.line, p.code, p.value) for p in result.problems])


VALID_FILES = sorted(p for p in VALID_DIR.iterdir())


@examples(ci=150, long=3000)
@given(source=st.sampled_from(VALID_FILES), data=st.data())
def test_damaged_files_are_rejected_or_stored_whole(world, source, data):
    content = bytearray(source.read_bytes())
    for _ in range(data.draw(st.integers(1, 3), label="damages")):
        at = data.draw(st.integers(0, len(content)), label="at")
        kind = data.draw(st.sampled_from(["truncate", "nul", "quote", "flip", "cp1252", "delete",
                                          "repeat", "newline"]), label="kind")
        if kind == "truncate":
            del content[at:]
        elif kind == "nul":
            content[at:at] = b"\x00"
        elif kind == "quote":
            content[at:at] = b'"'
        elif kind == "flip" and at < len(content):
            content[at] ^= data.draw(st.integers(1, 255), label="bits")
        elif kind == "cp1252":
            content[at:at] = b"\xe9\x80"
        elif kind == "delete":
            del content[at:at + data.draw(st.integers(1, 50), label="n")]
        elif kind == "repeat":
            content[at:at] = content[max(0, at - 40):at]
        else:
            content[at:at] = b"\n"
    _check(world, bytes(content), source.name, expect_rejected=False)


def _workbook(rows: list[list]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["organisatie", "periode", "maatstaf", "waarde", "toelichting"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


CELLS = st.one_of(
    st.sampled_from(NUMBERS + SQL + HTML + FORMULAS),
    st.floats(allow_nan=False, allow_infinity=False), st.integers(-(2**62), 2**62), st.booleans(),
    st.dates(), st.none(),
    TEXT.filter(lambda t: not t.startswith("=") and all(c.isprintable() for c in t)),
)


@examples(ci=30, long=1000)
@given(identity=st.sampled_from(sorted(HOSTILE)[:3]), data=st.data(),
       flips=st.lists(st.integers(0, 10**6), max_size=3))
def test_hostile_workbooks_are_rejected(world, identity, data, flips):
    bad = data.draw(HOSTILE[identity][0], label="identity cell")
    assume("\x00" not in bad and all(ch.isprintable() or ch in "\t\r\n" for ch in bad))
    hostile = ["G1", "2024-Q1", "fte", data.draw(CELLS, label="value"), data.draw(CELLS, label="note")]
    hostile[identity] = bad
    rows = [list(r) for r in BASE_ROWS] + [hostile]
    try:
        content = bytearray(_workbook(rows))
    except (ValueError, TypeError):  # openpyxl cannot write some cells
        assume(False)
    for at in flips:
        content[at % len(content)] ^= 0x5A
    result = _check(world, bytes(content), "hostile.xlsx", expect_rejected=True)
    if not flips and "bad-xlsx" not in {p.code for p in result.problems}:
        assert {p.code for p in result.problems if p.line == 5} & HOSTILE[identity][1]
