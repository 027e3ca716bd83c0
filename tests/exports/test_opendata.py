"""Open data: a snapshot's results as CSV, Parquet and DCAT metadata."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date, datetime
from types import SimpleNamespace

import polars as pl
import pytest

from monitor.compute.engine import RESULT_SCHEMA, RESULT_SCHEMA_V1
from monitor.exports import ExportError, SnapshotInfo, open_data, snapshot_info
from monitor.exports.opendata import CC0, results_frame
from tests.charts.frames import result_rows

SNAPSHOT = SnapshotInfo("Peildatum K3 2026", date(2026, 11, 28), "ab" * 32)


def _results() -> pl.DataFrame:
    return result_rows(
        action=["a03", "a01", "a03", "a01"],
        indicator=["a03_cdo_aandeel", "a01_mijlpaal", "a03_cdo_aandeel", "a01_mijlpaal"],
        period=["2026-Q3", "2022-Q1", "2026-Q2", "2026-Q3"],
        breakdown=["national"] * 4,
        group=["NL"] * 4,
        value=[47.3, 0.0, 41.0, 1.0],
        reported=[250, 1, 260, 1],
        expected=[390, 1, 390, 1],
        coverage=[250 / 390, 1.0, 260 / 390, 1.0],
        status=["risico", None, "achter", "behaald"],
        achieved_date=[None, None, None, date(2026, 8, 14)],
    )


def test_parquet_round_trips_and_csv_is_rfc4180():
    files = open_data(_results(), SNAPSHOT)
    expected = results_frame(_results())
    back = pl.read_parquet(io.BytesIO(files.parquet))
    assert back.schema == pl.Schema(RESULT_SCHEMA)
    assert back.equals(expected)
    assert back["period"].to_list() == ["2022-Q1", "2026-Q3", "2026-Q2", "2026-Q3"]  # sorted by ids
    text = files.csv.decode("utf-8")
    assert not files.csv.startswith(b"\xef\xbb\xbf")
    assert text.split("\r\n")[0] == ",".join(RESULT_SCHEMA)
    assert "2026-08-14" in text
    assert pl.read_csv(io.BytesIO(files.csv), schema=RESULT_SCHEMA).equals(expected)


def test_metadata_of_rules_version_1_has_the_dcat_fields_as_then():
    """As published for rules version 1 (later versions: DCAT-AP 3.0, tests/exports/test_dcat.py)."""
    files = open_data(_results(), SNAPSHOT, rules_version=1)
    meta = json.loads(files.metadata)
    assert meta["@type"] == "dcat:Dataset"
    assert meta["title"]["nl"].startswith("Voortgangsmonitor") and meta["title"]["en"]
    assert "Peildatum K3 2026" in meta["description"]["nl"] and meta["description"]["en"]
    assert meta["publisher"]["name"] == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    assert meta["publisher"]["@id"].startswith("https://identifier.overheid.nl/tooi/")
    assert meta["license"] == CC0 == "http://creativecommons.org/publicdomain/zero/1.0/"
    assert meta["temporal"] == {"@type": "dct:PeriodOfTime", "startDate": "2022-01-01",
                                "endDate": "2026-09-30", "firstQuarter": "2022-Q1", "lastQuarter": "2026-Q3"}
    assert meta["issued"] == "2026-11-28"
    assert meta["version"] == "Peildatum K3 2026"
    assert meta["definitionsSha256"] == "ab" * 32
    assert [c["name"] for c in meta["columns"]] == list(RESULT_SCHEMA_V1)
    assert all(c["description"]["nl"] and c["description"]["en"] for c in meta["columns"])
    assert {c["name"]: c["datatype"] for c in meta["columns"]}["achieved_date"] == "date"
    for dist, data in zip(meta["distribution"], (files.csv, files.parquet), strict=True):
        assert dist["byteSize"] == len(data)
        assert dist["checksum"]["checksumValue"] == hashlib.sha256(data).hexdigest()
    assert {d["mediaType"] for d in meta["distribution"]} == {"text/csv", "application/vnd.apache.parquet"}
    for term in ("title", "license", "issued", "temporal", "columns", "definitionsSha256"):
        assert term in meta["@context"]


def test_same_snapshot_gives_identical_files_whatever_the_row_order():
    a = open_data(_results(), SNAPSHOT)
    b = open_data(_results().reverse(), SNAPSHOT)
    assert (a.csv, a.parquet, a.metadata, a.turtle) == (b.csv, b.parquet, b.metadata, b.turtle)
    files = a.files()
    assert [name for name, _ in files] == ["ibds-resultaten-2026-11-28.csv",
                                           "ibds-resultaten-2026-11-28.parquet",
                                           "ibds-resultaten-2026-11-28.metadata.json",
                                           "ibds-resultaten-2026-11-28.metadata.ttl"]
    assert files[1][1] == a.parquet


def test_missing_columns_are_refused():
    with pytest.raises(ExportError, match="lack column"):
        open_data(_results().drop("status"), SNAPSHOT)


def test_snapshot_from_the_database_and_indicators_from_the_definitions(tmp_path):
    from monitor.runtime import open_runtime

    rt = open_runtime(tmp_path / "m.duckdb")
    with rt.store.transaction() as con:
        con.execute(
            "INSERT INTO snapshots (id, label, created_at, created_by, reference_date, definitions, "
            "definitions_sha256) VALUES (7, 'K3 2026', ?, 'test', DATE '2026-11-28', '{}', ?)",
            [datetime(2026, 11, 28, 10), "cd" * 32])
    info = snapshot_info(rt.store, 7)
    assert info == SnapshotInfo("K3 2026", date(2026, 11, 28), "cd" * 32, 7)
    frozen = SimpleNamespace(id=7, label="K3 2026", reference_date=date(2026, 11, 28),
                             definitions_sha256="cd" * 32)
    assert SnapshotInfo.from_snapshot(frozen) == info
    with pytest.raises(ExportError, match="no snapshot 8"):
        snapshot_info(rt.store, 8)
    [catalog] = [n for n in json.loads(open_data(_results(), info, defs=rt.defs).metadata)["@graph"]
                 if n["@type"] == "dcat:Catalog"]
    meta = catalog["dataset"][0]
    assert meta["snapshotId"] == 7
    ids = [i["identifier"] for i in meta["indicators"]]
    assert ids == sorted(ids) and len(ids) == sum(len(a.spec.indicators) for a in rt.defs.actions)
    assert all(i["title"]["nl"] and i["unit"] for i in meta["indicators"])
