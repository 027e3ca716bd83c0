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
    "status.none": ("–", "–"),
    "status.none.no_target": ("– geen doel voor deze uitsplitsing", "– no target for this breakdown"),
    "status.none.before_baseline": ("– vóór de nulmeting", "– before the baseline"),
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
    "nav.action": ("Actie", "Action"),
    "nav.organisation": ("Organisatie", "Organisation"),
    "nav.completeness": ("Volledigheid", "Completeness"),
    "nav.catalogue": ("Definities", "Definitions"),
    "filter.period": ("Kwartaal", "Quarter"),
    "filter.type": ("Organisatietype", "Organisation type"),
    "filter.all_types": ("Alle typen", "All types"),
    "filter.action": ("Actie", "Action"),
    "filter.indicator": ("Indicator", "Indicator"),
    "filter.organisation": ("Organisatie", "Organisation"),
    "catalogue.title": ("Definities van acties en indicatoren", "Definitions of actions and indicators"),
    "catalogue.intro": (
        "Alle acties en indicatoren zoals vastgelegd in de definitiebestanden: wat organisaties "
        "aanleveren (maatstaven) en hoe de indicatoren daaruit volgen.",
        "Every action and indicator as declared in the definition files: what organisations "
        "report (measures) and how the indicators follow from them."),
    "catalogue.owner": ("Eigenaar", "Owner"),
    "catalogue.period": ("Looptijd", "Period"),
    "catalogue.line": ("Actielijn", "Line of action"),
    "catalogue.measures": ("Maatstaven (wat organisaties aanleveren)", "Measures (what organisations report)"),
    "catalogue.indicators": ("Indicatoren", "Indicators"),
    "catalogue.covers": ("Wie telt mee", "Who counts"),
    "catalogue.baseline": ("Nulmeting", "Baseline"),
    "catalogue.targets": ("Doelen", "Targets"),
    "catalogue.direction": ("Richting", "Direction"),
    "catalogue.direction.up": ("hoger is beter", "higher is better"),
    "catalogue.direction.down": ("lager is beter", "lower is better"),
    "catalogue.source": ("Bron en toelichting", "Source and notes"),
    "catalogue.file": ("Definitiebestand", "Definition file"),
    "col.id": ("Code", "Id"),
    "col.type": ("Type", "Type"),
    "col.unit": ("Eenheid", "Unit"),
    "col.reporters": ("Wie levert aan", "Who reports"),
    "col.required": ("Verplicht", "Required"),
    "col.kind": ("Soort", "Kind"),
    "col.choices": ("Keuzes", "Choices"),
    "col.description": ("Omschrijving", "Description"),
    "col.name": ("Naam", "Name"),
    "col.provincie": ("Provincie", "Province"),
    "col.expected": ("Verwacht", "Expected"),
    "col.n": ("Aantal waarden", "Values (n)"),
    "col.reported": ("Aangeleverd", "Reported"),
    "col.reporting_rate": ("Aanleverpercentage", "Reporting rate"),
    "col.on_time_rate": ("Tijdig percentage", "On-time rate"),
    "col.occurrences": ("Aantal", "Occurrences"),
    "col.attempts": ("Pogingen", "Attempts"),
    "col.organisation": ("Organisatie", "Organisation"),
    "col.errors": ("Fouten", "Errors"),
    "col.warnings": ("Waarschuwingen", "Warnings"),
    "completeness.title": ("Volledigheid van de aanlevering", "Completeness of reporting"),
    "completeness.rates": ("Aanlevering per kwartaal en organisatietype", "Reporting per quarter and organisation type"),
    "completeness.missing": ("Organisaties zonder aanlevering voor {period}: {n}",
                             "Organisations without a submission for {period}: {n}"),
    "completeness.none_missing": ("Alle verwachte organisaties hebben voor {period} aangeleverd.",
                                  "Every expected organisation has submitted for {period}."),
    "completeness.download": ("Lijst downloaden voor herinneringen (CSV)", "Download list for reminders (CSV)"),
    "completeness.rejections": ("Afgekeurde aanleveringen in {period}: {n}", "Rejected submissions in {period}: {n}"),
    "completeness.common": ("Meest voorkomende problemen", "Most common problems"),
    "completeness.no_rejections": ("Geen afgekeurde aanleveringen in {period}.", "No rejected submissions in {period}."),
    "completeness.chart": ("Aanleverpercentage per organisatietype", "Reporting rate per organisation type"),
    "common.download_table": ("Tabel downloaden (CSV)", "Download table (CSV)"),
    "common.no_data": ("Er zijn nog geen gegevens voor {period}.", "There is no data yet for {period}."),
    "overview.headline": ("Stand van de acties in {period}", "Status of the actions in {period}"),
    "overview.actions": ("Acties per actielijn", "Actions by line of action"),
    "overview.line.7.1": ("7.1 Betere afwegingen rondom verantwoord datagebruik", "7.1 Better decisions on responsible data use"),
    "overview.line.7.2": ("7.2 Naar systeemfuncties", "7.2 Towards system functions"),
    "overview.line.7.3": ("7.3 Naar waarde in de domeinen", "7.3 Towards value in the domains"),
    "overview.indicators": ("Indicatoren", "Indicators"),
    "overview.heatmap": ("Status per actie en kwartaal", "Status per action and quarter"),
    "overview.changes": ("Wat veranderde sinds vorig kwartaal", "What changed since last quarter"),
    "overview.no_changes": ("Geen statuswijzigingen sinds {previous}.", "No status changes since {previous}."),
    "overview.submissions": ("{n} inzendingen ontvangen voor {period} ({rate} van de verwachte organisaties).",
                             "{n} submissions received for {period} ({rate} of the expected organisations)."),
    "overview.open": ("Openen", "Open"),
    "col.trend": ("Verloop", "Trend"),
    "col.next_target": ("Volgend doel", "Next target"),
    "col.status_before": ("Status vorig kwartaal", "Status last quarter"),
    "col.status_now": ("Status nu", "Status now"),
    "col.value_before": ("Waarde vorig kwartaal", "Value last quarter"),
    "col.value_now": ("Waarde nu", "Value now"),
    "col.line": ("Actielijn", "Line"),
    "col.owner": ("Eigenaar", "Owner"),
    "col.indicators": ("Indicatoren", "Indicators"),
    "col.forecast": ("Prognose", "Forecast"),
    "col.planned": ("Gepland", "Planned"),
    "col.group": ("Groep", "Group"),
    "action.description": ("Omschrijving", "Description"),
    "action.all_indicators": ("Alle indicatoren", "All indicators"),
    "action.meta": ("Actielijn {line} · eigenaar {owner} · looptijd {start} – {end}", "Line of action {line} · owner {owner} · runs {start} – {end}"),
    "action.trend": ("Verloop landelijk", "National trend"),
    "action.by_type": ("Per organisatietype in {period}", "By organisation type in {period}"),
    "action.distribution": ("Verdeling over organisaties in {period}", "Distribution over organisations in {period}"),
    "action.map": ("Kaart in {period}", "Map in {period}"),
    "action.organisations": ("Per organisatie in {period}", "Per organisation in {period}"),
    "action.now": ("{value} in {period} · {status} · dekking {coverage}", "{value} in {period} · {status} · coverage {coverage}"),
    "action.no_org_data": ("Voor {period} zijn er nog geen waarden per organisatie.", "There are no values per organisation for {period} yet."),
    "org.title": ("Organisatie", "Organisation"),
    "org.timeliness": ("{quarters} kwartalen aangeleverd, waarvan {on_time} op tijd; {rejected} afgekeurde pogingen.", "{quarters} quarters submitted, {on_time} of them on time; {rejected} rejected attempts."),
    "org.submissions": ("Inzendingen", "Submissions"),
    "org.peers": ("Waarden in {period} naast de mediaan van {type}", "Values in {period} next to the median of {type}"),
    "org.no_peers": ("Voor deze organisatie zijn er geen indicatoren per organisatie.", "There are no per-organisation indicators for this organisation."),
    "org.problems": ("Openstaande problemen", "Open problems"),
    "org.no_problems": ("Geen openstaande problemen.", "No open problems."),
    "col.own": ("Deze organisatie", "This organisation"),
    "col.peer_median": ("Mediaan vergelijkbare organisaties", "Median of peers"),
    "col.peers": ("Aantal vergelijkbare", "Peers"),
    "nav.audit": ("Audit", "Audit"),
    "audit.title": ("Auditlog", "Audit log"),
    "audit.intro": ("Elke wijziging staat hier: wie, wanneer, wat en waarom. Aanleveringen (goed- en afgekeurd), peildatums, heropende kwartalen, rolwijzigingen en geweigerde acties.", "Every change is here: who, when, what and why. Submissions (accepted and rejected), snapshots, reopened quarters, role changes and refused actions."),
    "audit.actor": ("Gebruiker", "User"),
    "audit.action": ("Soort", "Kind"),
    "audit.all": ("Alle soorten", "All kinds"),
    "audit.since": ("Vanaf", "From"),
    "audit.until": ("Tot en met", "Up to and including"),
    "audit.count": ("{n} regels", "{n} rows"),
    "audit.none": ("Geen regels voor deze selectie.", "No rows for this selection."),
    "audit.download": ("Auditlog downloaden (CSV)", "Download audit log (CSV)"),
    "audit.col.occurred_at": ("Moment", "When"),
    "audit.col.actor": ("Gebruiker", "User"),
    "audit.col.action": ("Soort", "Kind"),
    "audit.col.target": ("Betreft", "Target"),
    "audit.col.detail": ("Details", "Details"),
    "audit.col.reason": ("Reden", "Reason"),
    "auth.login": ("Inloggen", "Log in"),
    "auth.logout": ("Uitloggen", "Log out"),
    "auth.login_needed": ("Log in om de voortgangsmonitor te gebruiken.", "Log in to use the progress monitor."),
    "auth.demo_user": ("Demogebruiker", "Demo user"),
    "auth.no_organisations": ("U mag voor geen enkele organisatie aanleveren. Vraag de beheerder om toegang.", "You may not submit for any organisation. Ask the administrator for access."),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    # export page
    "nav.export": ("Export", "Export"),
    "export.title": ("Export voor de Kamerbrief", "Export for the letter to parliament"),
    "export.intro": (
        "Leg een peildatum vast, exporteer grafieken en tabellen of het volledige pakket, vergelijk "
        "peildata en heropen zo nodig een kwartaal.",
        "Fix a reference date, export charts and tables or the full pack, compare reference dates "
        "and reopen a quarter when needed."),
    "export.user": ("Uw naam", "Your name"),
    "export.user_help": ("Er is nog geen inlog; deze naam wordt vastgelegd bij een peildatum of heropening.",
                         "There is no login yet; this name is recorded with a reference date or reopening."),
    "export.user_required": ("Vul uw naam in; die wordt vastgelegd.", "Fill in your name; it is recorded."),
    "export.snapshot.header": ("Peildatum vastleggen", "Fix a reference date"),
    "export.snapshot.intro": (
        "Een peildatum bevriest de definities, het register, de waarden en de uitkomsten van vandaag. "
        "De kwartalen die erin vallen worden vergrendeld: nieuwe aanleveringen voor die kwartalen "
        "worden geweigerd tot een kwartaal wordt heropend.",
        "A reference date freezes today's definitions, register, values and results. The quarters "
        "it covers are locked: new submissions for them are refused until a quarter is reopened."),
    "export.snapshot.label": ("Naam van de peildatum", "Name of the reference date"),
    "export.snapshot.placeholder": ("bijvoorbeeld Voortgangsbrief 2026", "e.g. Progress letter 2026"),
    "export.snapshot.create": ("Peildatum vastleggen", "Fix reference date"),
    "export.snapshot.busy": ("Peildatum wordt vastgelegd…", "Fixing the reference date…"),
    "export.snapshot.label_required": (
        "Geef de peildatum een naam, bijvoorbeeld 'Voortgangsbrief 2026'. Er is niets vastgelegd.",
        "Give the reference date a name, e.g. 'Progress letter 2026'. Nothing was stored."),
    "export.snapshot.failed": ("De peildatum is niet vastgelegd: {error}", "The reference date was not fixed: {error}"),
    "export.snapshot.created": (
        "Peildatum vastgelegd als snapshot {id} ('{label}'). De kwartalen {first} tot en met {until} "
        "zijn nu vergrendeld voor aanlevering.",
        "Reference date fixed as snapshot {id} ('{label}'). The quarters {first} to {until} are now "
        "locked for submissions."),
    "export.snapshot_name": ("{id} · {label} (peildatum {day})", "{id} · {label} (reference date {day})"),
    "export.snapshots.header": ("Vastgelegde peildata", "Fixed reference dates"),
    "export.snapshots.none": ("Er is nog geen peildatum vastgelegd.", "No reference date has been fixed yet."),
    "export.col.id": ("Nr.", "Id"),
    "export.col.label": ("Naam", "Name"),
    "export.col.reference_date": ("Peildatum", "Reference date"),
    "export.col.until": ("Tot en met", "Up to"),
    "export.col.created_by": ("Vastgelegd door", "Fixed by"),
    "export.col.values": ("Waarden", "Values"),
    "export.col.path": ("Bestand", "File"),
    "export.col.bytes": ("Bytes", "Bytes"),
    "export.col.sha256": ("SHA-256", "SHA-256"),
    "export.col.organisation": ("Organisatie", "Organisation"),
    "export.col.period": ("Kwartaal", "Quarter"),
    "export.col.measure": ("Maatstaf", "Measure"),
    "export.col.change": ("Wijziging", "Change"),
    "export.col.old": ("Was", "Was"),
    "export.col.new": ("Nu", "Now"),
    "export.col.action": ("Actie", "Action"),
    "export.col.indicator": ("Indicator", "Indicator"),
    "export.col.old_status": ("Status was", "Status was"),
    "export.col.new_status": ("Status nu", "Status now"),
    "export.col.old_value": ("Waarde was", "Value was"),
    "export.col.new_value": ("Waarde nu", "Value now"),
    "export.col.file_name": ("Definitiebestand", "Definition file"),
    "export.col.old_sha256": ("SHA-256 was", "SHA-256 was"),
    "export.col.new_sha256": ("SHA-256 nu", "SHA-256 now"),
    "export.source.header": ("Bron van de export", "Source of the export"),
    "export.source.label": ("Exporteren uit", "Export from"),
    "export.source.live": ("Actuele gegevens (voorlopig)", "Current data (provisional)"),
    "export.source.live_warning": (
        "U exporteert actuele gegevens. Alle grafieken, tabellen en rapporten worden gemarkeerd als "
        "VOORLOPIG. Leg eerst een peildatum vast voor cijfers in een Kamerbrief.",
        "You are exporting current data. Every chart, table and report is marked PROVISIONAL. Fix a "
        "reference date first for figures in a letter to parliament."),
    "export.source.snapshot": ("Peildatum '{label}', kwartalen tot en met {until}.",
                               "Reference date '{label}', quarters up to {until}."),
    "export.source.failed": ("Deze bron kan niet worden geladen: {error}", "This source cannot be loaded: {error}"),
    "export.chart.header": ("Eén grafiek", "One chart"),
    "export.chart.preview": ("Voorbeeld van de grafiek zoals in de brief (160 mm breed).",
                             "Preview of the chart as in the letter (160 mm wide)."),
    "export.chart.starting": ("Afbeeldingsexport wordt gestart…", "Starting the image export…"),
    "export.chart.no_images": ("Afbeeldingen (PNG, SVG, PDF) kunnen nu niet worden gemaakt: {error} De tabel is wel beschikbaar als CSV en Excel.",
                               "Images (PNG, SVG, PDF) cannot be made now: {error} The table is available as CSV and Excel."),
    "export.chart.png": ("PNG (300 dpi)", "PNG (300 dpi)"),
    "export.chart.svg": ("SVG", "SVG"),
    "export.chart.pdf": ("PDF", "PDF"),
    "export.chart.csv": ("Tabel (CSV)", "Table (CSV)"),
    "export.chart.xlsx": ("Tabel (Excel)", "Table (Excel)"),
    "export.pack.header": ("Volledig pakket", "Full pack"),
    "export.pack.intro": (
        "Alle grafieken, tabellen, het rapport en de open data in één map met een manifest "
        "(SHA-256 per bestand), desgewenst als ZIP.",
        "Every chart, table, the report and the open data in one folder with a manifest (SHA-256 "
        "per file), optionally as a ZIP."),
    "export.pack.formats": ("Onderdelen", "Parts"),
    "export.format.png": ("Grafieken PNG", "Charts PNG"),
    "export.format.svg": ("Grafieken SVG", "Charts SVG"),
    "export.format.pdf": ("Grafieken PDF", "Charts PDF"),
    "export.format.csv": ("Tabellen CSV", "Tables CSV"),
    "export.format.xlsx": ("Tabellen Excel", "Tables Excel"),
    "export.format.report-pdf": ("Rapport PDF", "Report PDF"),
    "export.format.report-docx": ("Rapport Word", "Report Word"),
    "export.format.opendata": ("Open data (CSV, Parquet, metadata)", "Open data (CSV, Parquet, metadata)"),
    "export.format.zip": ("ZIP van alles", "ZIP of everything"),
    "export.pack.make": ("Pakket maken", "Make pack"),
    "export.pack.no_formats": ("Kies ten minste één onderdeel.", "Choose at least one part."),
    "export.pack.needs_browser": (
        "Grafieken en rapporten kunnen nu niet worden gemaakt (zie de melding hierboven). Kies alleen "
        "tabellen, open data en ZIP.",
        "Charts and reports cannot be made now (see the message above). Choose only tables, open data "
        "and ZIP."),
    "export.pack.starting": ("Pakket wordt gemaakt…", "Making the pack…"),
    "export.pack.step": ("Bezig: {step}", "Working: {step}"),
    "export.pack.failed": ("Het pakket is niet gemaakt: {error}", "The pack was not made: {error}"),
    "export.pack.done": ("Pakket gemaakt: {n} bestanden, elk met SHA-256 in het manifest.",
                         "Pack made: {n} files, each with its SHA-256 in the manifest."),
    "export.pack.download.zip": ("ZIP downloaden", "Download ZIP"),
    "export.pack.download.report-pdf": ("Rapport (PDF)", "Report (PDF)"),
    "export.pack.download.report-docx": ("Rapport (Word)", "Report (Word)"),
    "export.pack.download.manifest": ("Manifest (JSON)", "Manifest (JSON)"),
    "export.diff.header": ("Verschillen tussen peildata", "Differences between reference dates"),
    "export.diff.none": ("Leg eerst een peildatum vast om te kunnen vergelijken.",
                         "Fix a reference date first to be able to compare."),
    "export.diff.a": ("Van", "From"),
    "export.diff.b": ("Naar", "To"),
    "export.diff.compare": ("Vergelijken", "Compare"),
    "export.diff.same": ("Kies twee verschillende bronnen.", "Choose two different sources."),
    "export.diff.busy": ("Bezig met vergelijken…", "Comparing…"),
    "export.diff.failed": ("De vergelijking is niet gelukt: {error}", "The comparison failed: {error}"),
    "export.diff.through": ("Vergeleken tot en met {through}.", "Compared up to {through}."),
    "export.diff.values": ("Herziene waarden", "Revised values"),
    "export.diff.results": ("Gewijzigde uitkomsten (landelijk)", "Changed results (national)"),
    "export.diff.organisations": ("Nieuwe organisaties", "New organisations"),
    "export.diff.definitions": ("Gewijzigde definities", "Changed definitions"),
    "export.diff.no_changes": ("Er zijn geen verschillen.", "There are no differences."),
    "export.diff.csv": ("Verschillen downloaden (CSV)", "Download differences (CSV)"),
    "export.diff.change.revised": ("herzien", "revised"),
    "export.diff.change.added": ("toegevoegd", "added"),
    "export.diff.change.removed": ("verwijderd", "removed"),
    "export.diff.change.changed": ("gewijzigd", "changed"),
    # monitor snapshot verify and the Export page's check (monitor.views.verify)
    "verify.button": ("Controleer reproduceerbaarheid", "Check reproducibility"),
    "verify.help": ("Berekent de peildatum opnieuw uit de vastgelegde waarden, definities en "
                    "instellingen en vergelijkt de uitkomsten met de opgeslagen uitkomsten.",
                    "Recomputes the snapshot from its frozen values, definitions and settings and "
                    "compares the results with the stored results."),
    "verify.busy": ("Peildatum wordt opnieuw berekend…", "Recomputing the snapshot…"),
    "verify.failed": ("De controle is niet gelukt: {error}", "The check failed: {error}"),
    "verify.reproduces": ("Peildatum {id} '{label}' reproduceert: {n} resultaten gelijk.",
                          "Snapshot {id} '{label}' reproduces: {n} results equal."),
    "verify.differs": ("Peildatum {id} '{label}' reproduceert niet: {rows} van {n} resultaten "
                       "verschillen.",
                       "Snapshot {id} '{label}' does not reproduce: {rows} of {n} results differ."),
    "verify.rounded": ("{n} getallen verschillen alleen in de laatste cijfers van de berekening "
                       "(afronding, relatief minder dan 0,000000001); die tellen als gelijk.",
                       "{n} numbers differ only in the last digits of the computation (rounding, "
                       "relatively less than 0.000000001); they count as equal."),
    "verify.more": ("… en nog {n} verschillen.", "… and {n} more differences."),
    "verify.whole_row": ("(hele regel)", "(whole row)"),
    "verify.present": ("(aanwezig)", "(present)"),
    "verify.absent": ("(ontbreekt)", "(absent)"),
    "verify.col.indicator": ("Indicator", "Indicator"),
    "verify.col.period": ("Kwartaal", "Quarter"),
    "verify.col.breakdown": ("Uitsplitsing", "Breakdown"),
    "verify.col.group": ("Groep", "Group"),
    "verify.col.column": ("Kolom", "Column"),
    "verify.col.stored": ("Opgeslagen", "Stored"),
    "verify.col.recomputed": ("Herberekend", "Recomputed"),
    "export.reopen.header": ("Kwartaal heropenen", "Reopen a quarter"),
    "export.reopen.none": ("Er zijn geen vergrendelde kwartalen.", "No quarters are locked."),
    "export.reopen.intro": (
        "Heropen een vergrendeld kwartaal voor nieuwe aanleveringen, bijvoorbeeld voor een correctie. "
        "De reden wordt vastgelegd; de peildatum zelf verandert niet.",
        "Reopen a locked quarter for new submissions, for instance for a correction. The reason is "
        "recorded; the reference date itself does not change."),
    "export.reopen.period": ("Kwartaal", "Quarter"),
    "export.reopen.option": ("{period} (vergrendeld door '{label}')", "{period} (locked by '{label}')"),
    "export.reopen.reason": ("Reden (verplicht)", "Reason (required)"),
    "export.reopen.button": ("Kwartaal heropenen", "Reopen quarter"),
    "export.reopen.reason_required": ("Geef een reden op; die wordt vastgelegd. Het kwartaal is niet heropend.",
                                      "Give a reason; it is recorded. The quarter was not reopened."),
    "export.reopen.failed": ("Het kwartaal is niet heropend: {error}", "The quarter was not reopened: {error}"),
    "export.reopen.done": ("{period} is heropend voor aanlevering (was vergrendeld door: {labels}).",
                           "{period} is reopened for submissions (was locked by: {labels})."),
    "lineage.title": ("Herkomst van de waarde in {quarter}", "Lineage of the value in {quarter}"),
    "lineage.live": ("Actuele gegevens.", "Current data."),
    "lineage.snapshot": ("Uit peildatum {id}.", "From snapshot {id}."),
    "lineage.summary": ("{values} aangeleverde waarden van {organisations} organisaties uit {submissions} inzendingen; definitiebestand SHA-256 {sha}.",
                        "{values} submitted values from {organisations} organisations in {submissions} submissions; definition file SHA-256 {sha}."),
    "lineage.more": ("De eerste {shown} van {values} regels; de CSV bevat ze allemaal.",
                     "The first {shown} of {values} rows; the CSV has them all."),
    "lineage.none": ("Er zijn geen aangeleverde waarden voor deze waarde.", "No submitted values feed this value."),
    "lineage.unavailable": ("De herkomst is niet beschikbaar: {error}", "The lineage is not available: {error}"),
    "lineage.csv": ("Herkomst downloaden (CSV)", "Download lineage (CSV)"),
    "lineage.col.organisation": ("Organisatie", "Organisation"),
    "lineage.col.measure": ("Maatstaf", "Measure"),
    "lineage.col.period": ("Kwartaal", "Quarter"),
    "lineage.col.value": ("Waarde", "Value"),
    "lineage.col.submission_id": ("Inzending", "Submission"),
    "lineage.col.version": ("Versie", "Version"),
    "lineage.col.submitted_by": ("Door", "By"),
    "lineage.col.received_at": ("Ontvangen", "Received"),
    "lineage.col.file_name": ("Bestand", "File"),
    # end export page
    # --- pages (issue 14) ---
    "pages.error": ("Deze pagina kan niet worden getoond: {error}",
                    "This page cannot be shown: {error}"),
    "pages.nav.refused": ("Deze pagina is niet beschikbaar voor uw rol ({role}); u ziet nu {page}.",
                          "This page is not available for your role ({role}); you now see {page}."),
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
    "pages.lineage.unknown_snapshot": (
        "Er is geen peildatum '{snapshot}' (uit de link); de herkomst hieronder komt uit de "
        "actuele gegevens.",
        "There is no snapshot '{snapshot}' (from the link); the lineage below uses the current "
        "data."),
    "pages.export.no_snapshot": (
        "Er is nog geen peildatum vastgelegd, dus er is nog niets om te exporteren. Een "
        "programmamanager kan een peildatum vastleggen; daarna kunt u hier de grafieken, tabellen "
        "en het rapport downloaden.",
        "No reference date (snapshot) has been fixed yet, so there is nothing to export yet. A "
        "programme manager can fix one; then you can download the charts, tables and report "
        "here."),
    "submission.accepted": ("✔ opgeslagen", "✔ accepted"),
    "submission.rejected": ("✖ afgekeurd", "✖ rejected"),
    "submission.warning": ("▲ waarschuwing", "▲ warning"),
    # --- access (issue 14) ---
    "access.org_none": ("U mag van geen enkele organisatie de gegevens inzien. Vraag de beheerder om toegang.",
                        "You may not view the data of any organisation. Ask the administrator for access."),
    "access.org_fallback": ("De organisatie uit de link is onbekend of u mag die niet inzien; hieronder een organisatie die u wel mag inzien.",
                            "The organisation in the link is unknown or you may not view it; below is an organisation you may view."),
    "access.login_not_configured": (
        "Aanmelden is niet ingericht: deze omgeving heeft nog geen koppeling met een identiteitsprovider. "
        "De beheerder moet [auth] in .streamlit/secrets.toml invullen, zie README (Access: Production).",
        "Login is not set up: this environment has no identity provider yet. The administrator must "
        "fill in [auth] in .streamlit/secrets.toml, see README (Access: Production)."),
    "audit.col.os_user": ("OS-account", "OS account"),
    # --- end access (issue 14) ---
    # --- issue 15 rules ---
    "rules.reason.item": ("{title} {value}", "{title} {value}"),
    "rules.reason.item_planned": ("{title} {value}, gepland {planned}", "{title} {value}, planned {planned}"),
    "rules.reason.achter": ("Achter: {items} in {period}", "Behind: {items} in {period}"),
    "rules.reason.risico": ("Risico: {items} in {period}", "At risk: {items} in {period}"),
    "rules.reason.op_koers": ("Op koers: {items} in {period}", "On track: {items} in {period}"),
    "rules.reason.behaald": ("Behaald: alle {n} indicatoren behaald in {period}",
                             "Achieved: all {n} indicators achieved in {period}"),
    "rules.reason.onvoldoende": ("Onvoldoende gegevens in {period} voor: {items}",
                                 "Insufficient data in {period} for: {items}"),
    "rules.reason.shown": ("{reason}", "{reason}"),
    "rules.reason.rule": (" (regel: {rule})", " (rule: {rule})"),
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
    # --- issue 15: baseline measured from the data
    "rules.baseline.measured_value": ("{value} ({period}, gemeten)", "{value} ({period}, measured)"),
    "rules.baseline.unmeasured": (
        "– ({period}, gemeten: in dat kwartaal is er geen bruikbare landelijke waarde, dus nog geen status)",
        "– ({period}, measured: that quarter has no usable national value, so no status yet)"),
    "status.none.no_baseline": ("– geen nulmeting gemeten", "– no baseline measured"),
    # --- issue 15: n, carried and notes shown ---
    # how many values stand behind a figure (monitor.narrative.values_note / values_cell)
    "shown.values": ("{n} waarden", "{n} values"),
    "shown.values.one": ("1 waarde", "1 value"),
    "shown.values.carried": ("{values}, waarvan {carried} overgenomen uit een eerder kwartaal",
                             "{values}, of which {carried} carried forward from an earlier quarter"),
    "shown.col.values": ("Waarden (overgenomen)", "Values (carried)"),
    "col.carried": ("Waarvan overgenomen", "Of which carried forward"),
    "col.own_carried": ("Overgenomen uit eerder kwartaal", "Carried forward from an earlier quarter"),
    "col.forecast_note": ("Toelichting prognose", "About the forecast"),
    # what a status leaves out, or why it is 'onvoldoende gegevens' (monitor.narrative.status_text)
    "shown.status.late": ("{status}, {days} dagen na de geplande datum ({planned})",
                          "{status}, {days} days after the planned date ({planned})"),
    "shown.status.late.one": ("{status}, 1 dag na de geplande datum ({planned})",
                              "{status}, 1 day after the planned date ({planned})"),
    "shown.status.not_held": (
        "{status}: doel gehaald, maar nog niet lang genoeg ({held} van {hold} kwartalen)",
        "{status}: target met, but not yet for long enough ({held} of {hold} quarters)"),
    "shown.status.min_n": ("{status}: {n} van minimaal {min_n} waarden",
                           "{status}: {n} of at least {min_n} values"),
    "shown.status.min_coverage": ("{status}: dekking {coverage}, minimaal {min_coverage}",
                                  "{status}: coverage {coverage}, at least {min_coverage}"),
    # --- issue 15: rules in words
    # labels of monitor.compute.describe.RULE_KEYS on the Definities page; the sentences live in
    # monitor.compute.describe (compute does not import the interface), shared with the report
    "rules.words.formula": ("Berekening", "Computation"),
    "rules.words.missing": ("Ontbrekende waarden", "Missing values"),
    "rules.words.min_n": ("Minimum aantal waarden", "Minimum number of values"),
    "rules.words.judged": ("Beoordeeld", "Judged"),
    "rules.words.baseline": ("Vanaf de nulmeting", "From the baseline"),
    "rules.words.status": ("Status", "Status"),
    "rules.words.achieved": ("Behaald", "Achieved"),
    "rules.words.forecast": ("Prognose", "Forecast"),
}

from monitor.ui.texts_users import USERS_TEXTS  # noqa: E402  (one catalogue, kept in two files)

TEXTS |= USERS_TEXTS


def t(key: str, lang: str = "nl", **params: object) -> str:
    """The text ``key`` in ``lang`` with ``params`` filled in as they are: for plain-text places
    (widget options, column names, file names). For an element that reads Markdown use
    :func:`tm`."""
    nl, en = TEXTS[key]
    return (en if lang == "en" else nl).format(**params)


def tm(key: str, lang: str = "nl", **params: object) -> str:
    """:func:`t` for Streamlit elements that read Markdown (write, markdown, caption, info,
    success, warning, error, title, labels): every parameter that is not a number is shown
    literally (``monitor.ui.fmt.literal``), so a label, reason, file name, user name, URL value or
    error message such as ``[x](https://evil.example)``, ``**x**``, ``<img src=x>``, ``$x$`` or
    ``:red[x]`` appears as typed, never as a link, formatting, HTML or a formula."""
    from monitor.ui.fmt import literal

    safe = {k: v if isinstance(v, int | float) and not isinstance(v, bool) else literal(v)
            for k, v in params.items()}
    return t(key, lang, **safe)
