"""Errors a user can cause and fix (``monitor.errors.MonitorError`` and its kinds): each carries
its key and parameters and is said in the reader's language where it is shown (the pages, the
CLI). The English text is also ``str(exc)``."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # definitions, users file, production set-up
    "error.definitions.one": ("1 fout in de indicatordefinities", "1 error in the indicator definitions"),
    "error.definitions.other": ("{count} fouten in de indicatordefinities",
                                "{count} errors in the indicator definitions"),
    "error.users_file.one": ("1 fout in het gebruikersbestand:\n{problems}", "1 error in the users file:\n{problems}"),
    "error.users_file.other": ("{count} fouten in het gebruikersbestand:\n{problems}",
                               "{count} errors in the users file:\n{problems}"),
    "error.production.example_file": (
        "In productie wordt het voorbeeldbestand {name} niet geladen: het bevat verzonnen demogebruikers. "
        "Zet access.users_file op uw eigen bestand (data/users.yaml, zie README).",
        "In production the example file {name} is not loaded: it holds fictitious demo users. Point "
        "access.users_file to your own file (data/users.yaml, see README)."),
    "error.production.example_users": (
        "De database bevat actieve demogebruikers uit een voorbeeldbestand ({ids}); in productie start de "
        "monitor daarmee niet. Deactiveer ze (monitor users deactivate ID --reason ... --user BEHEERDER) "
        "of begin met een nieuwe database.",
        "The database holds active demo users from an example file ({ids}); in production the monitor does "
        "not start with them. Deactivate them (monitor users deactivate ID --reason ... --user ADMIN) or "
        "start with a new database."),
    "error.production.no_users": (
        "Er zijn nog geen gebruikers: maak {path} met ten minste één beheerder (voorbeeld: "
        "data/users.example.yaml, zie README).",
        "There are no users yet: create {path} with at least one beheerder (example: "
        "data/users.example.yaml, see README)."),
    # managing users (monitor.access.users, monitor.access.identity)
    "error.users.exists": ("Er is al een gebruiker '{id}' ({name}); kies een andere id of wijzig die gebruiker.",
                           "there is already a user '{id}' ({name}); choose another id or change that user"),
    "error.users.unknown": ("Er is geen gebruiker '{id}'; voeg de gebruiker eerst toe.",
                            "there is no user '{id}'; add the user first"),
    "error.users.invalid": ("Gebruiker '{id}': {problems}", "user '{id}': {problems}"),
    "error.users.last_admin": (
        "'{id}' is de laatste actieve beheerder; maak eerst iemand anders beheerder, anders kan niemand "
        "nog gebruikers beheren.",
        "'{id}' is the last active beheerder; make someone else beheerder first, or nobody can manage "
        "users any more"),
    "error.users.reason": ("Geef een reden voor de wijziging; die komt in het auditlog.",
                           "give a reason for the change; it is recorded in the audit log"),
    "error.users.role": ("Onbekende rol '{role}' (bekend: {known})", "unknown role '{role}' (known: {known})"),
    "error.environment": ("access.environment is '{environment}'; gebruik 'production' of 'demo'",
                          "access.environment is '{environment}'; use 'production' or 'demo'"),
    "error.cli_user.production": ("geef --user ID: in productie moet elke wijziging de persoon noemen die haar doet",
                                  "give --user ID: in production every change must name the person making it"),
    "error.cli_user.none": ("geef --user ID: er is geen actieve gebruiker die '{action}' mag uitvoeren",
                            "give --user ID: there is no active user who may perform '{action}'"),
    # quarters, the database, snapshots, reopening, lineage
    "error.quarter.bad": ("'{text}' is geen kwartaal; schrijf het als JJJJ-Kn, bijvoorbeeld 2025-K3",
                          "'{text}' is not a quarter; write it as YYYY-Qn, e.g. 2025-Q3"),
    "error.quarter.number": ("'{year}-Q{q}' is geen kwartaal (K1 tot en met K4)",
                             "'{year}-Q{q}' is not a quarter (Q1 to Q4)"),
    "error.store.busy": ("de database {path} is {why}. Probeer het zo opnieuw.",
                         "database {path} is {why}. Try again in a moment."),
    "error.store.busy.in_use": ("in gebruik door een ander proces (bijvoorbeeld een lopende 'monitor demo' of aanlevering); {seconds} s gewacht",
                                "in use by another process (for example a running 'monitor demo' or ingest); waited {seconds} s"),
    "error.store.busy.long": ("bezig met een andere wijziging die langer duurde dan {seconds} s",
                              "busy with another change that took longer than {seconds} s"),
    "error.store.busy.same": ("bezig: dezelfde gegevens werden op hetzelfde moment gewijzigd",
                              "busy: the same data was changed at the same moment"),
    "error.store.open": ("de database {path} kan niet worden geopend: {reason}", "cannot open database {path}: {reason}"),
    "error.store.folder": ("het databasepad {path} is een map, geen bestand", "database path {path} is a folder, not a file"),
    "error.store.newer": ("de database {path} heeft schemaversie {version}, nieuwer dan deze monitor kent ({known}); werk de monitor bij",
                          "database {path} has schema version {version}, newer than this monitor understands ({known}); update the monitor"),
    "error.snapshot.id": ("'{value}' is geen nummer van een peildatum (een positief geheel getal; zie 'monitor snapshot list')",
                          "'{value}' is not a snapshot id (a positive whole number; see 'monitor snapshot list')"),
    "error.snapshot.none": ("er is geen peildatum {id}; zie 'monitor snapshot list'",
                            "there is no snapshot {id}; see 'monitor snapshot list'"),
    "error.snapshot.label": ("geef de peildatum een naam (--label), bijvoorbeeld 'Voortgangsbrief 2025'",
                             "give the snapshot a label (--label), e.g. 'Voortgangsbrief 2025'"),
    "error.snapshot.not_completed": ("{quarter} is geen afgesloten kwartaal van het programma; een peildatum kan lopen tot en met {last}",
                                     "{quarter} is not a completed quarter of the programme; a snapshot can cover up to {last}"),
    "error.snapshot.before_start": ("{quarter} ligt voor de start van het programma ({start})",
                                    "{quarter} lies before the programme start {start}"),
    "error.snapshot.busy": ("er kwamen aanleveringen binnen terwijl de peildatum werd vastgelegd; probeer het zo opnieuw",
                            "submissions kept arriving while the snapshot was made; try again in a moment"),
    "error.snapshot.empty": ("de database {path} heeft geen aanleveringen; er is niets vast te leggen",
                             "database {path} has no submissions; there is nothing to freeze"),
    "error.reopen.reason": ("geef een reden om het kwartaal te heropenen (--reason); die wordt vastgelegd",
                            "give a reason for reopening the quarter (--reason); it is recorded"),
    "error.reopen.not_locked": ("{quarter} is niet vergrendeld; er is niets te heropenen",
                                "{quarter} is not locked; there is nothing to reopen"),
    "error.lineage.until": ("peildatum {id} loopt tot en met {until}, niet tot {quarter}",
                            "snapshot {id} covers quarters up to {until}, not {quarter}"),
    "error.lineage.unknown": ("'{id}' is geen indicator in {where}", "'{id}' is not an indicator in {where}"),
    "error.lineage.where.snapshot": ("peildatum {id}", "snapshot {id}"),
    "error.lineage.where.live": ("de definities", "the definitions"),
    # exports
    "error.export.browser": (
        "{problem}. Installeer Chromium (Debian/Ubuntu: `apt-get install chromium`) of Google Chrome, of zet "
        "BROWSER_PATH op een Chrome/Chromium-programma.",
        "{problem}. Install Chromium (Debian/Ubuntu: `apt-get install chromium`) or Google Chrome, or set "
        "BROWSER_PATH to a Chrome/Chromium executable."),
    "error.export.browser.at": ("er is geen uitvoerbare browser op {path}", "no executable browser at {path}"),
    "error.export.browser.env": ("BROWSER_PATH={path} is geen uitvoerbare browser", "BROWSER_PATH={path} is not an executable browser"),
    "error.export.browser.none": ("grafiekafbeeldingen hebben Chrome of Chromium nodig, en die is niet gevonden",
                                 "chart images need Chrome or Chromium, and none was found"),
    "error.export.browser.start": ("de browser {path} kon niet worden gestart ({reason})",
                                   "the browser {path} could not be started ({reason})"),
    "error.export.timeout": ("het maken van de grafiek duurde langer dan {seconds} s",
                             "rendering the chart took longer than {seconds} s"),
    "error.export.render": ("de grafiek kon niet worden gemaakt ({reason})", "the chart could not be rendered ({reason})"),
    "error.export.no_snapshot": ("er is geen peildatum {id}", "there is no snapshot {id}"),
    "error.export.formats.one": ("onbekend exportformaat {unknown}; kies uit {known}",
                                 "unknown export format {unknown}; choose from {known}"),
    "error.export.formats.other": ("onbekende exportformaten {unknown}; kies uit {known}",
                                   "unknown export formats {unknown}; choose from {known}"),
    "error.report.pdf": ("het PDF-rapport kan niet worden gemaakt: {reason}", "the PDF report cannot be made: {reason}"),
    # submissions and demo data
    "error.ingest.target": ("geef --org en --period voor één aanlevering, of --bulk voor een historisch bestand",
                            "give --org and --period for one submission, or --bulk for a history file"),
    "error.template.organisation": ("'{org}' is geen bekende organisatiecode", "'{org}' is not a known organisation code"),
    "error.demo.until": ("demogegevens kunnen lopen tot en met {latest} (het laatste afgesloten kwartaal van het programma op {today}); {until} werd gevraagd",
                         "demo data can run up to {latest} (the last completed quarter of the programme on {today}); {until} was asked"),
    "error.demo.before_start": ("{until} ligt voor de start van het programma ({start})",
                                "{until} lies before the programme start {start}"),
    "error.demo.not_empty": ("{path} heeft al aanleveringen; demogegevens hebben een lege database nodig",
                             "{path} already has submissions; demo data needs an empty database"),
    # configuration and register (at the start)
    "error.config.read": ("de configuratie {path} kan niet worden gelezen: {reason}",
                          "cannot read configuration {path}: {reason}"),
    "error.config.invalid": ("ongeldige configuratie:\n{problems}", "invalid configuration:\n{problems}"),
    "error.register.read": ("het organisatieregister {path} kan niet worden gelezen: {reason}",
                            "cannot read organisation register {path}: {reason}"),
    "error.register.invalid": ("ongeldig organisatieregister:\n{problems}", "invalid organisation register:\n{problems}"),
}
