"""The page Export, issue 17: "Rapport maken" (the report as PDF and Word of the chosen source) and
the one-line message of a chart for a letter."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "export.report.header": ("Rapport maken", "Make the report"),
    "export.report.intro": (
        "De voortgangsrapportage van de gekozen bron, met alle grafieken: als PDF om te versturen "
        "en als Word-document om te bewerken. Het maken duurt ongeveer een halve minuut.",
        "The progress report of the chosen source, with every chart: as a PDF to send and as a "
        "Word document to edit. Making it takes about half a minute."),
    "export.report.make": ("Rapport maken", "Make report"),
    "export.report.busy": ("Rapport wordt gemaakt…", "Making the report…"),
    "export.report.needs_browser": (
        "Het rapport kan nu niet worden gemaakt: voor de grafieken is de afbeeldingsexport nodig en "
        "die werkt nu niet. Vraag de beheerder Chromium te installeren.",
        "The report cannot be made now: its charts need the image export, which is not working. "
        "Ask the administrator to install Chromium."),
    "export.report.failed": ("Het rapport is niet gemaakt: {error}", "The report was not made: {error}"),
    "export.report.done": ("Rapport gemaakt van '{label}'.", "Report made of '{label}'."),
    "export.report.download.report-pdf": ("Rapport downloaden (PDF)", "Download report (PDF)"),
    "export.report.download.report-docx": ("Rapport downloaden (Word)", "Download report (Word)"),
    "export.report.file": ("voortgangsrapportage-{stem}", "progress-report-{stem}"),
    "export.chart.message": ("Boodschap onder de titel (optioneel)", "Message under the title (optional)"),
    "export.chart.message_help": (
        "Eén regel die zegt wat de grafiek laat zien, bijvoorbeeld 'Meer organisaties hebben een "
        "CDO'. Komt vet onder de titel van de afbeeldingen van deze grafiek, hier en in het pakket "
        "dat u hierna maakt, en staat in het manifest.",
        "One line that says what the chart shows, for example 'More organisations have a CDO'. It "
        "appears in bold under the title of this chart's images, here and in the pack you make "
        "next, and is kept in the manifest."),
}
