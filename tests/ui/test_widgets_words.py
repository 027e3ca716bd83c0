"""monitor.ui.widgets.in_words: stored codes of submission tables in the interface language."""

from datetime import datetime

import polars as pl
import pytest

from monitor.ui.widgets import in_words


@pytest.mark.parametrize(("lang", "status", "kind", "period", "moment"), [
    ("nl", ["✔ opgeslagen", "✖ afgekeurd"], ["▲ waarschuwing", "✖ afgekeurd"],
     ["K3 2026", "K2 2026"], "22-10-2026 16:23"),
    ("en", ["✔ accepted", "✖ rejected"], ["▲ warning", "✖ rejected"],
     ["Q3 2026", "Q2 2026"], None),
])
def test_status_kind_and_quarter_in_the_interface_language(lang, status, kind, period, moment):
    frame = pl.DataFrame({
        "status": ["accepted", "rejected"], "kind": ["warning", "rejected"],
        "period": ["2026-Q3", "2026-Q2"],
        "received_at": [datetime(2026, 10, 22, 16, 23), datetime(2026, 7, 1, 9, 0)],
        "file_name": ["accepted.csv", "x.csv"]})
    shown = in_words(frame, lang)
    assert shown["status"].to_list() == status
    assert shown["kind"].to_list() == kind
    assert shown["period"].to_list() == period
    assert shown["file_name"].to_list() == ["accepted.csv", "x.csv"]  # other columns untouched
    if moment:
        assert shown["received_at"][0] == moment
