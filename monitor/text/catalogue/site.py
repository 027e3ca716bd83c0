"""Texts of the public site of a snapshot (``monitor publish``, ``monitor.site``) and of its button
on the Export page."""

TEXTS: dict[str, tuple[str, str]] = {
    # --- every page ---------------------------------------------------------------------------
    "site.title": ("Voortgang Interbestuurlijke Datastrategie",
                   "Progress of the Interbestuurlijke Datastrategie"),
    "site.brand": ("Voortgangsmonitor IBDS", "Progress monitor IBDS"),
    "site.skip": ("Naar de inhoud", "Skip to content"),
    "site.nav.label": ("Hoofdmenu", "Main menu"),
    "site.nav.home": ("Stand van zaken", "Programme status"),
    "site.nav.about": ("Over deze cijfers", "About these figures"),
    "site.nav.downloads": ("Downloads", "Downloads"),
    "site.nav.accessibility": ("Toegankelijkheid", "Accessibility"),
    "site.nav.colophon": ("Colofon", "Colophon"),
    "site.lang.switch": ("English", "Nederlands"),
    "site.lang.label": ("Read this page in English", "Lees deze pagina in het Nederlands"),
    "site.page_title": ("{page} – Voortgangsmonitor IBDS", "{page} – Progress monitor IBDS"),
    "site.stand": ("Peildatum {day} · {label} · cijfers tot en met {quarter} · snapshot {id}",
                   "Reference date {day} · {label} · figures up to and including {quarter} · "
                   "snapshot {id}"),
    "site.footer.reuse": ("De cijfers zijn open data (CC0 1.0); vermeld bij hergebruik de bron en "
                          "de peildatum.",
                          "The figures are open data (CC0 1.0); when reusing them, name the source "
                          "and the reference date."),
    "site.choose": ("Kies een taal", "Choose a language"),
    # --- start page ---------------------------------------------------------------------------
    "site.home.intro": (
        "Deze site toont hoe de {count} acties van de Interbestuurlijke Datastrategie ervoor staan, "
        "met hun indicatoren, de voortgang in woorden en de mijlpalen. De cijfers komen uit een "
        "vastgelegde stand (snapshot) en veranderen niet meer.",
        "This site shows where the {count} actions of the Interbestuurlijke Datastrategie stand, "
        "with their indicators, the progress in words and the milestones. The figures come from a "
        "fixed state (snapshot) and no longer change."),
    "site.home.actions": ("Alle acties in {quarter}", "Every action in {quarter}"),
    "site.home.key_points": ("In het kort", "In brief"),
    "site.home.history": ("Status per kwartaal", "Status per quarter"),
    "site.col.action": ("Actie", "Action"),
    "site.col.line": ("Actielijn", "Line of action"),
    "site.col.status": ("Status", "Status"),
    "site.col.reason": ("Waarom", "Why"),
    # --- action page --------------------------------------------------------------------------
    "site.action.status": ("Status in {quarter}:", "Status in {quarter}:"),
    "site.action.owner": ("Eigenaar: {owner} · actielijn {line}", "Owner: {owner} · line of action {line}"),
    "site.action.indicators": ("Indicatoren", "Indicators"),
    "site.action.none": ("Deze actie heeft geen indicatoren.", "This action has no indicators."),
    "site.indicator.status": ("Status:", "Status:"),
    "site.indicator.definition": ("Definitie van ‘{title}’", "Definition of ‘{title}’"),
    "site.indicator.table": ("Cijfers bij de grafiek ‘{title}’", "Figures behind the chart ‘{title}’"),
    "site.indicator.downloads": ("Deze cijfers als bestand:", "These figures as a file:"),
    "site.col.quarter": ("Kwartaal", "Quarter"),
    "site.col.value": ("Waarde", "Value"),
    "site.col.planned": ("Verwacht volgens traject", "Planned trajectory"),
    "site.col.forecast": ("Prognose", "Forecast"),
    "site.col.coverage": ("Aangeleverd", "Reported"),
    "site.col.type": ("Organisatietype", "Organisation type"),
    "site.milestones.none": ("Geen mijlpalen.", "No milestones."),
    # --- indicator page -----------------------------------------------------------------------
    "site.indicator.of_action": ("Indicator van actie {code}: {title}", "Indicator of action {code}: {title}"),
    "site.indicator.what": ("Wat wordt gemeten", "What is measured"),
    "site.indicator.how": ("Hoe het cijfer wordt berekend", "How the figure is computed"),
    "site.indicator.read": ("Zo leest u de grafiek", "How to read the chart"),
    "site.indicator.baseline": ("Nulmeting", "Baseline"),
    "site.indicator.targets": ("Doelen", "Targets"),
    "site.indicator.source": ("Bron", "Source"),
    "site.indicator.covers": ("Wie levert aan", "Who reports"),
    "site.indicator.by_type": ("Per organisatietype in {quarter}", "Per organisation type in {quarter}"),
    "site.indicator.by_type.none": ("Voor deze indicator zijn er geen cijfers per organisatietype.",
                                    "This indicator has no figures per organisation type."),
    "site.indicator.back": ("Naar de actie en de grafiek", "To the action and the chart"),
    # --- about these figures ------------------------------------------------------------------
    "site.about.intro": (
        "Alle cijfers op deze site komen uit één vastgelegde stand van de Voortgangsmonitor IBDS. "
        "Zo'n stand (snapshot) bevat de definities, de aangeleverde waarden en de berekende "
        "uitkomsten van dat moment, en wordt nooit meer gewijzigd.",
        "Every figure on this site comes from one fixed state of the Progress monitor IBDS. Such a "
        "state (snapshot) holds the definitions, the values reported and the results computed at "
        "that moment, and is never changed afterwards."),
    "site.about.stand": ("De stand", "The state"),
    "site.about.peildatum": ("Peildatum", "Reference date"),
    "site.about.label": ("Naam", "Name"),
    "site.about.until": ("Cijfers tot en met", "Figures up to and including"),
    "site.about.snapshot": ("Snapshot", "Snapshot"),
    "site.about.hash": ("Hash van de definities (SHA-256)", "Hash of the definitions (SHA-256)"),
    "site.about.rules": ("Versie van de rekenregels", "Version of the computation rules"),
    "site.about.coverage": ("Dekking", "Coverage"),
    "site.about.coverage.text": (
        "Niet elke organisatie levert elk kwartaal aan. Bij elke indicator staat hoeveel van de "
        "verwachte organisaties hebben aangeleverd; is dat te weinig, dan krijgt de indicator de "
        "status ‘onvoldoende gegevens’ in plaats van een oordeel.",
        "Not every organisation reports every quarter. Every indicator says how many of the "
        "organisations expected have reported; when that is too few, the indicator gets the "
        "status ‘insufficient data’ instead of a judgement."),
    "site.about.how": ("Hoe de cijfers tot stand komen", "How the figures are computed"),
    "site.about.how.text": (
        "Ministeries, gemeenten, provincies, waterschappen en uitvoeringsorganisaties leveren elk "
        "kwartaal hun cijfers aan. De monitor controleert ze, telt ze op tot landelijke cijfers en "
        "cijfers per organisatietype, en vergelijkt ze met de nulmeting, de doelen en het "
        "verwachte traject. Per indicator staat de berekening in woorden op de pagina van de "
        "definitie.",
        "Ministries, municipalities, provinces, water authorities and executive agencies report "
        "their figures every quarter. The monitor checks them, adds them up to national figures "
        "and figures per organisation type, and compares them with the baseline, the targets and "
        "the planned trajectory. The computation of every indicator is described in words on the "
        "page of its definition."),
    "site.about.public": ("Wat deze site wel en niet publiceert", "What this site publishes and what not"),
    "site.about.public.text": (
        "Deze site toont landelijke cijfers en cijfers per organisatietype. De definities van de "
        "indicatoren markeren (nog) geen cijfers per afzonderlijke organisatie als openbaar; die "
        "staan daarom niet op deze site en niet in de downloads. Toelichtingen bij aanleveringen, "
        "bestandsnamen en gegevens van gebruikers worden nooit gepubliceerd.",
        "This site shows national figures and figures per organisation type. The indicator "
        "definitions do not (yet) mark figures of single organisations as public; so they are not "
        "on this site nor in the downloads. Notes with submissions, file names and data about "
        "users are never published."),
    "site.about.definitions": ("Definities van de indicatoren", "Definitions of the indicators"),
    # --- downloads ----------------------------------------------------------------------------
    "site.downloads.intro": (
        "De cijfers van deze site als bestanden, gemaakt door dezelfde exportfuncties als het "
        "exportpakket van de monitor. Ook deze bestanden bevatten alleen landelijke cijfers en "
        "cijfers per organisatietype.",
        "The figures of this site as files, made by the same export functions as the monitor's "
        "export pack. These files too hold only national figures and figures per organisation "
        "type."),
    "site.downloads.opendata": ("Open data (CSV, Parquet en metadata)", "Open data (CSV, Parquet and metadata)"),
    "site.downloads.tables": ("Tabellen bij de grafieken", "Tables behind the charts"),
    "site.downloads.charts": ("Grafieken (SVG)", "Charts (SVG)"),
    "site.downloads.manifest": (
        "Elke map heeft een manifest.json met de controlegetallen (SHA-256) van de bestanden; het "
        "manifest.json van de hele site staat in de hoofdmap.",
        "Every folder has a manifest.json with the checksums (SHA-256) of its files; the "
        "manifest.json of the whole site is in the top folder."),
    "site.col.file": ("Bestand", "File"),
    "site.col.size": ("Grootte", "Size"),
    "site.size": ("{size} kB", "{size} kB"),
    # --- accessibility statement --------------------------------------------------------------
    "site.a11y.status": (
        "Deze site streeft naar toegankelijkheid volgens WCAG 2.1 niveau AA (EN 301 549), zoals "
        "het Besluit digitale toegankelijkheid overheid vraagt. Status: voldoet gedeeltelijk. Er is "
        "nog geen onderzoek door een onafhankelijke deskundige gedaan; hieronder staat wat de "
        "ontwikkelaars zelf testen.",
        "This site aims for accessibility to WCAG 2.1 level AA (EN 301 549), as the Dutch decree "
        "on digital accessibility of government requires. Status: partially compliant. No audit by "
        "an independent expert has been done yet; below is what the developers test themselves."),
    "site.a11y.tested": ("Wat wordt getest", "What is tested"),
    "site.a11y.tested.1": (
        "Bij elke wijziging controleert axe-core de startpagina en een actiepagina in een browser: "
        "geen ernstige of kritieke schending van WCAG 2.1 A/AA.",
        "With every change axe-core checks the start page and an action page in a browser: no "
        "serious or critical violation of WCAG 2.1 A/AA."),
    "site.a11y.tested.2": (
        "Elke grafiek heeft een tekstalternatief en een tabel met dezelfde cijfers eronder.",
        "Every chart has a text alternative and a table with the same figures below it."),
    "site.a11y.tested.3": (
        "Status staat nooit alleen in kleur: er staat altijd een teken en een woord bij.",
        "Status is never shown by colour alone: a sign and a word always go with it."),
    "site.a11y.tested.4": (
        "De site werkt zonder JavaScript, laadt niets van andere sites en werkt ook op een telefoon.",
        "The site works without JavaScript, loads nothing from other sites and works on a phone too."),
    "site.a11y.limits": ("Bekende beperkingen", "Known limitations"),
    "site.a11y.limits.1": (
        "De grafieken zijn niet punt voor punt te verkennen; gebruik het tekstalternatief en de "
        "tabel eronder.",
        "The charts cannot be explored point by point; use the text alternative and the table "
        "below them."),
    "site.a11y.limits.2": (
        "Niet getest met gebruikers met een beperking, en niet met elke schermlezer.",
        "Not tested with users with a disability, nor with every screen reader."),
    "site.a11y.report": (
        "Loopt u tegen een probleem aan? Meld het bij het programmateam IBDS van het Ministerie van "
        "Binnenlandse Zaken en Koninkrijksrelaties; wij antwoorden binnen vijf werkdagen.",
        "Did you run into a problem? Report it to the IBDS programme team of the Ministry of the "
        "Interior and Kingdom Relations; we answer within five working days."),
    # --- colophon -----------------------------------------------------------------------------
    "site.colophon.publisher": (
        "Uitgegeven door het programma Interbestuurlijke Datastrategie, Ministerie van Binnenlandse "
        "Zaken en Koninkrijksrelaties.",
        "Published by the programme Interbestuurlijke Datastrategie, Ministry of the Interior and "
        "Kingdom Relations."),
    "site.colophon.made": (
        "Deze statische site is gemaakt met de Voortgangsmonitor IBDS, versie {version} (monitor "
        "publish). Hij gebruikt geen JavaScript, geen cookies en geen lettertypen of scripts van "
        "andere sites. Kleuren naar de Rijkshuisstijl.",
        "This static site was made with the Progress monitor IBDS, version {version} (monitor "
        "publish). It uses no JavaScript, no cookies and no fonts or scripts from other sites. "
        "Colours after the Rijkshuisstijl."),
    "site.colophon.licence": (
        "De cijfers en teksten mogen worden hergebruikt (open data onder CC0 1.0); vermeld de bron "
        "‘Voortgangsmonitor IBDS’ met de peildatum.",
        "The figures and texts may be reused (open data under CC0 1.0); name the source "
        "‘Voortgangsmonitor IBDS’ with the reference date."),
    # --- the Export page and the command --------------------------------------------------------
    "site.page.header": ("Openbare website", "Public website"),
    "site.page.intro": (
        "Een statische website van de gekozen snapshot voor iedereen: stand van zaken, een pagina "
        "per actie en per indicator, downloads, in het Nederlands en het Engels. Elke webhost kan "
        "hem serveren; zie de beheerdershandleiding.",
        "A static website of the chosen snapshot for everyone: programme status, a page per "
        "action and per indicator, downloads, in Dutch and English. Any web host can serve it; "
        "see the operator guide."),
    "site.page.make": ("Website maken", "Make the website"),
    "site.page.busy": ("De website wordt gemaakt…", "Making the website…"),
    "site.page.made": ("Website gemaakt: {pages} pagina's, {files} bestanden.",
                       "Website made: {pages} pages, {files} files."),
    "site.page.download": ("Website downloaden (zip)", "Download the website (zip)"),
    "site.page.failed": ("De website kon niet worden gemaakt: {error}",
                         "The website could not be made: {error}"),
    "site.page.needs_browser": ("Voor de grafieken van de website is Chromium nodig.",
                                "The website's charts need Chromium."),
    "site.cli.usage": ("monitor publish heeft --snapshot en --out nodig",
                       "monitor publish needs --snapshot and --out"),
    "site.cli.not_empty": ("de map {path} is niet leeg; kies een nieuwe of lege map",
                           "the folder {path} is not empty; choose a new or empty folder"),
    "site.cli.live": ("een openbare website wordt van een snapshot gemaakt, niet van de actuele gegevens",
                      "a public website is made of a snapshot, not of the live data"),
    "site.cli.pages": ("{count} pagina's, samen {size} bytes; de grootste: {largest} ({most} bytes)",
                       "{count} pages, {size} bytes together; the largest: {largest} ({most} bytes)"),
    "permission.site.publish": ("De openbare website van een snapshot maken",
                                "Make the public website of a snapshot"),
    "permission.site.publish.denied": ("U mag geen openbare website van een snapshot maken",
                                       "You may not make the public website of a snapshot"),
}
