"""Why an action has its status, the rule in force, the baseline measured from the data, the rules in words."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "rules.reason.shown": ("{reason}", "{reason}"),
    "rules.rule.worst": ("ernstigste indicator", "most serious indicator"),
    "rules.rule.majority": ("meerderheid", "majority"),
    "rules.rule.weighted": ("gewogen gemiddelde", "weighted mean"),
    "rules.col.reason": ("Bepaald door", "Decided by"),
    "rules.note.worst": (
        "Status per actie is de ernstigste status van haar indicatoren (achter, risico, op koers); "
        "de indicatoren die de status bepalen staan erbij. Behaald is een actie pas als al haar "
        "indicatoren behaald zijn; indicatoren met onvoldoende gegevens tellen verder niet mee. Een "
        "actie met een eigen regel noemt die.",
        "An action's status is the most serious status of its indicators (behind, at risk, on "
        "track); the indicators that decide it are named. An action is achieved only when all its "
        "indicators are; indicators with insufficient data are otherwise left out. An action with "
        "its own rule names it."),
    "rules.note.majority": (
        "Status per actie is de status van de meeste van haar indicatoren (bij gelijke stand de "
        "ernstigste); behaald pas als alle indicatoren behaald zijn. De bepalende indicatoren staan erbij.",
        "An action's status is the status most of its indicators have (a tie goes to the more "
        "serious); achieved only when all indicators are. The deciding indicators are named."),
    "rules.note.weighted": (
        "Status per actie is het gewogen gemiddelde van de statussen van haar indicatoren (naar "
        "beneden afgerond); behaald pas als alle indicatoren behaald zijn. De bepalende indicatoren "
        "staan erbij.",
        "An action's status is the weighted mean of its indicators' statuses (rounded down); "
        "achieved only when all indicators are. The deciding indicators are named."),
    "rules.baseline.measured": ("gemeten", "measured"),
    "rules.baseline.contradicts": (
        "De ingevoerde nulmeting {baseline} wijkt af van de gemeten waarde {measured} in {period}",
        "The typed baseline {baseline} differs from the measured value {measured} in {period}"),
    "rules.baseline.check": ("Nulmeting tegen gegevens", "Baseline against data"),
    "rules.baseline.none": ("Alle nulmetingen kloppen met de gegevens (binnen {tolerance}).",
                            "Every baseline agrees with the data (within {tolerance})."),
    "rules.baseline.measured_value": ("{value} ({period}, gemeten)", "{value} ({period}, measured)"),
    "rules.baseline.unmeasured": (
        "– ({period}, gemeten: in dat kwartaal is er geen bruikbare landelijke waarde, dus nog geen status)",
        "– ({period}, measured: that quarter has no usable national value, so no status yet)"),
    # labels of monitor.compute.describe.RULE_KEYS on the Definities page
    "rules.words.formula": ("Berekening", "Computation"),
    "rules.words.missing": ("Ontbrekende waarden", "Missing values"),
    "rules.words.min_n": ("Minimum aantal waarden", "Minimum number of values"),
    "rules.words.judged": ("Beoordeeld", "Judged"),
    "rules.words.baseline": ("Vanaf de nulmeting", "From the baseline"),
    "rules.words.status": ("Status", "Status"),
    "rules.words.achieved": ("Behaald", "Achieved"),
    "rules.words.forecast": ("Prognose", "Forecast"),
}
