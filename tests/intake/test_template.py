"""The submission template: what Dutch Excel opens directly, and a filled-in template is accepted
as it is (CSV or saved as .xlsx)."""

import csv
import io

import openpyxl
import pytest

from monitor.errors import UsageError
from monitor.intake.template import dutch_number, template_csv
from tests.intake.world import VALID_DIR, context, current, found, submit

BOM = b"\xef\xbb\xbf"
HEADER_NL = ("organisatie;periode;maatstaf;waarde;toelichting;omschrijving;eenheid;toegestaan;verplicht;"
             "vorig_kwartaal")
G1_MEASURES = ["cdo", "fte", "num", "den", "adv", "stage", "wait"]


def records(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content[3:].decode("utf-8"), newline=""), delimiter=";"))


def fill(content: bytes, values: dict[str, str], notes: dict[str, str] | None = None) -> bytes:
    """The template with the waarde (and toelichting) column filled in, written back the same way."""
    rows = records(content)
    for row in rows[1:]:
        row[3] = values.get(row[2], "")
        row[4] = (notes or {}).get(row[2], "")
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    return BOM + buf.getvalue().encode("utf-8")


def test_template_is_what_dutch_excel_opens(rt):
    content = template_csv(rt.store, context(rt), "G1", "2024-Q1")
    assert content.startswith(BOM)
    text = content[3:].decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert lines == [
        HEADER_NL,
        'G1;2024-Q1;cdo;;;CDO;;"ja / nee; n.v.t. toegestaan";ja;',
        'G1;2024-Q1;fte;;;FTE;;"getal; n.v.t. toegestaan";nee;',
        'G1;2024-Q1;num;;;T;;"geheel getal; n.v.t. toegestaan";nee;',
        'G1;2024-Q1;den;;;N;;"geheel getal; n.v.t. toegestaan";nee;',
        'G1;2024-Q1;adv;;;A;;"geheel getal; n.v.t. toegestaan";nee;',
        "G1;2024-Q1;stage;;;S;;geen | gestart | gereed;nee;",
        'G1;2024-Q1;wait;;;W;;"getal, 0 - …; n.v.t. toegestaan";nee;',
    ]


def test_template_lists_exactly_the_organisations_measures(rt):
    ctx = context(rt)
    assert [r[2] for r in records(template_csv(rt.store, ctx, "G1", "2024-Q1"))[1:]] == G1_MEASURES
    assert [r[2] for r in records(template_csv(rt.store, ctx, "P1", "2024-Q1"))[1:]] == ["cdo", "fte", "live"]
    p1 = records(template_csv(rt.store, ctx, "P1", "2024-Q1"))
    assert p1[3] == ["P1", "2024-Q1", "live", "", "", "L", "", "datum dd-mm-jjjj; n.v.t. toegestaan",
                     "nee", ""]


def test_template_in_english(rt):
    rows = records(template_csv(rt.store, context(rt, lang="en"), "G1", "2024-Q3"))
    assert rows[0] == ["organisation", "period", "measure", "value", "note", "description", "unit",
                       "allowed", "required", "previous_quarter"]
    assert rows[1] == ["G1", "2024-Q3", "cdo", "", "", "CDO", "", "ja / nee (yes / no); n.v.t. allowed",
                       "yes", ""]


def test_template_shows_last_quarters_values_in_dutch(rt):
    content = (VALID_DIR / "utf8.csv").read_bytes().replace(b"den;2000;", b"den;n.v.t.;")
    assert submit(rt, content, "k1.csv").status == "accepted"
    rows = records(template_csv(rt.store, context(rt), "G1", "2024-Q2"))
    assert [(r[1], r[2], r[9]) for r in rows[1:]] == [
        ("2024-Q2", "cdo", "ja"),
        ("2024-Q2", "fte", "2,5"),
        ("2024-Q2", "num", "1.234"),
        ("2024-Q2", "den", "n.v.t."),
        ("2024-Q2", "adv", "7"),
        ("2024-Q2", "stage", "gestart"),
        ("2024-Q2", "wait", "1234,5"),  # a decimal without thousands dots: 1.234 is ambiguous
    ]
    # only the quarter before: two quarters later the column is empty again
    assert [r[9] for r in records(template_csv(rt.store, context(rt), "G1", "2024-Q3"))[1:]] == [""] * 7


def test_template_shows_a_previous_date_as_dd_mm_jjjj(rt):
    content = (b"organisatie;periode;maatstaf;waarde;toelichting\n"
               b"P1;2024-Q1;cdo;nee;\nP1;2024-Q1;live;2024-03-01;\n")
    assert submit(rt, content, "p1.csv", org="P1").status == "accepted"
    rows = records(template_csv(rt.store, context(rt), "P1", "2024-Q2"))
    assert [(r[2], r[9]) for r in rows[1:]] == [("cdo", "nee"), ("fte", ""), ("live", "01-03-2024")]


def test_filled_in_template_is_accepted_as_it_is(rt):
    template = template_csv(rt.store, context(rt), "G1", "2024-Q1")
    values = {"cdo": "ja", "fte": "2,5", "num": "1.234", "den": "2000", "adv": "7", "stage": "gestart",
              "wait": "1.234,5"}
    res = submit(rt, fill(template, values, {"fte": "inclusief vacature"}), "sjabloon.csv")
    assert (res.status, found(res), res.counts) == ("accepted", [], {"new": 7, "changed": 0, "unchanged": 0})
    assert current(rt) == [
        ("adv", "value", 7.0, None, None),
        ("cdo", "value", 1.0, None, None),
        ("den", "value", 2000.0, None, None),
        ("fte", "value", 2.5, None, "inclusief vacature"),
        ("num", "value", 1234.0, None, None),
        ("stage", "value", None, "gestart", None),
        ("wait", "value", 1234.5, None, None),
    ]
    # next quarter: the template now shows last quarter's values, and is accepted filled in as well
    template = template_csv(rt.store, context(rt), "G1", "2024-Q2")
    res = submit(rt, fill(template, {"cdo": "nee", "fte": "3"}), "sjabloon-k2.csv", period="2024-Q2")
    assert (res.status, [p.code for p in res.errors]) == ("accepted", [])
    assert current(rt, period="2024-Q2") == [
        ("cdo", "value", 0.0, None, None), ("fte", "value", 3.0, None, None)]


def test_only_the_required_measure_filled_in(rt):
    template = template_csv(rt.store, context(rt), "G1", "2024-Q1")
    res = submit(rt, fill(template, {"cdo": "n.v.t."}), "sjabloon.csv")
    assert (res.status, res.counts) == ("accepted", {"new": 1, "changed": 0, "unchanged": 0})
    assert current(rt) == [("cdo", "nvt", None, None, None)]


def test_template_with_nothing_filled_in_names_the_required_measure(rt):
    template = template_csv(rt.store, context(rt), "G1", "2024-Q1")
    res = submit(rt, template, "leeg-sjabloon.csv")
    assert (res.status, found(res)) == ("rejected", [(2, "waarde", "required-missing", "cdo")])


def test_english_template_filled_in_with_english_numbers(rt):
    ctx = context(rt, lang="en")
    template = template_csv(rt.store, ctx, "G1", "2024-Q1")
    values = {"cdo": "yes", "fte": "2.5", "num": "1,234", "wait": "1,234.5"}
    res = submit(rt, fill(template, values), "template.csv", ctx=ctx)
    assert (res.status, found(res)) == ("accepted", [])
    assert [(m, n) for m, _, n, _, _ in current(rt)] == [("cdo", 1.0), ("fte", 2.5), ("num", 1234.0),
                                                        ("wait", 1234.5)]


def test_filled_in_template_saved_as_xlsx(rt):
    """Opened in Excel, filled in (numbers typed as numbers) and saved as .xlsx."""
    rows = records(template_csv(rt.store, context(rt), "G1", "2024-Q1"))
    typed = {"cdo": "ja", "fte": 2.5, "num": 1234, "den": 2000, "adv": 7, "stage": "gestart", "wait": 1234.5}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(rows[0])
    for row in rows[1:]:
        row[3] = typed[row[2]]
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    res = submit(rt, buf.getvalue(), "sjabloon.xlsx")
    assert (res.status, found(res)) == ("accepted", [])
    assert [(m, n, t) for m, _, n, t, _ in current(rt)] == [
        ("adv", 7.0, None), ("cdo", 1.0, None), ("den", 2000.0, None), ("fte", 2.5, None),
        ("num", 1234.0, None), ("stage", None, "gestart"), ("wait", 1234.5, None)]


def test_unknown_organisation_is_a_usage_error(rt):
    with pytest.raises(UsageError, match="'G9' is not a known organisation code"):
        template_csv(rt.store, context(rt), "G9", "2024-Q1")


@pytest.mark.parametrize(("value", "text"), [
    (0.0, "0"), (7.0, "7"), (1234.0, "1.234"), (1234.5, "1.234,5"), (2.5, "2,5"),
    (1234567.25, "1.234.567,25"), (0.125, "0,125"), (-1234.5, "-1.234,5"), (1 / 3, "0,3333"),
])
def test_dutch_number(value, text):
    assert dutch_number(value) == text
