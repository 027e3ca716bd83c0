"""Charts for the monitor: plain functions returning ``plotly.graph_objects.Figure``, styled with
the Rijkshuisstijl template, Dutch or English (``lang``), with alt text in
``fig.layout.meta["alt"]``. Used by the Streamlit pages (``st.plotly_chart(fig, theme=None)``)
and by image exports."""

from monitor.charts.alt import alt_text
from monitor.charts.breakdown import by_type, distribution
from monitor.charts.heatmap import status_heatmap
from monitor.charts.maps import choropleth, load_geojson
from monitor.charts.sparkline import sparkline
from monitor.charts.status import STATUS_STYLES, StatusStyle, status_style
from monitor.charts.theme import FONT_FAMILY, SEPARATORS, TEMPLATE_NAME, apply_language
from monitor.charts.trend import indicator_trend

__all__ = [
    "FONT_FAMILY",
    "SEPARATORS",
    "STATUS_STYLES",
    "TEMPLATE_NAME",
    "StatusStyle",
    "alt_text",
    "apply_language",
    "by_type",
    "choropleth",
    "distribution",
    "indicator_trend",
    "load_geojson",
    "sparkline",
    "status_heatmap",
    "status_style",
]
