"""The report's summary page (edition 2): status counts and key sentences, grammatical for one,
many and none in both languages (every expected sentence checked by hand), and built for real
from a snapshot of tests/world_shown.py (one action, at risk in 2024-Q3, behind in 2024-Q2)."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.publication.source import from_snapshot
from monitor.reports.build import build_report
from monitor.reports.summary import changes, on_track, status_counts
from monitor.snapshots import create_snapshot
from tests.world_shown import build

MANY = {"a01": "behaald", "a02": "op_koers", "a03": "op_koers", "a04": "achter"}


@pytest.mark.parametrize(("status", "lang", "expected"), [
    (MANY, "nl", "Stand van de 4 acties: 1 behaald, 2 op koers en 1 achter."),
    (MANY, "en", "Status of the 4 actions: 1 achieved, 2 on track and 1 behind."),
    ({"a01": "risico"}, "nl", "Stand van 1 actie: 1 risico."),
    ({"a01": "risico"}, "en", "Status of 1 action: 1 at risk."),
    ({}, "nl", "Er zijn geen acties."),
    ({}, "en", "There are no actions."),
])
def test_status_counts_sentence(status, lang, expected):
    assert status_counts(status, lang)[0] == expected


def test_status_counts_table_lists_every_status_and_the_total():
    table = status_counts(MANY, "nl")[1]
    assert table.header == ["Status", "Aantal acties"]
    assert table.rows == [["✔ behaald", "1"], ["● op koers", "2"], ["▲ risico", "0"], ["✖ achter", "1"],
                          ["? onvoldoende gegevens", "0"], ["Totaal", "4"]]


@pytest.mark.parametrize(("status", "lang", "expected"), [
    (MANY, "nl", "3 van de 4 acties liggen op koers of zijn behaald."),
    (MANY, "en", "3 of the 4 actions are on track or achieved."),
    ({"a01": "behaald", "a02": "achter"}, "nl", "1 van de 2 acties ligt op koers of is behaald."),
    ({"a01": "behaald", "a02": "achter"}, "en", "1 of the 2 actions is on track or achieved."),
    ({"a01": "op_koers"}, "nl", "1 van 1 actie ligt op koers of is behaald."),
    ({"a01": "op_koers"}, "en", "1 of 1 action is on track or achieved."),
    ({"a01": "achter"}, "nl", "Geen enkele actie ligt op koers of is behaald."),
    ({"a01": "achter"}, "en", "No action is on track or achieved."),
])
def test_on_track_sentence(status, lang, expected):
    assert on_track(status, lang) == expected


@pytest.mark.parametrize(("before", "lang", "expected"), [
    ({**MANY, "a04": "risico"}, "nl",
     "Sinds K2 2026 veranderde de status van 1 actie: A04 van risico naar achter."),
    ({**MANY, "a04": "risico"}, "en",
     "Since Q2 2026 the status of 1 action changed: A04 from at risk to behind."),
    ({**MANY, "a01": "op_koers", "a04": "risico"}, "nl",
     "Sinds K2 2026 veranderde de status van 2 acties: A01 van op koers naar behaald en A04 van risico "
     "naar achter."),
    (MANY, "nl", "Sinds K2 2026 is de status van geen enkele actie veranderd."),
    (MANY, "en", "No action has changed status since Q2 2026."),
])
def test_changes_sentence(before, lang, expected):
    assert changes(MANY, before, "2026-Q2", lang) == expected


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    rt = build(tmp_path_factory.mktemp("summary"))
    sid = create_snapshot(rt, "Voortgangsbrief K3 2024", "pm", until="2024-Q3", today=date(2026, 1, 15))
    source = from_snapshot(rt, sid, "pm")
    return {lang: build_report(source, lang, None) for lang in ("nl", "en")}


def test_the_summary_of_a_real_snapshot(reports):
    """world_shown at 2024-Q3: its one action is at risk (behind in 2024-Q2); every indicator has
    all its expected organisations (5, P1's milestone 1 of 1); no indicator's shown value moved
    between 2024-Q2 and 2024-Q3 towards its target."""
    nl, en = reports["nl"].overview, reports["en"].overview
    assert nl.counts_sentence == "Stand van 1 actie: 1 risico."
    assert nl.key_points == [
        "Geen enkele actie ligt op koers of is behaald.",
        "Sinds K2 2024 veranderde de status van 1 actie: A01 van achter naar risico.",
        "Sinds K2 2024 is geen indicator dichter bij het doel gekomen.",
        "Dekking in K3 2024: voor elke indicator leverde 100% van de verwachte organisaties gegevens aan.",
    ]
    assert en.key_points[1] == "Since Q2 2024 the status of 1 action changed: A01 from behind to at risk."
    assert en.key_points[3] == ("Coverage in Q3 2024: for every indicator 100% of the expected "
                                "organisations reported.")
    assert nl.heatmap is None  # nothing rendered without a renderer
    for point in nl.key_points + en.key_points:
        assert "prognose" not in point and "forecast" not in point


def test_the_real_report_has_no_number_disagreement(reports):
    """No '1 van de 1 organisaties', no '1 organisaties', no rise from a value to the same value."""
    nl = reports["nl"]
    texts = [i.sentence + " " + i.coverage_note for a in nl.actions for i in a.indicators]
    joined = " ".join(texts)
    assert "Gebaseerd op 1 van 1 organisatie (100%); 1 waarde." in joined
    assert "van de 1 " not in joined and " 1 organisaties" not in joined
    assert "Gemiddelde formatie: gelijk gebleven op 2 fte tussen K1 2024 en K3 2024" in joined
    assert reports["nl"].rules_version >= 2 and reports["nl"].edition == 2
