"""Issue 16: errors, problems and the command line are said in the reader's language from their
key and parameters; downloads on Dutch pages have Dutch headers."""

import polars as pl
import pytest

from monitor.cli import main
from monitor.errors import UsageError
from monitor.periods import Quarter
from monitor.problems import said
from monitor.snapshots.frozen import snapshot_id
from monitor.text import Text
from monitor.ui.widgets import headed


def test_an_error_is_said_in_the_readers_language():
    with pytest.raises(UsageError) as info:
        snapshot_id("x")
    assert str(info.value).startswith("'x' is not a snapshot id")  # the English for logs and tests
    assert info.value.message("en") == str(info.value)
    assert info.value.message("nl").startswith("'x' is geen nummer van een peildatum")
    with pytest.raises(Exception) as info:
        Quarter.parse("2025-Q5")
    assert info.value.message("nl") == ("'2025-Q5' is geen kwartaal; schrijf het als JJJJ-Kn, "
                                        "bijvoorbeeld 2025-K3")


def test_a_stored_problem_is_said_again_in_any_language():
    from monitor.intake.messages import problem

    found = problem("out-of-range", "en", value="101", range=(0.0, 100.0), line=3)
    row = found.as_row()
    assert row["message"] == "101 is outside the allowed range 0 - 100."
    assert said(row, "nl") == "101 ligt buiten het toegestane bereik 0 - 100."
    assert said({"message": "as stored before issue 16"}, "nl") == "as stored before issue 16"
    assert Text.from_json(row["text"]) == found.text


def test_the_command_line_speaks_dutch_when_asked(capsys, tmp_path):
    assert main(["--lang", "nl", "snapshot", "diff", "x", "live", "--db", str(tmp_path / "m.duckdb")]) == 2
    assert capsys.readouterr().err.startswith("fout: 'x' is geen nummer van een peildatum")
    assert main(["snapshot", "diff", "x", "live", "--db", str(tmp_path / "m.duckdb")]) == 2
    assert capsys.readouterr().err.startswith("error: 'x' is not a snapshot id")


def test_a_download_has_the_headers_the_page_shows():
    frame = pl.DataFrame({"code": ["G1"], "name": ["Aadorp"], "type": ["gemeente"]})
    shown = headed(frame, {"code": "Code", "name": "Naam", "type": {"label": "Type", "width": 9}})
    assert shown.columns == ["Code", "Naam", "Type"]
    assert shown.row(0) == ("G1", "Aadorp", "gemeente")
