import plotly.graph_objects as go
import pytest

from monitor.charts import indicator_trend
from monitor.exports import ExportError, alt_text_of, alt_text_path, write_alt_text
from tests.charts.frames import CDO, national_rows


def test_alt_text_comes_from_the_chart_meta_and_is_written_next_to_the_image(tmp_path):
    fig = indicator_trend(national_rows(), CDO, "nl")
    assert alt_text_of(fig) == fig.layout.meta["alt"]
    path = write_alt_text(fig, tmp_path / "a03.png")
    assert path == alt_text_path(tmp_path / "a03.png") == tmp_path / "a03.txt"
    assert path.read_text(encoding="utf-8") == fig.layout.meta["alt"] + "\n"


def test_a_chart_without_alt_text_is_refused():
    with pytest.raises(ExportError, match="no alt text"):
        alt_text_of(go.Figure())
    with pytest.raises(ExportError):
        alt_text_of(go.Figure(layout={"meta": {"alt": "  "}}))
