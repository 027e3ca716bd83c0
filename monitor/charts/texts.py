"""Chart texts in Dutch and English (legend names, axis titles, notes). ``tr(key, lang, **params)``."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "no_data": ("Nog geen gegevens", "No data yet"),
    "no_value": ("geen gegevens", "no data"),
    "value": ("Waarde", "Value"),
    "baseline": ("Nulmeting", "Baseline"),
    "target": ("Doel", "Target"),
    "final_target": ("Einddoel", "Final target"),
    "planned": ("Gepland verloop", "Planned trajectory"),
    "forecast": ("Prognose", "Forecast"),
    "coverage": ("Dekking", "Coverage"),
    "coverage_axis": ("Dekking (%)", "Coverage (%)"),
    "coverage_hover": ("Dekking: {text}", "Coverage: {text}"),
    "median": ("Mediaan", "Median"),
    "organisations": ("Aantal organisaties", "Number of organisations"),
    "n_organisations": ("{n} organisaties", "{n} organisations"),
    "per_type": ("Per organisatietype, {period}", "By organisation type, {period}"),
    "per_org": ("Verdeling over organisaties, {period}", "Distribution over organisations, {period}"),
    "map": ("Per organisatie, {period}", "By organisation, {period}"),
    "status_title": ("Status per actie en kwartaal", "Status by action and quarter"),
    "action": ("Actie", "Action"),
    "quarter": ("Kwartaal", "Quarter"),
    "status": ("Status", "Status"),
}


def tr(key: str, lang: str = "nl", **params: object) -> str:
    nl, en = TEXTS[key]
    return (en if lang == "en" else nl).format(**params)
