"""The submission template for one organisation and quarter: its measures pre-filled, with
description, unit, allowed values and last quarter's value as informational columns. Written so
Dutch Excel opens it correctly: ``;`` separated, UTF-8 with BOM, CRLF."""

from __future__ import annotations

import csv
import io

from monitor.definitions.model import Measure
from monitor.errors import UsageError
from monitor.intake.core import Context
from monitor.periods import Quarter
from monitor.store import Store
from monitor.text import Text, t, unit_text

COLUMNS = ("organisation", "period", "measure", "value", "note", "description", "unit", "allowed",
           "required", "previous_quarter")  # the header: template.col.<column> in the file's language


def dutch_number(v: float, group: bool = True) -> str:
    """``v`` as Dutch text: ``19.131`` and ``1.234,5``; ``group=False``: ``1234,5`` (no dot for
    thousands, as the template writes a decimal measure: ``1.234`` would be ambiguous for it)."""
    text = f"{v:,.4f}".rstrip("0").rstrip(".") if v != int(v) else f"{int(v):,}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text if group else text.replace(".", "")


def measure_number(v: float, m: Measure) -> str:
    """A number of measure ``m`` as the template writes it and the intake reads it back: thousands
    grouped for a whole-number measure (``19.131``), not for others (``1234,5``)."""
    return dutch_number(v, group=m.type == "integer")


def allowed(m: Measure, lang: str) -> str:
    if m.type == "choice":
        return " | ".join(m.choices or [])
    hint = t(f"template.type.{m.type}", lang)
    lo, hi = m.low, m.high
    if m.type == "percentage" and m.percent_format == "fraction":
        hint += t("template.fraction", lang)
    if lo is not None or hi is not None:
        rng = (f"{measure_number(lo, m) if lo is not None else '…'} - "
               f"{measure_number(hi, m) if hi is not None else '…'}")
        hint += f", {rng}"
    return hint + t("template.nvt", lang)


def previous_values(store: Store, org: str, period: Quarter,
                    measures: dict[str, Measure] | None = None) -> dict[str, str]:
    with store.read() as con:
        rows = con.execute(
            "SELECT measure, state, num, txt FROM current_values WHERE organisation = ? AND period = ?",
            [org, str(period - 1)],
        ).fetchall()
    out = {}
    for measure, state, num, txt in rows:
        m = (measures or {}).get(measure)
        out[measure] = "n.v.t." if state == "nvt" else (
            txt if txt is not None else measure_number(num, m) if m else dutch_number(num))
    return out


def template_csv(store: Store, ctx: Context, org: str, period: str | Quarter) -> bytes:
    """The template file for ``org`` and ``period`` (UsageError for an unknown organisation)."""
    q = Quarter.parse(period)
    org_type = ctx.org_types.get(org)
    if org_type is None:
        raise UsageError(Text("error.template.organisation", org=org))
    lang = ctx.lang
    prev = previous_values(store, org, q, ctx.defs.measures)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(f"template.col.{c}", lang) for c in COLUMNS])
    for m in ctx.defs.measures_for(org, org_type):
        description = m.title.get(lang) + (f": {m.description.get(lang)}" if m.description else "")
        previous = prev.get(m.id, "")
        if m.type == "boolean" and previous in ("1", "0"):
            previous = "ja" if previous == "1" else "nee"
        elif m.type == "date" and len(previous) == 10 and previous[4] == "-":
            previous = f"{previous[8:10]}-{previous[5:7]}-{previous[0:4]}"
        writer.writerow([
            org, str(q), m.id, "", "", " ".join(description.split()), unit_text(m.unit, lang),
            allowed(m, lang), t("yes" if m.required else "no", lang),
            previous,
        ])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
