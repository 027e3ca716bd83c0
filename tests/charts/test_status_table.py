"""The status per action and quarter as an HTML table drawn on the server (the Overzicht page)."""

from __future__ import annotations

import polars as pl
import pytest

from monitor.charts import STATUS_STYLES, alt_text
from monitor.charts.palette import contrast_ratio
from monitor.charts.status_table import status_table_html
from monitor.text import t
from tests.charts.frames import status_frame
from tests.charts.html_table import Table


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_actions_by_quarters_with_icon_and_word_in_every_cell(lang):
    table = Table(status_table_html(status_frame(), lang))
    head, *body = table.rows
    assert [(c[0], c[1].get("scope"), c[2]) for c in head] == [
        ("th", "col", t("col.action", lang)), ("th", "col", "K2 2026" if lang == "nl" else "Q2 2026"),
        ("th", "col", "K3 2026" if lang == "nl" else "Q3 2026")]
    assert [(r[0][0], r[0][1]["scope"], r[0][2]) for r in body] == [
        ("th", "row", "A01 CDO"), ("th", "row", "A02 Digilab"), ("th", "row", "A03 Catalogi")]
    expected = [["op_koers", "behaald"], ["risico", "achter"], [None, None]]
    for row, statuses in zip(body, expected, strict=True):
        for (tag, attrs, text), status in zip(row[1:], statuses, strict=True):
            assert tag == "td"
            if status is None:  # a dash, and words for a screen reader
                assert attrs.get("data-status") is None
                assert text == f"–{t('overview.status_table.none', lang)}"
                continue
            style = STATUS_STYLES[status]
            assert attrs["data-status"] == status
            assert text == f"{style.icon} {style.label(lang)}"
            assert attrs["style"] == f"background:{style.fill};color:{style.fill_text}"
    # the caption sums the last quarter up (the text alternative the chart had)
    assert table.caption == alt_text("status_heatmap", None, status_frame(), lang)
    assert ("K3 2026" if lang == "nl" else "Q3 2026") in table.caption
    assert "script" not in table.tags


def test_every_status_has_icon_word_and_readable_colours():
    for status, style in STATUS_STYLES.items():
        frame = pl.DataFrame({"action": ["a01"], "action_label": ["A01 X"], "period": ["2026-Q3"],
                              "status": [status]})
        [_, (_, [_, cell])] = enumerate(Table(status_table_html(frame, "nl")).rows)
        assert cell[2] == f"{style.icon} {style.label('nl')}" and style.label("nl")
        # WCAG 1.4.3: the words on the status's colour, computed from the palette
        assert contrast_ratio(style.fill_text, style.fill) >= 4.5, status
    assert len({s.icon for s in STATUS_STYLES.values()}) == len(STATUS_STYLES)


def test_titles_from_yaml_are_escaped_not_run_or_formatted():
    frame = pl.DataFrame({
        "action": ["a01", "a02"],
        "action_label": ["A01 <script>alert('x')</script> & co", "A02 **vet** [link](http://x) $x$"],
        "period": ["2026-Q3", "2026-Q3"], "status": ["achter", "risico"]})
    markup = status_table_html(frame, "nl")
    assert "<script>" not in markup and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in markup
    table = Table(markup)
    assert "script" not in table.tags and "a" not in table.tags
    assert [r[0][2] for r in table.rows[1:]] == [
        "A01 <script>alert('x')</script> & co", "A02 **vet** [link](http://x) $x$"]


def test_no_rows_is_the_caption_alone_and_duplicates_are_refused():
    empty = status_frame().clear()
    assert status_table_html(empty, "nl") == (
        f'<p class="status-table">{t("chart.alt.heatmap.empty", "nl")}</p>')
    with pytest.raises(ValueError):
        status_table_html(pl.concat([status_frame(), status_frame().head(1)]), "nl")
