"""The pieces of ``monitor.text.format``: quarter labels, month names, lists, units."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the language of a document (DOCX proofing language, PDF language and region)
    "meta.lang_tag": ("nl-NL", "en-GB"),
    "meta.region": ("NL", "GB"),
    "meta.xlsx_date": ("dd-mm-yyyy", "yyyy-mm-dd"),  # an Excel date format
    "quarter.label": ("K{q} {year}", "Q{q} {year}"),
    "list.last": ("{head} en {last}", "{head} and {last}"),
    "month.1": ("jan", "Jan"),
    "month.2": ("feb", "Feb"),
    "month.3": ("mrt", "Mar"),
    "month.4": ("apr", "Apr"),
    "month.5": ("mei", "May"),
    "month.6": ("jun", "Jun"),
    "month.7": ("jul", "Jul"),
    "month.8": ("aug", "Aug"),
    "month.9": ("sep", "Sep"),
    "month.10": ("okt", "Oct"),
    "month.11": ("nov", "Nov"),
    "month.12": ("dec", "Dec"),
    # units declared in the definitions (in Dutch); a unit without an entry is shown as declared
    # in both languages (%, FTE, datasets, use cases, score (1-5))
    "unit.aanvragen": ("aanvragen", "applications"),
    "unit.adviezen": ("adviezen", "pieces of advice"),
    "unit.datadeals": ("datadeals", "data deals"),
    "unit.deelnames": ("deelnames", "participations"),
    "unit.instrumenten": ("instrumenten", "instruments"),
    "unit.medewerkers": ("medewerkers", "employees"),
    "unit.mijlpaal": ("mijlpaal", "milestone"),
    "unit.organisaties": ("organisaties", "organisations"),
    "unit.projecten": ("projecten", "projects"),
    "unit.systeemfuncties": ("systeemfuncties", "system functions"),
    "unit.weken": ("weken", "weeks"),
}
