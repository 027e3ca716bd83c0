"""The progress report (PDF and DOCX): fixed labels, headings, notes, and the generated sentences
about an indicator (``monitor.narrative``). What a version-1 snapshot's report said is kept as it
was (the report of a snapshot stays byte-identical)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # fixed labels (monitor.reports.labels)
    "report.title": ("Voortgang Interbestuurlijke Datastrategie", "Progress Interadministrative Data Strategy"),
    "report.subject": ("Voortgangsrapportage Interbestuurlijke Datastrategie",
                       "Progress report Interbestuurlijke Datastrategie (Dutch inter-governmental data strategy)"),
    "report.marker": ("VOORLOPIG", "PROVISIONAL"),
    "report.provisional_note": (
        "Voorlopige cijfers: dit rapport is gemaakt op live gegevens en niet op een vastgelegde "
        "momentopname (snapshot). De cijfers kunnen nog veranderen.",
        "Provisional figures: this report was made from live data, not from a recorded snapshot. "
        "The figures may still change."),
    "report.period": ("Periode", "Period"),
    "report.reference_date": ("Peildatum", "Reference date"),
    "report.snapshot": ("Snapshot", "Snapshot"),
    "report.snapshot_live": ("geen (live gegevens)", "none (live data)"),
    "report.definitions": ("Definities (SHA-256)", "Definitions (SHA-256)"),
    "report.summary": ("Samenvatting", "Summary"),
    "report.summary_caption": ("Overzicht van de acties", "Overview of the actions"),
    "report.actions": ("Voortgang per actie", "Progress per action"),
    "report.line": ("Actielijn", "Line of action"),
    "report.owner": ("Eigenaar", "Owner"),
    "report.status": ("Status", "Status"),
    "report.notes": ("Toelichting", "Notes"),
    "report.annex": ("Bijlage: definities van de indicatoren", "Annex: indicator definitions"),
    "report.annex_caption": ("Definities van de indicatoren", "Indicator definitions"),
    "report.page": ("Pagina", "Page"),
    "report.of": ("van", "of"),
    "report.figure": ("Figuur", "Figure"),
    "report.table": ("Tabel", "Table"),
    # the annex table's columns
    "report.annex.action": ("Actie", "Action"),
    "report.annex.indicator": ("Indicator", "Indicator"),
    "report.annex.title": ("Titel", "Title"),
    "report.annex.formula": ("Berekening", "Computation"),
    "report.annex.covers": ("Telt mee", "Covers"),
    "report.annex.baseline": ("Nulmeting", "Baseline"),
    "report.annex.targets": ("Doelen", "Targets"),
    "report.annex.source": ("Bron", "Source"),
    # the summary table and the table per indicator (monitor.reports.build)
    "report.col.action": ("Actie", "Action"),
    "report.col.title": ("Titel", "Title"),
    "report.col.line": ("Actielijn", "Line"),
    "report.col.status": ("Status", "Status"),
    "report.col.quarter": ("Kwartaal", "Quarter"),
    "report.col.value": ("Waarde", "Value"),
    "report.col.planned": ("Gepland", "Planned"),
    "report.col.coverage": ("Dekking", "Coverage"),
    # the notes (rules version 1: all three; version 2: the rule's note, the forecast, coverage)
    "report.note.v1_rule": (
        "Status per actie is de ernstigste status van haar indicatoren (achter, risico, op koers, "
        "behaald); indicatoren met onvoldoende gegevens tellen dan niet mee.",
        "An action's status is the most serious status of its indicators (behind, at risk, on "
        "track, achieved); indicators with insufficient data are then left out."),
    "report.note.v1_forecast": (
        "De prognose trekt de lijn van de laatste vier kwartalen met gegevens door tot het "
        "kwartaal van het einddoel.",
        "The forecast extends the line through the last four quarters with data to the quarter "
        "of the final target."),
    "report.note.coverage": (
        "Dekking: het deel van de verwachte organisaties dat voor het kwartaal gegevens aanleverde.",
        "Coverage: the share of expected organisations that reported for the quarter."),
    # generated sentences about an indicator (monitor.narrative.sentence)
    "narrative.none": ("Voor {title!l} zijn er nog geen gegevens.", "There is no data yet for {title}."),
    "narrative.single": ("{title} was {v} in {q}.", "{title} was {v} in {q}."),
    "narrative.up": ("{title} steeg van {a} in {qa} naar {b} in {qb}",
                     "{title} rose from {a} in {qa} to {b} in {qb}"),
    "narrative.down": ("{title} daalde van {a} in {qa} naar {b} in {qb}",
                       "{title} fell from {a} in {qa} to {b} in {qb}"),
    "narrative.same": ("{title} bleef {b} tussen {qa} en {qb}", "{title} stayed at {b} between {qa} and {qb}"),
    "narrative.met": ("; het doel van {t} in {tq} is behaald.", "; the target of {t} for {tq} has been reached."),
    "narrative.reach": ("; bij dit tempo wordt het doel van {t} in {tq} gehaald (prognose {f}).",
                        "; at this pace the target of {t} for {tq} will be reached (forecast {f})."),
    "narrative.miss": ("; het doel van {t} in {tq} wordt bij dit tempo niet gehaald (prognose {f}).",
                       "; at this pace the target of {t} for {tq} will not be reached (forecast {f})."),
    "narrative.open": ("; het doel is {t} in {tq}.", "; the target is {t} for {tq}."),
    "narrative.no_fc": ("; het doel is {t} in {tq}. {why}", "; the target is {t} for {tq}. {why}"),
    "narrative.why.too_few_points": ("Er zijn te weinig kwartalen met gegevens voor een prognose.",
                                     "There are too few quarters with data for a forecast."),
    "narrative.why.before_baseline": ("Voor het kwartaal van de nulmeting wordt geen prognose gemaakt.",
                                      "No forecast is made before the baseline quarter."),
    "narrative.why.target_passed": ("Het kwartaal van het einddoel is voorbij.",
                                    "The quarter of the final target has passed."),
    "narrative.clamped": ("De trend loopt buiten het mogelijke bereik; de prognose is daarop begrensd.",
                          "The trend runs outside the possible range; the forecast is bounded to it."),
    "narrative.m_done": ("De mijlpaal '{title}' is behaald op {d} (gepland {p}).",
                         "The milestone '{title}' was reached on {d} (planned {p})."),
    "narrative.m_late_done.one": ("De mijlpaal '{title}' is behaald op {d}, 1 dag na de geplande datum {p}.",
                                  "The milestone '{title}' was reached on {d}, 1 day after the planned date {p}."),
    "narrative.m_late_done.other": (
        "De mijlpaal '{title}' is behaald op {d}, {count} dagen na de geplande datum {p}.",
        "The milestone '{title}' was reached on {d}, {count} days after the planned date {p}."),
    "narrative.m_late": ("De mijlpaal '{title}' is nog niet behaald; gepland was {p}.",
                         "The milestone '{title}' has not been reached; it was planned for {p}."),
    "narrative.m_open": ("De mijlpaal '{title}' is nog niet behaald; gepland is {p}.",
                         "The milestone '{title}' has not been reached yet; it is planned for {p}."),
    # coverage: of a figure in the report; the footnote under an exported chart ({period})
    "narrative.coverage.one": ("Gebaseerd op {reported} van 1 organisatie ({share}){values}.",
                               "Based on {reported} of 1 organisation ({share}){values}."),
    "narrative.coverage.other": ("Gebaseerd op {reported} van de {count} organisaties ({share}){values}.",
                                 "Based on {reported} of the {count} organisations ({share}){values}."),
    "narrative.coverage_at": (
        "Dekking {period}: {reported} van {expected} verwachte organisaties leverden gegevens aan "
        "({share}){values}.",
        "Coverage {period}: {reported} of {expected} expected organisations reported ({share}){values}."),
    # a version-1 snapshot's report as it was made (byte-identical)
    "narrative.coverage_v1": ("Gebaseerd op {reported} van de {expected} organisaties ({share}){values}.",
                              "Based on {reported} of the {expected} organisations ({share}){values}."),
}
