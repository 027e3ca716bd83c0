"""Issue 17: the trend chart's target labels never overlap each other or the last value's label
(a milestone's targets and value are all 1, close together); a label without room goes below its
marker or is left out, its marker and hover text stay."""

from __future__ import annotations

import polars as pl

from monitor.charts import indicator_trend
from monitor.charts.labels import Scale, place
from monitor.definitions.model import Indicator
from monitor.periods import Quarter, quarter_range
from tests.charts.frames import CDO, national_rows, trace

MILESTONE = Indicator.model_validate({
    "id": "a05_toolbox_live", "title": {"nl": "Toolbox live", "en": "Toolbox live"},
    "unit": "mijlpaal",
    "compute": {"kind": "milestone", "measure": "toolbox_live_datum", "planned": "2023-09-30"},
    "breakdowns": ["national"], "baseline": {"period": "2022-Q2", "value": 0},
    "targets": [{"period": "2023-Q3", "value": 1}, {"period": "2026-Q2", "value": 1},
                {"period": "2026-Q4", "value": 1}],
})


def milestone_rows() -> pl.DataFrame:
    qs = [str(q) for q in quarter_range(Quarter.parse("2022-Q2"), Quarter.parse("2026-Q3"))]
    return pl.DataFrame({"period": qs, "value": [0.0] * 8 + [1.0] * (len(qs) - 8),
                         "reported": [1] * len(qs), "expected": [1] * len(qs)})


def boxes(fig, role: str, positions=None):
    """The estimated boxes of a trace's shown labels, as the placement computes them."""
    tr = trace(fig, role)
    axis = list(fig.layout.xaxis.categoryarray)
    scale = Scale(len(axis), 1.05)
    shown = [(x, y, s, p) for x, y, s, p in zip(tr.x, tr.y, tr.text, positions or tr.textposition,
                                                strict=True) if s]
    return [scale.box(axis.index(x), y, s, p) for x, y, s, p in shown]


def test_close_milestone_targets_do_not_overlap():
    fig = indicator_trend(milestone_rows(), MILESTONE, "nl")
    targets = trace(fig, "target")
    shown = [s for s in targets.text if s]
    assert "1 mijlpaal (K4 2026)" in shown  # the final target is always labelled
    value = trace(fig, "value")
    labels = boxes(fig, "target") + boxes(fig, "value", ["top center"] * len(value.text))
    assert len(labels) == len(shown) + 1
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not a.hits(b), (a, b)
    # every target keeps its marker and hover text, labelled or not
    assert len(targets.x) == 3 and all("mijlpaal" in h for h in targets.hovertext)


def test_far_apart_targets_keep_their_labels_above():
    targets = trace(indicator_trend(national_rows(), CDO, "nl"), "target")
    assert targets.text == ("50% (K4 2024)", "80% (K4 2027)")
    assert targets.textposition == ("top center", "top left")


def test_place_goes_below_then_leaves_out():
    scale = Scale(10, 10)
    points = [(4.0, 5.0, "aaaa"), (4.0, 5.0, "bbbb"), (4.0, 5.0, "cccc")]
    assert place(points, scale, [], ["center"] * 3) == [None, "bottom center", "top center"]
