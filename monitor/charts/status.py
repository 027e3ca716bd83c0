"""Status styling: icon, label and colours per status. The icon and label carry the meaning;
colour only supports it (readable in black and white and for colour-blind readers)."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.charts.palette import (
    BRUIN,
    DONKERGEEL,
    GRIJS_2,
    GRIJS_6,
    GROEN,
    HEMELBLAUW,
    ORANJE,
    ROOD,
    WIT,
    ZWART,
    tint,
)
from monitor.compute.frame import STATUSES
from monitor.text import t


@dataclass(frozen=True)
class StatusStyle:
    """How one status is shown.

    ``colour``: markers, lines, badge borders (>= 3:1 on white). ``text_colour``: the label written
    in colour on white (>= 4.5:1). ``fill``: cell/badge background, with ``fill_text`` on it
    (>= 4.5:1); the fills stay apart under simulated colour blindness.
    """

    status: str
    icon: str
    colour: str
    text_colour: str
    fill: str
    fill_text: str = ZWART

    def label(self, lang: str = "nl") -> str:
        """The status in words ('op koers' / 'on track'; ``monitor.text`` key ``status.word.*``)."""
        return t(f"status.word.{self.status}", lang)

    def badge(self, lang: str = "nl") -> str:
        """Icon and label, e.g. '● op koers' (``monitor.text`` key ``status.<status>``)."""
        return t(f"status.{self.status}", lang)


_STYLES = {
    s.status: s
    for s in (
        StatusStyle("behaald", "✔", GROEN, GROEN, tint(GROEN, 0.5)),
        StatusStyle("op_koers", "●", HEMELBLAUW, HEMELBLAUW, tint(HEMELBLAUW, 0.5)),
        StatusStyle("risico", "▲", ORANJE, BRUIN, DONKERGEEL),
        StatusStyle("achter", "✖", ROOD, ROOD, ROOD, WIT),  # the house red, not a pink tint
        StatusStyle("onvoldoende", "?", GRIJS_6, GRIJS_6, GRIJS_2),
    )
}
STATUS_STYLES: dict[str, StatusStyle] = {s: _STYLES[s] for s in STATUSES}  # in the one order


def status_style(status: str | None) -> StatusStyle | None:
    """The style of ``status`` (None for no status, e.g. size-dependent indicators per group)."""
    return STATUS_STYLES.get(status) if status else None
