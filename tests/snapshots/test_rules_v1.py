"""A snapshot taken before issue 15 (rules version 1) reproduces byte-identically.

``fixtures/v1`` was written by the code of commit 2188e91 (``fixtures/make_v1_fixture.py``): the
engine world, one snapshot, and the sha256 of every file the export pack wrote for it in the
deterministic formats (nl and en). Here the current code opens a copy (migration 6 runs on open)
and exports the same snapshot again."""

import hashlib
import json
from pathlib import Path

import pytest

from monitor.compute.engine import RESULT_SCHEMA_V1, RULES_VERSION
from monitor.exports.browser import DEFAULT_BROWSER
from monitor.exports.images import ImageExporter
from monitor.exports.pack import _versions, export_pack
from monitor.publication.source import from_snapshot
from monitor.snapshots import diff, load_snapshot, recompute_snapshot
from tests.snapshots.fixture import V1, open_v1

EXPECTED = json.loads((V1 / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def old_world(tmp_path_factory):
    return open_v1(tmp_path_factory.mktemp("v1") / "world")


@pytest.fixture(scope="module")
def exporter():
    if not Path(DEFAULT_BROWSER).exists():
        pytest.skip(f"the report needs Chromium at {DEFAULT_BROWSER}")
    with ImageExporter() as images:
        yield images


@pytest.fixture(scope="module")
def exported(old_world, tmp_path_factory, exporter):
    out: dict[str, bytes] = {}
    for lang in ("nl", "en"):
        source = from_snapshot(old_world, EXPECTED["snapshot"], "pm")
        pack = export_pack(source, tmp_path_factory.mktemp(lang), formats=EXPECTED["formats"],
                           lang=lang, exporter=exporter)
        for path in [*pack.files, pack.manifest, pack.zip]:
            out[f"{lang}/{path.relative_to(pack.folder).as_posix()}"] = path.read_bytes()
    return out


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_the_old_snapshot_is_version_1(old_world):
    snap = load_snapshot(old_world.store, EXPECTED["snapshot"])
    assert RULES_VERSION >= 2 and snap.rules_version == 1
    assert list(snap.results.columns) == list(RESULT_SCHEMA_V1)


@pytest.mark.parametrize("kind", ["gegevens/", "open-data/", "rapport/voortgangsrapportage.docx",
                                  "rapport/voortgangsrapportage.pdf"])
def test_exports_of_a_version_1_snapshot_are_byte_identical(exported, kind):
    names = sorted(n for n in EXPECTED["files"] if n.split("/", 1)[1].startswith(kind))
    assert names, kind
    assert set(names) <= set(exported), set(names) - set(exported)
    wrong = [n for n in names if _sha(exported[n]) != EXPECTED["files"][n]]
    assert not wrong, wrong


def test_the_pack_has_the_same_files_and_manifest(exported):
    assert set(exported) == set(EXPECTED["files"])
    for lang in ("nl", "en"):
        manifest = json.loads(exported[f"{lang}/manifest.json"])
        files = {f"{lang}/{f['path']}": f["sha256"] for f in manifest["files"]}
        assert files == {n: h for n, h in EXPECTED["files"].items()
                         if n.startswith(f"{lang}/") and n in files}
        if _versions() == EXPECTED["software"]:  # the manifest names the software versions
            for name in (f"{lang}/manifest.json", f"{lang}/ibds-export-snapshot-1-2025-Q4.zip"):
                assert _sha(exported[name]) == EXPECTED["files"][name], name


def test_recompute_uses_the_snapshots_rules(old_world):
    snap = load_snapshot(old_world.store, EXPECTED["snapshot"])
    again = recompute_snapshot(old_world, snap.id)
    assert again.columns == snap.results.columns
    assert again.equals(snap.results)


def test_diff_with_itself_is_empty_and_names_the_rules(old_world):
    result = diff(old_world.store, EXPECTED["snapshot"], EXPECTED["snapshot"])
    assert result.is_empty()
    live = diff(old_world.store, EXPECTED["snapshot"], None, defs=old_world.defs, config=old_world.config)
    assert (live.a_rules, live.b_rules) == (1, RULES_VERSION)
    assert f"rules version 1 -> {RULES_VERSION}" in live.to_text()
