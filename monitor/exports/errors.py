"""Errors of the export package (to be listed in the hierarchy in ``monitor.errors``).

    MonitorError
    └── ExportError               a chart, table or data set cannot be exported
        └── ExportUnavailable     no working Chrome/Chromium for image export: install one
"""

from __future__ import annotations

from monitor.errors import MonitorError


class ExportError(MonitorError):
    """An export cannot be made (e.g. a chart type that cannot be printed, a render that failed)."""


class ExportUnavailable(ExportError):
    """Image export needs Chrome or Chromium, and none can be found or started."""
