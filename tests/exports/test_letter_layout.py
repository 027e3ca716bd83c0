"""The letter layout (``letter.LETTER``) against the one a rules-version-1 snapshot's charts were
made with (``letter.EDITION_1``): title off the edge, the one-line message, the band under a flat
axis, legible coverage labels."""

from monitor.charts import indicator_trend
from monitor.exports import LAYOUT_WIDTH_PX, letter_figure
from monitor.exports.letter import AXIS_BAND, EDITION_1, LETTER
from tests.charts.frames import CDO, national_rows
from tests.exports.conftest import context

MESSAGE = "Meer organisaties hebben een CDO"


def trend():
    return indicator_trend(national_rows(), CDO, "nl")


def coverage(fig):
    [bars] = [t for t in fig.data if isinstance(t.meta, dict) and t.meta.get("role") == "coverage"]
    return bars


def test_the_title_keeps_off_the_edge():
    assert letter_figure(trend(), context()).layout.title.x * LAYOUT_WIDTH_PX == LETTER.side_pad > 0
    assert letter_figure(trend(), context(), layout=EDITION_1).layout.title.x == 0


def test_the_message_is_a_bold_line_under_the_title_and_kept_in_the_meta():
    plain = letter_figure(trend(), context())
    said = letter_figure(trend(), context(), message=f"  {MESSAGE} ")
    assert said.layout.title.text.startswith("Aandeel organisaties met een CDO<br><span ")
    assert f"<b>{MESSAGE}</b>" in said.layout.title.text
    assert said.layout.meta["export"]["message"] == MESSAGE
    assert "message" not in plain.layout.meta["export"]
    assert said.layout.margin.t == plain.layout.margin.t + 2 * 24   # one title line, shifted once
    # one line: a long message is cut with an ellipsis; markup is shown as typed
    long = letter_figure(trend(), context(), message="<i>lang</i> " + "woord " * 40)
    shown = long.layout.meta["export"]["message"]
    assert shown.endswith("…") and len(shown) < 80 and "&lt;i&gt;" in long.layout.title.text
    # a version-1 snapshot's chart has no message line
    old = letter_figure(trend(), context(), message=MESSAGE, layout=EDITION_1)
    assert "<span" not in old.layout.title.text


def test_the_source_line_sits_close_under_a_flat_axis():
    new, old = letter_figure(trend(), context()), letter_figure(trend(), context(), layout=EDITION_1)
    assert old.layout.margin.b - new.layout.margin.b == AXIS_BAND - LETTER.flat_axis_band
    assert new.layout.xaxis.tickangle == 0 and old.layout.xaxis.tickangle is None


def test_coverage_labels_are_larger_and_only_under_labelled_quarters():
    fig = letter_figure(trend(), context())
    bars, ticks = coverage(fig), set(fig.layout.xaxis.tickvals)
    shown = [x for x, text in zip(bars.x, bars.text, strict=True) if text]
    assert shown and set(shown[:-1]) <= ticks and shown[-1] == bars.x[-1]
    assert len(shown) < len(bars.x)
    assert bars.textfont.size == LETTER.coverage_font > coverage(trend()).textfont.size
    assert bars.constraintext == "none"
    old = coverage(letter_figure(trend(), context(), layout=EDITION_1))
    assert all(old.text) and old.textfont.size == 10
