"""The action page (issue 17): its compact trend table, the milestone chart's target labels, and
the singular of each unit (``monitor.text.units``) in both languages."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the trend table: the values behind a figure with those carried forward in brackets
    "action.col.values": ("Waarden (overgenomen)", "Values (carried)"),
    # the organisation table: its value carried forward from an earlier quarter (yes/no)
    "action.col.carried": ("Overgenomen", "Carried forward"),
    # the singular of a declared unit, for a value shown as 1 ('1 advies', '1 piece of advice');
    # a singular without an entry is shown as declared (dataset, use case)
    "unit.aanvraag": ("aanvraag", "application"),
    "unit.advies": ("advies", "piece of advice"),
    "unit.datadeal": ("datadeal", "data deal"),
    "unit.deelname": ("deelname", "participation"),
    "unit.instrument": ("instrument", "instrument"),
    "unit.medewerker": ("medewerker", "employee"),
    "unit.organisatie": ("organisatie", "organisation"),
    "unit.project": ("project", "project"),
    "unit.systeemfunctie": ("systeemfunctie", "system function"),
    "unit.week": ("week", "week"),
}
