"""Exported files: what a chart export says besides the chart (source line, provisional mark,
unit, coverage), the headers of the chart tables (CSV, XLSX), and the open-data metadata (written in
both languages at once)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # monitor.publication.context
    "exports.source": ("Bron: Voortgangsmonitor IBDS, peildatum {day}",
                       "Source: Progress monitor IBDS, reference date {day}"),
    "exports.provisional": ("VOORLOPIG", "PROVISIONAL"),
    "exports.provisional_note": (
        "VOORLOPIG: actuele gegevens, nog niet vastgelegd in een peildatum; de cijfers kunnen nog "
        "veranderen.",
        "PROVISIONAL: current data, not yet fixed in a snapshot; the figures may still change."),
    "exports.unit": ("Eenheid: {unit}", "Unit: {unit}"),
    # the label of an export of the live data (monitor.publication.source)
    "exports.live_label": ("Actuele stand", "Current data"),
    # chart tables (monitor.exports.tables): column headers, sheet name
    "exports.col.action": ("actie", "action"),
    "exports.col.indicator": ("indicator", "indicator"),
    "exports.col.period": ("kwartaal", "quarter"),
    "exports.col.breakdown": ("uitsplitsing", "breakdown"),
    "exports.col.group": ("groep", "group"),
    "exports.col.label": ("naam", "name"),
    "exports.col.value": ("waarde ({unit})", "value ({unit})"),
    "exports.col.numerator": ("teller", "numerator"),
    "exports.col.denominator": ("noemer", "denominator"),
    "exports.col.reported": ("aangeleverd", "reported"),
    "exports.col.expected": ("verwacht", "expected"),
    "exports.col.coverage": ("dekking (%)", "coverage (%)"),
    "exports.col.n": ("aantal waarden", "values (n)"),
    "exports.col.carried": ("waarvan overgenomen", "of which carried forward"),
    "exports.col.baseline": ("nulmeting ({unit})", "baseline ({unit})"),
    "exports.col.planned": ("gepland ({unit})", "planned ({unit})"),
    "exports.col.next_target": ("volgend doel ({unit})", "next target ({unit})"),
    "exports.col.final_target": ("einddoel ({unit})", "final target ({unit})"),
    "exports.col.progress": ("voortgang (%)", "progress (%)"),
    "exports.col.forecast": ("prognose ({unit})", "forecast ({unit})"),
    "exports.col.status": ("status", "status"),
    "exports.col.achieved_date": ("behaald op", "achieved on"),
    "exports.sheet": ("Gegevens", "Data"),
    # open data (monitor.exports.opendata): title and description of the data set
    "opendata.title": ("Voortgangsmonitor Interbestuurlijke Datastrategie: resultaten per indicator",
                       "Progress monitor Interadministrative Data Strategy: results per indicator"),
    "opendata.description": (
        "De berekende indicatoren van de Voortgangsmonitor IBDS per indicator, kwartaal en "
        "uitsplitsing (landelijk, per organisatietype, per organisatie), met nulmeting, doelen, "
        "gepland verloop, prognose, dekking en status, zoals vastgelegd in peildatum {label} "
        "({day}).",
        "The computed indicators of the IBDS progress monitor per indicator, quarter and "
        "breakdown (national, by organisation type, by organisation), with baseline, targets, "
        "planned trajectory, forecast, coverage and status, as fixed in snapshot {label} ({day})."),
    # the columns of the open data (machine-readable: the column names and codes stay as they are)
    "opendata.column.action": ("Id van de actie uit de datastrategie (bijv. a03).", "Id of the strategy action (e.g. a03)."),
    "opendata.column.indicator": ("Id van de indicator.", "Id of the indicator."),
    "opendata.column.period": ("Kwartaal, JJJJ-Qn.", "Quarter, YYYY-Qn."),
    "opendata.column.breakdown": ("Uitsplitsing: national, type of organisation.",
                  "Breakdown: national, type or organisation."),
    "opendata.column.group": ("Groep binnen de uitsplitsing: NL, organisatietype of organisatiecode.",
              "Group within the breakdown: NL, organisation type or organisation code."),
    "opendata.column.value": ("Waarde van de indicator (leeg: geen gegevens of noemer 0).",
              "Value of the indicator (empty: no data or denominator 0)."),
    "opendata.column.numerator": ("Teller (bij aandeel en verhouding): opgetelde delen waaruit de waarde volgt.",
                  "Numerator (share and ratio): the summed parts the value is computed from."),
    "opendata.column.denominator": ("Noemer (bij aandeel en verhouding).", "Denominator (share and ratio)."),
    "opendata.column.reported": ("Aantal organisaties dat aanleverde.", "Number of organisations that reported."),
    "opendata.column.expected": ("Aantal organisaties dat verwacht werd aan te leveren.",
                 "Number of organisations expected to report."),
    "opendata.column.coverage": ("Dekking: reported / expected (0 tot 1).", "Coverage: reported / expected (0 to 1)."),
    "opendata.column.baseline": ("Waarde van de nulmeting.", "Baseline value."),
    "opendata.column.baseline_period": ("Kwartaal van de nulmeting.", "Quarter of the baseline."),
    "opendata.column.planned": ("Gepland verloop in dit kwartaal (lineair tussen nulmeting en doelen).",
                "Planned trajectory at this quarter (linear between baseline and targets)."),
    "opendata.column.next_target": ("Eerstvolgende doel vanaf dit kwartaal.", "Next target from this quarter."),
    "opendata.column.next_target_period": ("Kwartaal van het eerstvolgende doel.", "Quarter of the next target."),
    "opendata.column.final_target": ("Einddoel.", "Final target."),
    "opendata.column.final_target_period": ("Kwartaal van het einddoel.", "Quarter of the final target."),
    "opendata.column.progress": ("Voortgang: (waarde - nulmeting) / (einddoel - nulmeting).",
                 "Progress: (value - baseline) / (final target - baseline)."),
    "opendata.column.forecast": ("Prognose op het kwartaal van het einddoel (trend van de laatste vier kwartalen).",
                 "Forecast at the final target quarter (trend of the last four quarters)."),
    "opendata.column.status": ("Status: behaald, op_koers, risico, achter of onvoldoende (onvoldoende gegevens).",
               "Status: behaald (achieved), op_koers (on track), risico (at risk), achter (behind) "
               "or onvoldoende (insufficient data)."),
    "opendata.column.achieved_date": ("Mijlpalen: datum waarop de mijlpaal als behaald is gemeld.",
                      "Milestones: date the milestone was reported achieved."),
    "opendata.column.n": ("Aantal waarden dat in het cijfer is meegeteld (ook overgenomen waarden).",
          "Number of values that entered the figure (carried-forward values included)."),
    "opendata.column.carried": ("Waarvan overgenomen uit een eerder kwartaal.",
                "Of which carried forward from an earlier quarter."),
    "opendata.column.forecast_note": ("Waarom er geen prognose is, of dat zij begrensd is (code): no_target (geen doel "
                      "voor deze uitsplitsing), before_baseline (vóór de nulmeting), not_for_kind "
                      "(geen prognose voor deze soort), no_value (geen waarde), target_passed "
                      "(kwartaal van het einddoel voorbij), too_few_points (te weinig kwartalen met "
                      "gegevens), clamped (begrensd op het mogelijke bereik).",
                      "Why there is no forecast, or that it was bounded (a code): no_target (no "
                      "target for this breakdown), before_baseline, not_for_kind (no forecast for "
                      "this kind), no_value, target_passed (the final target quarter has passed), "
                      "too_few_points (too few quarters with data), clamped (bounded to the "
                      "possible range)."),
    "opendata.column.status_note": ("Waarom er geen status is (no_target, before_baseline, no_baseline: geen "
                    "bruikbare gemeten nulmeting) of wat de status niet zegt (late: mijlpaal na de "
                    "geplande datum behaald; not_held: doel gehaald, maar nog niet lang genoeg om "
                    "behaald te zijn).",
                    "Why there is no status (no_target, before_baseline, no_baseline: no usable "
                    "measured baseline) or what the status leaves out (late: milestone achieved "
                    "after its planned date; not_held: target met, but not yet for long enough to "
                    "be achieved)."),
}
