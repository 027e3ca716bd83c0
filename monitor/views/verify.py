"""A snapshot's reproducibility check as shown: on the Export page (button "Controleer
reproduceerbaarheid") and by ``monitor snapshot verify``. The check itself is
:func:`monitor.snapshots.verify.verify_snapshot`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import polars as pl

from monitor.snapshots.verify import Verification, verify_snapshot
from monitor.text import number, t

if TYPE_CHECKING:
    from monitor.runtime import Runtime

SHOWN = 20  # differing cells shown; the count says how many more there are
COLUMNS = ("indicator", "period", "breakdown", "group", "column", "stored", "recomputed")


def check_snapshot(rt: Runtime, snapshot_id: int, user: object) -> Verification:
    """Recompute the snapshot and compare (``export.snapshot`` required; audited)."""
    return verify_snapshot(rt, snapshot_id, user)


def summary(found: Verification, lang: str, text: Callable[..., str] = t) -> str:
    """'Peildatum 3 'Brief' reproduceert: 1.234 resultaten gelijk.' or what differs, and how many
    numbers are equal only up to rounding. ``text`` is :func:`monitor.text.t`, or ``tm`` for an
    element that reads Markdown."""
    n = number(found.results, 0, lang)
    if found.reproduces:
        said = text("verify.reproduces", lang, id=found.snapshot_id, label=found.label,
                    count=found.results)
    else:
        said = text("verify.differs", lang, id=found.snapshot_id, label=found.label,
                    count=found.differing_rows, n=n)
    return f"{said} {text('verify.rounded', lang, count=found.rounded)}" if found.rounded else said


def differences_table(found: Verification, lang: str, limit: int = SHOWN) -> pl.DataFrame:
    """The first ``limit`` differing cells: indicator, quarter, breakdown, group, column, stored
    and recomputed value (an empty value as '–'; a result on one side only as '(whole row)',
    present or absent), with column names in ``lang``."""
    whole = pl.col("column").is_null()

    def side(c: str) -> pl.Expr:
        row = pl.when(pl.col(c).is_null()).then(pl.lit(t("verify.absent", lang))) \
            .otherwise(pl.lit(t("verify.present", lang)))
        return pl.when(whole).then(row).otherwise(pl.col(c).fill_null("–")).alias(c)

    shown = found.differences.head(limit).select(
        *COLUMNS[:4], pl.col("column").fill_null(t("verify.whole_row", lang)),
        side("stored"), side("recomputed"))
    return shown.rename({c: t(f"verify.col.{c}", lang) for c in COLUMNS})


def difference_lines(found: Verification, lang: str, limit: int = SHOWN) -> list[str]:
    """The first ``limit`` differing cells as lines for the terminal, and how many more there are:
    'i_share 2024-Q2 national NL value: opgeslagen 40.0, herberekend 45.0'."""
    stored, again = (t(f"verify.col.{c}", lang).lower() for c in ("stored", "recomputed"))
    lines = [f"{' '.join(row[:4])} {row[4]}: {stored} {row[5]}, {again} {row[6]}"
             for row in differences_table(found, lang, limit).iter_rows()]
    if found.differences.height > limit:
        lines.append(t("verify.more", lang, count=found.differences.height - limit))
    return lines
