"""The statement file and its checks: good/bad twin fixtures, every problem at once with field
and line."""

from pathlib import Path

import pytest

from monitor.statements.check import check_draft
from monitor.statements.fileformat import read_statement_file
from monitor.statements.model import Draft
from tests.statements.conftest import FIXTURES, TODAY

VALID = sorted((FIXTURES / "valid").glob("*.yaml"))
BAD = FIXTURES / "with_problems"


def problems_of(path: Path, defs, computed="op_koers", complete=True):
    draft, problems, lines = read_statement_file(path)
    if draft is None:
        return problems.items
    found = check_draft(draft, defs, computed=computed, today=TODAY, complete=complete,
                        file=path.name, lines=lines)
    return problems.items + found.items


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_files_have_no_problem(path, defs):
    assert problems_of(path, defs) == []


def test_every_problem_of_a_file_at_once_with_field_and_line(defs):
    found = {(p.path, p.code, p.line) for p in problems_of(BAD / "every-field.yaml", defs)}
    assert found == {
        ("results", "statement-unsupported", 4),  # '# Resultaten' on the first line of the text
        ("results", "statement-unsupported", 6),  # '1. genummerd'
        ("plans", "statement-required", 7),
        ("bottlenecks", "statement-unsupported", 9),  # <b>
        ("judgement", "statement-bad-judgement", 10),
        ("milestones.cdo_netwerk.realised", "statement-realised-required", 12),
        # planned 30-06-2026, before the end of 2026-Q3 and not completed: explain
        ("milestones.cdo_alle_ministeries.explanation", "statement-explanation-required", 13),
        ("milestones.bestaat_niet", "statement-unknown-milestone", 14),
        ("milestones.handreiking_data_eigenaar.status", "statement-bad-milestone-status", 15),
        ("milestones.handreiking_data_eigenaar.realised", "statement-bad-date", 15),
    }


def test_messages_name_the_field_in_both_languages(defs):
    [p] = [p for p in problems_of(BAD / "every-field.yaml", defs) if p.code == "statement-required"]
    assert p.said("nl") == "Plannen voor het komende kwartaal: verplicht om in te dienen."
    assert p.said("en") == p.message == "Plans for next quarter: required to submit."
    assert str(p) == "every-field.yaml:7 plans: Plans for next quarter: required to submit."


def test_reason_required_only_when_the_judgement_differs_from_the_computed_status(defs):
    path = BAD / "reason-missing.yaml"  # judgement gereed, no reason
    [p] = problems_of(path, defs, computed="op_koers")
    assert (p.code, p.path) == ("statement-reason-required", "reason")
    assert "(gereed)" in p.said("nl") and "(op koers)" in p.said("nl")
    assert problems_of(path, defs, computed="behaald") == []  # the same: no reason needed
    assert problems_of(path, defs, computed="onvoldoende") == []  # nothing to compare with
    assert problems_of(path, defs, computed=None) == []


def test_form_problems_of_a_file(defs):
    found = {(p.path, p.code, p.line) for p in problems_of(BAD / "unknown-keys.yaml", defs)}
    assert ("results", "statement-file-duplicate", 5) in found
    assert ("result", "statement-file-unknown-key", 3) in found
    assert ("plans", "statement-file-not-text", 6) in found
    assert ("milestones.cdo_netwerk.by", "statement-file-unknown-key", 9) in found
    assert ("action", "statement-unknown-action", 1) in found
    assert ("quarter", "statement-bad-quarter", 2) in found


def test_a_future_quarter_and_a_syntax_error(defs):
    [p] = problems_of(BAD / "future-quarter.yaml", defs)
    assert (p.code, p.line) == ("statement-quarter-outside", 2)
    [p] = problems_of(BAD / "syntax.yaml", defs)
    assert p.code == "statement-file-syntax" and p.line == 5


def test_a_draft_may_be_incomplete_but_not_wrong(defs):
    draft = Draft("a03", "2026-Q3", {"results": "Half af."}, milestones={"x": {"status": "gepland"}})
    codes = [p.code for p in check_draft(draft, defs, computed="achter", today=TODAY, complete=False).items]
    assert codes == ["statement-unknown-milestone"]
    codes = [p.code for p in check_draft(draft, defs, computed="achter", today=TODAY, complete=True).items]
    assert codes == ["statement-required", "statement-required", "statement-unknown-milestone"]
