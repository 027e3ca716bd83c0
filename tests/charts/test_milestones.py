"""The milestone timeline: planned and realised markers, late as a dotted line and in words, the
peildatum, alt text; an action without milestones gives the empty figure."""

from datetime import date

import polars as pl

from monitor.charts.milestones import milestone_timeline
from monitor.charts.palette import ORANJE, contrast_ratio
from monitor.milestones import SCHEMA

ROWS = [
    ("a04", "a", "Architectuur", date(2023, 3, 31), "2023-Q1", None, "gereed", "2023-Q1",
     date(2023, 3, 20), False, False, None, None),
    ("a04", "b", "Stelselcatalogus", date(2024, 6, 30), "2024-Q2", None, "gereed", "2024-Q4",
     date(2024, 11, 12), True, False, 135, None),
    ("a04", "c", "Stelselfuncties", date(2025, 12, 31), "2025-Q4", None, "loopt", "2026-Q3",
     None, True, True, 339, "Twee van vijf."),
    ("a04", "d", "Evaluatie", date(2027, 6, 30), "2027-Q2", None, "gepland", None,
     None, False, False, None, None),
]
FRAME = pl.DataFrame(ROWS, schema=SCHEMA, orient="row")
AS_OF = date(2026, 12, 5)


def test_markers_late_lines_and_words():
    fig = milestone_timeline(FRAME, AS_OF, "nl")
    by_name = {tr.name: tr for tr in fig.data}
    assert list(by_name) == ["te laat (stippellijn)", "geplande datum", "gerealiseerde datum"]
    assert len(by_name["geplande datum"].x) == 4 and len(by_name["gerealiseerde datum"].x) == 2
    late = by_name["te laat (stippellijn)"]
    assert late.line.dash == "dot" and late.line.color == ORANJE and contrast_ratio(ORANJE) >= 3
    # b: planned to realised; c: planned to the peildatum (still open)
    assert list(late.x) == [date(2024, 6, 30), date(2024, 11, 12), None, date(2025, 12, 31), AS_OF, None]
    words = [a.text for a in fig.layout.annotations]
    assert "<b>Stelselcatalogus</b><br>✔ gereed · ⚠ 135 dagen te laat gereed" in words
    assert "<b>Stelselfuncties</b><br>◔ loopt · ⚠ 339 dagen over tijd" in words
    assert "<b>Evaluatie</b><br>○ gepland" in words
    assert "peildatum 05-12-2026" in words


def test_alt_text_counts_in_words_and_english():
    fig = milestone_timeline(FRAME, AS_OF, "en")
    assert fig.layout.meta["alt"] == (
        "Timeline of 4 milestones of action A04, planned from 2023-03-31 to 2027-06-30, as of "
        "2026-12-05: 2 done (1 late), 1 overdue, 1 still open, 0 cancelled.")
    assert fig.layout.meta["kind"] == "milestones"


def test_no_milestones_gives_the_empty_figure():
    fig = milestone_timeline(pl.DataFrame(schema=SCHEMA), AS_OF, "nl")
    assert fig.layout.meta["alt"] == "Tijdlijn zonder mijlpalen."
    assert fig.data == ()
