"""What is published: the source of an export and what goes with every exported figure.

- :mod:`source`: an :class:`ExportSource` is what an export is made from: a frozen snapshot
  (:func:`from_snapshot`) or the live data, marked provisional (:func:`live`), with its
  definitions, reference date (peildatum), rules version and settings.
- :mod:`context`: an :class:`ExportContext` is what an exported chart or table says besides the
  figure: title, unit, source line with the peildatum, coverage footnote, VOORLOPIG for live data;
  :func:`chart_context` makes it for one indicator of a source.

A domain service: the report (``monitor.reports``), the exports (``monitor.exports``) and the
Export page all read it; it imports none of them.
"""
