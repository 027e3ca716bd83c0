"""Issue 17, the overview on the demo database (AppTest): key figures with their change since the
previous quarter (arrow and sign in words, the colour after the meaning), the indicator table in
Dutch with the key columns first and sparklines without gaps, the status per action and quarter
as a table drawn on the server (no plotly.js), the last eight quarters by default, the changes
table in words."""

import polars as pl
from helpers import acting_programme_manager
from streamlit.proto.Metric_pb2 import Metric

from monitor.charts import STATUS_STYLES
from monitor.charts.status_table import CLASS
from monitor.compute.frame import STATUSES
from monitor.results import current_results
from monitor.text import t, value_text
from monitor.ui.widgets import status_badge
from monitor.views.overview import headline
from tests.charts.html_table import Table
from tests.pages.test_pages_demo import run_page


def test_key_figures_say_the_change_since_the_previous_quarter(demo):
    assert acting_programme_manager()
    at = run_page("overzicht", kwartaal="2024-Q2")
    res = current_results(demo)
    now, before = (headline(res, p, demo.defs, "worst") for p in ("2024-Q2", "2024-Q1"))
    metrics = {m.proto.label: m.proto for m in at.metric}
    assert list(metrics) == [*(status_badge(s, "nl") for s in STATUSES), "ingezonden"]
    colour = {True: Metric.GREEN, False: Metric.RED, None: Metric.GRAY}
    for status in STATUSES:
        shown, diff = metrics[status_badge(status, "nl")], now[status] - before[status]
        assert shown.body == str(now[status])
        # the words carry arrow and sign; more 'achter' or 'risico' is bad news, more 'op koers' good
        assert shown.delta == ("= 0" if diff == 0 else f"↑ +{diff}" if diff > 0 else f"↓ −{-diff}")
        good = None if diff == 0 or status == "onvoldoende" else (diff > 0) == (
            status in ("behaald", "op_koers"))
        assert shown.color == colour[good], status
    assert metrics["ingezonden"].body.endswith("%")
    assert any("ten opzichte van K1 2024" in c.value for c in at.caption)
    # the example that decided the design: K2 2024 has more 'risico' and fewer 'achter'
    assert metrics[status_badge("risico", "nl")].color == Metric.RED
    assert metrics[status_badge("achter", "nl")].color == Metric.GREEN


def test_the_first_quarter_has_no_change(demo):
    at = run_page("overzicht", kwartaal="2022-Q1")
    assert all(not m.proto.delta for m in at.metric)


def test_indicator_table_in_dutch_with_the_key_columns_first(demo):
    at = run_page("overzicht", kwartaal="2026-Q3")
    table = pl.from_pandas(next(d.value for d in at.dataframe if "target_text" in d.value.columns))
    assert list(table.columns)[:5] == ["title", "value_text", "target_text", "status", "series"]
    inds = {i.title.nl: i for i in demo.defs.indicators.values()}
    res = current_results(demo).filter((pl.col("breakdown") == "national")
                                       & (pl.col("period") == "2026-Q3"))
    values = dict(res.select("indicator", "value").iter_rows())
    for row in table.to_dicts():
        ind = inds[row["title"]]
        assert row["value_text"] == value_text(values.get(ind.id), ind.precision, ind.unit, "nl")
        assert "-Q" not in row["target_text"]  # one quarter style: 'K4 2026'
        if ind.unit == "%":  # Dutch decimals: '38,2%', never '38.2%' or '90.06%'
            assert "." not in row["value_text"] and row["value_text"].count(",") <= 1
        assert None not in list(row["series"] or [])  # gaps left out, not drawn as text
        assert "None" not in row["value_text"] + row["target_text"]
    median = table.filter(pl.col("title") == "Mediane doorlooptijd van adviezen").row(0, named=True)
    assert median["value_text"].endswith(" weken") and "," in median["value_text"]
    assert " in K" in median["target_text"]


def status_table(at) -> Table:
    """The status per action and quarter: the one HTML table on the page, parsed."""
    [markup] = [h.proto.body for h in at.get("html") if CLASS in h.proto.body]
    return Table(markup)


def test_status_table_last_eight_quarters_drawn_without_plotly(demo):
    at = run_page("overzicht", kwartaal="2026-Q3")
    assert not at.get("plotly_chart")  # no plotly.js for the overview's first paint
    table = status_table(at)
    head, *body = table.rows
    assert [c[2] for c in head] == [t("col.action", "nl"), "K4 2024", "K1 2025", "K2 2025", "K3 2025",
                                    "K4 2025", "K1 2026", "K2 2026", "K3 2026"]
    assert all(c[1]["scope"] == "col" for c in head)
    actions = sorted(demo.defs.actions, key=lambda a: a.id)
    assert [(r[0][1]["scope"], r[0][2]) for r in body] == [
        ("row", f"{a.id.upper()} {a.spec.action.title.nl}") for a in actions]
    words = {f"{s.icon} {s.label('nl')}": s for s in STATUS_STYLES.values()}
    for row in body:  # every cell: the icon and the word, on the status's colours
        for _, attrs, text in row[1:]:
            style = words[text]
            assert attrs["style"] == f"background:{style.fill};color:{style.fill_text}"
    assert "K3 2026" in table.caption
    at.toggle(key="heatmap_all").set_value(True).run()
    assert len(status_table(at).rows[0]) == 1 + 19
    assert "dl_heatmap" in " ".join(b.proto.id for b in at.get("download_button"))  # the CSV


def test_changes_in_words(demo):
    at = run_page("overzicht", kwartaal="2024-Q2")
    table = pl.from_pandas(next(d.value for d in at.dataframe if "status_now" in d.value.columns))
    assert "indicator" not in table.columns and table.height > 0
    inds = {i.title.nl: i for i in demo.defs.indicators.values()}
    assert set(table["title"]) <= set(inds)  # titles, not ids
    assert all(s.split(" ", 1)[0] in "✔●▲✖?" for s in table["status_now"])  # words with icons
    for row in table.to_dicts():
        assert isinstance(row["value_now"], str) and "None" not in row["value_now"]
        if inds[row["title"]].unit == "%":
            assert row["value_now"].endswith("%") and "." not in row["value_now"]
