"""The columnar fast path (monitor.intake.fast) against the row path: the same result and the same
database for every valid file, and the row path's own report for every file with a problem."""

from __future__ import annotations

import io
from contextlib import contextmanager
from datetime import date, datetime

import polars as pl
import pytest
from helpers import make_world
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from monitor.intake import fast
from monitor.intake.columns import csv_frame, rows_frame
from monitor.intake.fast import check_columns
from monitor.intake.ingest import submit_file
from monitor.intake.reader import read_csv, read_upload
from tests.compute.test_engine import ORGS
from tests.intake.world import CORPUS_DEFS, context, copy_world, found, held_open

# the corpus world plus a percentage, a percentage given as a fraction and a bounded integer
_LAST = "  - {id: wait,"
DEFS = CORPUS_DEFS.replace(_LAST, """\
  - {id: pct, title: {nl: P, en: P}, type: percentage, reporters: [gemeente], required: false}
  - {id: frac, title: {nl: F, en: F}, type: percentage, percent_format: fraction,
     reporters: [gemeente], required: false}
  - {id: score, title: {nl: S, en: S}, type: integer, min: 1, max: 10, reporters: [gemeente],
     required: false}
""" + _LAST)
GEMEENTE = ("cdo", "fte", "num", "den", "adv", "stage", "wait", "pct", "frac", "score")
PROVINCIE = ("cdo", "fte", "live")
HEADER = "organisatie;periode;maatstaf;waarde;toelichting\n"
TABLES = ("submissions", "submitted_values", "submission_files", "rejected_attempts", "audit_log")
# history: G1 and G2 in 2024-Q1 to 2025-Q1 (fte about 2, wait a steady stock of 10, adv a flow)
HISTORY = HEADER + "".join(
    f"{org};{q};cdo;ja;\n{org};{q};fte;{fte};\n{org};{q};wait;10;\n{org};{q};adv;5;\n"
    for org in ("G1", "G2")
    for q, fte in (("2024-Q1", "2"), ("2024-Q2", "2,2"), ("2024-Q3", "1,8"), ("2024-Q4", "2"),
                   ("2025-Q1", "2,1")))
QUARTERS = ("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3")
QUARTERS8 = ("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4")


MORE = [(f"H{i:02}", "gemeente") for i in range(1, 13)]  # for a file of a thousand rows


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    rt = make_world(tmp_path_factory.mktemp("fast"), DEFS, ORGS + MORE, start="2023-Q1")
    res = send(rt, HISTORY.encode(), "history.csv")
    assert (res.status, res.errors) == ("accepted", [])
    return rt


def send(rt, content: bytes, name: str, org: str | None = None, period: str | None = None):
    """Submit a file: one submission when ``org`` and ``period`` are given, else a bulk file."""
    return submit_file(rt.store, context(rt), content, name, organisation=org, period=period,
                       bulk=org is None, user="tester", received_at=datetime(2026, 1, 10))


@pytest.fixture(scope="module", autouse=True)
def fast_path_for_every_size():
    """The fast path also for the small files of these tests (by default from MIN_ROWS rows)."""
    fast.MIN_ROWS, before = 0, fast.MIN_ROWS
    yield
    fast.MIN_ROWS = before


@contextmanager
def row_path_only():
    fast.ENABLED = False
    try:
        yield
    finally:
        fast.ENABLED = True


def dump(rt) -> dict[str, list[tuple]]:
    with rt.store.read() as con:
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in TABLES}


def both_paths(base, tmp_path, content: bytes, name: str, org=None, period=None):
    """Results and database contents of the same upload on the fast path and on the row path,
    each into a fresh copy of ``base``."""
    out = []
    for label in ("fast", "rows"):
        rt = copy_world(base, tmp_path / label)
        with held_open(rt):
            if label == "rows":
                with row_path_only():
                    res = send(rt, content, name, org, period)
            else:
                res = send(rt, content, name, org, period)
            out.append((res, dump(rt)))
    return out


def fast_batch(base, content: bytes, org: str | None = None, period: str | None = None):
    """The fast path's batch for a CSV file (None: declined)."""
    columns = csv_frame(content)
    if columns is None:
        return None
    with base.store.read() as con:
        return check_columns(con, columns.frame, context(base), org, period)


# --- equivalence on random valid files -----------------------------------------------------------

def _number(draw, value: float, decimals: int, conv: str, group: bool) -> str:
    text = f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"
    if conv == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


@st.composite
def value_text(draw, measure: str, conv: str) -> str:
    if measure != "cdo" and draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(["n.v.t.", "nvt", "N.V.T.", "n/a", ""]))
    group = draw(st.booleans())
    if measure == "cdo":
        return draw(st.sampled_from(["ja", "nee", "Ja", "JA", "j", "n", "waar", "onwaar", "true",
                                     "0", "1", "x", "yes", "no"]))
    if measure in ("num", "den", "adv"):
        v = draw(st.integers(0, 2_000_000))
        return draw(st.sampled_from([str(v), _number(draw, v, 0, conv, group),
                                     f"{v:,}".replace(",", " ")]))
    if measure in ("fte", "wait"):
        v = draw(st.floats(0, 5000, allow_nan=False).map(lambda x: round(x, 2)))
        return _number(draw, v, draw(st.integers(0, 3)), conv, group)
    if measure == "pct":
        v = draw(st.floats(0, 100).map(lambda x: round(x, 1)))
        return _number(draw, v, 1, conv, False) + draw(st.sampled_from(["", "%", " %"]))
    if measure == "frac":
        v = draw(st.floats(0, 1).map(lambda x: round(x, 2)))
        return draw(st.sampled_from([_number(draw, v, 2, conv, False),
                                     _number(draw, v * 100, 0, conv, False) + "%"]))
    if measure == "score":
        return str(draw(st.integers(1, 10)))
    if measure == "stage":
        return draw(st.sampled_from(["geen", "gestart", "Gestart", "GEREED", " gereed "]))
    day = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    return day.strftime(draw(st.sampled_from(["%d-%m-%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"])))


@st.composite
def upload(draw) -> tuple[bytes, str, dict]:
    single = draw(st.booleans())
    orgs = draw(st.lists(st.sampled_from(["G1", "G2", "G3", "P1"]), min_size=1, max_size=3,
                         unique=True))
    quarters = draw(st.lists(st.sampled_from(QUARTERS), min_size=1, max_size=2, unique=True))
    if single:
        orgs, quarters = orgs[:1], quarters[:1]
    conv = draw(st.sampled_from(["nl", "en"]))
    rows = []
    for org in orgs:
        for q in quarters:
            allowed = PROVINCIE if org == "P1" else GEMEENTE
            chosen = draw(st.lists(st.sampled_from(allowed[1:]), max_size=len(allowed), unique=True))
            # cdo is required: it may be left out where it is in effect already
            if org == "P1" or q not in ("2024-Q3", "2024-Q4", "2025-Q1") or draw(st.booleans()):
                chosen = ["cdo", *chosen]
            note = st.sampled_from(["", "", "geschat", "inclusief vacature", "één fte", "  marge "])
            rows += [[org, q, m, draw(value_text(m, conv)), draw(note)] for m in chosen]
    rows = draw(st.permutations(rows))
    if draw(st.integers(0, 9)) == 0 and rows:  # now and then a value that is not valid
        rows[draw(st.integers(0, len(rows) - 1))][3] = draw(st.sampled_from(["twee", "1.234", "-3"]))
    header = draw(st.sampled_from([
        ["organisatie", "periode", "maatstaf", "waarde", "toelichting"],
        ["Organisation", "Period", "Measure", "Value", "Note"],
        ["maatstaf", "waarde", "extra", "organisatie", "periode"],
    ]))
    order = {"organisatie": 0, "organisation": 0, "periode": 1, "period": 1, "maatstaf": 2,
             "measure": 2, "waarde": 3, "value": 3, "toelichting": 4, "note": 4}
    records = [header] + [[r[order[h.lower()]] if h.lower() in order else "?" for h in header]
                          for r in rows]
    kw = {"org": orgs[0], "period": quarters[0]} if single else {"org": None, "period": None}
    if draw(st.integers(0, 4)) == 0:
        return _xlsx(records, typed=draw(st.booleans())), "aanlevering.xlsx", kw
    sep = draw(st.sampled_from([";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    lines = [sep.join(r) for r in records]
    if draw(st.booleans()):  # an empty line in between, and empty lines at the end
        lines.insert(draw(st.integers(1, len(lines))), sep * 2)
        lines += ["", ""]
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + newline.join(lines)).encode("utf-8"), "aanlevering.csv", kw


def _xlsx(records: list[list[str]], typed: bool) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for r in records:
        wb.active.append([int(c) if typed and c.isdigit() else c for c in r])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=upload())
def test_fast_path_gives_the_same_result_and_database_as_the_row_path(base, tmp_path_factory, case):
    content, name, kw = case
    (fast_res, fast_db), (row_res, row_db) = both_paths(base, tmp_path_factory.mktemp("eq"),
                                                        content, name, **kw)
    assert fast_res == row_res
    assert fast_db == row_db
    event(f"{row_res.status}, {'with' if row_res.warnings else 'no'} warnings")
    event(str(sorted({p.code for p in row_res.errors})))
    if name.endswith(".csv"):  # a clean CSV file is taken by the fast path, any other one is not
        batch = fast_batch(base, content, kw["org"], kw["period"])
        assert (batch is not None) == (row_res.status != "rejected")


def test_a_string_only_workbook_takes_the_fast_path_and_a_typed_one_the_row_path():
    records = [["organisatie", "periode", "maatstaf", "waarde"], ["G1", "2024-Q1", "num", "12"]]
    typed = read_upload(_xlsx(records, typed=True), "a.xlsx").rows
    assert typed[0].typed == 12 and rows_frame(typed) is None
    frame = rows_frame(read_upload(_xlsx(records, typed=False), "a.xlsx").rows)
    assert frame.rows() == [(2, "G1", "2024-Q1", "num", "12", "")]


# --- the shapes read as columns --------------------------------------------------------------------

def test_csv_frame_reads_rows_with_the_numbers_of_the_row_reader():
    text = "Organisatie ; Periode;Maatstaf;Waarde;Toelichting;x\r\n G1 ;2024-Q1;num; 12 \r\n" \
           ";;;;\r\nG1;2024-Q1;fte;1,5;geschat;extra\r\n\t;\r\n\r\nG1;2024-Q1;cdo\r\n\r\n"
    content = ("\ufeff" + text).encode("utf-8")
    columns = csv_frame(content)
    assert (columns.encoding, columns.separator) == ("utf-8-sig", ";")
    assert columns.frame.rows() == [
        (2, "G1", "2024-Q1", "num", "12", ""),
        (4, "G1", "2024-Q1", "fte", "1,5", "geschat"),
        (7, "G1", "2024-Q1", "cdo", "", ""),
    ]
    assert rows_frame(read_csv(content).rows).rows() == columns.frame.rows()
    utf16 = csv_frame(text.replace(";", "\t").encode("utf-16"))
    assert (utf16.encoding, utf16.separator, utf16.frame.rows()) == (
        "utf-16", "\t", columns.frame.rows())


@pytest.mark.parametrize("text", [
    'G1;2024-Q1;fte;2,5;"quoted; note"\n',      # quotes: the csv module's business
    "G1;2024-Q1;fte;2,5;a\rb\n",                 # a lone CR ends a row for the csv module
    "G1;2024-Q1;fte;2\u00a0500;\n",             # no-break space: str.strip would remove it
    "G1;2024-Q1;fte;2\x0c5;\n",                  # a control character
    "G1;2024-Q1;fte;2,5;;\n",                   # more cells than the header
    "G1;2024-Q1;fte;2,5;\r\rG2;2024-Q1;fte;1;\n",  # lone CRs
    '"G1";2024-Q1;fte;2,5;\n',                  # a quote in any cell
])
def test_csv_frame_declines_what_it_does_not_read_exactly(text):
    assert csv_frame((HEADER + text).encode("utf-8")) is None
    assert csv_frame((HEADER + "G1;2024-Q1;fte;2,5;\n").encode("utf-8")) is not None


def test_csv_frame_declines_a_file_without_the_required_columns_or_rows():
    assert csv_frame(b"organisatie;periode;maatstaf\nG1;2024-Q1;num\n") is None
    assert csv_frame(HEADER.encode() + b";;;;\n\n") is None
    assert csv_frame(b"") is None
    assert csv_frame(b"\n" + HEADER.encode() + b"G1;2024-Q1;num;1;\n") is None  # header not first
    rows = HEADER.encode() + b"G1;2024-Q1;num;1;\n" * 4 + b"G1;2024-Q1;num;1;"  # five, no final LF
    assert csv_frame(rows, max_rows=4) is None
    assert csv_frame(rows, max_rows=5) is not None


VALUES = [  # (measure, text, state, num, txt) on a Dutch file
    ("fte", "1.234,5", "value", 1234.5, None),
    ("fte", "2,25", "value", 2.25, None),
    ("fte", " 1 234,5 ", "value", 1234.5, None),
    ("num", "12.345", "value", 12345.0, None),
    ("num", "-0", "value", 0.0, None),
    ("pct", "12%", "value", 12.0, None),
    ("pct", "12,5 %", "value", 12.5, None),
    ("pct", "40", "value", 40.0, None),
    ("frac", "0,45", "value", 0.45 * 100, None),  # as Python computes it: 45.00000000000001
    ("frac", "45%", "value", 45.0, None),
    ("cdo", "ja", "value", 1.0, None),
    ("cdo", "NEE", "value", 0.0, None),
    ("stage", "Gestart", "value", None, "gestart"),
    ("wait", "n.v.t.", "nvt", None, None),
    ("adv", "", "empty", None, None),
    ("score", "10", "value", 10.0, None),
]


def test_each_value_shape_is_read_as_the_row_path_reads_it(base):
    rows = []
    for i, (m, v, *_) in enumerate(VALUES):  # each value in its own organisation-quarter
        org, q = ("G3", "G4")[i // 8], QUARTERS8[i % 8]
        rows += [(org, q, m, v, "")] + ([] if m == "cdo" else [(org, q, "cdo", "ja", "")])
    rows += [("P1", "2024-Q1", "cdo", "ja", ""), ("P1", "2024-Q1", "live", "31-12-2024", ""),
             ("P1", "2024-Q2", "cdo", "j", ""), ("P1", "2024-Q2", "live", "2024-12-31", "")]
    frame = pl.DataFrame([(i + 2, *r) for i, r in enumerate(rows)], orient="row",
                         schema=["line", "organisation", "period", "measure", "value", "note"])
    with base.store.read() as con:
        batch = check_columns(con, frame, context(base))
    got = (batch.values.filter(pl.col("measure") != "cdo")
           .select("measure", "raw", "state", "num", "txt").rows())
    day = float(date(2024, 12, 31).toordinal())
    assert got == [(m, v, s, n, t) for m, v, s, n, t in VALUES if s != "empty" and m != "cdo"] + [
        ("live", "31-12-2024", "value", day, "2024-12-31"),
        ("live", "2024-12-31", "value", day, "2024-12-31")]
    cdo = batch.values.filter(pl.col("measure") == "cdo", pl.col("raw") != "ja")
    assert cdo.select("raw", "num").rows() == [("NEE", 0.0), ("j", 1.0)]
    assert batch.units.height == len(VALUES) + 2
    assert batch.units.filter(pl.col("organisation") == "G4")["rows"].to_list() == [
        1 if m == "cdo" else 2 for m, *_ in VALUES[8:]]


@pytest.mark.parametrize("measure,text", [
    ("num", "7,5"), ("score", "11"), ("frac", "1,5"), ("pct", "101%"), ("num", "twee"),
    ("cdo", "misschien"), ("stage", "klaar"), ("num", "9007199254740993"), ("cdo", ""),
])
def test_a_value_that_is_not_valid_makes_the_fast_path_decline(base, measure, text):
    rows = f"G3;2024-Q1;cdo;ja;\nG3;2024-Q1;fte;2,5;\nG3;2024-Q1;{measure};{text};\n"
    if measure == "cdo":
        rows = rows.split("\n", 1)[1]
    assert fast_batch(base, (HEADER + rows).encode()) is None
    assert fast_batch(base, (HEADER + "G3;2024-Q1;cdo;ja;\nG3;2024-Q1;fte;2,5;\n").encode())


# --- warnings and fallback -----------------------------------------------------------------------

def test_an_outlier_against_eight_quarters_of_history_warns_on_its_row(base, tmp_path):
    rt = copy_world(base, tmp_path / "w")
    with held_open(rt):
        history = HEADER + "".join(f"G3;{q};cdo;ja;\nG3;{q};fte;{f};\n" for q, f in (
            ("2023-Q3", "2"), ("2023-Q4", "2,1"), ("2024-Q1", "1,9"), ("2024-Q2", "2"),
            ("2024-Q3", "2"), ("2024-Q4", "2,2"), ("2025-Q1", "1,8"), ("2025-Q2", "2")))
        assert send(rt, history.encode(), "h.csv").status == "accepted"
        content = (HEADER + "G3;2025-Q3;cdo;ja;\nG3;2025-Q3;fte;9,5;\nG3;2025-Q3;num;3;\n").encode()
        assert fast_batch(rt, content, "G3", "2025-Q3") is not None
        res = send(rt, content, "g3.csv", "G3", "2025-Q3")
        assert res.status == "accepted"
        assert found(res) == [(3, "waarde", "outlier", "9,5"),
                              (3, "waarde", "large-change-without-note", "9,5")]
        assert res.warnings[0].message == (
            "9,5 wijkt sterk af van eerdere waarden van deze organisatie (mediaan 2). Controleer "
            "de waarde of licht hem toe.")


def test_history_of_a_bulk_file_counts_each_quarter_once(base, tmp_path):
    """Regression: a bulk file with two quarters of one organisation used to count the history
    both quarters share twice (and so reached the four quarters the outlier check needs)."""
    rt = copy_world(base, tmp_path / "w")
    with held_open(rt):
        history = HEADER + "G3;2024-Q3;cdo;ja;\nG3;2024-Q3;fte;2;\nG3;2024-Q4;cdo;ja;\nG3;2024-Q4;fte;2;\n"
        assert send(rt, history.encode(), "h.csv").status == "accepted"
        content = HEADER + "G3;2025-Q1;cdo;ja;\nG3;2025-Q1;fte;2;\nG3;2025-Q2;cdo;ja;\nG3;2025-Q2;fte;50;\n"
        res = send(rt, content.encode(), "b.csv")
        assert (res.status, found(res)) == ("accepted", [])


def test_one_bad_value_in_a_thousand_rows_is_reported_by_the_row_path(base, tmp_path):
    orgs = [code for code, kind in ORGS + MORE if kind == "gemeente"]
    measures = (("cdo", "ja"), ("num", "12"), ("den", "40"), ("adv", "3"), ("wait", "7,5"),
                ("score", "4"), ("pct", "12%"), ("frac", "0,2"))
    rows = [[o, q, m, v, ""] for q in QUARTERS8 for o in orgs for m, v in measures][:999]
    good, rows[775][3] = rows[775][3], "veel"  # row 777 (the header is row 1)
    content = (HEADER + "".join(";".join(r) + "\n" for r in rows)).encode()
    assert fast_batch(base, content) is None
    (fast_res, fast_db), (row_res, row_db) = both_paths(base, tmp_path, content, "b.csv")
    assert fast_res == row_res and fast_db == row_db
    code = "bad-boolean" if rows[775][2] == "cdo" else "bad-number"
    assert found(fast_res) == [(777, "waarde", code, "veel")]
    rows[775][3] = good
    content = (HEADER + "".join(";".join(r) + "\n" for r in rows)).encode()
    assert fast_batch(base, content) is not None
    res = send(copy_world(base, tmp_path / "ok"), content, "b.csv")
    # G1 and G2 have history to 2025-Q1: cdo unchanged, wait and adv changed
    assert (res.status, res.counts) == ("accepted", {"new": 969, "changed": 20, "unchanged": 10})
