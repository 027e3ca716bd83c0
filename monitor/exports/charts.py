"""The charts of an export as they go into a letter to parliament: per indicator its national
trend with the table behind it, and the status heatmap of the actions. The pack and the Export
page make them here, so a chart downloaded from the page is the chart in the pack."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

import plotly.graph_objects as go
import polars as pl

from monitor.charts import indicator_trend, status_heatmap
from monitor.compute.action_status import heatmap_frame
from monitor.compute.engine import RULES_VERSION
from monitor.compute.frame import national
from monitor.definitions.model import Indicator
from monitor.exports.alt import alt_text_of
from monitor.exports.letter import EDITION_1, LETTER, letter_figure
from monitor.exports.tables import Table, chart_table
from monitor.publication.context import ExportContext, chart_context
from monitor.publication.source import ExportSource
from monitor.text import as_made, t

STATUS_NAME = "status-per-actie"


@dataclass(eq=False)
class ChartExport:
    """One chart of an export. ``name``: the file name stem ('a03-a03_cdo_aandeel'); ``figure``:
    the letter version (title, unit, source line with peildatum, coverage, VOORLOPIG burned in),
    built once when first asked for; ``table``: the data behind it (None: the heatmap has none).
    Both in the texts the source's exports were made with (``rules_version``: a version-1
    snapshot's units as declared, ``monitor.text.as_made``, and the letter layout it was made
    with, ``letter.EDITION_1``). ``message``: the one line the communications staff give the chart
    ('Meer organisaties hebben een CDO'), under the title (not in a version-1 snapshot's charts)."""

    name: str
    context: ExportContext
    chart: Callable[[], go.Figure] = field(repr=False)  # the chart as the pages draw it
    rows: pl.DataFrame | None = field(default=None, repr=False)  # the national rows, for the table
    indicator: Indicator | None = None
    rules_version: int = RULES_VERSION
    message: str = ""

    @cached_property
    def figure(self) -> go.Figure:
        layout = EDITION_1 if self.rules_version < 2 else LETTER
        with as_made(self.rules_version):
            return letter_figure(self.chart(), self.context, message=self.message, layout=layout)

    @cached_property
    def table(self) -> Table | None:
        if self.rows is None or self.indicator is None:
            return None
        with as_made(self.rules_version):
            return chart_table(self.rows, self.indicator, self.context)

    @property
    def alt(self) -> str:
        """The alt text sentence (ExportError when the chart has none)."""
        return alt_text_of(self.figure)


def indicator_chart(source: ExportSource, action_id: str, ind: Indicator, lang: str,
                    name: str | None = None, message: str = "") -> ChartExport:
    """The national trend of ``ind`` as it goes into a letter, with its table; ``name`` defaults
    to '<action>-<indicator>'; ``message``: its one-line message (see :class:`ChartExport`)."""
    rows = national(source.results, ind.id)
    with as_made(source.rules_version):
        context = chart_context(source, ind, lang)
    return ChartExport(name or f"{action_id}-{ind.id}", context,
                       lambda: indicator_trend(rows, ind, lang), rows, ind, source.rules_version,
                       message)


def status_chart(source: ExportSource, lang: str, message: str = "") -> ChartExport:
    """The status of every action per quarter (the heatmap), under the source's rules version."""
    rule = source.action_rule if source.rules_version >= 2 else None  # None: version 1
    ctx = ExportContext(t("chart.status_title", lang), "", source.peildatum, source.live, "", lang)
    letter = source.rules_version >= 2  # version 1: the full labels, in its EDITION_1 letter layout
    return ChartExport(STATUS_NAME, ctx, lambda: status_heatmap(
        heatmap_frame(source.results, source.defs, lang, rule), lang, letter=letter),
        rules_version=source.rules_version, message=message)


def export_charts(source: ExportSource, lang: str,
                  messages: Mapping[str, str] | None = None) -> list[ChartExport]:
    """Every chart of a pack: one per indicator, in the order of the definitions, then the
    heatmap; ``messages``: a one-line message by chart name ('a03-a03_cdo_aandeel')."""
    said = dict(messages or {})
    return [*(indicator_chart(source, a.id, ind, lang, message=said.get(f"{a.id}-{ind.id}", ""))
              for a in source.defs.actions for ind in a.spec.indicators),
            status_chart(source, lang, said.get(STATUS_NAME, ""))]
