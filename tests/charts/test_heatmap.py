import polars as pl
import pytest

from monitor.charts import STATUS_STYLES, status_heatmap
from monitor.charts.heatmap import letter_label
from tests.charts.frames import status_frame


def cells(fig, field: str) -> list[list]:
    """The cells of all heatmap traces together (each trace holds the statuses of one text
    colour; the others are gaps)."""
    maps = [d for d in fig.data if d.type == "heatmap"]
    rows = [list(r) for r in getattr(maps[0], field)]
    for trace in maps[1:]:
        for row, more in zip(rows, getattr(trace, field), strict=True):
            for i, v in enumerate(more):
                if v not in (None, ""):
                    row[i] = v
    return rows


def test_actions_by_quarters_with_icons_in_every_cell():
    fig = status_heatmap(status_frame(), "nl")
    hm = fig.data[0]
    assert {d.type for d in fig.data if not d.showlegend} == {"heatmap"}
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
    assert "A02 Digilab — K3 2026: ✖ achter" in fig.data[0].hovertext[1]


def legend(fig) -> list[str]:
    return [d.name for d in fig.data if d.showlegend]


def test_cell_colours_follow_status_fills():
    hm = status_heatmap(status_frame(), "nl").data[0]
    for i, status in enumerate(STATUS_STYLES):
        z = (i + 0.5) / len(STATUS_STYLES)  # the middle of the status's step on the scale
        colour = [c for s, c in hm.colorscale if s <= z][-1]
        assert colour == STATUS_STYLES[status].fill
    assert (hm.zmin, hm.zmax) == (-0.5, 4.5)


@pytest.mark.parametrize("compact", [False, True])
def test_a_horizontal_legend_names_every_status_shown_with_icon_and_word(compact):
    frame = pl.concat([status_frame(), pl.DataFrame({
        "action": ["a04"], "action_label": ["A04 FDS"], "period": ["2026-Q3"],
        "status": ["onvoldoende"]})])
    fig = status_heatmap(frame, "nl", compact=compact)
    assert not any(getattr(d, "showscale", False) for d in fig.data)  # no colour bar (rotated labels)
    assert legend(fig) == ["✔ behaald", "● op koers", "▲ risico", "✖ achter",
                           "? onvoldoende gegevens"]
    assert fig.layout.legend.orientation == "h" and fig.layout.showlegend
    swatches = {d.meta["status"]: d.marker.color for d in fig.data if d.showlegend}
    assert swatches == {s: STATUS_STYLES[s].fill for s in swatches}
    # only the statuses that occur; the heatmap's own traces are not in the legend
    assert legend(status_heatmap(frame.filter(pl.col("action") == "a02"), "nl")) == [
        "▲ risico", "✖ achter"]
    assert legend(status_heatmap(frame, "en")) == [
        "✔ achieved", "● on track", "▲ at risk", "✖ behind", "? insufficient data"]


def test_the_letter_version_gives_codes_with_titles_on_two_lines_and_a_flat_tick_per_year():
    long = {"a03": "A03 Dataverantwoordelijkheid en Chief Data Officers",
            "a09": "A09 Datagedreven werken aan maatschappelijke opgaven"}
    periods = [f"{y}-Q{q}" for y in (2022, 2023, 2024, 2025, 2026) for q in (1, 2, 3, 4)][:19]
    frame = pl.DataFrame([{"action": a, "action_label": label, "period": p, "status": "risico"}
                          for a, label in long.items() for p in periods])
    fig = status_heatmap(frame, "nl", letter=True)
    assert fig.data[0].y == ("A03 Dataverantwoordelijkheid<br>en Chief Data Officers",
                             "A09 Datagedreven werken<br>aan maatschappelijke …")
    assert fig.layout.xaxis.ticktext == ("K1 2022", "K1 2023", "K1 2024", "K1 2025", "K1 2026")
    assert fig.layout.xaxis.tickangle == 0
    assert "A09 Datagedreven werken aan maatschappelijke opgaven — K1 2022: ▲ risico" in (
        fig.data[0].hovertext[1][0])
    # few quarters: each its own label
    assert status_heatmap(status_frame(), "nl", letter=True).layout.xaxis.tickvals is None


def test_letter_labels_keep_the_code_with_the_first_word_and_escape_markup():
    assert letter_label("A07 Digilab") == "A07 Digilab"
    assert letter_label("A01 <b>Data</b> & meer") == "A01 &lt;b&gt;Data&lt;/b&gt; &amp; meer"
    assert letter_label("A05 Toolbox verantwoord datagebruik en Kennisbank").split("<br>") == [
        "A05 Toolbox verantwoord", "datagebruik en …"]


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
