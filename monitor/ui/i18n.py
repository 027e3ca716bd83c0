"""Interface texts in Dutch and English, declared once. ``t(key, lang, **params)``."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "app.title": ("Voortgangsmonitor Interbestuurlijke Datastrategie",
                  "Progress monitor Interadministrative Data Strategy"),
    "app.start_failed": ("De monitor kan niet starten: {error}", "The monitor cannot start: {error}"),
    "app.demo_created": ("Demodata aangemaakt: {summary}", "Demo data created: {summary}"),
    "app.preparing": ("Database wordt voorbereid (eerste start: demodata)…",
                      "Preparing the database (first start: demo data)…"),
    "app.language": ("Taal / Language", "Taal / Language"),
    "nav.overview": ("Overzicht", "Overview"),
    "nav.upload": ("Aanleveren", "Submit"),
    "status.behaald": ("✔ behaald", "✔ achieved"),
    "status.op_koers": ("● op koers", "● on track"),
    "status.risico": ("▲ risico", "▲ at risk"),
    "status.achter": ("✖ achter", "✖ behind"),
    "status.onvoldoende": ("? onvoldoende gegevens", "? insufficient data"),
    "overview.caption": ("Stand per {period} — landelijk, per indicator",
                         "Position at {period} — national, per indicator"),
    "col.action": ("Actie", "Action"),
    "col.indicator": ("Indicator", "Indicator"),
    "col.title": ("Titel", "Title"),
    "col.period": ("Kwartaal", "Quarter"),
    "col.value": ("Waarde", "Value"),
    "col.final_target": ("Einddoel", "Final target"),
    "col.coverage": ("Dekking", "Coverage"),
    "col.status": ("Status", "Status"),
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
    "upload.rejected": ("Het bestand is afgekeurd: {n} fout(en). Herstel ze en upload opnieuw; er "
                        "is niets opgeslagen.",
                        "The file was rejected: {n} error(s). Fix them and upload again; nothing "
                        "was stored."),
    "upload.valid": ("Het bestand is goedgekeurd: {new} nieuw, {changed} gewijzigd, {unchanged} "
                     "ongewijzigd. Controleer en bevestig.",
                     "The file passed the check: {new} new, {changed} changed, {unchanged} "
                     "unchanged. Review and confirm."),
    "upload.duplicate": ("Dit bestand is al eerder ontvangen voor deze organisatie en dit "
                         "kwartaal; er verandert niets.",
                         "This file was already received for this organisation and quarter; "
                         "nothing changes."),
    "upload.affects": ("Indicatoren die veranderen: {indicators}",
                       "Indicators that change: {indicators}"),
    "upload.warnings": ("{n} waarschuwing(en): controleer ze; ze blokkeren niet.",
                        "{n} warning(s): please check them; they do not block."),
    "upload.confirm": ("Bevestigen en opslaan", "Confirm and store"),
    "upload.accepted": ("Opgeslagen als inzending {id}. Dank u wel!",
                        "Stored as submission {id}. Thank you!"),
    "upload.problems_csv": ("Problemen downloaden (CSV)", "Download problems (CSV)"),
    "upload.history": ("Eerdere inzendingen", "Earlier submissions"),
    "upload.no_history": ("Nog geen inzendingen.", "No submissions yet."),
    "col.level": ("Soort", "Level"),
    "col.row": ("Rij", "Row"),
    "col.column": ("Kolom", "Column"),
    "col.code": ("Code", "Code"),
    "col.message": ("Melding", "Message"),
    "col.received": ("Ontvangen", "Received"),
    "col.file": ("Bestand", "File"),
    "col.on_time": ("Tijdig", "On time"),
    "col.by": ("Door", "By"),
    "col.new": ("Nieuw", "New"),
    "col.changed": ("Gewijzigd", "Changed"),
    "col.unchanged": ("Ongewijzigd", "Unchanged"),
    "level.error": ("✖ fout", "✖ error"),
    "level.warning": ("▲ waarschuwing", "▲ warning"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
}


def t(key: str, lang: str = "nl", **params: object) -> str:
    nl, en = TEXTS[key]
    return (en if lang == "en" else nl).format(**params)
