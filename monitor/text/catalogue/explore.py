"""Issue 17, the pages a reader explores: key figures and "Wat betekent dit?" on the Actie page,
peers and the drill-down on the Organisatie page, the search box and the Colofon page."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # key figures: the value and its change since the previous quarter
    "explore.key.title": ("Kerncijfers in {period}", "Key figures in {period}"),
    "explore.key.pp.one": ("procentpunt", "percentage point"),
    "explore.key.pp.other": ("procentpunten", "percentage points"),
    "explore.key.change": ("{arrow} {sign}{amount}", "{arrow} {sign}{amount}"),
    "explore.key.since": ("t.o.v. {period}", "vs {period}"),
    "explore.key.good": ("gunstig", "favourable"),
    "explore.key.bad": ("ongunstig", "unfavourable"),
    "explore.key.same": ("gelijk", "unchanged"),
    "explore.key.no_previous": ("geen vorig kwartaal", "no previous quarter"),
    "explore.key.no_value": ("geen waarde in {period}", "no value in {period}"),
    "explore.key.help": (
        "Verschil tussen de afgeronde waarden van {period} en {previous}. {direction}.",
        "Difference between the rounded values of {period} and {previous}. {direction}."),
    # "Wat betekent dit?" beside each chart
    "explore.explain": ("Wat betekent dit?", "What does this mean?"),
    "explore.explain.what": ("Wat de indicator meet", "What the indicator measures"),
    "explore.explain.how": ("Hoe het cijfer wordt berekend", "How the figure is computed"),
    "explore.explain.read": ("Zo leest u deze grafiek", "How to read this chart"),
    "explore.explain.direction.up": ("Hoger is beter.", "Higher is better."),
    "explore.explain.direction.down": ("Lager is beter.", "Lower is better."),
    "explore.read.trend": (
        "De donkerblauwe lijn is de landelijke waarde per kwartaal. De lichtblauwe stippellijn is "
        "het geplande verloop van de nulmeting naar de doelen (paarse ruiten). De oranje "
        "gestreepte lijn is de prognose als het tempo van de laatste kwartalen aanhoudt. De "
        "balken onderaan tonen per kwartaal welk deel van de organisaties aanleverde (dekking): "
        "bij een lage dekking is de waarde minder zeker.",
        "The dark blue line is the national value per quarter. The light blue dotted line is the "
        "planned path from the baseline to the targets (purple diamonds). The orange dashed line "
        "is the forecast if the pace of the last quarters continues. The bars at the bottom show "
        "per quarter which share of the organisations reported (coverage): with low coverage the "
        "value is less certain."),
    "explore.read.by_type": (
        "Elke balk is de waarde voor één soort organisatie in het gekozen kwartaal, berekend over "
        "de organisaties van die soort die aanleverden. Zo ziet u welke groep voorloopt of "
        "achterblijft.",
        "Each bar is the value for one type of organisation in the chosen quarter, computed over "
        "the organisations of that type that reported. It shows which group is ahead or behind."),
    "explore.read.distribution": (
        "Het histogram telt hoeveel organisaties een waarde in elk bereik hebben. De verticale lijn "
        "is de mediaan: de helft van de organisaties zit eronder, de helft erboven. De tabel ernaast "
        "noemt elke organisatie met haar waarde.",
        "The histogram counts how many organisations have a value in each range. The vertical line "
        "is the median: half of the organisations are below it, half above. The table beside it "
        "lists every organisation with its value."),
    "explore.read.map": (
        "Elk gebied is gekleurd naar zijn waarde: hoe donkerder, hoe hoger. Lichtgrijze gebieden "
        "hebben geen waarde in dit kwartaal. Wijs een gebied aan voor de waarde; de tabel ernaast "
        "geeft dezelfde cijfers.",
        "Each area is coloured by its value: the darker, the higher. Light grey areas have no value "
        "in this quarter. Point at an area for its value; the table beside it gives the same "
        "figures."),
    "explore.read.peers": (
        "Elke grijze stip is een organisatie van dezelfde soort; de blauwe ruit met naam is deze "
        "organisatie, de verticale lijn de mediaan van de groep.",
        "Each grey dot is an organisation of the same type; the blue diamond with its name is this "
        "organisation, the vertical line the median of the group."),
    "explore.quoted": ("{text}", "{text}"),  # a rule's words shown as written (tm: Markdown-safe)
    # organisation types counted ("1 gemeente", "3 gemeenten") and one organisation's type
    "explore.type.gemeente.one": ("gemeente", "municipality"),
    "explore.type.gemeente.other": ("gemeenten", "municipalities"),
    "explore.type.provincie.one": ("provincie", "province"),
    "explore.type.provincie.other": ("provincies", "provinces"),
    "explore.type.waterschap.one": ("waterschap", "water authority"),
    "explore.type.waterschap.other": ("waterschappen", "water authorities"),
    "explore.type.ministerie.one": ("ministerie", "ministry"),
    "explore.type.ministerie.other": ("ministeries", "ministries"),
    "explore.type.koepel.one": ("koepelorganisatie", "umbrella organisation"),
    "explore.type.koepel.other": ("koepelorganisaties", "umbrella organisations"),
    "explore.type.uitvoeringsorganisatie.one": ("uitvoeringsorganisatie", "executive agency"),
    "explore.type.uitvoeringsorganisatie.other": ("uitvoeringsorganisaties", "executive agencies"),
    "explore.counted": ("{count} {name}", "{count} {name}"),
    "explore.yes": ("ja", "yes"),
    "explore.no": ("nee", "no"),
    # organisation page: peers as a chart, the drill-down from a province
    "explore.org.caption": ("{type} · {province}", "{type} · {province}"),
    "explore.org.indicator": ("Indicator voor de grafiek", "Indicator for the chart"),
    "explore.org.peer_chart": ("{title}: {organisation} tussen {peers}",
                               "{title}: {organisation} among {peers}"),
    "explore.org.all": ("Alle indicatoren naast de mediaan", "Every indicator beside the median"),
    "explore.org.members": ("Gemeenten in {province} in {period}",
                            "Municipalities in {province} in {period}"),
    "explore.org.members_caption": (
        "{members} in deze provincie, {reported} met een waarde voor deze indicator. Open een "
        "gemeente via de link in de tabel.",
        "{members} in this province, {reported} with a value for this indicator. Open a "
        "municipality with the link in the table."),
    "explore.org.no_members": ("Voor deze indicator heeft geen gemeente in {province} een waarde.",
                               "No municipality in {province} has a value for this indicator."),
    "explore.org.open": ("Openen", "Open"),
    "explore.org.this": ("deze organisatie", "this organisation"),
    "explore.org.median": ("Mediaan {value}", "Median {value}"),
    "explore.org.peer_alt": (
        "Stippengrafiek van ‘{title}’ in {period}: {organisation} {value}, mediaan van {peers} "
        "{median}, van {low} tot {high}.",
        "Dot chart of ‘{title}’ in {period}: {organisation} {value}, median of {peers} {median}, "
        "from {low} to {high}."),
    "explore.org.members_alt": (
        "Staafdiagram van ‘{title}’ per gemeente in {province} in {period}: {members} met een "
        "waarde, van {low} tot {high}.",
        "Bar chart of ‘{title}’ per municipality in {province} in {period}: {members} with a "
        "value, from {low} to {high}."),
    "explore.col.link": ("Pagina", "Page"),
    # the search box
    "explore.search": ("Zoeken", "Search"),
    "explore.search.placeholder": ("Actie, indicator of organisatie", "Action, indicator or organisation"),
    "explore.search.none": ("Niets gevonden voor deze zoekterm.", "Nothing found for this search."),
    "explore.search.more": ("Nog {count} treffers; maak de zoekterm specifieker.",
                            "{count} more results; make the search more specific."),
    "explore.search.kind.action": ("Actie", "Action"),
    "explore.search.kind.indicator": ("Indicator", "Indicator"),
    "explore.search.kind.organisation": ("Organisatie", "Organisation"),
    # the Colofon page: accessibility statement, contact, colophon
    "explore.footer": ("Toegankelijkheid, contact en colofon", "Accessibility, contact and colophon"),
    "nav.colophon": ("Colofon", "Colophon"),
    "colophon.title": ("Toegankelijkheid, contact en colofon", "Accessibility, contact and colophon"),
    "colophon.a11y": ("Toegankelijkheidsverklaring", "Accessibility statement"),
    "colophon.a11y.status": (
        "De Voortgangsmonitor IBDS streeft naar toegankelijkheid volgens WCAG 2.1 niveau AA (EN "
        "301 549), zoals het Besluit digitale toegankelijkheid overheid vraagt. **Status: voldoet "
        "gedeeltelijk.** Er is nog geen onderzoek door een onafhankelijke deskundige gedaan; wat "
        "hieronder staat, is wat de ontwikkelaars zelf testen.",
        "The Voortgangsmonitor IBDS aims for accessibility to WCAG 2.1 level AA (EN 301 549), as "
        "the Dutch decree on digital accessibility of government requires. **Status: partially "
        "compliant.** No audit by an independent expert has been done yet; what follows is what "
        "the developers test themselves."),
    "colophon.a11y.tested": ("Wat wordt getest", "What is tested"),
    "colophon.a11y.tested.text": (
        "- Bij elke wijziging controleert axe-core elke pagina in de navigatie van een "
        "programmamanager en een beheerder, in het Nederlands en het Engels: geen ernstige of "
        "kritieke schending van WCAG 2.1 A/AA.\n"
        "- De taal van de pagina (`lang`) volgt de gekozen taal.\n"
        "- Elke grafiek heeft een tekstalternatief en een tabel met dezelfde cijfers ernaast, "
        "ook als download (CSV).\n"
        "- Met de Tab-toets zijn navigatie, taalkeuze, keuzelijsten en downloads bereikbaar, met "
        "een zichtbare focus.\n"
        "- Status staat nooit alleen in kleur: er staat altijd een teken en een woord bij; "
        "kleuren komen uit de Rijkshuisstijl met een contrast van ten minste 4,5:1.",
        "- With every change axe-core checks every page in the navigation of a programme manager "
        "and an administrator, in Dutch and English: no serious or critical WCAG 2.1 A/AA "
        "violation.\n"
        "- The page language (`lang`) follows the chosen language.\n"
        "- Every chart has a text alternative and a table with the same figures beside it, also as "
        "a download (CSV).\n"
        "- The Tab key reaches the navigation, language switch, selectors and downloads, with a "
        "visible focus.\n"
        "- Status is never shown by colour alone: a sign and a word always go with it; colours "
        "come from the Rijkshuisstijl with a contrast of at least 4.5:1."),
    "colophon.a11y.limits": ("Bekende beperkingen", "Known limitations"),
    "colophon.a11y.limits.text": (
        "- De grafieken zijn met toetsenbord en schermlezer niet punt voor punt te verkennen; "
        "gebruik het tekstalternatief en de tabel ernaast.\n"
        "- De tabellen van het dashboard tekenen hun cellen op een canvas; een schermlezer leest "
        "ze minder goed dan een gewone HTML-tabel. De CSV-download bevat dezelfde gegevens.\n"
        "- De kaarten hebben geen eigen toetsenbordbediening.\n"
        "- Niet getest met gebruikers met een beperking, en niet met elke schermlezer.\n"
        "- De geëxporteerde rapporten (PDF, DOCX) vallen buiten deze verklaring.",
        "- The charts cannot be explored point by point with a keyboard or screen reader; use the "
        "text alternative and the table beside them.\n"
        "- The dashboard's tables draw their cells on a canvas; a screen reader reads them less well "
        "than a plain HTML table. The CSV download holds the same data.\n"
        "- The maps have no keyboard control of their own.\n"
        "- Not tested with users with a disability, nor with every screen reader.\n"
        "- The exported reports (PDF, DOCX) are outside this statement."),
    "colophon.a11y.report": (
        "Loopt u tegen een probleem aan? Meld het bij het programmateam (zie Contact); wij "
        "antwoorden binnen vijf werkdagen.",
        "Did you run into a problem? Report it to the programme team (see Contact); we answer "
        "within five working days."),
    "colophon.contact": ("Contact", "Contact"),
    "colophon.contact.text": (
        "De monitor is van het programma Interbestuurlijke Datastrategie, eigenaar het Ministerie "
        "van Binnenlandse Zaken en Koninkrijksrelaties. Vragen over de cijfers, de aanlevering of "
        "de toegankelijkheid: het programmateam IBDS. Het e-mailadres en telefoonnummer vult de "
        "beheerder in bij de ingebruikname; in deze demo zijn ze er niet.",
        "The monitor belongs to the programme Interbestuurlijke Datastrategie, owned by the "
        "Ministry of the Interior and Kingdom Relations. Questions on the figures, reporting or "
        "accessibility: the IBDS programme team. The e-mail address and phone number are filled "
        "in by the administrator when the monitor is put into use; this demo has none."),
    "colophon.colophon": ("Colofon", "Colophon"),
    "colophon.sources": ("Bronnen", "Sources"),
    "colophon.sources.text": (
        "- Cijfers: de kwartaalaanleveringen van ministeries, gemeenten, provincies, waterschappen, "
        "koepels en uitvoeringsorganisaties; in de demo door de monitor zelf gemaakt (fictief).\n"
        "- Definities van acties en indicatoren: de definitiebestanden (zie Definities), naar de "
        "Interbestuurlijke Datastrategie (Kamerbrief van 18 november 2021).\n"
        "- Organisatieregister: CBS-gemeentecodes (indeling 2025), provincies PV20–PV31, TOOI-"
        "identificaties waar bekend.\n"
        "- Kaarten: gegeneraliseerde grenzen van gemeenten en provincies 2025 (CBS "
        "Gebiedsindelingen via PDOK, vereenvoudigd in cartomap/nl).",
        "- Figures: the quarterly submissions of ministries, municipalities, provinces, water "
        "authorities, umbrella organisations and executive agencies; in the demo made by the "
        "monitor itself (fictitious).\n"
        "- Definitions of actions and indicators: the definition files (see Definitions), after "
        "the Interbestuurlijke Datastrategie (letter to parliament of 18 November 2021).\n"
        "- Organisation register: CBS municipality codes (2025 division), provinces PV20–PV31, "
        "TOOI identifiers where known.\n"
        "- Maps: generalised boundaries of municipalities and provinces 2025 (CBS "
        "Gebiedsindelingen via PDOK, simplified in cartomap/nl)."),
    "colophon.software": ("Software", "Software"),
    "colophon.software.text": (
        "Voortgangsmonitor IBDS, versie {version}; gemaakt met Python, Streamlit, DuckDB, Polars "
        "en Plotly; rapporten met Typst en python-docx; lettertype in rapporten DejaVu Sans "
        "(vrije licentie). Kleuren en vormgeving naar de Rijkshuisstijl.",
        "Voortgangsmonitor IBDS, version {version}; built with Python, Streamlit, DuckDB, Polars "
        "and Plotly; reports with Typst and python-docx; report font DejaVu Sans (free licence). "
        "Colours and design after the Rijkshuisstijl."),
    "colophon.licence": ("Licentie", "Licence"),
    "colophon.licence.text": (
        "Voor de broncode is nog geen licentie vastgelegd; voor overheidssoftware is de EUPL-1.2 "
        "gebruikelijk. De cijfers mogen worden hergebruikt met bronvermelding "
        "(‘Voortgangsmonitor IBDS’, met de peildatum). De kaartgrenzen zijn open data van "
        "CBS/PDOK; controleer de voorwaarden voor publicatie.",
        "No licence has been set for the source code yet; EUPL-1.2 is customary for government "
        "software. The figures may be reused with attribution (‘Voortgangsmonitor IBDS’, with the "
        "reference date). The map boundaries are open data of CBS/PDOK; check the terms before "
        "publishing."),
}
