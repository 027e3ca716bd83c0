"""Action statements (issue 18): fields, judgements, states, the checks' problems, the flow's
refusals, the action page's section "Voortgang in woorden" and the ``monitor statement`` command."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the fields (named in every problem)
    "statement.field.action": ("Actie", "Action"),
    "statement.field.quarter": ("Kwartaal", "Quarter"),
    "statement.field.results": ("Resultaten dit kwartaal", "Results this quarter"),
    "statement.field.plans": ("Plannen voor het komende kwartaal", "Plans for next quarter"),
    "statement.field.successes": ("Successen", "Successes"),
    "statement.field.bottlenecks": ("Knelpunten", "Bottlenecks"),
    "statement.field.lessons": ("Geleerde lessen", "Lessons learned"),
    "statement.field.judgement": ("Oordeel", "Judgement"),
    "statement.field.reason": ("Toelichting op het oordeel", "Reason for the judgement"),
    "statement.field.milestones": ("Mijlpalen", "Milestones"),
    # judgements, states, milestone states
    "statement.judgement.op_schema": ("op schema", "on schedule"),
    "statement.judgement.aandachtspunt": ("aandachtspunt", "point of attention"),
    "statement.judgement.vertraagd": ("vertraagd", "delayed"),
    "statement.judgement.gereed": ("gereed", "completed"),
    "statement.state.draft": ("concept", "draft"),
    "statement.state.submitted": ("ter goedkeuring", "awaiting approval"),
    "statement.state.approved": ("goedgekeurd", "approved"),
    "statement.state.returned": ("teruggestuurd", "returned"),
    "statement.state.none": ("nog niet geschreven", "not written yet"),
    "statement.milestone_state.gepland": ("gepland", "scheduled"),
    "statement.milestone_state.loopt": ("loopt", "in progress"),
    "statement.milestone_state.gereed": ("gereed", "completed"),
    "statement.milestone_state.vertraagd": ("vertraagd", "delayed"),
    "statement.milestone_state.vervallen": ("vervallen", "cancelled"),
    # the checks (monitor.statements.check, .fileformat)
    "statement.problem.unknown_action": ("{field}: '{action}' is geen actie van de strategie.",
                                         "{field}: '{action}' is not an action of the strategy."),
    "statement.problem.bad_quarter": ("{field}: '{quarter}' is geen kwartaal; schrijf bijvoorbeeld 2026-Q3.",
                                      "{field}: '{quarter}' is not a quarter; write e.g. 2026-Q3."),
    "statement.problem.quarter_outside": (
        "{field}: {quarter} ligt buiten de looptijd van de actie of in de toekomst (van {start} tot en met {end}).",
        "{field}: {quarter} lies outside the action's period or in the future (from {start} to {end})."),
    "statement.problem.required": ("{field}: verplicht om in te dienen.", "{field}: required to submit."),
    "statement.problem.too_long": ("{field}: {count} tekens; ten hoogste {max}.",
                                   "{field}: {count} characters; at most {max}."),
    "statement.problem.unsupported": (
        "{field}, regel {line} van de tekst: {what} wordt niet ondersteund; gebruik alinea's en opsommingen (- ...).",
        "{field}, line {line} of the text: {what} is not supported; use paragraphs and bullet lists (- ...)."),
    "statement.unsupported.heading": ("een kop (#)", "a heading (#)"),
    "statement.unsupported.numbered": ("een genummerde lijst", "a numbered list"),
    "statement.unsupported.table": ("een tabel", "a table"),
    "statement.unsupported.html": ("HTML", "HTML"),
    "statement.problem.bad_judgement": ("{field}: '{judgement}' is geen oordeel; kies uit {choices}.",
                                        "{field}: '{judgement}' is not a judgement; choose from {choices}."),
    "statement.problem.reason_required": (
        "{field}: verplicht, want het oordeel ({judgement}) wijkt af van de berekende status ({status}).",
        "{field}: required, because the judgement ({judgement}) differs from the computed status ({status})."),
    "statement.problem.milestones_shape": (
        "{field}: per mijlpaal een id met status, realised en explanation.",
        "{field}: per milestone an id with status, realised and explanation."),
    "statement.problem.unknown_milestone": (
        "{field}: '{milestone}' is geen mijlpaal van {action}; bekend: {known}.",
        "{field}: '{milestone}' is not a milestone of {action}; known: {known}."),
    "statement.problem.bad_milestone_status": (
        "{field}: status '{status}' bestaat niet; kies uit {choices}.",
        "{field}: status '{status}' does not exist; choose from {choices}."),
    "statement.problem.realised_required": (
        "{field}: een gereed gemelde mijlpaal heeft een realisatiedatum (realised).",
        "{field}: a milestone reported as completed needs its realised date (realised)."),
    "statement.problem.explanation_required": (
        "{field}: een toelichting (explanation) is verplicht bij vertraging of als de geplande datum ({planned}) voorbij is.",
        "{field}: an explanation is required when delayed or when the planned date ({planned}) has passed."),
    "statement.problem.bad_date": ("{field}: '{text}' is geen datum; schrijf JJJJ-MM-DD.",
                                   "{field}: '{text}' is not a date; write YYYY-MM-DD."),
    "statement.problem.file_too_large": ("Het bestand is {size} bytes; ten hoogste {max}.",
                                         "The file is {size} bytes; at most {max}."),
    "statement.problem.file_encoding": ("Het bestand is geen UTF-8-tekst.", "The file is not UTF-8 text."),
    "statement.problem.file_syntax": ("Het bestand is geen geldige YAML: {error}",
                                      "The file is not valid YAML: {error}"),
    "statement.problem.file_shape": ("Het bestand moet sleutels bevatten (action, quarter, results, ...).",
                                     "The file must hold keys (action, quarter, results, ...)."),
    "statement.problem.file_duplicate": ("'{key}' staat twee keer in het bestand.",
                                         "'{key}' appears twice in the file."),
    "statement.problem.file_unknown_key": ("'{key}' is onbekend; bekend: {known}.",
                                           "'{key}' is unknown; known: {known}."),
    "statement.problem.file_not_text": ("'{key}' moet tekst zijn (gebruik bijvoorbeeld '{key}: |').",
                                        "'{key}' must be text (use e.g. '{key}: |')."),
    # the flow's refusals (monitor.statements.flow)
    "statement.error.remark_required": ("Geef bij terugsturen een opmerking voor de schrijver.",
                                        "Give a remark for the writer when returning a statement."),
    "statement.error.nothing_submitted": (
        "Er staat geen verantwoording van {action} voor {quarter} ter goedkeuring (laatste versie: {state}).",
        "No statement of {action} for {quarter} awaits approval (latest version: {state})."),
    "statement.error.four_eyes": (
        "U schreef versie {version} zelf; een andere programmamanager keurt die goed of stuurt die terug (vier ogen).",
        "You wrote version {version} yourself; another programme manager approves or returns it (four eyes)."),
    # the audit log
    "audit.action.statement.save": ("verantwoording als concept opgeslagen", "statement saved as draft"),
    "audit.action.statement.submit": ("verantwoording ingediend", "statement submitted"),
    "audit.action.statement.approve": ("verantwoording goedgekeurd", "statement approved"),
    "audit.action.statement.return": ("verantwoording teruggestuurd", "statement returned"),
}
TEXTS |= {
    # the command line (monitor statement)
    "cli.statement.no_file": ("bestand niet gevonden: {path}", "file not found: {path}"),
    "cli.statement.saved": ("{action} {quarter}: versie {version} opgeslagen ({state})",
                            "{action} {quarter}: version {version} stored ({state})"),
    "cli.statement.reviewed": ("{action} {quarter}: versie {version} {state}",
                               "{action} {quarter}: version {version} {state}"),
    "cli.statement.problems.one": ("1 probleem; niets opgeslagen", "1 problem; nothing stored"),
    "cli.statement.problems.other": ("{count} problemen; niets opgeslagen",
                                     "{count} problems; nothing stored"),
}
TEXTS |= {
    "diff.section.statement": ("verantwoording", "statement"),
}
TEXTS |= {
    # the action page (monitor.ui.statements)
    "statement.page.title": ("Voortgang in woorden", "Progress in words"),
    "statement.page.none": ("Er is nog geen goedgekeurde verantwoording voor {quarter}.",
                            "There is no approved statement for {quarter} yet."),
    "statement.page.judgement": ("Oordeel van de actiehouder: **{judgement}** · berekende status: **{status}**",
                                 "The owner's judgement: **{judgement}** · computed status: **{status}**"),
    "statement.page.no_status": ("nog niet berekend", "not computed yet"),
    "statement.page.no_judgement": ("nog geen oordeel", "no judgement yet"),
    "statement.page.disagrees": ("⚠ Het oordeel van de actiehouder wijkt af van de berekende status.",
                                 "⚠ The owner's judgement differs from the computed status."),
    "statement.page.milestone_line": ("{title}: {status} (gerealiseerd {realised}; toelichting: {explanation})",
                                      "{title}: {status} (realised {realised}; explanation: {explanation})"),
    "statement.page.approved_by": ("Versie {version}, geschreven door {writer}, goedgekeurd door {reviewer} op {day}.",
                                   "Version {version}, written by {writer}, approved by {reviewer} on {day}."),
    "statement.page.write": ("Verantwoording schrijven of bewerken", "Write or edit the statement"),
    "statement.page.prefilled": ("Ingevuld vanuit versie {version} ({state}).",
                                 "Prefilled from version {version} ({state})."),
    "statement.page.returned": ("Teruggestuurd door {reviewer}: {remark}", "Returned by {reviewer}: {remark}"),
    "statement.page.help": (
        "Schrijf alinea's (scheid ze met een witregel) en opsommingen (regels die beginnen met '- '); "
        "andere opmaak wordt getoond zoals getypt.",
        "Write paragraphs (separated by a blank line) and bullet lists (lines starting with '- '); "
        "other formatting is shown as typed."),
    "statement.page.milestone": ("Mijlpaal: {title} (gepland {planned})", "Milestone: {title} (planned {planned})"),
    "statement.page.milestone.status": ("Status", "Status"),
    "statement.page.milestone.realised": ("Gerealiseerd op", "Realised on"),
    "statement.page.milestone.explanation": ("Toelichting", "Explanation"),
    "statement.page.save": ("Opslaan als concept", "Save as draft"),
    "statement.page.submit": ("Indienen ter goedkeuring", "Submit for approval"),
    "statement.page.saved": ("Versie {version} opgeslagen ({state}).", "Version {version} stored ({state})."),
    "statement.page.problems.one": ("1 probleem; niets opgeslagen. Het staat bij het veld.",
                                    "1 problem; nothing stored. It is shown at its field."),
    "statement.page.problems.other": ("{count} problemen; niets opgeslagen. Ze staan bij de velden.",
                                      "{count} problems; nothing stored. They are shown at their fields."),
    "statement.page.review": ("Beoordelen: versie {version} wacht op goedkeuring",
                              "Review: version {version} awaits approval"),
    "statement.page.four_eyes": ("U schreef deze versie zelf; een andere programmamanager beoordeelt haar (vier ogen).",
                                 "You wrote this version yourself; another programme manager reviews it (four eyes)."),
    "statement.page.remark": ("Opmerking voor de schrijver (verplicht bij terugsturen)",
                              "Remark for the writer (required when returning)"),
    "statement.page.approve": ("Goedkeuren", "Approve"),
    "statement.page.return": ("Terugsturen", "Return"),
    "statement.page.reviewed": ("Versie {version} {state}.", "Version {version} {state}."),
    "statement.page.history": ("Status en geschiedenis (laatste versie {version}: {state})",
                               "State and history (latest version {version}: {state})"),
    "statement.col.version": ("Versie", "Version"),
    "statement.col.state": ("Status", "State"),
    "statement.col.written_by": ("Geschreven door", "Written by"),
    "statement.col.written_at": ("Geschreven op", "Written at"),
    "statement.col.reviewed_by": ("Beoordeeld door", "Reviewed by"),
    "statement.col.reviewed_at": ("Beoordeeld op", "Reviewed at"),
    "statement.col.remark": ("Opmerking", "Remark"),
}
