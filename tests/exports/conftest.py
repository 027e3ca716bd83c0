"""Fixtures for the export tests: one Chromium session for the whole run, contexts, figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.exports import ImageExporter
from monitor.exports.browser import DEFAULT_BROWSER
from monitor.narrative import coverage_note
from monitor.publication.context import ExportContext

PEILDATUM = date(2026, 11, 28)


@pytest.fixture(scope="session")
def exporter():
    """One ImageExporter (one Chromium) for every image test in the run."""
    if not Path(DEFAULT_BROWSER).exists():
        pytest.skip(f"image export needs Chromium at {DEFAULT_BROWSER}: apt-get install chromium")
    with ImageExporter() as images:
        yield images


def context(title: str = "Aandeel organisaties met een CDO", *, unit: str = "%", live: bool = False,
            lang: str = "nl") -> ExportContext:
    note = coverage_note({"reported": 250, "expected": 390}, lang, period="2026-Q3")
    return ExportContext(title, unit, PEILDATUM, live, note, lang)
