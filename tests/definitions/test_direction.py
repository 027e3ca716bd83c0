"""The direction of a measure: declared, or from the indicators it feeds; indicators that disagree
need a declaration (monitor.definitions.direction, docs/definition-format.md)."""

from pathlib import Path

import pytest

from monitor.definitions import load_definitions
from monitor.definitions.direction import measure_directions

FIXTURES = Path(__file__).parent / "fixtures"
# a second indicator on 'medewerkers' where lower is better: fewer staff per ... (any reason)
FEWER = """
  - id: a01_minder
    title: {nl: Minder, en: Fewer}
    unit: personen
    direction: down
    compute: {kind: mean, measure: medewerkers}
    baseline: {period: 2022-Q1, value: 10}
    targets: [{period: 2027-Q4, value: 8}]
"""


def load(tmp_path, config, codes, text):
    (tmp_path / "a01.yaml").write_text(text, encoding="utf-8")
    return load_definitions(config, tmp_path, codes)


def with_fewer(text: str) -> str:
    """``text`` with FEWER as its last indicator (before the milestones)."""
    return text.replace("\nmilestones:", FEWER.rstrip("\n") + "\nmilestones:")


def directions(defs):
    return measure_directions(defs.measures.values(), defs.indicators.values())


def test_the_valid_twin_has_only_rising_measures(config, codes):
    defs, problems = load_definitions(config, FIXTURES / "valid", codes)
    assert problems.errors == []
    assert directions(defs) == {"cdo_aangesteld": "up", "medewerkers": "up", "digilab_live": "up"}


def test_indicators_that_disagree_ask_for_a_declaration(tmp_path, config, codes):
    base = (FIXTURES / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")
    defs, problems = load(tmp_path, config, codes, with_fewer(base))
    assert problems.errors == []  # a warning: such definitions were valid before
    assert [(p.code, p.path, p.line) for p in problems.items if p.level == "warning"
            and p.code == "measure-direction-ambiguous"] == [
        ("measure-direction-ambiguous", "measures[1].id", 14)]
    assert directions(defs)["medewerkers"] is None
    declared = base.replace("    type: integer\n", "    type: integer\n    direction: down\n", 1)
    defs, problems = load(tmp_path, config, codes, with_fewer(declared))
    assert problems.errors == []
    assert directions(defs)["medewerkers"] == "down"


@pytest.mark.parametrize(("compute", "direction", "expected"), [
    ("{kind: sum, measure: medewerkers}", "down", "down"),
    ("{kind: latest, measure: medewerkers, agg: max}", "down", "down"),
    ("{kind: count, measure: medewerkers, condition: {op: '>=', value: 5}}", "down", "down"),
    ("{kind: count, measure: medewerkers, condition: {op: '<', value: 5}}", "up", "down"),
    ("{kind: count, measure: medewerkers, condition: {op: '=', value: 5}}", "down", "up"),
])
def test_direction_follows_from_the_computation(tmp_path, config, codes, compute, direction, expected):
    base = (FIXTURES / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")
    text = base.replace("compute: {kind: sum, measure: medewerkers}",
                        f"direction: {direction}\n    compute: {compute}")
    assert text != base
    defs, problems = load(tmp_path, config, codes, text)
    assert problems.errors == []
    assert directions(defs)["medewerkers"] == expected


def test_project_definitions(config, codes):
    """Of the project's measures, the two where lower is better (an advice's lead time, datasets
    with incomplete metadata) are the only ones going down."""
    defs, _ = load_definitions(config, None, codes)
    down = sorted(k for k, d in directions(defs).items() if d != "up")
    assert down == ["datasets_metadata_onvolledig", "doorlooptijd_advies_weken"]


def test_a_ratio_gives_its_direction_to_the_numerator_only():
    """The denominator is the population (staff, datasets): its growth is neither good nor bad."""
    from monitor.definitions.direction import fed
    from monitor.definitions.model import Indicator

    ind = Indicator.model_validate({
        "id": "r", "title": {"nl": "r", "en": "r"}, "unit": "%", "direction": "down",
        "compute": {"kind": "ratio", "numerator": "onvolledig", "denominator": "totaal"},
        "baseline": {"period": "2022-Q1", "value": 50}, "targets": [{"period": "2027-Q4", "value": 10}]})
    assert fed(ind) == {"onvolledig": "down"}
