"""Errors of the report package (to be listed in the hierarchy in ``monitor.errors``).

    MonitorError
    └── ReportError               the progress report (PDF or DOCX) cannot be made
"""

from __future__ import annotations

from monitor.errors import MonitorError


class ReportError(MonitorError):
    """The report cannot be made, e.g. a chart that is not a PNG image or a failed PDF compile."""
