import plotly.graph_objects as go
import pytest

from monitor.charts import indicator_trend
from monitor.exports import ExportError, alt_text_of
from tests.charts.frames import CDO, national_rows


def test_alt_text_comes_from_the_chart_meta():
    fig = indicator_trend(national_rows(), CDO, "nl")
    assert alt_text_of(fig) == fig.layout.meta["alt"]
    assert alt_text_of(go.Figure(layout={"meta": {"alt": " two\n lines "}})) == "two lines"
    # written beside every image of a pack: tests/exports/test_pack.py


def test_a_chart_without_alt_text_is_refused():
    with pytest.raises(ExportError, match="no alt text"):
        alt_text_of(go.Figure())
    with pytest.raises(ExportError):
        alt_text_of(go.Figure(layout={"meta": {"alt": "  "}}))
