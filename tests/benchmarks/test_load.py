"""The load test's short version (benchmarks/load.py), as CI runs it: reader sessions over the
websocket and one browser read pages while two indieners upload and confirm files, over a copy
of the demo database; every page answered and drawn without an error, every upload in the
database, memory sampled. No timing assertions (the figures are in BENCHMARKS.md, from the
full run). On errors the monitor's frames of every server thread are printed."""

from pathlib import Path

import pytest

from benchmarks.load import Plan, run
from monitor.store import WAIT_LOGGED
from tests.e2e.ui import CHROMIUM

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"overzicht", "actie", "organisatie", "volledigheid", "toezeggingen", "definities"}


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium (.ci/run installs it)")
def test_short_load_run_has_no_errors_and_every_upload_lands(demo_db):
    result = run(demo_db[0], ROOT / "config.yaml",
                 Plan(readers=4, browsers=1, submitters=2, seconds=25, export=False, settle=2,
                      think=(0.5, 1.5)),
                 log=lambda _m: None)
    print("\n".join(result["stacks"]))
    assert result["errors"] == []
    assert result["uploads"] == 2  # and _landed found both in the database (else an error)
    assert result["reads"] >= 8 and result["page_views"] >= 1
    assert set(result["read_pages"]) <= PAGES and set(result["pages"]) <= PAGES
    assert all(size > 1000 for size in result["read_bytes_max"].values())  # pages, not error stubs
    assert len(result["samples"]) >= 3 and result["rss_peak_mb"] >= result["rss_before_mb"]
    assert result["lock_wait_max"] is None or result["lock_wait_max"] >= WAIT_LOGGED
    assert result["read_p95"] >= result["read_p50"] > 0
    assert result["page_p95"] >= result["page_p50"] > 0
