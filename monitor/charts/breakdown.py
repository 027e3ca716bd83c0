"""One quarter broken down: bars per organisation type, and the distribution over organisations."""

from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go
import polars as pl

from monitor.charts import palette as p
from monitor.charts.alt import alt_text
from monitor.charts.hover import hover_text
from monitor.charts.memo import memo_figure
from monitor.charts.numbers import quarter_label, value_or_missing, value_text
from monitor.charts.theme import check_language, finish, no_data_figure
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.text import t, unit_text

TypeLabels = Mapping[str, str | Mapping[str, str]]


def rows_for(rows: pl.DataFrame, period: str | Quarter, breakdown: str | None = None) -> pl.DataFrame:
    """The rows of one quarter (and one breakdown, when the frame has that column)."""
    out = rows.filter(pl.col("period") == str(Quarter.parse(period)))
    if breakdown and "breakdown" in out.columns:
        out = out.filter(pl.col("breakdown") == breakdown)
    return out


def resolve_labels(type_labels: TypeLabels | None, lang: str) -> dict[str, str]:
    """Labels per type id: accepts {id: 'Gemeenten'} or config-style {id: {nl: ..., en: ...}}."""
    out = {}
    for key, label in (type_labels or {}).items():
        out[key] = label if isinstance(label, str) else label.get(lang) or label.get("nl") or key
    return out


def judged(ind: Indicator, breakdown: str) -> bool:
    """Whether the indicator's targets apply to ``breakdown`` (rules version 2: a national target
    is not drawn on, nor scales, per-type or per-organisation figures)."""
    return breakdown in ind.target_applies_to


def _target_line(fig: go.Figure, ind: Indicator, lang: str, breakdown: str) -> None:
    if not judged(ind, breakdown):
        return
    final = ind.final_target
    fig.add_vline(
        x=final.value,
        line={"color": p.TARGET_MARKER, "dash": "dash", "width": 2},
        annotation_text=f"{t('chart.final_target', lang)} {value_text(final.value, ind, lang, trim=True)} "
        f"({final.period.label(lang)})",
        annotation_position="top",
        annotation_font={"color": p.TEXT, "size": 12},
    )


def _bar_hover(row: dict, label: str, ind: Indicator, lang: str) -> str:
    return hover_text(f"{label}: {value_or_missing(row['value'], ind, lang)}", row, lang)


@memo_figure
def by_type(
    type_rows: pl.DataFrame,
    indicator: Indicator,
    period: str | Quarter,
    lang: str = "nl",
    type_labels: TypeLabels | None = None,
) -> go.Figure:
    """Horizontal bars of the value per organisation type in ``period``, largest on top, labelled
    with the formatted value ('geen gegevens' for a type without a value), and the final target
    as a dashed vertical line when the indicator's targets apply to types (``target_applies_to``).

    ``type_rows``: results-frame rows with ``period``, ``group`` (the type id), ``value``; optional
    ``breakdown`` (rows other than 'type' are ignored), ``reported``, ``expected``, ``status``.
    ``type_labels``: {type id: label} or config ``organisation_types`` ({id: {nl, en}}).
    """
    check_language(lang)
    labels = resolve_labels(type_labels, lang)
    rows = rows_for(type_rows, period, "type").sort("value", descending=True, nulls_last=True)
    title = indicator.title.get(lang)
    alt = alt_text("by_type", indicator, rows, lang, period=period, type_labels=labels)
    if rows.filter(pl.col("value").is_not_null()).height == 0:
        return no_data_figure(title, kind="by_type", lang=lang, alt=alt)
    records = rows.to_dicts()
    names = [labels.get(r["group"], r["group"]) for r in records]
    fig = go.Figure(
        go.Bar(
            x=[r["value"] if r["value"] is not None else 0 for r in records],
            y=names,
            orientation="h",
            meta={"role": "value"},
            marker={"color": p.HEMELBLAUW},
            text=[value_or_missing(r["value"], indicator, lang) for r in records],
            textposition="outside",
            textfont={"color": p.TEXT},
            cliponaxis=False,
            hovertext=[_bar_hover(r, n, indicator, lang) for r, n in zip(records, names, strict=True)],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    _target_line(fig, indicator, lang, "type")
    target = [indicator.final_target.value] if judged(indicator, "type") else []
    top = max([*target, *(r["value"] or 0 for r in records)])
    fig.update_xaxes(title_text=unit_text(indicator.unit, lang), range=[0, top * 1.2 or 1])
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_layout(
        title={"text": title,
               "subtitle": {"text": t("chart.per_type", lang, period=quarter_label(period, lang))}},
        height=160 + 45 * len(records),
        showlegend=False,
    )
    return finish(fig, kind="by_type", lang=lang, alt=alt)


@memo_figure
def distribution(
    org_rows: pl.DataFrame, indicator: Indicator, period: str | Quarter, lang: str = "nl"
) -> go.Figure:
    """Histogram of the per-organisation values in ``period`` (organisations without a value are
    left out and counted in the subtitle), with the median (dotted) and the final target (dashed)
    when the indicator's targets apply to organisations (``target_applies_to``).

    ``org_rows``: results-frame rows with ``period``, ``group`` (organisation code), ``value``;
    optional ``breakdown`` (rows other than 'organisation' are ignored).
    """
    check_language(lang)
    rows = rows_for(org_rows, period, "organisation")
    values = rows.filter(pl.col("value").is_not_null())["value"]
    title = indicator.title.get(lang)
    alt = alt_text("distribution", indicator, rows, lang, period=period)
    if values.len() == 0:
        return no_data_figure(title, kind="distribution", lang=lang, alt=alt)
    fig = go.Figure(
        go.Histogram(
            x=values.to_list(),
            meta={"role": "value"},
            texttemplate="%{y}",
            textfont={"color": p.TEXT},
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    median = float(values.median())
    fig.add_vline(
        x=median,
        line={"color": p.MUTED_TEXT, "dash": "dot", "width": 2},
        annotation_text=f"{t('chart.median', lang)} {value_text(median, indicator, lang)}",
        annotation_position="top left",
        annotation_font={"color": p.MUTED_TEXT, "size": 12},
    )
    _target_line(fig, indicator, lang, "organisation")
    shown = t("chart.n_organisations", lang, n=f"{values.len()}/{rows.height}")
    subtitle = f"{t('chart.per_org', lang, period=quarter_label(period, lang))} — {shown}"
    fig.update_xaxes(title_text=unit_text(indicator.unit, lang))
    fig.update_yaxes(title_text=t("chart.organisations", lang))
    fig.update_layout(title={"text": title, "subtitle": {"text": subtitle}}, bargap=0.05, showlegend=False)
    return finish(fig, kind="distribution", lang=lang, alt=alt)
