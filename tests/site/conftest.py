"""One public site of a demo snapshot for the tests of ``monitor.site``, built once per test run
and published twice into two folders (the twice-published test compares them). Under xdist the
first worker to ask builds it in the run's shared temporary folder while the others wait (a file
lock), so the suite pays for it once. The demo database is copied: a snapshot is a write."""

from __future__ import annotations

import fcntl
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor.exports.browser import DEFAULT_BROWSER
from tests.e2e.server import copy_database

MANAGER = "demo-programmamanager"
BASE_URL = "https://example.org/ibds/"


@dataclass(frozen=True)
class Built:
    rt: object
    snapshot_id: int
    root: Path    # the site
    again: Path   # the same snapshot published a second time
    pages: dict   # site path of every page -> bytes (``SiteResult.pages``)


def _build(demo: Path, folder: Path) -> dict:
    from monitor.exports.images import ImageExporter
    from monitor.runtime import open_runtime
    from monitor.site import publish_snapshot
    from monitor.snapshots import create_snapshot

    rt = open_runtime(copy_database(demo, folder / "db"))
    sid = create_snapshot(rt, "K3 2026", MANAGER)
    with ImageExporter() as images:
        made = publish_snapshot(rt, sid, MANAGER, folder / "a", exporter=images, base_url=BASE_URL)
        publish_snapshot(rt, sid, MANAGER, folder / "b", exporter=images, base_url=BASE_URL)
    return {"snapshot_id": sid, "pages": made.pages}


@pytest.fixture(scope="package")
def built(demo_db, tmp_path_factory, worker_id) -> Built:
    if not Path(DEFAULT_BROWSER).exists():
        pytest.skip(f"the site's charts need Chromium at {DEFAULT_BROWSER}: apt-get install chromium")
    from monitor.runtime import open_runtime

    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent
    folder = shared / "site-build"
    with open(shared / "site-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = folder / "built.json"
        if not done.exists():
            done.parent.mkdir(parents=True, exist_ok=True)
            done.write_text(json.dumps(_build(demo_db[0], folder)))
        made = json.loads(done.read_text())
    rt = open_runtime(folder / "db" / "monitor.duckdb")
    return Built(rt, made["snapshot_id"], folder / "a", folder / "b", made["pages"])
