"""The report's words (issue 18): per action the approved statement of the quarter (paragraphs and
lists, text shown as typed), the owner's judgement beside the computed status, the milestone
table and the one line for an action without an approved statement; annexes 1A and 1B. Built
for real from a snapshot of a copy of the demo database, in PDF (pypdf text) and DOCX
(python-docx text); a statement approved after the snapshot stays out of its report."""

from __future__ import annotations

import io
import re
import shutil

import docx
import pypdf
import pytest

from monitor.publication.source import from_snapshot
from monitor.reports.build import build_report
from monitor.reports.docx import report_docx
from monitor.reports.pdf import report_pdf
from monitor.runtime import open_runtime
from monitor.snapshots import create_snapshot
from monitor.statements import Draft, review_statement, save_statement
from tests.statements.conftest import TODAY

OWNER, PM = "demo-actiehouder", "demo-programmamanager"
RESULTS = "Zeven koplopers #1 * _x_ $5 @bzk [x] 1 < 2 € leverden hun register op.\n\nTweede alinea over a\\b."
PLANS = "- Werksessie met gemeenten\n- Handreiking voor provincies"
LATER = "Pas later goedgekeurd en dus niet in de rapportage."


def approve(rt, action: str, texts: dict[str, str], judgement: str, reason: str | None) -> None:
    draft = Draft(action, "2026-Q3", texts, judgement, reason)
    assert save_statement(rt, OWNER, draft, submit=True, today=TODAY).version is not None
    review_statement(rt, PM, action, "2026-Q3", approve=True)


@pytest.fixture(scope="module")
def made(demo_db, tmp_path_factory):
    """(report data, PDF text, DOCX text) of a snapshot at 2026-Q3 in which a03 has a new approved
    statement and a12 none for the quarter."""
    db = tmp_path_factory.mktemp("words") / "demo.duckdb"
    shutil.copy(demo_db[0], db)
    rt = open_runtime(db)
    approve(rt, "a03", {"results": RESULTS, "plans": PLANS, "lessons": "Vroeg beginnen loont."},
            "op_schema", "De achterstand is ingehaald buiten de cijfers.")
    # the test's own copy: a12 gets no approved statement for the quarter
    with rt.store.transaction() as con:
        con.execute("DELETE FROM statements WHERE action = 'a12' AND period = '2026-Q3'")
    sid = create_snapshot(rt, "K3 2026", PM, until="2026-Q3", today=TODAY)
    approve(rt, "a04", {"results": LATER, "plans": "P."}, "aandachtspunt", "Na de snapshot.")
    data = build_report(from_snapshot(rt, sid, PM), "nl", None)
    pdf = pypdf.PdfReader(io.BytesIO(report_pdf(data)))
    pdf_text = "\n".join(p.extract_text() for p in pdf.pages)
    doc = docx.Document(io.BytesIO(report_docx(data)))
    cells = [c.text for tb in doc.tables for row in tb.rows for c in row.cells]
    return data, pdf_text, doc, "\n".join([p.text for p in doc.paragraphs] + cells)


def flat(text: str) -> str:
    """Text without line breaks and hyphenation at line ends (as pypdf gives a PDF's lines)."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "", text))


def action(data, code: str):
    return next(a for a in data.actions if a.id == code)


def test_statement_judgement_and_milestones_in_the_model(made):
    data = made[0]
    words = action(data, "A03").words
    assert [p.title for p in words.parts] == ["Resultaten dit kwartaal",
                                               "Plannen voor het komende kwartaal", "Geleerde lessen"]
    assert [b.kind for b in words.parts[0].blocks] == ["paragraph", "paragraph"]
    assert words.parts[1].blocks[0].items == ("Werksessie met gemeenten", "Handreiking voor provincies")
    assert words.judgement.startswith("Oordeel van de actiehouder: op schema · berekende status: ")
    assert words.differs.startswith("⚠")  # a03 is computed 'achter' in the demo
    assert words.reason == "De achterstand is ingehaald buiten de cijfers."
    assert words.milestones.header == ["Mijlpaal", "Gepland", "Stand", "Gerealiseerd", "Te laat"]
    assert not words.missing
    a12 = action(data, "A12").words
    assert a12.missing == "Geen goedgekeurde voortgangstekst voor K3 2026" and not a12.parts
    assert [c.title for c in data.commitments] == ["Bijlage 1A Afgedane toezeggingen en moties",
                                                   "Bijlage 1B Openstaande toezeggingen en moties"]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_report_text_has_statement_milestones_and_annexes(made, fmt):
    data, pdf_text, _, docx_text = made
    text = flat(pdf_text) if fmt == "pdf" else docx_text
    # the statement as typed (Typst and Word characters untouched), its list items
    assert "Zeven koplopers #1 * _x_ $5 @bzk [x] 1 < 2 € leverden hun register op." in text
    assert "Tweede alinea over a\\b." in text
    assert "Werksessie met gemeenten" in text and "Handreiking voor provincies" in text
    assert "Vroeg beginnen loont." in text
    assert "wijkt af van de berekende status" in text
    assert "Geen goedgekeurde voortgangstekst voor K3 2026" in text
    assert LATER not in text  # approved after the snapshot
    # the milestone table of a03 as of the reference date
    table = action(data, "A03").words.milestones
    assert "Mijlpalen van A03, stand per 28-11-2026" in text
    for row in table.rows:
        assert row[1] in text and row[4] in text
    # annexes 1A and 1B with their entries; overdue in words
    assert "Bijlage 1A Afgedane toezeggingen en moties" in text
    assert "Bijlage 1B Openstaande toezeggingen en moties" in text
    one_b = data.commitments[1].table
    assert one_b.rows and all(r[0] in text for r in one_b.rows)
    assert "TZ202211-118" in text and "te laat (332 dagen)" in text  # due 31-12-2025


def test_docx_lists_and_contents(made):
    doc = made[2]
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert "Werksessie met gemeenten" in bullets and "Handreiking voor provincies" in bullets
    parts = [p.text for p in doc.paragraphs if p.style.name == "Heading 4"]
    assert "Resultaten dit kwartaal" in parts
    toc = [p.text for p in doc.paragraphs if p.style.name.startswith("toc")]
    assert "Bijlage 1B Openstaande toezeggingen en moties" in toc


def test_pdf_contents_on_the_cover_list_the_annexes(made):
    cover = flat(made[1].split("Pagina 1 van")[0])
    assert "Bijlage 1A Afgedane toezeggingen en moties" in cover
    assert "Bijlage 1B Openstaande toezeggingen en moties" in cover
