"""Fixtures: the hand-made report (:mod:`tests.reports.sample`) and its PDF and DOCX, made once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from monitor.reports.model import ReportData
from tests.reports.sample import make_report


@pytest.fixture(scope="session")
def report() -> ReportData:
    return make_report()


@pytest.fixture(scope="session")
def provisional(report) -> ReportData:
    return replace(report, snapshot_id=None)


@pytest.fixture(scope="session")
def report_en() -> ReportData:
    return make_report("en", snapshot_id=None)


@pytest.fixture(scope="session")
def pdf_bytes(report) -> bytes:
    from monitor.reports.pdf import report_pdf

    return report_pdf(report)


@pytest.fixture(scope="session")
def pdf_provisional(provisional) -> bytes:
    from monitor.reports.pdf import report_pdf

    return report_pdf(provisional)


@pytest.fixture(scope="session")
def docx_bytes(report) -> bytes:
    from monitor.reports.docx import report_docx

    return report_docx(report)


@pytest.fixture(scope="session")
def docx_provisional(provisional) -> bytes:
    from monitor.reports.docx import report_docx

    return report_docx(provisional)
