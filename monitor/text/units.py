"""The singular of the units the shipped definitions declare (in Dutch, as declared): shown
when a value is exactly 1 ('1 advies', '+1 week'). A definition may declare its own
(``unit_singular``), which wins; a unit without either keeps its declared form ('1 FTE').

Each singular is itself a declared unit word: :func:`monitor.text.format.unit_text` shows it in
English from the catalogue's ``unit.<singular>`` ('advies' -> 'piece of advice'), else as
declared ('dataset')."""

from __future__ import annotations

SINGULAR: dict[str, str] = {
    "aanvragen": "aanvraag",
    "adviezen": "advies",
    "datadeals": "datadeal",
    "datasets": "dataset",
    "deelnames": "deelname",
    "instrumenten": "instrument",
    "medewerkers": "medewerker",
    "organisaties": "organisatie",
    "projecten": "project",
    "systeemfuncties": "systeemfunctie",
    "use cases": "use case",
    "weken": "week",
}


def singular_of(unit: str, declared: str | None = None) -> str:
    """The word for one of ``unit``: ``declared`` (a definition's ``unit_singular``) when given,
    else this table's, else ``unit`` itself."""
    return declared or SINGULAR.get(unit, unit)
