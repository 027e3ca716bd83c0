"""monitor.ui.widgets.status_labels: a row without a status says why, never 'onvoldoende'."""

import polars as pl

from monitor.ui.widgets import status_labels


def test_rows_without_status_say_why_in_both_languages():
    frame = pl.DataFrame({"status": ["achter", None, None, None, "onvoldoende"],
                          "status_note": [None, "no_target", "before_baseline", None, None]})
    assert status_labels(frame, "nl")["status"].to_list() == [
        "✖ achter", "– geen doel voor deze uitsplitsing", "– vóór de nulmeting", "–",
        "? onvoldoende gegevens"]
    assert status_labels(frame, "en")["status"].to_list()[1:3] == [
        "– no target for this breakdown", "– before the baseline"]


def test_other_status_columns_show_a_dash_when_empty():
    frame = pl.DataFrame({"status_before": [None, "op_koers"]})
    assert status_labels(frame, "nl", "status_before")["status_before"].to_list() == [
        "–", "● op koers"]
