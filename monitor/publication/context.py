"""What a chart export says besides the chart: title, unit, reference date (peildatum), live or
snapshot, the coverage footnote, the language, and the texts made from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import polars as pl

from monitor.compute.frame import national
from monitor.definitions.model import Indicator
from monitor.narrative import coverage_note
from monitor.text import check_language, t, unit_text
from monitor.text import format as fmt

if TYPE_CHECKING:
    from monitor.publication.source import ExportSource


def text(key: str, lang: str, **params: object) -> str:
    """The export text ``key`` (``exports.<key>`` in ``monitor.text``) in ``lang``."""
    return t(f"exports.{key}", lang, **params)


@dataclass(frozen=True)
class ExportContext:
    """Everything burned into an exported chart besides the chart itself.

    ``peildatum``: the reference date of the figures (a snapshot's reference date, or the day of
    a live export). ``live``: True for current data that is not fixed in a snapshot; such an
    export is marked VOORLOPIG / PROVISIONAL. ``coverage_note``: one or two sentences about
    coverage (:func:`monitor.narrative.coverage_note`); empty for none.
    """

    title: str
    unit: str
    peildatum: date
    live: bool
    coverage_note: str = ""
    lang: str = "nl"

    def __post_init__(self) -> None:
        check_language(self.lang)
        if not isinstance(self.peildatum, date):
            raise TypeError(f"peildatum must be a date, not {type(self.peildatum).__name__}")

    @property
    def source_line(self) -> str:
        """'Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026' (English: 'Source: Progress
        monitor IBDS, reference date 2026-11-28')."""
        return text("source", self.lang, day=fmt.day(self.peildatum, self.lang))

    @property
    def provisional_label(self) -> str | None:
        """'VOORLOPIG' / 'PROVISIONAL' for live data; None for a snapshot."""
        return text("provisional", self.lang) if self.live else None

    @property
    def unit_line(self) -> str:
        return text("unit", self.lang, unit=unit_text(self.unit, self.lang))

    def footnotes(self) -> list[str]:
        """The lines under the chart: source, coverage, and for live data the provisional note."""
        lines = [self.source_line]
        if self.coverage_note:
            lines.append(self.coverage_note)
        if self.live:
            lines.append(text("provisional_note", self.lang))
        return lines



def chart_context(source: ExportSource, ind: Indicator, lang: str) -> ExportContext:
    """The context of ``ind``'s national trend from ``source``: its title and unit, the source's
    peildatum, VOORLOPIG for live data, and the coverage of the last quarter reported
    (:func:`monitor.narrative.coverage_note`; rules version 2 with the values behind it)."""
    last = national(source.results, ind.id).filter(pl.col("period") == source.until).to_dicts()
    note = coverage_note(last[0], lang, period=source.until) if last else ""
    return ExportContext(ind.title.get(lang), ind.unit, source.peildatum, source.live, note, lang)
