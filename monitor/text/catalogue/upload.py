"""The page Aanleveren: choosing, checking and confirming a submission; frozen and coming quarters."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "upload.title": ("Aanleveren", "Submit figures"),
    "upload.intro": (
        "Kies uw organisatie en het kwartaal, download het sjabloon, vul de kolom 'waarde' in en "
        "upload het bestand (CSV of Excel). U ziet eerst een controle; pas na bevestigen wordt "
        "opgeslagen.",
        "Choose your organisation and the quarter, download the template, fill in the 'value' "
        "column and upload the file (CSV or Excel). You first see a check; nothing is stored until "
        "you confirm."),
    "upload.organisation": ("Organisatie", "Organisation"),
    "upload.period": ("Kwartaal", "Quarter"),
    "upload.template": ("Sjabloon downloaden (CSV)", "Download template (CSV)"),
    "upload.file": ("Bestand (CSV of .xlsx)", "File (CSV or .xlsx)"),
    "upload.checking": ("Bestand wordt gecontroleerd…", "Checking the file…"),
    "upload.rejected.one": ("Het bestand is afgekeurd: 1 fout. Herstel die en upload opnieuw; er is "
                            "niets opgeslagen.",
                            "The file was rejected: 1 error. Fix it and upload again; nothing was "
                            "stored."),
    "upload.rejected.other": ("Het bestand is afgekeurd: {count} fouten. Herstel ze en upload "
                              "opnieuw; er is niets opgeslagen.",
                              "The file was rejected: {count} errors. Fix them and upload again; "
                              "nothing was stored."),
    "upload.valid": ("Het bestand is goedgekeurd: {new} nieuw, {changed} gewijzigd, {unchanged} "
                     "ongewijzigd. Controleer en bevestig.",
                     "The file passed the check: {new} new, {changed} changed, {unchanged} "
                     "unchanged. Review and confirm."),
    "upload.duplicate": ("Dit bestand is al eerder ontvangen voor deze organisatie en dit "
                         "kwartaal; er verandert niets.",
                         "This file was already received for this organisation and quarter; "
                         "nothing changes."),
    "upload.warnings.one": ("1 waarschuwing: controleer die; hij blokkeert niet.",
                            "1 warning: please check it; it does not block."),
    "upload.warnings.other": ("{count} waarschuwingen: controleer ze; ze blokkeren niet.",
                              "{count} warnings: please check them; they do not block."),
    "upload.confirm": ("Bevestigen en opslaan", "Confirm and store"),
    "upload.accepted": ("Opgeslagen als inzending {id}. Dank u wel!",
                        "Stored as submission {id}. Thank you!"),
    "upload.problems_csv": ("Problemen downloaden (CSV)", "Download problems (CSV)"),
    "upload.history": ("Eerdere inzendingen", "Earlier submissions"),
    "upload.no_history": ("Nog geen inzendingen.", "No submissions yet."),
    "pages.upload.locked": (
        "{quarters}: bevroren sinds {since} door peildatum '{label}'. Voor deze kwartalen kunt u "
        "niet meer aanleveren. Heeft u nog late of gecorrigeerde cijfers, neem dan contact op met "
        "de programmamanager; die kan het kwartaal heropenen met opgave van een reden.",
        "{quarters}: frozen since {since} by the snapshot '{label}'. You can no longer submit "
        "figures for these quarters. If you have late or corrected figures, contact the programme "
        "manager, who can reopen the quarter with a reason."),
    "pages.upload.none_open": ("Er is op dit moment geen kwartaal open voor aanlevering.",
                               "No quarter is open for submissions at the moment."),
    "pages.upload.next": (
        "Het volgende kwartaal, {quarter}, gaat open op {opens}; de uiterste aanleverdatum is "
        "{deadline}.",
        "The next quarter, {quarter}, opens on {opens}; the deadline is {deadline}."),
    "pages.upload.ended": ("Het programma is afgelopen; er gaan geen nieuwe kwartalen meer open.",
                           "The programme has ended; no new quarters will open."),
    "pages.upload.template_coming": ("Sjabloon voor het komende kwartaal {quarter} downloaden (CSV)",
                                     "Download the template for the coming quarter {quarter} (CSV)"),
    "pages.upload.coming_note": (
        "Het sjabloon is om alvast voor te bereiden: uploaden voor {quarter} kan vanaf {opens}.",
        "The template is for preparing: you can upload figures for {quarter} from {opens}."),
    "pages.upload.span": ("{first} t/m {last}", "{first} to {last}"),
}
