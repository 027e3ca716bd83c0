"""What the upload page shows besides the check itself: the report as a table that names each
measure by its title, and the indicators a submission changes, by title per action."""

from datetime import datetime

from monitor.intake.history import affected_by_action, affected_indicators, problems_frame
from tests.intake.world import PROBLEM_DIR, VALID_DIR, context, submit

COLUMNS = ["level", "row", "measure", "column", "value", "problem", "code", "message"]


def report(rt, name: str, lang: str = "nl"):
    res = submit(rt, (PROBLEM_DIR / name).read_bytes(), name, ctx=context(rt, lang=lang))
    assert res.status == "rejected"
    return problems_frame(res, lang, rt.defs)


def test_each_row_problem_names_its_measure_by_title(rt):
    frame = report(rt, "several_mistakes.csv")
    assert frame.columns == COLUMNS
    assert frame.select("row", "measure", "code").rows() == [
        (2, "CDO (cdo)", "bad-boolean"), (3, "FTE (fte)", "bad-number"), (7, "S (stage)", "bad-choice")]
    assert frame["message"][0] == "'misschien' is geen ja of nee."
    english = report(rt, "several_mistakes.csv", "en")
    assert english["measure"].to_list() == ["CDO (cdo)", "FTE (fte)", "S (stage)"]


def test_a_missing_measure_is_named_an_unknown_one_is_not(rt):
    assert report(rt, "required_missing.csv").select("row", "measure", "code").rows() == [
        (None, "CDO (cdo)", "required-missing")]
    unknown = report(rt, "unknown_measure.csv")
    assert unknown["code"].to_list() == ["unknown-measure"]
    assert unknown["measure"].to_list() == [None]  # the value column shows what was written


def test_an_xlsx_file_names_its_measures_too(rt):
    name = "openpyxl_text_mistakes.xlsx"
    frame = report(rt, name)
    assert frame["measure"].null_count() == 0, frame
    assert all(m.endswith(")") and " (" in m for m in frame["measure"])


def test_without_definitions_the_measure_column_is_empty(rt):
    res = submit(rt, (PROBLEM_DIR / "several_mistakes.csv").read_bytes(), "x.csv")
    assert problems_frame(res)["measure"].to_list() == [None, None, None]


def test_the_indicators_a_submission_changes_by_title_per_action(rt):
    res = submit(rt, (VALID_DIR / "utf8.csv").read_bytes(), "utf8.csv",
                 received_at=datetime(2024, 4, 15), dry_run=True)
    assert res.status == "valid"
    by_action = affected_by_action(rt.defs, res.changed_measures, "nl")
    assert [a for a, _ in by_action] == ["A01 Test"]
    ids = affected_indicators(rt.defs, res.changed_measures)
    assert by_action[0][1] == [rt.defs.indicators[i].title.nl for i in ids]
    assert len(ids) == len(rt.defs.indicators) - 1  # every indicator but i_mile (P1's date)
