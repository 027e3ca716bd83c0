"""The progress report's words (issue 18, edition 2): per action the approved statement, the
owner's judgement beside the computed status and the milestone table; annexes 1A and 1B with
the Kamer's commitments and motions. Also the overview's judgement line per action."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the overview: the owner's judgement beside the computed status (a flag where they differ)
    "overview.judgement": ("Oordeel actiehouder: {judgement}", "Owner's judgement: {judgement}"),
    "overview.judgement.differs": (
        "⚠ Oordeel actiehouder: {judgement}; wijkt af van de berekende status ({status})",
        "⚠ Owner's judgement: {judgement}; differs from the computed status ({status})"),
    "report.words.heading": ("Voortgang in woorden", "Progress in words"),
    "report.words.missing": ("Geen goedgekeurde voortgangstekst voor {quarter}",
                             "No approved progress statement for {quarter}"),
    "report.words.judgement": ("Oordeel van de actiehouder: {judgement} · berekende status: {status}",
                               "The owner's judgement: {judgement} · computed status: {status}"),
    "report.words.differs": ("⚠ Let op: het oordeel van de actiehouder wijkt af van de berekende status.",
                             "⚠ Note: the owner's judgement differs from the computed status."),
    "report.words.reason": ("Toelichting op het oordeel", "Reason for the judgement"),
    "report.words.milestones": ("Mijlpalen", "Milestones"),
    "report.words.milestones_caption": ("Mijlpalen van {action}, stand per {day}",
                                        "Milestones of {action}, as of {day}"),
    "report.words.no_milestones": ("Voor deze actie zijn geen mijlpalen vastgelegd.",
                                   "No milestones have been declared for this action."),
    "report.annex_1a": ("Bijlage 1A Afgedane toezeggingen en moties",
                        "Annex 1A Completed commitments and motions"),
    "report.annex_1b": ("Bijlage 1B Openstaande toezeggingen en moties",
                        "Annex 1B Open commitments and motions"),
    "report.annex_1a.intro.one": ("1 toezegging of motie is afgedaan in {quarter}.",
                                  "1 commitment or motion was completed in {quarter}."),
    "report.annex_1a.intro.other": ("{count} toezeggingen en moties zijn afgedaan in {quarter}.",
                                    "{count} commitments and motions were completed in {quarter}."),
    "report.annex_1a.none": ("In {quarter} is geen toezegging of motie afgedaan.",
                             "No commitment or motion was completed in {quarter}."),
    "report.annex_1b.intro.one": (
        "1 toezegging of motie staat open op {day}, met het moment waarop afdoening wordt verwacht; {overdue} te laat.",
        "1 commitment or motion is open on {day}, with its expected completion; {overdue} overdue."),
    "report.annex_1b.intro.other": (
        "{count} toezeggingen en moties staan open op {day}, met het moment waarop afdoening wordt verwacht; {overdue} te laat.",
        "{count} commitments and motions are open on {day}, with their expected completion; {overdue} overdue."),
    "report.annex_1b.none": ("Op {day} staat geen toezegging of motie open.",
                             "No commitment or motion is open on {day}."),
    "report.annex_1a.caption": ("Afgedane toezeggingen en moties, {quarter}",
                                "Completed commitments and motions, {quarter}"),
    "report.annex_1b.caption": ("Openstaande toezeggingen en moties op {day}",
                                "Open commitments and motions on {day}"),
    "report.annex.overdue.one": ("⚠ te laat (1 dag)", "⚠ overdue (1 day)"),
    "report.annex.overdue.other": ("⚠ te laat ({count} dagen)", "⚠ overdue ({count} days)"),
    "report.annex.on_time": ("nog niet verlopen", "not yet due"),
    "report.annex.no_due": ("geen datum bekend", "no date known"),
}
