"""The open data metadata of a demo snapshot conforms to the official DCAT-AP 3.0.0 SHACL shapes
shipped in monitor/exports/shapes (pyshacl, 0 violations), as JSON-LD and as Turtle; broken twins
(the metadata as published for rules version 1, a distribution without dcat:accessURL) do not; and
the export gives the same bytes twice. One snapshot of a copy of the demo database, exported
twice (open data only), for the whole module."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from monitor.exports.dcat_check import SHAPES, check_dcat, check_file
from monitor.exports.opendata import SnapshotInfo, open_data
from monitor.exports.pack import export_pack
from monitor.publication.source import from_snapshot
from monitor.runtime import open_runtime
from monitor.snapshots import create_snapshot

PM = "demo-programmamanager"


@pytest.fixture(scope="module")
def released(demo_db, tmp_path_factory):
    root = tmp_path_factory.mktemp("dcat")
    db = root / "demo.duckdb"
    shutil.copyfile(demo_db[0], db)
    wal = demo_db[0].with_name(demo_db[0].name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, db.with_name(db.name + ".wal"))
    rt = open_runtime(db)
    sid = create_snapshot(rt, "Peildatum K3 2026", PM, today=date(2026, 11, 28))
    source = from_snapshot(rt, sid, PM)
    packs = [export_pack(source, root / name, formats=("opendata",)) for name in ("first", "again")]
    return source, packs


def _metadata(pack, suffix: str):
    [path] = (pack.folder / "open-data").glob(f"*.metadata.{suffix}")
    return path


def test_the_shapes_are_shipped_with_their_source_and_licence():
    note = (SHAPES.parent / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in note and "7c531da7f154794da620fd0e57a3e8afe0286c0f" in note
    assert SHAPES.stat().st_size > 100_000


@pytest.mark.parametrize("suffix", ["json", "ttl"])
def test_the_metadata_of_a_demo_snapshot_conforms(released, suffix):
    _, (pack, _) = released
    check = check_file(_metadata(pack, suffix))
    assert check.violations == () and check.conforms


def test_the_metadata_as_published_for_rules_version_1_does_not(released):
    source, _ = released
    info = SnapshotInfo(source.label, source.peildatum, source.definitions_sha256, source.snapshot_id)
    old = open_data(source.results, info, defs=source.defs, rules_version=1)
    check = check_dcat(old.metadata)
    assert not check.conforms
    said = "\n".join(check.violations)
    for path in ("dcat#accessURL", "terms/language", "dcat#mediaType", "terms/format",
                 "terms/publisher", "spdx.org/rdf/terms#checksum"):
        assert path in said, path


def test_a_distribution_without_access_url_does_not(released):
    _, (pack, _) = released
    doc = json.loads(_metadata(pack, "json").read_bytes())
    [catalog] = [n for n in doc["@graph"] if n["@type"] == "dcat:Catalog"]
    del catalog["dataset"][0]["distribution"][0]["accessURL"]
    check = check_dcat(json.dumps(doc))
    assert len(check.violations) == 1 and "dcat#accessURL" in check.violations[0]


def test_the_same_snapshot_exports_the_same_bytes(released):
    _, (first, again) = released
    names = sorted(p.name for p in first.files)
    assert [n.rsplit(".", 2)[-2:] for n in names if ".metadata." in n] == [["metadata", "json"],
                                                                        ["metadata", "ttl"]]
    for path in first.files:
        assert path.read_bytes() == (again.folder / path.relative_to(first.folder)).read_bytes(), path.name
