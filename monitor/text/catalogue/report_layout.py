"""The progress report from rules version 2 on (edition 2): the summary page (status counts and
key sentences), contents, colophon and annex labels, and the generated sentences about an
indicator in a form that is grammatical whatever the title's number ("Aandeel ..." is singular,
"Adviesaanvragen ..." plural: the title is never the subject of a verb). Counts choose their
form with ``.one`` / ``.other``; ``_none`` is the sentence for none."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # fixed labels of edition 2 (monitor.reports.labels)
    "report.contents": ("Inhoud", "Contents"),
    "report.key_points": ("Belangrijkste punten", "Key points"),
    "report.colophon": ("Colofon", "Colophon"),
    "report.rules_version": ("Rekenregels", "Computation rules"),
    "report.rules_version_value": ("versie {n}", "version {n}"),
    "report.made_by": ("Gemaakt met", "Made with"),
    "report.colophon_note": (
        "De vingerafdruk (SHA-256) van de definities staat ook in manifest.json van het "
        "exportpakket, met die van elk bestand; daarmee is na te gaan uit welke momentopname en "
        "welke definities de cijfers komen.",
        "The fingerprint (SHA-256) of the definitions is also in the export pack's manifest.json, "
        "with that of every file; it shows which snapshot and which definitions the figures come "
        "from."),
    # the summary: status counts (monitor.reports.summary)
    "report.key.counts.one": ("Stand van 1 actie: {parts}.", "Status of 1 action: {parts}."),
    "report.key.counts.other": ("Stand van de {count} acties: {parts}.",
                                "Status of the {count} actions: {parts}."),
    "report.key.counts_none": ("Er zijn geen acties.", "There are no actions."),
    "report.key.total": ("Totaal", "Total"),
    "report.key.col.actions": ("Aantal acties", "Number of actions"),
    "report.key.counts_caption": ("Acties per status", "Actions per status"),
    # the key sentences
    "report.key.of_actions.one": ("van 1 actie", "of 1 action"),
    "report.key.of_actions.other": ("van de {count} acties", "of the {count} actions"),
    "report.key.on_track.one": ("1 {of} ligt op koers of is behaald.", "1 {of} is on track or achieved."),
    "report.key.on_track.other": ("{count} {of} liggen op koers of zijn behaald.",
                                  "{count} {of} are on track or achieved."),
    "report.key.on_track_none": ("Geen enkele actie ligt op koers of is behaald.",
                                 "No action is on track or achieved."),
    "report.key.change": ("{action} van {was} naar {now}", "{action} from {was} to {now}"),
    "report.key.changes.one": ("Sinds {prev} veranderde de status van 1 actie: {changes}.",
                               "Since {prev} the status of 1 action changed: {changes}."),
    "report.key.changes.other": ("Sinds {prev} veranderde de status van {count} acties: {changes}.",
                                 "Since {prev} the status of {count} actions changed: {changes}."),
    "report.key.changes_none": ("Sinds {prev} is de status van geen enkele actie veranderd.",
                                "No action has changed status since {prev}."),
    "report.key.progress": ("Grootste vooruitgang sinds {prev}: {title}, van {a} naar {b}.",
                            "Most progress since {prev}: {title}, from {a} to {b}."),
    "report.key.no_progress": ("Sinds {prev} is geen indicator dichter bij het doel gekomen.",
                               "No indicator has moved closer to its target since {prev}."),
    "report.key.coverage": (
        "Dekking in {q}: per indicator leverde {low} tot {high} van de verwachte organisaties "
        "gegevens aan (mediaan {median}).",
        "Coverage in {q}: per indicator {low} to {high} of the expected organisations reported "
        "(median {median})."),
    "report.key.coverage_same": (
        "Dekking in {q}: voor elke indicator leverde {share} van de verwachte organisaties "
        "gegevens aan.",
        "Coverage in {q}: for every indicator {share} of the expected organisations reported."),
    # the sentence about an indicator (monitor.narrative.sentence), whatever the title's number
    "narrative.trend.single": ("{title}: {v} in {q}.", "{title}: {v} in {q}."),
    "narrative.trend.up": ("{title}: gestegen van {a} in {qa} naar {b} in {qb}",
                           "{title}: up from {a} in {qa} to {b} in {qb}"),
    "narrative.trend.down": ("{title}: gedaald van {a} in {qa} naar {b} in {qb}",
                             "{title}: down from {a} in {qa} to {b} in {qb}"),
    "narrative.trend.same": ("{title}: gelijk gebleven op {b} tussen {qa} en {qb}",
                             "{title}: unchanged at {b} between {qa} and {qb}"),
}
