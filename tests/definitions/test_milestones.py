"""Definitions: the checks on an action's milestones (ids, planned within the action, indicator)."""

from pathlib import Path

import pytest

from monitor.definitions import load_definitions

FIXTURES = Path(__file__).parent / "fixtures"
BASE = (FIXTURES / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")


def problems_of(tmp_path, config, codes, text: str) -> list[tuple[str, str, int | None]]:
    (tmp_path / "a01.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "a02.yaml").write_text((FIXTURES / "valid" / "a02-digilab.yaml").read_text("utf-8"),
                                       encoding="utf-8")
    _, problems = load_definitions(config, tmp_path, codes)
    return [(p.code, p.path, p.line) for p in problems.items]


@pytest.mark.parametrize("planned", ["2022-01-01", "2022-Q1", "2027-12-31", "2027-Q4", "K4 2027"])
def test_planned_on_the_edges_of_the_action_is_valid(tmp_path, config, codes, planned):
    assert problems_of(tmp_path, config, codes, BASE.replace("planned: 2022-Q4", f"planned: {planned}")) == []


@pytest.mark.parametrize("planned", ["2021-12-31", "2021-Q4", "2028-01-01", "2028-Q1"])
def test_planned_outside_the_action_is_named_with_line(tmp_path, config, codes, planned):
    found = problems_of(tmp_path, config, codes, BASE.replace("planned: 2022-Q4", f"planned: {planned}"))
    assert found == [("outside-action", "milestones[0].planned", 37)]


def test_indicator_of_another_action_is_unknown(tmp_path, config, codes):
    # a02_live exists, but in action a02: a milestone links only to its own action's indicators
    found = problems_of(tmp_path, config, codes, BASE.replace("indicator: a01_cdo", "indicator: a02_live"))
    assert found == [("unknown-indicator", "milestones[1].indicator", 41)]


def test_duplicate_id_within_the_action(tmp_path, config, codes):
    found = problems_of(tmp_path, config, codes, BASE.replace("id: helft_cdo", "id: cdo_netwerk"))
    assert found == [("duplicate-id", "milestones[1].id", 38)]


def test_same_milestone_id_in_two_actions_is_allowed(tmp_path, config, codes):
    other = BASE.replace("id: a01\n", "id: a09\n").replace("id: cdo_aangesteld", "id: x_cdo")
    other = other.replace("measure: cdo_aangesteld", "measure: x_cdo").replace("id: medewerkers", "id: x_m")
    other = other.replace("measure: medewerkers", "measure: x_m").replace("id: a01_", "id: a09_")
    other = other.replace("indicator: a01_cdo", "indicator: a09_cdo")
    (tmp_path / "a09.yaml").write_text(other, encoding="utf-8")
    assert problems_of(tmp_path, config, codes, BASE) == []


@pytest.mark.parametrize(("planned", "message"), [
    ("2026-Q5", "'2026-Q5' is neither a quarter (YYYY-Qn, e.g. 2026-Q2) nor a date (YYYY-MM-DD)"),
    ("2026-02-30", "'2026-02-30' is not a date (YYYY-MM-DD)"),
])
def test_planned_that_is_no_quarter_or_date_gives_one_message(tmp_path, config, codes, planned, message):
    (tmp_path / "a01.yaml").write_text(BASE.replace("planned: 2022-Q4", f"planned: '{planned}'"),
                                       encoding="utf-8")
    _, problems = load_definitions(config, tmp_path, codes)
    assert [(p.code, p.path, p.message) for p in problems.items] == [
        ("invalid", "milestones[0].planned", message)]


def test_milestones_must_be_a_list(tmp_path, config, codes):
    text = BASE[: BASE.index("milestones:")] + "milestones: {id: x}\n"
    assert problems_of(tmp_path, config, codes, text) == [("invalid", "milestones", 34)]
