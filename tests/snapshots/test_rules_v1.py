"""A snapshot taken before issue 15 (rules version 1) reproduces byte-identically.

``fixtures/v1`` was written by the code of commit 2188e91 (``fixtures/make_v1_fixture.py``): the
engine world, one snapshot, and the sha256 of every file the export pack wrote for it in the
deterministic formats (nl and en). Here the current code opens a copy (migration 6 runs on open)
and exports the same snapshot again.

The report embeds chart images that Chromium draws, and another Chromium build draws them with
other bytes (seen on 05-12-2026: the code of 2188e91 itself no longer reproduces its report there).
So ``expected.json`` names the Chromium the hashes were taken with (``renderer``) and, for the
report, the hashes of its words and numbers (``report_parts``: every DOCX part but its images, the
text of every PDF page). With that Chromium the whole files must be byte-identical; with another
one the words and numbers still must be, and the images are the renderer's.
"""

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
from tests.snapshots.report_parts import renderer, report_parts
from tests.snapshots.report_parts import sha as _sha

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


SAME_RENDERER = (Path(DEFAULT_BROWSER).exists()
                 and renderer(str(DEFAULT_BROWSER)) == EXPECTED["renderer"])
# files whose bytes hold the report's chart images (the reports, and the manifest and zip of them)
DRAWN = ("rapport/", "manifest.json", "ibds-export-")


def _drawn(name: str) -> bool:
    return name.split("/", 1)[1].startswith(DRAWN)


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
    exact = [n for n in names if SAME_RENDERER or not _drawn(n)]
    wrong = [n for n in exact if _sha(exported[n]) != EXPECTED["files"][n]]
    assert not wrong, wrong
    for name in set(names) - set(exact):  # another Chromium: the words and numbers are the same
        assert report_parts(name, exported[name]) == EXPECTED["report_parts"][name], name


def test_the_report_parts_are_recorded_with_this_renderer(exported):
    """Recorded parts match the recorded files (with the recorded Chromium only)."""
    if not SAME_RENDERER:
        pytest.skip(f"the hashes were taken with {EXPECTED['renderer']}, "
                    f"not {renderer(str(DEFAULT_BROWSER))}")
    for name, parts in EXPECTED["report_parts"].items():
        assert report_parts(name, exported[name]) == parts, name


def test_the_pack_has_the_same_files_and_manifest(exported):
    assert set(exported) == set(EXPECTED["files"])
    for lang in ("nl", "en"):
        manifest = json.loads(exported[f"{lang}/manifest.json"])
        files = {f"{lang}/{f['path']}": f["sha256"] for f in manifest["files"]}
        assert files.keys() == {n for n in EXPECTED["files"] if n.startswith(f"{lang}/") and n in files}
        assert {n: h for n, h in files.items() if SAME_RENDERER or not _drawn(n)} == {
            n: h for n, h in EXPECTED["files"].items()
            if n in files and (SAME_RENDERER or not _drawn(n))}
        if _versions() == EXPECTED["software"] and SAME_RENDERER:  # it names software versions
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
