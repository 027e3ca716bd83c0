"""What a progress report contains, independent of the output format (PDF or DOCX)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Chart:
    """One exported chart: PNG for the documents, and the sentence that describes it."""

    title: str
    png: bytes
    alt: str
    width_mm: float = 160.0


@dataclass(frozen=True)
class Table:
    """A small table, already formatted as text in the report's language (first row = header)."""

    header: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass(frozen=True)
class IndicatorSection:
    id: str
    title: str
    status_label: str          # icon and text, e.g. "● op koers"
    sentence: str              # generated text (monitor.narrative.sentence)
    coverage_note: str         # "Gebaseerd op 358 van de 394 organisaties (91%)."
    charts: list[Chart] = field(default_factory=list)
    table: Table | None = None


@dataclass(frozen=True)
class TextBlock:
    """A paragraph (one item) or a bullet list of a statement's text (``markup.blocks``)."""

    kind: str                  # "paragraph" | "list"
    items: tuple[str, ...]


@dataclass(frozen=True)
class StatementPart:
    """One text of an approved statement: "Resultaten dit kwartaal" and its blocks."""

    title: str
    blocks: list[TextBlock] = field(default_factory=list)


@dataclass(frozen=True)
class Words:
    """What an action's owner says about the report's quarter (edition 2, issue 18): the approved
    statement's texts, the owner's judgement beside the computed status (``differs``: a line that
    says they disagree, else empty) and the milestones as of the reference date. ``missing``:
    the one line said instead of the texts when no statement was approved for the quarter."""

    heading: str               # "Voortgang in woorden"
    judgement: str             # "Oordeel van de actiehouder: op schema · berekende status: ..."
    differs: str = ""          # "⚠ Het oordeel ... wijkt af van de berekende status."
    reason: str = ""           # the owner's reason for the judgement
    parts: list[StatementPart] = field(default_factory=list)
    missing: str = ""          # "Geen goedgekeurde voortgangstekst voor K3 2026"
    milestones_heading: str = ""
    milestones: Table | None = None
    no_milestones: str = ""    # said when the action has no milestones


@dataclass(frozen=True)
class ActionSection:
    id: str
    line: str                  # "7.1"
    title: str
    description: str
    owner: str
    status_label: str
    indicators: list[IndicatorSection] = field(default_factory=list)
    words: Words | None = None  # edition 2: statement, judgement and milestones


@dataclass(frozen=True)
class CommitmentAnnex:
    """Annex 1A or 1B: the Kamer's commitments and motions (edition 2, issue 18)."""

    title: str                 # "Bijlage 1A Afgedane toezeggingen en moties"
    intro: str                 # what is listed, with the count (or that there are none)
    table: Table | None = None
    widths: tuple[str | float, ...] = ()  # column widths (PDF, as ``labels.column_widths``);
    # empty: after the content


@dataclass(frozen=True)
class AnnexEntry:
    """One indicator definition for the annex."""

    action: str
    indicator: str
    title: str
    formula: str
    covers: str
    baseline: str
    targets: str
    source: str


@dataclass(frozen=True)
class Overview:
    """The summary on page 2 (reports of rules version 2 on): how many actions have each status
    (in a sentence and a small table), the status heatmap of the actions per quarter and three to
    five generated key sentences (``monitor.reports.summary``)."""

    counts_sentence: str       # "Stand van de 12 acties in K3 2026: 2 behaald, 3 op koers, ..."
    counts: Table              # status | number of actions
    key_points: list[str] = field(default_factory=list)
    heatmap: Chart | None = None


@dataclass(frozen=True)
class ReportData:
    lang: str                  # "nl" or "en"
    title: str                 # "Voortgang Interbestuurlijke Datastrategie"
    subtitle: str              # snapshot label, e.g. "Voortgangsbrief Q3 2026"
    period_label: str          # "K3 2026"
    reference_date: date       # peildatum
    snapshot_id: int | None    # None = live data (the report is then marked provisional)
    definitions_sha256: str
    summary: Table             # all actions with status
    actions: list[ActionSection]
    annex: list[AnnexEntry]
    source_line: str           # "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026"
    notes: list[str] = field(default_factory=list)   # coverage and method notes
    overview: Overview | None = None                 # the summary page; None in edition 1
    rules_version: int = 2     # of the snapshot (or live data) the report is made from
    commitments: list[CommitmentAnnex] = field(default_factory=list)  # annexes 1A and 1B

    @property
    def edition(self) -> int:
        """The report's layout: 1 for a snapshot of rules version 1, laid out as it was made then
        (``monitor.reports.edition1``, byte-identical); 2 otherwise (summary page, contents,
        colophon, compact annex)."""
        return 1 if self.rules_version < 2 else 2

    @property
    def provisional(self) -> bool:
        return self.snapshot_id is None
