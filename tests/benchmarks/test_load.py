"""The load test's short version (benchmarks/load.py), as CI runs it: a few browser sessions read
pages while two indieners upload and confirm files, over a copy of the demo database; every page
drawn without an error, every upload in the database, memory sampled, long lock waits counted.
No timing assertions (the figures are in BENCHMARKS.md, from the full run)."""

from pathlib import Path

import pytest

from benchmarks.load import Plan, run
from tests.e2e.ui import CHROMIUM

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium (.ci/run installs it)")
def test_short_load_run_has_no_errors_and_every_upload_lands(demo_db):
    result = run(demo_db[0], ROOT / "config.yaml",
                 Plan(viewers=3, submitters=2, seconds=25, export=False, settle=2, think=(0.5, 1.5)),
                 log=lambda _m: None)
    assert result["errors"] == []
    assert result["uploads"] == 2  # and _landed found both in the database (else an error)
    assert result["page_views"] >= 3
    assert set(result["pages"]) <= {"overzicht", "actie", "organisatie", "volledigheid",
                                    "toezeggingen", "definities"}
    assert len(result["samples"]) >= 3 and result["rss_peak_mb"] >= result["rss_before_mb"]
    assert result["lock_waits"] >= 0 and result["page_p95"] >= result["page_p50"] > 0
