"""Building a progress report (``ReportData``) from an export source: texts, tables and charts.

Charts are rendered by the caller's ``render`` (one Chromium session for the whole report) or
taken from ``charts`` when already rendered (the export pack, ``monitor.exports``)."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import polars as pl

from monitor.charts import indicator_trend, status_heatmap, status_style
from monitor.compute.action_status import action_reasons, action_status, heatmap_frame
from monitor.compute.describe import forecast_note, rules_text
from monitor.compute.frame import national
from monitor.compute.notes import note_details
from monitor.definitions.model import Indicator
from monitor.narrative import baseline_text, coverage_note, sentence, status_text, values_cell
from monitor.periods import Quarter
from monitor.publication.context import ExportContext, chart_context
from monitor.publication.source import ExportSource
from monitor.reports.model import (
    ActionSection,
    AnnexEntry,
    Chart,
    IndicatorSection,
    Overview,
    ReportData,
    Table,
)
from monitor.reports.summary import overview
from monitor.reports.words import action_words, commitment_annexes, milestone_reports
from monitor.text import as_made, coverage_text, quarter, t, value_text

SUMMARY_COLUMNS = ("action", "title", "line", "status")
TABLE_COLUMNS = ("quarter", "value", "planned", "coverage", "status")
TABLE_QUARTERS = 6
# rules version 2 (issue 15): the action status rule is declared; the summary names the deciders
NOTE_RULE = {"worst": "rules.note.worst", "majority": "rules.note.majority",
             "weighted": "rules.note.weighted"}

Renderer = Callable[[object, ExportContext], bytes]  # (figure, context) -> PNG bytes
HEATMAP = "status-per-actie"  # the heatmap's PNG in ``charts`` (the export pack's chart name)


def _value(v: float | None, ind: Indicator, lang: str) -> str:
    return value_text(v, ind.precision, ind.unit, lang)


def _head(columns: tuple[str, ...], lang: str) -> list[str]:
    return [t(f"report.col.{c}", lang) for c in columns]


def _table(rows: pl.DataFrame, ind: Indicator, lang: str) -> Table:
    """The last quarters of an indicator's national ``rows``. Results of rules version 2 (with
    ``n``; ``note_details`` added) also show the values behind each figure with the carried ones
    in brackets, and the status in the words of the pages (``monitor.narrative.status_text``);
    version 1 gives the table as it was made."""
    v2 = "n" in rows.columns
    body = []
    for r in rows.tail(TABLE_QUARTERS).iter_rows(named=True):
        cells = [quarter(r["period"], lang), _value(r["value"], ind, lang),
                 _value(r["planned"], ind, lang), coverage_text(r["reported"], r["expected"], lang)]
        body.append([*cells, values_cell(r["n"], r["carried"], lang), status_text(r, lang)] if v2
                    else [*cells, status_style(r["status"] or "onvoldoende").badge(lang)])
    head = _head(TABLE_COLUMNS, lang)
    return Table([*head[:4], t("shown.col.values", lang), *head[4:]] if v2 else head, body,
                 ind.title.get(lang))


def build_report(source: ExportSource, lang: str, render: Renderer | None,
                 charts: dict[str, bytes] | None = None) -> ReportData:
    """The report for ``source``. ``render`` makes a PNG of a chart; ``charts`` may already hold
    PNGs by indicator id, and the status heatmap's as :data:`HEATMAP` (then nothing is rendered
    twice). Without either, no images."""
    with as_made(source.rules_version):  # a snapshot's report in the texts it was made with
        return _report(source, lang, render, charts)


def _report(source: ExportSource, lang: str, render: Renderer | None,
            charts: dict[str, bytes] | None) -> ReportData:
    charts = dict(charts or {})
    v1 = source.rules_version < 2  # a snapshot from before issue 15: its report as it was made
    until = source.results.filter(pl.col("period") == source.until)
    frame = action_status(until, None if v1 else source.defs, source.action_rule)
    status = dict(frame.select("action", "status").iter_rows())
    reasons = {} if v1 else action_reasons(source.results, source.defs, source.until, lang, frame)
    summary_rows, sections, annex = [], [], []
    reports = milestone_reports(source.statements)
    for a in source.defs.actions:
        act = a.spec.action
        badge = status_style(status.get(a.id, "onvoldoende")).badge(lang)
        summary_rows.append([a.id.upper(), act.title.get(lang), act.line, badge]
                            + ([] if v1 else [reasons.get(a.id, "")]))
        inds = []
        for ind in a.spec.indicators:
            rows = national(source.results, ind.id)
            # rules version 2: what a status leaves out, for the status words (status_text)
            shown = rows if v1 else note_details(rows, source.defs, source.config)
            last = shown.filter(pl.col("period") == source.until).to_dicts()
            ctx = chart_context(source, ind, lang)
            images = []
            if ind.id in charts or render is not None:
                fig = indicator_trend(rows, ind, lang)  # built once: image and alt text
                if ind.id not in charts:
                    charts[ind.id] = render(fig, ctx)
                meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
                images = [Chart(ind.title.get(lang), charts[ind.id],
                                meta.get("alt") or ind.title.get(lang))]
            inds.append(IndicatorSection(
                ind.id, ind.title.get(lang),
                status_text(last[0], lang) if last and not v1 else
                status_style((last[0]["status"] if last else None) or "onvoldoende").badge(lang),
                sentence(ind, rows, source.until, lang),
                coverage_note(last[0], lang) if last else "",
                images, _table(shown, ind, lang)))
            targets = "; ".join(f"{_value(target.value, ind, lang)} ({quarter(target.period, lang)})"
                                for target in ind.targets)
            annex.append(AnnexEntry(
                a.id.upper(), ind.id, ind.title.get(lang),
                rules_text(ind, source.defs, source.settings, lang, source.rules_version),
                ", ".join(source.defs.covers(ind)),
                baseline_text(ind, source.results, lang),
                targets, ind.source.get(lang) if ind.source else ""))
        words = None if v1 else action_words(source, a.spec, status.get(a.id), lang,
                                             reports.get(a.id, {}))
        sections.append(ActionSection(a.id.upper(), act.line, act.title.get(lang),
                                      act.description.get(lang), act.owner, badge, inds, words))
    title = t("report.title", lang)
    ctx = ExportContext(title, "", source.peildatum, source.live, "", lang)
    summary_page = None if v1 else _overview(source, lang, status, render, charts)
    return ReportData(
        lang=lang, title=title, subtitle=source.label,
        period_label=quarter(source.until, lang), reference_date=source.peildatum,
        snapshot_id=source.snapshot_id, definitions_sha256=source.definitions_sha256,
        summary=Table(_head(SUMMARY_COLUMNS, lang) + ([] if v1 else [t("rules.col.reason", lang)]),
                      summary_rows, t("report.summary_caption", lang)),
        actions=sections, annex=annex, source_line=ctx.source_line,
        notes=[t(key, lang) for key in ("report.note.v1_rule", "report.note.v1_forecast",
                                        "report.note.coverage")] if v1
        else [t(NOTE_RULE[source.action_rule], lang), forecast_note(source.settings, lang),
              t("report.note.coverage", lang)],
        overview=summary_page, rules_version=source.rules_version,
        commitments=[] if v1 else commitment_annexes(source, lang),
    )


def report_heatmap(source: ExportSource, lang: str) -> go.Figure:
    """The status heatmap for the report's summary page: the dashboard's chart with the actions
    by code ("A03"; the table beside it has their titles), so the quarters get the width, and no
    title (the caption says it)."""
    frame = heatmap_frame(source.results, source.defs, lang, source.action_rule)
    frame = frame.with_columns(pl.col("action").str.to_uppercase().alias("action_label"))
    fig = go.Figure(status_heatmap(frame, lang, letter=True))  # a copy: the chart is memoised
    fig.update_layout(title=None, margin={"t": 20})
    return fig


def _overview(source: ExportSource, lang: str, status: dict[str, str], render: Renderer | None,
              charts: dict[str, bytes]) -> Overview:
    """The summary page (edition 2): status counts, key sentences and the status heatmap."""
    prev = str(Quarter.parse(source.until) + -1)
    before_rows = source.results.filter(pl.col("period") == prev)
    before = {} if before_rows.is_empty() else dict(
        action_status(before_rows, source.defs, source.action_rule).select("action", "status").iter_rows())
    heatmap = None
    if HEATMAP in charts or render is not None:
        fig = report_heatmap(source, lang)
        title = t("chart.status_title", lang)
        if HEATMAP not in charts:
            charts[HEATMAP] = render(fig, ExportContext(title, "", source.peildatum, source.live, "", lang))
        meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
        heatmap = Chart(title, charts[HEATMAP], meta.get("alt") or title)
    full = {a.id: status.get(a.id, "onvoldoende") for a in source.defs.actions}
    return overview(source.results, source.defs, source.until, full, before, lang, heatmap)

