"""Exports for letters to parliament and open data.

- Formats: one registered object per output format (:mod:`formats`: ``FORMATS``), each saying
  what it writes, from what and in which languages; the CLI, the Export page and the pack use them.
- The pack (:func:`monitor.exports.pack.export_pack`): every chosen format from one source, with a
  manifest, optionally zipped.
- Charts: :func:`letter_figure` (title, unit, legend, source line with peildatum, coverage note,
  VOORLOPIG marker burned in), the charts of an export (:mod:`charts`) and :class:`ImageExporter`
  (one Chromium session; PNG 300 dpi 160 mm wide, SVG, PDF), alt text beside each image.
- Tables: the data behind a chart as Excel-friendly CSV and formatted XLSX (:mod:`tables`).
- Open data: a snapshot's results as CSV, Parquet and DCAT metadata (:mod:`opendata`).

What an export is made from (a snapshot or live data) and what it says besides the figures
(source line, peildatum, coverage) is ``monitor.publication``.

Errors: :class:`ExportError`, :class:`ExportUnavailable` (no Chrome/Chromium), both MonitorError.
"""

from monitor.exports.alt import alt_text_of
from monitor.exports.browser import find_browser
from monitor.exports.errors import ExportError, ExportUnavailable
from monitor.exports.formats import DEFAULT_FORMATS, FORMATS, ExportFormat, parse_formats
from monitor.exports.images import IMAGE_FORMATS, ImageExporter
from monitor.exports.letter import letter_figure
from monitor.exports.opendata import OpenData, SnapshotInfo, open_data, snapshot_info
from monitor.exports.page import IMAGE_WIDTH_MM, LAYOUT_WIDTH_PX, PNG_SCALE, PNG_WIDTH_PX, PRINT_DPI
from monitor.exports.png import png_info, set_png_dpi
from monitor.exports.tables import Table, chart_table, table_csv, table_xlsx

__all__ = [
    "DEFAULT_FORMATS",
    "FORMATS",
    "IMAGE_FORMATS",
    "IMAGE_WIDTH_MM",
    "LAYOUT_WIDTH_PX",
    "PNG_SCALE",
    "PNG_WIDTH_PX",
    "PRINT_DPI",
    "ExportError",
    "ExportFormat",
    "ExportUnavailable",
    "ImageExporter",
    "OpenData",
    "SnapshotInfo",
    "Table",
    "alt_text_of",
    "chart_table",
    "find_browser",
    "letter_figure",
    "open_data",
    "parse_formats",
    "png_info",
    "set_png_dpi",
    "snapshot_info",
    "table_csv",
    "table_xlsx",
]
