"""The Rijkshuisstijl Plotly template ("rijkshuisstijl"), language settings, and the finishing
step every builder applies (template, separators, alt text in ``layout.meta``).

Importing this module registers the template in ``plotly.io.templates``; it does not change the
global default. In Streamlit pass ``theme=None`` to ``st.plotly_chart`` so Streamlit's own theme
does not replace the template.
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from monitor.charts.palette import (
    AXIS_LINE,
    CATEGORICAL,
    GRID,
    HEADING,
    HEMELBLAUW,
    LINTBLAUW,
    MUTED_TEXT,
    SEQUENTIAL,
    TEXT,
    WIT,
)
from monitor.charts.texts import tr
from monitor.config import check_language

TEMPLATE_NAME = "rijkshuisstijl"
FONT_FAMILY = "RijksoverheidSansText, Verdana, Arial, sans-serif"
SEPARATORS = {"nl": ",.", "en": ".,"}  # decimal mark, then thousands separator


def build_template() -> go.layout.Template:
    """The house template: fonts, colours, light grid, Dutch separators by default."""
    axis = {
        "gridcolor": GRID,
        "linecolor": AXIS_LINE,
        "zerolinecolor": AXIS_LINE,
        "showline": True,
        "ticks": "",
        "automargin": True,
        "tickfont": {"color": TEXT},
        "title": {"font": {"color": TEXT}, "standoff": 8},
        # numbers written in full with the language's thousands separator: 10.000, not 10k
        "exponentformat": "none",
        "separatethousands": True,
    }
    layout = go.Layout(
        font={"family": FONT_FAMILY, "size": 14, "color": TEXT},
        title={"font": {"size": 18, "color": HEADING}, "x": 0, "xanchor": "left",
               "subtitle": {"font": {"size": 13, "color": MUTED_TEXT}}},
        paper_bgcolor=WIT,
        plot_bgcolor=WIT,
        colorway=list(CATEGORICAL),
        colorscale={"sequential": [list(s) for s in SEQUENTIAL]},
        separators=SEPARATORS["nl"],
        xaxis=axis,
        yaxis=axis,
        legend={"orientation": "h", "yanchor": "top", "y": -0.18, "x": 0, "font": {"color": TEXT}},
        hoverlabel={"font": {"family": FONT_FAMILY, "color": TEXT}, "bgcolor": WIT, "bordercolor": LINTBLAUW},
        annotationdefaults={"font": {"color": TEXT}},
        margin={"l": 60, "r": 30, "t": 80, "b": 60},
        map={"style": "white-bg"},
    )
    data = {
        "bar": [go.Bar(marker={"color": HEMELBLAUW})],
        "histogram": [go.Histogram(marker={"color": HEMELBLAUW, "line": {"color": WIT, "width": 1}})],
        "scatter": [go.Scatter(line={"width": 2.5})],
    }
    return go.layout.Template(layout=layout, data=data)


pio.templates[TEMPLATE_NAME] = build_template()


def apply_language(fig: go.Figure, lang: str) -> go.Figure:
    """Set the number separators for ``lang``: '1.234,5' (nl) or '1,234.5' (en). Returns ``fig``."""
    fig.layout.separators = SEPARATORS[check_language(lang)]
    return fig


def finish(fig: go.Figure, *, kind: str, lang: str, alt: str) -> go.Figure:
    """Apply the template and language and keep the alt text in ``layout.meta``
    (``fig.layout.meta["alt"]``; also usable as ``%{meta.alt}`` in Plotly texts)."""
    fig.update_layout(template=TEMPLATE_NAME, meta={"alt": alt, "kind": kind, "lang": lang})
    return apply_language(fig, lang)


def no_data_figure(title: str, *, kind: str, lang: str, alt: str) -> go.Figure:
    """An empty figure with the title and the note 'Nog geen gegevens' / 'No data yet'."""
    fig = go.Figure()
    fig.update_layout(
        title={"text": title},
        xaxis={"visible": False},
        yaxis={"visible": False},
        annotations=[
            {
                "text": tr("no_data", lang),
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "showarrow": False,
                "font": {"size": 16, "color": MUTED_TEXT},
            }
        ],
    )
    return finish(fig, kind=kind, lang=lang, alt=alt)
