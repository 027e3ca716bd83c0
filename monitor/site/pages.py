"""The start page (programme status), one page per action (its indicators with chart and table,
the approved statement and the milestones) and one per indicator (its definition in words and
its figures per organisation type). Everything shown comes from the snapshot's public source
(``monitor.site.public``), its report model (``monitor.reports.build``: the same words as the
progress report) and the charts the export made (``monitor.site.downloads``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import polars as pl

from monitor.charts.status import STATUS_STYLES, status_style
from monitor.charts.status_table import status_table_html
from monitor.compute.action_status import heatmap_frame
from monitor.compute.frame import national
from monitor.definitions.model import Indicator
from monitor.publication.source import ExportSource
from monitor.reports.model import ActionSection, ReportData, Words
from monitor.site import paths
from monitor.site.downloads import Downloads
from monitor.site.layout import SiteInfo, page
from monitor.site.markup import a, badge, bullets, esc, facts, para, table
from monitor.site.svg import inline_svg
from monitor.text import coverage_text, quarter, t, value_text
from monitor.views.keyfigures import explanation

HISTORY_QUARTERS = 8  # quarters in the start page's status table


@dataclass
class Material:
    """What the pages of one language are made from."""

    source: ExportSource  # public (``monitor.site.public``)
    report: ReportData
    downloads: Downloads
    info: SiteInfo
    lang: str

    @cached_property
    def action_status(self) -> dict[str, str]:
        """The status of every action in the last quarter, by the badge the report wrote."""
        by_badge = {s.badge(self.lang): key for key, s in STATUS_STYLES.items()}
        return {row[0].lower(): by_badge.get(row[3], "onvoldoende") for row in self.report.summary.rows}

    def chart(self, action_id: str, ind: Indicator):
        return next((c for c in self.downloads.charts if c.indicator is not None
                     and c.indicator.id == ind.id and c.name.startswith(f"{action_id}-")), None)


def _status_history(m: Material) -> tuple[str, str]:
    """The status table of the last quarters (style for the head, table for the body)."""
    rule = m.source.action_rule if m.source.rules_version >= 2 else None
    frame = heatmap_frame(m.source.results, m.source.defs, m.lang, rule)
    periods = sorted(frame["period"].unique().to_list())[-HISTORY_QUARTERS:]
    made = status_table_html(frame.filter(pl.col("period").is_in(periods)), m.lang)
    style, _, body = made.rpartition("</style>")
    return style.replace("<style>", ""), body


def start_page(m: Material) -> bytes:
    lang, report = m.lang, m.report
    here = paths.in_lang(lang, paths.HOME)
    body = [para(t("site.home.intro", lang, count=len(report.actions)))]
    if report.overview is not None:
        body += [f"<h2>{esc(t('site.home.key_points', lang))}</h2>",
                 para(report.overview.counts_sentence), bullets(report.overview.key_points)]
    rows = []
    for row in report.summary.rows:
        code = row[0]
        link = a(paths.link(here, paths.in_lang(lang, paths.action_page(code))), code)
        rows.append([link, row[1], row[2], badge(m.action_status.get(code.lower()), row[3]), *row[4:]])
    header = [t("site.col.action", lang), report.summary.header[1], t("site.col.line", lang),
              t("site.col.status", lang)]
    header += [t("site.col.reason", lang)] * (len(report.summary.header) - 4)
    body += [f"<h2>{esc(t('site.home.actions', lang, quarter=report.period_label))}</h2>",
             table(header, rows, report.summary.caption, raw=(0, 3))]
    style, history = _status_history(m)
    body += [f"<h2>{esc(t('site.home.history', lang))}</h2>", history]
    return page(m.info, lang, paths.HOME, report.title, "".join(body), head=f"<style>{style}</style>")


def _figures_table(rows: pl.DataFrame, ind: Indicator, lang: str) -> str:
    """The figures behind the chart: per quarter value, planned, forecast, coverage, status."""
    shown = []
    for r in rows.iter_rows(named=True):
        style = status_style(r.get("status"))
        shown.append([quarter(r["period"], lang),
                      value_text(r["value"], ind.precision, ind.unit, lang),
                      value_text(r.get("planned"), ind.precision, ind.unit, lang),
                      value_text(r.get("forecast"), ind.precision, ind.unit, lang),
                      coverage_text(r.get("reported"), r.get("expected"), lang),
                      badge(r.get("status"), style.badge(lang)) if style else "–"])
    header = [t(f"site.col.{c}", lang) for c in ("quarter", "value", "planned", "forecast",
                                                  "coverage", "status")]
    return table(header, shown, t("site.indicator.table", lang, title=ind.title.get(lang)),
                 numeric=(1, 2, 3, 4), raw=(5,))


def _indicator(m: Material, action_id: str, ind: Indicator, section, here: str) -> str:
    lang = m.lang
    rows = national(m.source.results, ind.id)
    last = rows.filter(pl.col("period") == m.source.until)["status"].to_list()
    out = [f'<section class="indicator" id="{esc(ind.id)}" aria-labelledby="h-{esc(ind.id)}">',
           f'<h3 id="h-{esc(ind.id)}">{esc(ind.title.get(lang))}</h3>',
           f"<p>{esc(t('site.indicator.status', lang))} "
           f"{badge(last[0] if last else None, section.status_label)}</p>",
           para(section.sentence), para(section.coverage_note, "note")]
    chart = m.chart(action_id, ind)
    if chart is not None and chart.name in m.downloads.svg:
        out.append(f"<figure>{inline_svg(m.downloads.svg[chart.name], ind.id)}"
                   f"<figcaption>{esc(chart.alt)}</figcaption></figure>")
    out.append(_figures_table(rows, ind, lang))
    links = [a(paths.link(here, p), p.rsplit(".", 1)[-1].upper()) for p in
             (m.downloads.chart_files(chart) if chart is not None else [])]
    if links:
        out.append(f"<p>{esc(t('site.indicator.downloads', lang))} {' · '.join(links)}</p>")
    out.append("<p>" + a(paths.link(here, paths.in_lang(lang, paths.indicator_page(ind.id))),
                         t("site.indicator.definition", lang, title=ind.title.get(lang))) + "</p>")
    return "".join(out) + "</section>"


def _words(words: Words | None) -> str:
    if words is None:
        return ""
    out = [f"<h2>{esc(words.heading)}</h2>", para(words.judgement), para(words.differs, "warn"),
           para(words.reason), para(words.missing)]
    for part in words.parts:
        out.append(f"<h3>{esc(part.title)}</h3>")
        out += [para(" ".join(b.items)) if b.kind == "paragraph" else bullets(b.items) for b in part.blocks]
    out.append(f"<h2>{esc(words.milestones_heading)}</h2>")
    if words.milestones is not None:
        out.append(table(words.milestones.header, words.milestones.rows, words.milestones.caption))
    else:
        out.append(para(words.no_milestones))
    return "".join(out)


def action_page(m: Material, section: ActionSection) -> bytes:
    lang = m.lang
    name = paths.action_page(section.id)
    here = paths.in_lang(lang, name)
    spec = next(x.spec for x in m.source.defs.actions if x.id.upper() == section.id)
    reason = next((r[4] for r in m.report.summary.rows if r[0] == section.id and len(r) > 4), "")
    body = [f"<p>{esc(t('site.action.status', lang, quarter=m.report.period_label))} "
            f"{badge(m.action_status.get(section.id.lower()), section.status_label)}</p>",
            para(reason), para(section.description),
            para(t("site.action.owner", lang, owner=section.owner, line=section.line), "note"),
            f"<h2>{esc(t('site.action.indicators', lang))}</h2>"]
    if not section.indicators:
        body.append(para(t("site.action.none", lang)))
    by_id = {i.id: i for i in spec.indicators}
    body += [_indicator(m, spec.action.id, by_id[s.id], s, here) for s in section.indicators]
    body.append(_words(section.words))
    return page(m.info, lang, name, f"{section.id} {section.title}", "".join(body))


def _by_type(m: Material, ind: Indicator) -> str:
    lang = m.lang
    rows = m.source.results.filter((pl.col("indicator") == ind.id) & (pl.col("breakdown") == "type")
                                   & (pl.col("period") == m.source.until)).sort("group")
    heading = f"<h2>{esc(t('site.indicator.by_type', lang, quarter=m.report.period_label))}</h2>"
    if rows.is_empty():
        return heading + para(t("site.indicator.by_type.none", lang))
    types = m.source.config.org_types if m.source.config is not None else {}
    shown = []
    for r in rows.iter_rows(named=True):
        style = status_style(r.get("status"))
        shown.append([(types.get(r["group"]) or {}).get(lang, r["group"]),
                      value_text(r["value"], ind.precision, ind.unit, lang),
                      coverage_text(r.get("reported"), r.get("expected"), lang),
                      badge(r.get("status"), style.badge(lang)) if style else "–"])
    header = [t(f"site.col.{c}", lang) for c in ("type", "value", "coverage", "status")]
    return heading + table(header, shown, t("site.indicator.by_type", lang, quarter=m.report.period_label),
                           numeric=(1, 2), raw=(3,))


def indicator_page(m: Material, action_id: str, ind: Indicator) -> bytes:
    lang = m.lang
    name = paths.indicator_page(ind.id)
    here = paths.in_lang(lang, name)
    action = next(x.spec.action for x in m.source.defs.actions if x.id == action_id)
    entry = next(e for e in m.report.annex if e.indicator == ind.id)
    said = explanation(ind, m.source.defs, m.source.config, "trend", lang)
    to_action = paths.link(here, paths.in_lang(lang, paths.action_page(action_id))) + f"#{ind.id}"
    body = [para(t("site.indicator.of_action", lang, code=action_id.upper(), title=action.title.get(lang))),
            f"<h2>{esc(t('site.indicator.what', lang))}</h2>", para(said.what),
            f"<h2>{esc(t('site.indicator.how', lang))}</h2>", bullets(said.how),
            f"<h2>{esc(t('site.indicator.read', lang))}</h2>", para(said.read),
            facts([(t("site.indicator.baseline", lang), entry.baseline),
                   (t("site.indicator.targets", lang), entry.targets),
                   (t("site.indicator.covers", lang), entry.covers),
                   (t("site.indicator.source", lang), entry.source)]),
            _by_type(m, ind), "<p>" + a(to_action, t("site.indicator.back", lang)) + "</p>"]
    return page(m.info, lang, name, ind.title.get(lang), "".join(body))
