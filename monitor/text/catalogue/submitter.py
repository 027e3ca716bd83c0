"""The submitter pages (issue 17): the table of earlier submissions (on time in words, one column
with what a submission did), the upload link of a reminder, and the upload page's deep link."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the submissions table (monitor.views.submissions): on time in words, never a checkbox
    "history.on_time.yes": ("ja", "yes"),
    "history.on_time.late": ("te laat", "late"),
    "history.col.result": ("Resultaat", "Result"),
    "history.col.file.help": ("Lange bestandsnamen zijn ingekort; de download bevat de volledige naam.",
                              "Long file names are shortened; the download has the full name."),
    "history.result.new": ("{count} nieuw", "{count} new"),
    "history.result.changed": ("{count} gewijzigd", "{count} changed"),
    "history.result.unchanged": ("{count} ongewijzigd", "{count} unchanged"),
    "history.result.nothing": ("geen waarden", "no values"),
    "history.result.errors.one": ("1 fout", "1 error"),
    "history.result.errors.other": ("{count} fouten", "{count} errors"),
    "history.download": ("Inzendingen downloaden (CSV)", "Download submissions (CSV)"),
    # the upload page opened from a reminder's link (?kwartaal=2026-Q3&organisatie=GM0363)
    "upload.link.quarter": ("Het kwartaal uit de link ({quarter}) staat niet open voor aanlevering; kies hieronder een kwartaal dat open is.",
                            "The quarter in the link ({quarter}) is not open for submission; choose an open quarter below."),
    "upload.link.quarter_unknown": ("De link noemt geen geldig kwartaal; kies hieronder een kwartaal.",
                                    "The link does not name a valid quarter; choose a quarter below."),
    "upload.link.organisation": ("U kunt niet aanleveren voor de organisatie uit de link; kies hieronder een van uw organisaties.",
                                 "You cannot submit for the organisation in the link; choose one of your organisations below."),
}
