"""A small progress report built by hand: 2 actions, 3 indicators, PNG charts made with Pillow,
and text full of characters that mean something in Typst markup."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image

from monitor.reports.model import (
    ActionSection,
    AnnexEntry,
    Chart,
    IndicatorSection,
    Overview,
    ReportData,
    Table,
)

SPECIAL = r"Kosten #1 * 2 _x_ $5 @bzk [x] <b> a\b é ë ĳ €"
SENTENCE = "Het aandeel organisaties met een CDO steeg van 14% in K1 2022 naar 38% in K3 2026."
SOURCE = "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026"


def png(colour: tuple[int, int, int], size: tuple[int, int] = (480, 240)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, format="PNG")
    return buf.getvalue()


def make_report(lang: str = "nl", snapshot_id: int | None = 12) -> ReportData:
    nl = lang == "nl"
    chart = Chart(
        title="Aandeel met CDO",
        png=png((21, 66, 115)),
        alt="Lijngrafiek: het aandeel organisaties met een CDO steeg van 14% naar 38%." if nl
        else "Line chart: the share of organisations with a CDO rose from 14% to 38%.",
        width_mm=150,
    )
    chart2 = Chart(title="Per type", png=png((1, 104, 155), (300, 300)),
                   alt="Staafdiagram per organisatietype; gemeenten 41%." if nl
                   else "Bar chart per organisation type; municipalities 41%.", width_mm=90)
    chart3 = Chart(title="Catalogi", png=png((0, 150, 130)), alt="Aantal catalogi $ stijgt naar 12.",
                   width_mm=200)
    table = Table(header=["Kwartaal" if nl else "Quarter", "Waarde" if nl else "Value", "Dekking"],
                  rows=[["K2 2026", "35%", "88%"], ["K3 2026", "38%", "91%"]],
                  caption="Aandeel met CDO per kwartaal" if nl else "Share with a CDO per quarter")
    i1 = IndicatorSection(
        id="a03_cdo_aandeel", title="Aandeel organisaties met een CDO",
        status_label="▲ risico" if nl else "▲ at risk", sentence=SENTENCE,
        coverage_note="Gebaseerd op 358 van de 394 organisaties (91%).",
        charts=[chart, chart2], table=table)
    i2 = IndicatorSection(
        id="a03_governance", title=f"Datagovernance: {SPECIAL}",
        status_label="● op koers" if nl else "● on track",
        sentence="Het aantal fte bleef 2,5 tussen K2 2026 en K3 2026; het doel is 3 in K4 2026.",
        coverage_note="Gebaseerd op 300 van de 394 organisaties (76%).")
    i3 = IndicatorSection(
        id="a06_catalogi", title="Aangesloten datacatalogi",
        status_label="✔ behaald" if nl else "✔ achieved",
        sentence="De mijlpaal 'catalogus' is behaald op 01-10-2026 (gepland 31-12-2026).",
        coverage_note="Gebaseerd op 1 van de 1 organisaties (100%).",
        charts=[chart3], table=Table(header=["Kwartaal", "Aantal"], rows=[["K3 2026", "12"]]))
    a1 = ActionSection(id="a03", line="7.1", title="Dataverantwoordelijkheid",
                       description=f"Organisaties wijzen een Chief Data Officer aan. {SPECIAL}",
                       owner="BZK", status_label="▲ risico" if nl else "▲ at risk", indicators=[i1, i2])
    a2 = ActionSection(id="a06", line="7.2", title="Datacatalogi & vindbaarheid",
                       description="Overheden publiceren hun datasets in een catalogus.",
                       owner="BZK / Geonovum", status_label="✔ behaald" if nl else "✔ achieved",
                       indicators=[i3])
    summary = Table(
        header=["Actie" if nl else "Action", "Titel" if nl else "Title", "Status"],
        rows=[["A03", "Dataverantwoordelijkheid", a1.status_label],
              ["A06", "Datacatalogi & vindbaarheid", a2.status_label]],
        caption="Stand van de acties" if nl else "Status of the actions")
    annex = [
        AnnexEntry("a03", "a03_cdo_aandeel", "Aandeel organisaties met een CDO",
                   "aantal met cdo_aangesteld = ja / aantal rapporterend × 100", "alle organisaties",
                   "14% (K1 2022)", "60% in K4 2025; 90% in K4 2027", "Kwartaaluitvraag IBDS"),
        AnnexEntry("a03", "a03_governance", "Datagovernance", "som van datagovernance_fte",
                   "gemeenten, provincies", "1,0 (K1 2022)", "3 in K4 2026", "Kwartaaluitvraag IBDS"),
        AnnexEntry("a06", "a06_catalogi", "Aangesloten datacatalogi", "mijlpaal", "BZK",
                   "–", "31-12-2026", "data.overheid.nl"),
    ]
    overview = Overview(
        counts_sentence="Stand van de 2 acties: 1 behaald en 1 risico." if nl
        else "Status of the 2 actions: 1 achieved and 1 at risk.",
        counts=Table(["Status", "Aantal acties" if nl else "Number of actions"],
                     [[a2.status_label, "1"], [a1.status_label, "1"], ["Totaal" if nl else "Total", "2"]],
                     "Acties per status" if nl else "Actions per status"),
        key_points=["1 van de 2 acties ligt op koers of is behaald." if nl
                    else "1 of the 2 actions is on track or achieved.",
                    f"Punt met tekens {SPECIAL}."],
        heatmap=Chart("Status per actie en kwartaal", png((200, 120, 0), (600, 200)),
                      "Heatmap: A03 risico, A06 behaald in K3 2026." if nl
                      else "Heatmap: A03 at risk, A06 achieved in Q3 2026."),
    )
    return ReportData(
        overview=overview,
        lang=lang,
        title="Voortgang Interbestuurlijke Datastrategie" if nl
        else "Progress of the Interbestuurlijke Datastrategie",
        subtitle="Voortgangsbrief Q3 2026" if nl else "Progress letter Q3 2026",
        period_label="K3 2026" if nl else "Q3 2026",
        reference_date=date(2026, 11, 28),
        snapshot_id=snapshot_id,
        definitions_sha256="3f" * 32,
        summary=summary,
        actions=[a1, a2],
        annex=annex,
        source_line=SOURCE if nl else "Source: Voortgangsmonitor IBDS, reference date 2026-11-28",
        notes=["Dekking: 91% van de organisaties leverde op tijd aan.",
               f"Methode: mediaan; tekens {SPECIAL} blijven staan."],
    )


def with_words(report: ReportData, statements: int = 1) -> ReportData:
    """``report`` with words (issue 18) on every action: a statement of ``statements`` times the
    five parts (paragraphs and lists, Typst characters), the judgement with a disagreement, a
    milestone table; every other action without an approved statement; and annexes 1A and 1B."""
    from dataclasses import replace

    from monitor.reports.model import CommitmentAnnex, StatementPart, TextBlock, Words

    para = TextBlock("paragraph", (f"Resultaat van het kwartaal met tekens {SPECIAL}. " * 3,))
    items = TextBlock("list", ("Eerste punt", f"Tweede punt {SPECIAL}", "Derde punt"))
    titles = ("Resultaten dit kwartaal", "Plannen voor het komende kwartaal", "Successen",
              "Knelpunten", "Geleerde lessen")
    milestones = Table(["Mijlpaal", "Gepland", "Stand", "Gerealiseerd", "Te laat"],
                       [["Register ingericht", "K2 2024", "✔ gereed", "22-12-2024", "op tijd"],
                        ["Evaluatie", "30-06-2025", "▲ vertraagd", "–", "⚠ 516 dagen over tijd"]],
                       "Mijlpalen van A03, stand per 28-11-2026")
    actions = []
    for n, a in enumerate(report.actions):
        common = {"heading": "Voortgang in woorden", "milestones_heading": "Mijlpalen",
                  "milestones": milestones}
        words = (Words(judgement="", missing="Geen goedgekeurde voortgangstekst voor K3 2026", **common)
                 if n % 2 else
                 Words(judgement="Oordeel van de actiehouder: op schema · berekende status: ▲ risico",
                       differs="⚠ Let op: het oordeel van de actiehouder wijkt af van de berekende status.",
                       reason="De cijfers lopen achter op de praktijk.",
                       parts=[StatementPart(t, [para, items]) for t in titles * statements], **common))
        actions.append(replace(a, words=words))
    header = ["Nummer", "Soort", "Tekst", "Bewindspersoon", "Status", "Verwacht gereed", "Acties"]
    rows = [[f"TZ2024{n:02d}-0{n}", "toezegging", f"De minister zegt toe {SPECIAL} te onderzoeken.",
             "P.M. Verhoeven", "openstaand", "31-12-2025 · ⚠ te laat (332 dagen)", "A03"]
            for n in range(12)]
    annexes = [CommitmentAnnex("Bijlage 1A Afgedane toezeggingen en moties",
                               "In K3 2026 is geen toezegging of motie afgedaan."),
               CommitmentAnnex("Bijlage 1B Openstaande toezeggingen en moties",
                               "12 toezeggingen en moties staan open op 28-11-2026.",
                               Table(header, rows, "Openstaande toezeggingen en moties op 28-11-2026"),
                               ("auto", "auto", 3.6, 1.3, 1.1, 1.6, "auto"))]
    return replace(report, actions=actions, commitments=annexes)
