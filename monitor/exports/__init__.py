"""Exports for letters to parliament and open data.

- Charts: :func:`letter_figure` (title, unit, legend, source line with peildatum, coverage note,
  VOORLOPIG marker burned in) and :class:`ImageExporter` (one Chromium session; PNG 300 dpi
  160 mm wide, SVG, PDF), alt text next to each image (:func:`alt_text_of`), a manifest.
- Tables: the data behind a chart as Excel-friendly CSV and formatted XLSX (:mod:`tables`).
- Open data: a snapshot's results as CSV, Parquet and DCAT metadata (:mod:`opendata`).

Errors: :class:`ExportError`, :class:`ExportUnavailable` (no Chrome/Chromium), both MonitorError.
"""

from monitor.exports.alt import alt_text_of, alt_text_path, write_alt_text
from monitor.exports.browser import find_browser
from monitor.exports.context import ExportContext, coverage_note
from monitor.exports.errors import ExportError, ExportUnavailable
from monitor.exports.images import FORMATS, ExportedChart, ImageExporter
from monitor.exports.letter import letter_figure
from monitor.exports.manifest import write_manifest
from monitor.exports.opendata import OpenData, SnapshotInfo, open_data, snapshot_info
from monitor.exports.page import IMAGE_WIDTH_MM, LAYOUT_WIDTH_PX, PNG_SCALE, PNG_WIDTH_PX, PRINT_DPI
from monitor.exports.png import png_info, set_png_dpi
from monitor.exports.tables import Table, chart_table, table_csv, table_xlsx, write_table

__all__ = [
    "FORMATS",
    "IMAGE_WIDTH_MM",
    "LAYOUT_WIDTH_PX",
    "PNG_SCALE",
    "PNG_WIDTH_PX",
    "PRINT_DPI",
    "ExportContext",
    "ExportError",
    "ExportUnavailable",
    "ExportedChart",
    "ImageExporter",
    "OpenData",
    "SnapshotInfo",
    "Table",
    "alt_text_of",
    "alt_text_path",
    "chart_table",
    "coverage_note",
    "find_browser",
    "letter_figure",
    "open_data",
    "png_info",
    "set_png_dpi",
    "snapshot_info",
    "table_csv",
    "table_xlsx",
    "write_alt_text",
    "write_manifest",
    "write_table",
]
