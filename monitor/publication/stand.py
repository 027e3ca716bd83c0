"""From when the figures on a page are: a snapshot's peildatum, or the live data (provisional)
with the moment of the last accepted submission. Every page says it in one line (issue 17;
``monitor.ui.figures``), as every export says it in its source line and VOORLOPIG mark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from monitor.runtime import Runtime
from monitor.text import day, moment, t

if TYPE_CHECKING:
    from monitor.publication.source import ExportSource


@dataclass(frozen=True)
class Stand:
    """``snapshot_id`` None: live data, provisional, up to ``last_accepted`` (None: nothing
    accepted yet); else the snapshot's ``peildatum`` and ``label``."""

    snapshot_id: int | None = None
    peildatum: date | None = None
    label: str = ""
    last_accepted: datetime | None = None

    @property
    def live(self) -> bool:
        return self.snapshot_id is None

    @property
    def key(self) -> str:
        """The text key of the line (``overview.stand.*``)."""
        if not self.live:
            return "overview.stand.snapshot"
        return "overview.stand.live" if self.last_accepted else "overview.stand.live_empty"

    def params(self, lang: str) -> dict[str, object]:
        """The parameters of :attr:`key` in ``lang`` (the label as typed: a page shows it with
        ``tm``)."""
        if not self.live:
            return {"day": day(self.peildatum, lang), "label": self.label, "id": self.snapshot_id}
        return {"moment": moment(self.last_accepted, lang),
                "provisional": t("overview.stand.provisional", lang)}

    def line(self, lang: str) -> str:
        """'VOORLOPIG — live cijfers, laatste aanvaarde inzending 04-12-2026 14:32' or
        'Peildatum 28-11-2026 — momentopname 3 «Voortgangsbrief»'."""
        return t(self.key, lang, **self.params(lang))


def live_stand(rt: Runtime) -> Stand:
    """The live data: provisional, with the moment of the last accepted submission."""
    last = rt.store.scalar("SELECT max(received_at) FROM submissions")
    return Stand(last_accepted=last)


def source_stand(source: ExportSource, rt: Runtime) -> Stand:
    """The stand of an export source: a snapshot's peildatum and label, or the live data."""
    if source.live:
        return live_stand(rt)
    return Stand(source.snapshot_id, source.peildatum, source.label)
