"""Issue 15 items 5 and 6 in the exports: the chart tables (CSV, XLSX) have the values behind each
figure and how many were carried forward, with Dutch and English headers; the coverage footnote
says the same; the open data has ``n`` and ``carried`` described in both languages; and the
same snapshot still exports byte-identically. Built for real from a snapshot of
tests/world_shown.py at 2024-Q3."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from monitor.exports.pack import export_pack
from monitor.publication.context import chart_context
from monitor.publication.source import from_snapshot
from monitor.snapshots import create_snapshot
from tests.world_shown import build

FORMATS = ("csv", "xlsx", "opendata")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    rt = build(tmp_path_factory.mktemp("shown"))
    sid = create_snapshot(rt, "Voortgangsbrief K3 2024", "pm", until="2024-Q3", today=date(2026, 1, 15))
    return rt, sid


@pytest.fixture(scope="module")
def packs(world, tmp_path_factory):
    rt, sid = world
    return {name: export_pack(from_snapshot(rt, sid, "pm"), tmp_path_factory.mktemp(name),
                              formats=FORMATS, lang=lang)
            for name, lang in (("nl", "nl"), ("nl_again", "nl"), ("en", "en"))}


def rows(pack, name: str) -> list[list[str]]:
    text = (pack.folder / "gegevens" / f"a01-{name}.csv").read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_chart_tables_have_n_and_carried(packs):
    head, *body = rows(packs["nl"], "i_carry")
    n, carried = head.index("aantal waarden"), head.index("waarvan overgenomen")
    assert carried == n + 1
    assert [(r[0], r[n], r[carried]) for r in body] == [
        ("2024-Q1", "5", "0"), ("2024-Q2", "5", "1"), ("2024-Q3", "5", "2")]
    head, *body = rows(packs["nl"], "i_share")
    assert [r[head.index("waarvan overgenomen")] for r in body] == ["0", "0", "0"]
    head_en = rows(packs["en"], "i_carry")[0]
    assert {"values (n)", "of which carried forward"} <= set(head_en)
    sheet = openpyxl.load_workbook(packs["en"].folder / "gegevens" / "a01-i_carry.xlsx").active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in cells if "of which carried forward" in r)
    assert [r[header.index("of which carried forward")] for r in cells[cells.index(header) + 1:]] == [0, 1, 2]
    notes = " ".join(str(r[0]) for r in cells[:cells.index(header)] if r[0])
    assert "(100%); 5 values, of which 2 carried forward from an earlier quarter." in notes


def test_coverage_footnote_names_the_values(world):
    rt, sid = world
    source = from_snapshot(rt, sid, "pm")
    carry = chart_context(source, source.defs.indicators["i_carry"], "nl").coverage_note
    assert carry == ("Dekking K3 2024: 5 van 5 verwachte organisaties leverden gegevens aan (100%); "
                     "5 waarden, waarvan 2 overgenomen uit een eerder kwartaal.")
    share = chart_context(source, source.defs.indicators["i_share"], "nl").coverage_note
    assert share.endswith("(100%); 5 waarden.")


def test_open_data_has_n_and_carried_described_in_both_languages(packs):
    folder = packs["nl"].folder / "open-data"
    [table] = folder.glob("*.csv")
    [meta] = folder.glob("*.metadata.json")
    records = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    q3 = next(r for r in records if (r["indicator"], r["breakdown"], r["period"])
              == ("i_carry", "national", "2024-Q3"))
    assert (q3["n"], q3["carried"]) == ("5", "2")
    graph = json.loads(meta.read_text(encoding="utf-8"))["@graph"]
    [catalog] = [n for n in graph if n["@type"] == "dcat:Catalog"]
    columns = {c["name"]: c["description"] for c in catalog["dataset"][0]["columns"]}
    assert columns["carried"] == {"nl": "Waarvan overgenomen uit een eerder kwartaal.",
                                  "en": "Of which carried forward from an earlier quarter."}
    assert "too_few_points" in columns["forecast_note"]["en"] and "clamped" in columns["forecast_note"]["nl"]


def test_the_same_snapshot_exports_byte_identically(packs):
    first, again = packs["nl"], packs["nl_again"]
    names = sorted(p.relative_to(first.folder).as_posix() for p in first.files)
    assert names == sorted(p.relative_to(again.folder).as_posix() for p in again.files)
    for name in names:
        assert (first.folder / name).read_bytes() == (again.folder / name).read_bytes(), name
