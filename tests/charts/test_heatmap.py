import polars as pl
import pytest

from monitor.charts import STATUS_STYLES, status_heatmap
from tests.charts.frames import status_frame


def cells(fig, field: str) -> list[list]:
    """The cells of all heatmap traces together (each trace holds the statuses of one text
    colour; the others are gaps)."""
    rows = [list(r) for r in getattr(fig.data[0], field)]
    for trace in fig.data[1:]:
        for row, more in zip(rows, getattr(trace, field), strict=True):
            for i, v in enumerate(more):
                if v not in (None, ""):
                    row[i] = v
    return rows


def test_actions_by_quarters_with_icons_in_every_cell():
    fig = status_heatmap(status_frame(), "nl")
    hm = fig.data[0]
    assert {d.type for d in fig.data} == {"heatmap"}
    assert hm.y == ("A01 CDO", "A02 Digilab", "A03 Catalogi")
    assert hm.x == ("K2 2026", "K3 2026")
    assert cells(fig, "text") == [["●", "✔"], ["▲", "✖"], ["", ""]]
    assert hm.texttemplate == "%{text}"
    assert cells(fig, "z") == [[1, 0], [2, 3], [None, None]]


def test_achter_is_the_house_red_with_white_icons():
    fig = status_heatmap(status_frame(), "nl")
    red = STATUS_STYLES["achter"]
    assert red.fill == "#d52b1e" and red.fill_text == "#ffffff"
    [white] = [d for d in fig.data if d.textfont.color == red.fill_text]
    assert [list(r) for r in white.text] == [["", ""], ["", "✖"], ["", ""]]


def test_compact_for_a_phone_and_without_the_title_a_page_gives():
    fig = status_heatmap(status_frame(), "nl", titled=False, compact=True)
    assert fig.data[0].x == ("K2 '26", "K3 '26")
    assert not fig.layout.title.text
    assert fig.data[0].colorbar.orientation == "h"
    assert "A02 Digilab — K3 2026: ✖ achter" in fig.data[0].hovertext[1]


def test_cell_colours_follow_status_fills_and_colour_bar_lists_icons_and_labels():
    hm = status_heatmap(status_frame(), "nl").data[0]
    for i, status in enumerate(STATUS_STYLES):
        z = (i + 0.5) / len(STATUS_STYLES)  # the middle of the status's step on the scale
        colour = [c for s, c in hm.colorscale if s <= z][-1]
        assert colour == STATUS_STYLES[status].fill
    assert (hm.zmin, hm.zmax) == (-0.5, 4.5)
    assert hm.colorbar.ticktext == (
        "✔ behaald", "● op koers", "▲ risico", "✖ achter", "? onvoldoende gegevens",
    )


def test_hover_and_english():
    fig = status_heatmap(status_frame(), "en")
    hm = fig.data[0]
    assert hm.x == ("Q2 2026", "Q3 2026")
    assert hm.hovertext[1][1] == "A02 Digilab — Q3 2026: ✖ behind"
    assert hm.hovertext[2][1] == "A03 Catalogi — Q3 2026: –"
    assert fig.layout.separators == ".,"


def test_insufficient_data_shows_question_mark():
    frame = pl.DataFrame({"action": ["a01"], "action_label": ["A01"], "period": ["2026-Q1"],
                          "status": ["onvoldoende"]})
    assert cells(status_heatmap(frame, "nl"), "text") == [["?"]]


def test_one_row_per_action_and_period():
    frame = pl.concat([status_frame(), status_frame()])
    with pytest.raises(ValueError, match="one row per action and period"):
        status_heatmap(frame, "nl")


def test_empty():
    frame = status_frame().clear()
    fig = status_heatmap(frame, "nl")
    assert len(fig.data) == 0 and fig.layout.annotations[0].text == "Nog geen gegevens"
