"""Writing a batch as a real CSV file in the submission format, each value as a Dutch user types
it (``ja``/``nee``, ``n.v.t.``, ``dd-mm-jjjj``, decimal comma, some with ``1.234`` or ``45%``)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

from monitor.definitions.model import Measure
from monitor.demo.common import NUMERIC, NVT, Value
from monitor.demo.profiles import Org
from monitor.demo.schedule import Batch, FilePlan
from monitor.demo.world import World
from monitor.intake.core import COLUMNS, RawRow
from monitor.intake.values import file_convention


def value_text(m: Measure, v: Value, org: Org) -> str:
    """The value as a Dutch user types it."""
    if v is None:
        return ""
    if v is NVT:
        return "n.v.t."
    if m.type == "boolean":
        return "ja" if v else "nee"
    if m.type == "date" and isinstance(v, date):
        return v.strftime("%d-%m-%Y")
    if m.type == "choice":
        return str(v)
    x = float(v)  # type: ignore[arg-type]
    if m.type == "percentage" and m.percent_format == "fraction" and not org.percent_sign:
        return f"{x / 100:.2f}".replace(".", ",")
    if m.type == "integer" or (x == int(x) and (m.type == "percentage" or org.whole_decimals)):
        n = int(x)
        text = f"{n:,}".replace(",", ".") if org.groups_thousands else str(n)
    else:
        text = f"{x:.1f}".replace(".", ",")
    return text + "%" if m.type == "percentage" and org.percent_sign else text


def render(world: World, plan: FilePlan, batch: Batch, grouping: bool = True) -> tuple[list[RawRow], bytes]:
    """The rows and the CSV bytes (UTF-8, ``;``, CRLF) of ``batch``: every measure of every
    organisation in it, with the outliers of first submissions and the corrected values of
    resubmissions. Without thousands separators when they would make the file ambiguous."""
    qi = world.quarters.index(batch.period)
    rows: list[RawRow] = []
    for code in batch.units:
        org = world.orgs[code]
        if not grouping:
            org = replace(org, groups_thousands=False)
        key = (code, qi)
        changed = plan.corrections.get(key, {}) if batch.correction else {}
        wrong = {} if batch.correction else plan.outliers.get(key, {})
        for m in world.org_measures[code]:
            v = world.values[key].get(m.id)
            note = world.notes.get((code, qi, m.id), "")
            if m.id in changed:
                v, note = changed[m.id]
            v = wrong.get(m.id, v)
            rows.append(RawRow(len(rows) + 2, code, str(batch.period), m.id, value_text(m, v, org), note))
    numbers = [r.value for r in rows if world.measures[r.measure].type in NUMERIC]
    if grouping and file_convention(numbers) != "nl":
        return render(world, plan, batch, grouping=False)  # '1.234' would be ambiguous
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    out.writerow(COLUMNS)
    for r in rows:
        out.writerow((r.organisation, r.period, r.measure, r.value, r.note))
    return rows, buf.getvalue().encode("utf-8")
