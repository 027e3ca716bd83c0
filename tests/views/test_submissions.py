"""The table of earlier submissions as a reader reads it (issue 17): on time in words, what a
submission did in one column, a long file name shortened with its end kept."""

from datetime import datetime

import polars as pl

from monitor.views.submissions import SHOWN, history_download, history_shown, short_name


def history() -> pl.DataFrame:
    """Rows as monitor.intake.history.submission_history returns them."""
    return pl.DataFrame({
        "received_at": [datetime(2026, 12, 5, 9, 22), datetime(2026, 12, 5, 9, 20),
                        datetime(2026, 10, 22, 16, 23), datetime(2026, 7, 1, 8, 0)],
        "period": ["2026-Q3"] * 3 + ["2026-Q2"],
        "status": ["accepted", "rejected", "accepted", "accepted"],
        "file_name": ["correctie.csv", "Aanlevering IBDS gemeente Amsterdam K3 definitief v2.xlsx",
                      "k3.csv", "k2.csv"],
        "submitted_by": ["demo-amsterdam"] * 4,
        "on_time": [False, None, True, True],
        "new_count": [0, None, 21, 0], "changed_count": [1, None, 0, 0],
        "unchanged_count": [20, None, 0, 21], "error_count": [0, 1234, 0, 0],
        "id": [6807, 3, 6545, 6000],
    })


def test_on_time_is_words_and_each_row_says_what_it_did():
    shown = history_shown(history(), "nl")
    assert tuple(shown.columns) == SHOWN
    assert shown["on_time"].to_list() == ["te laat", "–", "ja", "ja"]
    assert shown["result"].to_list() == ["1 gewijzigd", "1.234 fouten", "21 nieuw", "21 ongewijzigd"]
    assert shown["id"].to_list() == ["6807", "–", "6545", "6000"]  # no number for a rejected file
    english = history_shown(history(), "en")
    assert english["on_time"].to_list() == ["late", "–", "yes", "yes"]
    assert english["result"].to_list() == ["1 changed", "1,234 errors", "21 new", "21 unchanged"]


def test_a_long_file_name_is_shortened_and_the_download_keeps_it_whole():
    shown = history_shown(history(), "nl")
    assert shown["file_name"].to_list()[0] == "correctie.csv"
    long = shown["file_name"].to_list()[1]
    assert len(long) == 24 and long.startswith("Aanlevering IBD") and long.endswith("… v2.xlsx")
    full = history_download(history(), "nl")
    assert full["file_name"].to_list()[1] == history()["file_name"][1]
    assert full["error_count"].to_list()[1] == 1234 and full["on_time"].to_list()[0] == "te laat"
    assert short_name(None) is None and short_name("a" * 24) == "a" * 24
