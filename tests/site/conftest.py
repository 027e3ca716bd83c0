"""One public site of a demo snapshot for the tests of ``monitor.site``, built once per test
process (package scope) and published twice into two folders (the twice-published test compares
them). The demo database is copied: a snapshot is a write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor.exports.browser import DEFAULT_BROWSER
from tests.e2e.server import copy_database

MANAGER = "demo-programmamanager"


@dataclass(frozen=True)
class Built:
    rt: object
    snapshot_id: int
    root: Path    # the site
    again: Path   # the same snapshot published a second time
    result: object  # monitor.site.SiteResult of ``root``


@pytest.fixture(scope="package")
def built(demo_db, tmp_path_factory) -> Built:
    if not Path(DEFAULT_BROWSER).exists():
        pytest.skip(f"the site's charts need Chromium at {DEFAULT_BROWSER}: apt-get install chromium")
    from monitor.exports.images import ImageExporter
    from monitor.runtime import open_runtime
    from monitor.site import publish_snapshot
    from monitor.snapshots import create_snapshot

    folder = tmp_path_factory.mktemp("site")
    rt = open_runtime(copy_database(demo_db[0], folder / "db"))
    sid = create_snapshot(rt, "K3 2026", MANAGER)
    with ImageExporter() as images:
        made = publish_snapshot(rt, sid, MANAGER, folder / "a", exporter=images,
                                base_url="https://example.org/ibds/")
        publish_snapshot(rt, sid, MANAGER, folder / "b", exporter=images,
                         base_url="https://example.org/ibds/")
    return Built(rt, sid, made.folder, folder / "b", made)
