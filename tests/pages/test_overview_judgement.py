"""The overview shows per action the owner's judgement (from the approved statement of the
quarter) next to the computed status, with a flag in words and a symbol where they disagree, and
nothing for an action without an approved statement (issue 18)."""

from monitor.statements import statements_for
from tests.pages.test_pages_demo import run_page


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def test_judgement_beside_status_with_flag_where_they_disagree(demo):
    published = {s.action: s.judgement for s in statements_for(demo, None, quarter="2026-Q3")}
    assert published["a03"] == "aandachtspunt" and published["a01"] == "vertraagd"
    at = run_page("overzicht", kwartaal="2026-Q3")
    lines = [c for c in captions(at) if "Oordeel actiehouder" in c]
    assert len(lines) == len(published)
    # a03: the owner says 'aandachtspunt', the figures say 'achter': flagged in words and a symbol
    assert "⚠ Oordeel actiehouder: aandachtspunt; wijkt af van de berekende status (✖ achter)" in lines
    # a01: 'vertraagd' says the same as 'achter': no flag
    assert "Oordeel actiehouder: vertraagd" in lines
    flagged = [c for c in lines if c.startswith("⚠")]
    assert 0 < len(flagged) < len(lines)


def test_no_judgement_without_an_approved_statement(demo):
    assert not statements_for(demo, None, quarter="2026-Q1")
    at = run_page("overzicht", kwartaal="2026-Q1")
    assert not [c for c in captions(at) if "Oordeel actiehouder" in c]
