from datetime import date

import pytest

from monitor.narrative import coverage_note
from monitor.publication.context import ExportContext
from tests.exports.conftest import PEILDATUM


def test_source_line_in_dutch_and_english():
    nl = ExportContext("T", "%", PEILDATUM, live=False)
    en = ExportContext("T", "%", PEILDATUM, live=False, lang="en")
    assert nl.source_line == "Bron: Voortgangsmonitor IBDS, peildatum 28-11-2026"
    assert en.source_line == "Source: Progress monitor IBDS, reference date 2026-11-28"


def test_live_data_is_provisional_and_a_snapshot_is_not():
    live = ExportContext("T", "%", PEILDATUM, live=True)
    snapshot = ExportContext("T", "%", PEILDATUM, live=False)
    assert live.provisional_label == "VOORLOPIG"
    assert ExportContext("T", "%", PEILDATUM, live=True, lang="en").provisional_label == "PROVISIONAL"
    assert snapshot.provisional_label is None
    assert any("VOORLOPIG" in line for line in live.footnotes())
    assert not any("VOORLOPIG" in line for line in snapshot.footnotes())


def test_coverage_footnote():
    assert coverage_note({"reported": 250, "expected": 390}, "nl", period="2026-Q3") == (
        "Dekking K3 2026: 250 van 390 verwachte organisaties leverden gegevens aan (64%).")
    assert coverage_note({"reported": 1250, "expected": 1390}, "en", period="2026-Q3") == (
        "Coverage Q3 2026: 1,250 of 1,390 expected organisations reported (90%).")
    assert coverage_note({"reported": 0, "expected": 0}, period="2026-Q3") == ""


def test_context_checks_language_and_date():
    with pytest.raises(ValueError):
        ExportContext("T", "%", PEILDATUM, live=False, lang="de")
    with pytest.raises(TypeError):
        ExportContext("T", "%", "2026-11-28", live=False)  # type: ignore[arg-type]
    assert ExportContext("T", "%", date(2026, 1, 2), live=False).peildatum.day == 2
