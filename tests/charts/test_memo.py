import json

import plotly.io as pio
import polars as pl

from monitor.charts import indicator_trend
from monitor.charts.memo import clear_figures
from tests.charts.frames import CDO, national_rows, trace


def test_same_input_gives_an_equal_figure_that_callers_may_change():
    clear_figures()
    first = indicator_trend(national_rows(), CDO, "nl")
    spec, title = json.loads(pio.to_json(first, validate=False)), first.layout.title.text
    first.update_layout(title_text="changed by a caller")
    again = indicator_trend(national_rows(), CDO, "nl")  # an equal frame, another object
    assert again is not first
    assert again.layout.title.text == title
    again.update_layout(title_text="changed again")
    third = indicator_trend(national_rows(), CDO, "nl")
    assert third.layout.title.text == title
    assert json.loads(pio.to_json(third, validate=False)) == spec
    assert trace(third, "value").y == (12.0, 41.0, None, 47.3)


def test_other_data_or_language_builds_another_figure():
    clear_figures()
    rows = national_rows()
    indicator_trend(rows, CDO, "nl")
    changed = rows.with_columns(
        pl.when(pl.col("value") == 47.3).then(50.0).otherwise(pl.col("value")).alias("value")
    )
    assert trace(indicator_trend(changed, CDO, "nl"), "value").y == (12.0, 41.0, None, 50.0)
    assert trace(indicator_trend(rows, CDO, "nl"), "value").y == (12.0, 41.0, None, 47.3)
    assert trace(indicator_trend(rows, CDO, "en"), "value").text[-1] == "47.3%"
