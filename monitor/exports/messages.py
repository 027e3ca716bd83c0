"""The one-line messages of a pack's charts, as typed on the command line
(``monitor export --message CHART=TEXT``): checked against the charts of the source, so a
mistyped chart or a message that does not fit one line is said before anything is made.

A chart is named as in the pack (``grafieken/<name>.png``: 'a03-a03_cdo_aandeel',
'status-per-actie'), by its indicator ('a03_cdo_aandeel') or by its action ('a03') when the
action has one chart. The Export page takes the same messages, by chart name, with the same
limit (:data:`MESSAGE_MAX`)."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.definitions import Definitions
from monitor.errors import UsageError
from monitor.exports.charts import STATUS_NAME
from monitor.text import Text

MESSAGE_MAX = 90  # characters: one line under the title of a letter chart


def chart_names(defs: Definitions) -> list[str]:
    """The names of the charts a pack of ``defs`` makes, in its order: one per indicator
    ('<action>-<indicator>'), then the status heatmap."""
    return [*(f"{a.id}-{ind.id}" for a in defs.actions for ind in a.spec.indicators), STATUS_NAME]


def _chart(name: str, names: list[str]) -> str:
    """The chart ``name`` means: a chart name, an indicator id or an action with one chart."""
    if name in names:
        return name
    mine = [n for n in names if n != STATUS_NAME and name in n.split("-", 1)]
    if len(mine) == 1:
        return mine[0]
    if mine:
        raise UsageError(Text("error.export.message.ambiguous", chart=name, charts=", ".join(mine)))
    raise UsageError(Text("error.export.message.chart", chart=name, charts=", ".join(names)))


def parse_messages(items: Iterable[str], defs: Definitions) -> dict[str, str]:
    """``['a03=Meer organisaties hebben een CDO', ...]`` -> the messages by chart name
    ({'a03-a03_cdo_aandeel': 'Meer ...'}); UsageError for an item without ``=``, an unknown or
    ambiguous chart, an empty or too long message, or a chart given twice."""
    names = chart_names(defs)
    out: dict[str, str] = {}
    for item in items:
        name, said, text = item.partition("=")
        text = " ".join(text.split())
        if not said or not name.strip():
            raise UsageError(Text("error.export.message.form", item=item, example=f"{names[0]}=…"))
        chart = _chart(name.strip(), names)
        if not text:
            raise UsageError(Text("error.export.message.empty", chart=chart))
        if len(text) > MESSAGE_MAX:
            raise UsageError(Text("error.export.message.long", chart=chart, count=len(text),
                                  most=MESSAGE_MAX))
        if chart in out:
            raise UsageError(Text("error.export.message.twice", chart=chart))
        out[chart] = text
    return out
