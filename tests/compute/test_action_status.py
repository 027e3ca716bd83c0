"""Item 9: an action's status follows a declared rule and names the indicator(s) that decided it.
Hand-checked cases; the old code (worst of, no names, 'behaald' with unknown indicators) fails them."""

import polars as pl
import pytest

from monitor.compute.action_status import RULES, action_status, decide
from monitor.config import SETTINGS
from monitor.definitions.loader import parse_file
from monitor.problems import ProblemList

CASES = [
    # statuses, rule, weights, expected status, expected deciders
    ({"a": "achter", "b": "behaald", "c": "behaald"}, "worst", None, "achter", ("a",)),
    ({"a": "achter", "b": "behaald", "c": "behaald"}, "majority", None, "op_koers", ("a",)),
    ({"a": "achter", "b": "risico", "c": "op_koers"}, "majority", None, "achter", ("a",)),  # tie: serious
    ({"a": "achter", "b": "op_koers", "c": "op_koers"}, "majority", None, "op_koers", ("b", "c")),
    # weighted: (0*1 + 2*1 + 3*2) / 4 = 2.0 -> op_koers; a and b at or below op_koers
    ({"a": "achter", "b": "op_koers", "c": "behaald"}, "weighted", {"c": 2.0}, "op_koers", ("a", "b")),
    # (0*3 + 3*1) / 4 = 0.75 -> achter
    ({"a": "achter", "c": "behaald"}, "weighted", {"a": 3.0}, "achter", ("a",)),
    # behaald needs every indicator achieved, under every rule
    ({"a": "behaald", "b": "behaald"}, "worst", None, "behaald", ("a", "b")),
    ({"a": "behaald", "b": "onvoldoende"}, "worst", None, "onvoldoende", ("b",)),
    ({"a": "behaald", "b": None}, "majority", None, "onvoldoende", ("b",)),
    ({"a": "onvoldoende"}, "weighted", None, "onvoldoende", ("a",)),
    ({"a": "risico", "b": "onvoldoende"}, "worst", None, "risico", ("a",)),
]


@pytest.mark.parametrize(("statuses", "rule", "weights", "status", "deciding"), CASES)
def test_decide(statuses, rule, weights, status, deciding):
    verdict = decide(statuses, rule, weights)
    assert (verdict.status, verdict.deciding) == (status, deciding)


def test_the_rule_is_a_declared_setting():
    setting = next(s for s in SETTINGS if s.key == "status.action_rule")
    assert setting.default == "worst" and set(RULES) == {"worst", "majority", "weighted"}
    with pytest.raises(ValueError):
        setting.check("average")


ACTION = """
action: {id: a01, line: "7.1", title: {nl: T, en: T}, description: {nl: D, en: D}, owner: BZK,
         start: 2024-Q1, end: 2025-Q4, status_rule: majority}
measures:
  - {id: m, title: {nl: M, en: M}, type: integer, reporters: [gemeente]}
indicators:
  - {id: i1, title: {nl: Een, en: One}, unit: n, compute: {kind: sum, measure: m},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 10}]}
  - {id: i2, title: {nl: Twee, en: Two}, unit: n, compute: {kind: sum, measure: m}, weight: 3,
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 10}]}
  - {id: i3, title: {nl: Drie, en: Three}, unit: n, compute: {kind: sum, measure: m},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 10}]}
"""


def test_an_action_declares_its_own_rule_and_weights():
    from monitor.definitions import Definitions

    problems = ProblemList()
    defs = Definitions([parse_file(ACTION, problems, "a01.yaml")])
    assert not problems.errors, [str(p) for p in problems.items]
    results = pl.DataFrame({"action": ["a01"] * 3, "indicator": ["i1", "i2", "i3"],
                            "period": ["2025-Q1"] * 3, "breakdown": ["national"] * 3,
                            "status": ["achter", "risico", "risico"]})
    row = action_status(results, defs, "worst").row(0, named=True)
    assert (row["status"], row["rule"], row["deciding"]) == ("risico", "majority", ["i2", "i3"])
    assert defs.indicators["i2"].weight == 3.0
