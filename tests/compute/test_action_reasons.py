"""Issue 17: every action status comes with one sentence saying which indicator(s) decided it and
by how much, in the measure's precision and the reader's number format. Hand-checked sentences
over a small definition and hand-made national results."""

import polars as pl
import pytest

from monitor.compute.action_status import action_reasons, action_status, in_sentence
from monitor.definitions import Definitions
from monitor.definitions.loader import parse_file
from monitor.problems import ProblemList

ACTION = """
action: {{id: {id}, line: "7.1", title: {{nl: Werken met Digilab, en: Working with Digilab}},
         description: {{nl: D, en: D}}, owner: BZK, start: 2024-Q1, end: 2026-Q4{rule}}}
measures:
  - {{id: m_{id}, title: {{nl: M, en: M}}, type: integer, reporters: [gemeente]}}
  - {{id: d_{id}, title: {{nl: D, en: D}}, type: date, reporters: [gemeente]}}
indicators:
  - {{id: {id}_cdo, title: {{nl: Aandeel organisaties met een CDO, en: Share of organisations with a CDO}},
     unit: "%", precision: 1, compute: {{kind: sum, measure: m_{id}}},
     baseline: {{period: 2024-Q1, value: 0}}, targets: [{{period: 2026-Q4, value: 80}}]}}
  - {{id: {id}_adv, title: {{nl: Gepubliceerde adviezen, en: Published advice reports}}, unit: adviezen,
     compute: {{kind: sum, measure: m_{id}}},
     baseline: {{period: 2024-Q1, value: 0}}, targets: [{{period: 2026-Q4, value: 50}}]}}
  - {{id: {id}_lab, title: {{nl: Digilab operationeel, en: Digilab operational}}, unit: mijlpaal,
     compute: {{kind: milestone, measure: d_{id}, planned: "2025-06-30"}},
     baseline: {{period: 2024-Q1, value: 0}}, targets: [{{period: 2025-Q2, value: 1}}]}}
"""


def definitions() -> Definitions:
    problems = ProblemList()
    actions = [parse_file(ACTION.format(id=a, rule=rule), problems, f"{a}.yaml")
               for a, rule in (("a01", ""), ("a02", ""), ("a03", ""), ("a04", ", status_rule: majority"))]
    assert not problems.errors, [str(p) for p in problems.items]
    return Definitions(actions)


# per action: (value, planned, status, status_note) of its cdo, adv and lab indicators
ROWS = {
    "a01": [(38.04, 52.0, "achter", None), (19.0, 38.0, "achter", None), (0.0, None, "achter", None)],
    "a02": [(61.25, 60.0, "behaald", None), (50.0, 45.0, "behaald", None), (1.0, None, "behaald", None)],
    "a03": [(None, None, None, "no_target"), (None, None, "onvoldoende", None),
            (1.0, None, "behaald", None)],
    "a04": [(70.0, 60.0, "op_koers", None), (12.0, 14.5, "risico", None), (0.0, None, "risico", None)],
}


def results() -> pl.DataFrame:
    rows = [(a, f"{a}_{i}", "2026-Q3", "national", *values)
            for a, per in ROWS.items() for i, values in zip(("cdo", "adv", "lab"), per, strict=True)]
    return pl.DataFrame(rows, orient="row", schema={
        "action": pl.String, "indicator": pl.String, "period": pl.String, "breakdown": pl.String,
        "value": pl.Float64, "planned": pl.Float64, "status": pl.String, "status_note": pl.String})


EXPECTED = {
    "nl": {
        "a01": "Achter in K3 2026: aandeel organisaties met een CDO (38,0% tegen 52,0% gepland), "
               "gepubliceerde adviezen (19 adviezen tegen 38 gepland) en Digilab operationeel "
               "(nog niet bereikt, gepland 30-06-2025).",
        "a02": "Behaald in K3 2026: alle 3 indicatoren hebben hun doel bereikt.",
        "a03": "Onvoldoende gegevens in K3 2026 voor aandeel organisaties met een CDO (geen doel) en "
               "gepubliceerde adviezen (nog geen gegevens).",
        "a04": "Risico in K3 2026: gepubliceerde adviezen (12 adviezen tegen 15 gepland) en Digilab "
               "operationeel (nog niet bereikt, gepland 30-06-2025) (regel: meerderheid).",
    },
    "en": {
        "a01": "Behind in Q3 2026: share of organisations with a CDO (38.0% against 52.0% planned), "
               "published advice reports (19 pieces of advice against 38 planned) and Digilab "
               "operational (not yet reached, planned 2025-06-30).",
        "a02": "Achieved in Q3 2026: all 3 indicators have reached their target.",
    },
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_status_in_one_sentence(lang):
    defs, res = definitions(), results()
    status = action_status(res, defs, "worst")
    reasons = action_reasons(res, defs, "2026-Q3", lang, status)
    for action, sentence in EXPECTED[lang].items():
        assert reasons[action] == sentence


def test_one_achieved_indicator_is_singular():
    defs = definitions()
    res = results().filter(pl.col("indicator") == "a02_cdo")
    reasons = action_reasons(res, defs, "2026-Q3", "nl", action_status(res, defs, "worst"))
    assert reasons == {"a02": "Behaald in K3 2026: de indicator heeft haar doel bereikt."}


def test_titles_keep_names_and_abbreviations():
    assert in_sentence("CDO aangesteld") == "CDO aangesteld"
    assert in_sentence("Digilab operationeel", frozenset({"Digilab"})) == "Digilab operationeel"
    assert in_sentence("Aandeel organisaties") == "aandeel organisaties"
