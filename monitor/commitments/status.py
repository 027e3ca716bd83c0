"""The status of a commitment in the Tweede Kamer's own words, and what it means here.

A toezegging carries its ``Status`` as the Kamer records it (``STATUSES``). A motie (a ``Zaak``
of ``Soort`` "Motie") has no such field; :func:`motion_status` maps it onto the same words:

- ``Afgedaan`` is true: **Afgedaan** (the cabinet has carried it out or reported on it);
- ``HuidigeBehandelstatus`` says it was rejected, withdrawn or has lapsed (``Verworpen``,
  ``Ingetrokken``, ``Vervallen``): **Vervallen** (nothing for the cabinet to do);
- otherwise (``Aangenomen``, ``Aangehouden``, ``Ingediend``, empty, ...): **Openstaand**.

Groups (used by the page, the list and the report annexes):

- completed (annex 1A): ``Voldaan``, ``Afgedaan``;
- open (annex 1B, overdue when its due date has passed): ``Openstaand``, ``Deels voldaan``,
  ``Deels afgedaan`` (partly done: still to be completed);
- lapsed: ``Vervallen``.
"""

from __future__ import annotations

from datetime import date

STATUSES = ("Openstaand", "Deels voldaan", "Deels afgedaan", "Voldaan", "Afgedaan", "Vervallen")
COMPLETED = ("Voldaan", "Afgedaan")
OPEN = ("Openstaand", "Deels voldaan", "Deels afgedaan")
LAPSED = ("Vervallen",)
KINDS = ("toezegging", "motie")
_MOTION_LAPSED = ("verworpen", "ingetrokken", "vervallen")


def motion_status(afgedaan: bool, treatment: str | None) -> str:
    """A motie's status in the words of :data:`STATUSES` (see the module docstring)."""
    if afgedaan:
        return "Afgedaan"
    if any(word in (treatment or "").lower() for word in _MOTION_LAPSED):
        return "Vervallen"
    return "Openstaand"


def status_key(status: str) -> str:
    """The catalogue key of a status in words: ``commitments.status.deels_voldaan``."""
    return "commitments.status." + status.lower().replace(" ", "_")


def is_open(status: str) -> bool:
    return status in OPEN


def is_overdue(status: str, due: date | None, today: date) -> bool:
    """Open and its expected completion date has passed."""
    return is_open(status) and due is not None and due < today
