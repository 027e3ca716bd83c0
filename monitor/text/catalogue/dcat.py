"""The DCAT-AP metadata of the open data (``monitor.exports.dcat``): the catalogue, the
distributions, the version notes, and what ``monitor export --check-dcat`` says."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "dcat.catalog.title": ("Open data van de Voortgangsmonitor Interbestuurlijke Datastrategie",
                           "Open data of the Progress monitor Interadministrative Data Strategy"),
    "dcat.catalog.description": (
        "Catalogus van de open data van de Voortgangsmonitor IBDS: de berekende resultaten van een "
        "peildatum als CSV en Parquet, onder CC0 1.0.",
        "Catalogue of the open data of the IBDS progress monitor: the computed results of a "
        "snapshot as CSV and Parquet, under CC0 1.0."),
    "dcat.version_notes": (
        "Momentopname {id} ({label}), berekend met rekenregels versie {rules}; sha256 van de "
        "indicatordefinities: {sha}.",
        "Snapshot {id} ({label}), computed with computation rules version {rules}; sha256 of the "
        "indicator definitions: {sha}."),
    "dcat.version_notes.live": (
        "Voorlopige cijfers ({label}), geen momentopname, berekend met rekenregels versie {rules}; "
        "sha256 van de indicatordefinities: {sha}.",
        "Provisional figures ({label}), not a snapshot, computed with computation rules version "
        "{rules}; sha256 of the indicator definitions: {sha}."),
    # the data set's description names the breakdowns the file holds (the public site's copy
    # has no values per organisation)
    "dcat.description": (
        "De berekende indicatoren van de Voortgangsmonitor IBDS per indicator, kwartaal en "
        "uitsplitsing ({breakdowns}), met nulmeting, doelen, gepland verloop, prognose, dekking "
        "en status, zoals vastgelegd in peildatum {label} ({day}).",
        "The computed indicators of the IBDS progress monitor per indicator, quarter and "
        "breakdown ({breakdowns}), with baseline, targets, planned trajectory, forecast, coverage "
        "and status, as fixed in snapshot {label} ({day})."),
    "dcat.breakdown.national": ("landelijk", "national"),
    "dcat.breakdown.type": ("per organisatietype", "by organisation type"),
    "dcat.breakdown.organisation": ("per organisatie", "by organisation"),
    "dcat.distribution.csv": ("Resultaten als CSV (RFC 4180, UTF-8)", "Results as CSV (RFC 4180, UTF-8)"),
    "dcat.distribution.parquet": ("Resultaten als Parquet (zstd)", "Results as Parquet (zstd)"),
    "dcat.keywords": ("IBDS, datastrategie, voortgangsmonitor, overheid",
                      "IBDS, data strategy, progress monitor, government"),
    "dcat.theme.GOVE": ("Overheid en publieke sector", "Government and public sector"),
    # monitor export --check-dcat
    "dcat.check.ok": ("{file}: voldoet aan DCAT-AP 3.0.0 (0 overtredingen)",
                      "{file}: conforms to DCAT-AP 3.0.0 (0 violations)"),
    "dcat.check.violations.one": ("{file}: {count} overtreding van DCAT-AP 3.0.0",
                                  "{file}: {count} violation of DCAT-AP 3.0.0"),
    "dcat.check.violations.other": ("{file}: {count} overtredingen van DCAT-AP 3.0.0",
                                    "{file}: {count} violations of DCAT-AP 3.0.0"),
}
