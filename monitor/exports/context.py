"""What a chart export says besides the chart: title, unit, reference date (peildatum), live or
snapshot, the coverage footnote, the language, and the texts made from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from monitor.periods import Quarter
from monitor.text import check_language, t, unit_text
from monitor.text import format as fmt


def text(key: str, lang: str, **params: object) -> str:
    """The export text ``key`` (``exports.<key>`` in ``monitor.text``) in ``lang``."""
    return t(f"exports.{key}", lang, **params)


@dataclass(frozen=True)
class ExportContext:
    """Everything burned into an exported chart besides the chart itself.

    ``peildatum``: the reference date of the figures (a snapshot's reference date, or the day of
    a live export). ``live``: True for current data that is not fixed in a snapshot; such an
    export is marked VOORLOPIG / PROVISIONAL. ``coverage_note``: one or two sentences about
    coverage (see :func:`coverage_note`); empty for none.
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


def coverage_note(reported: int | None, expected: int | None, period: str | Quarter, lang: str = "nl",
                  values: str = "") -> str:
    """'Dekking K3 2026: 250 van 390 verwachte organisaties leverden gegevens aan (64%).'; empty
    when nothing is expected. ``values`` (``monitor.narrative.values_note``, rules version 2): how
    many values entered the figure, after the share: '... (64%); 241 waarden, waarvan 3
    overgenomen uit een eerder kwartaal.'"""
    check_language(lang)
    if not expected:
        return ""
    share = fmt.percent(100 * (reported or 0) / expected, 0, lang)
    return text(
        "coverage", lang, period=fmt.quarter(Quarter.parse(period), lang),
        reported=fmt.number(reported or 0, 0, lang), expected=fmt.number(expected, 0, lang), share=share,
        values=f"; {values}" if values else "",
    )
