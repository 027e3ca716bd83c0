"""The summary page of a progress report (edition 2): how many actions have each status, in a
sentence and a small table, and three to five generated key sentences: how many actions are on
track, which changed status since the previous quarter, the indicator that moved most towards its
target, and the coverage of the submissions.

Every sentence is built so that it is grammatical for any number: counts choose their plural
form (``.one`` / ``.other``, and a separate text for none), and an indicator's title, which may be
singular ("Aandeel ...") or plural ("Adviesaanvragen ..."), is never the subject of a verb. No
sentence speaks of a forecast."""

from __future__ import annotations

import polars as pl

from monitor.compute.frame import STATUSES, national
from monitor.definitions import Definitions
from monitor.definitions.model import Indicator
from monitor.periods import Quarter
from monitor.reports.model import Chart, Overview, Table
from monitor.text import has, listed, number, percent, quarter, t, value_text

ON_TRACK = ("behaald", "op_koers")


def _counted(key: str, count: int, lang: str, **params: object) -> str:
    """``key_none`` for zero (when the catalogue has it), else the plural form for ``count``."""
    if count == 0 and has(f"{key}_none"):
        return t(f"{key}_none", lang, **params)
    return t(key, lang, count=count, **params)


def status_counts(status: dict[str, str], lang: str) -> tuple[str, Table]:
    """The sentence and the table of how many actions have each status (``status``: action id
    -> status)."""
    total = len(status)
    counts = {s: sum(1 for v in status.values() if v == s) for s in STATUSES}
    parts = [f"{number(n, 0, lang)} {t(f'status.word.{s}', lang)}" for s, n in counts.items() if n]
    sentence = _counted("report.key.counts", total, lang, parts=listed(parts, lang))
    rows = [[t(f"status.{s}", lang), number(n, 0, lang)] for s, n in counts.items()]
    rows.append([t("report.key.total", lang), number(total, 0, lang)])
    table = Table([t("report.col.status", lang), t("report.key.col.actions", lang)], rows,
                  t("report.key.counts_caption", lang))
    return sentence, table


def on_track(status: dict[str, str], lang: str) -> str:
    n = sum(1 for s in status.values() if s in ON_TRACK)
    of = t("report.key.of_actions", lang, count=len(status))
    return _counted("report.key.on_track", n, lang, of=of)


def changes(now: dict[str, str], before: dict[str, str], prev: str, lang: str) -> str:
    changed = [(a, before[a], s) for a, s in now.items() if a in before and before[a] != s]
    items = [t("report.key.change", lang, action=a.upper(), was=t(f"status.word.{b}", lang),
               now=t(f"status.word.{s}", lang)) for a, b, s in changed]
    return _counted("report.key.changes", len(changed), lang, prev=quarter(prev, lang),
                    changes=listed(items, lang))


def _progress(ind: Indicator, rows: pl.DataFrame, until: str, prev: str) -> float | None:
    """How far ``ind`` moved towards its final target between ``prev`` and ``until``, as a share
    of the distance from its first value to that target (negative: away from it); None for a
    milestone or without both values."""
    series = rows.filter(pl.col("value").is_not_null())
    values = dict(series.select("period", "value").iter_rows())
    if until not in values or prev not in values or ind.compute.kind == "milestone":
        return None
    scale = abs(ind.final_target.value - series["value"][0])
    if not scale:
        return None
    step = values[until] - values[prev]
    return (step if ind.direction == "up" else -step) / scale


def _moved_most(results: pl.DataFrame, defs: Definitions, until: str, prev: str,
                lang: str) -> str:
    best: tuple[float, Indicator, pl.DataFrame] | None = None
    for a in defs.actions:
        for ind in a.spec.indicators:
            rows = national(results, ind.id)
            share = _progress(ind, rows, until, prev)
            if share is not None and share > 0 and (best is None or share > best[0]) \
                    and _shown(ind, rows, prev, lang) != _shown(ind, rows, until, lang):
                best = (share, ind, rows)
    if best is None:
        return t("report.key.no_progress", lang, prev=quarter(prev, lang))
    _, ind, rows = best
    return t("report.key.progress", lang, prev=quarter(prev, lang), title=ind.title.get(lang),
             a=_shown(ind, rows, prev, lang), b=_shown(ind, rows, until, lang))


def _shown(ind: Indicator, rows: pl.DataFrame, period: str, lang: str) -> str:
    """The value of ``period`` as the report shows it (precision and unit)."""
    value = rows.filter(pl.col("period") == period)["value"][0]
    return value_text(value, ind.precision, ind.unit, lang)


def _coverage(results: pl.DataFrame, until: str, lang: str) -> str | None:
    rows = national(results).filter((pl.col("period") == until) & pl.col("expected").is_not_null()
                                    & (pl.col("expected") > 0))
    if rows.is_empty():
        return None
    shares = (100 * rows["reported"].fill_null(0) / rows["expected"]).sort()
    low, high, mid = shares.min(), shares.max(), shares.median()
    q = quarter(until, lang)
    if round(low) == round(high):
        return t("report.key.coverage_same", lang, q=q, share=percent(low, 0, lang))
    return t("report.key.coverage", lang, q=q, low=percent(low, 0, lang),
             high=percent(high, 0, lang), median=percent(mid, 0, lang))


def overview(results: pl.DataFrame, defs: Definitions, until: str, status: dict[str, str],
             before: dict[str, str], lang: str, heatmap: Chart | None = None) -> Overview:
    """The summary page: ``status`` and ``before`` are the actions' statuses in ``until`` and in
    the quarter before it (empty when there is none)."""
    sentence, table = status_counts(status, lang)
    prev = str(Quarter.parse(until) + -1)
    points = [on_track(status, lang)]
    if before:
        points.append(changes(status, before, prev, lang))
        points.append(_moved_most(results, defs, until, prev, lang))
    cover = _coverage(results, until, lang)
    if cover:
        points.append(cover)
    return Overview(sentence, table, points, heatmap)
