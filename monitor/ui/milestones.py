"""The milestones on the pages: the action page's section 'Mijlpalen' (timeline with the table
beside it) and the overview's list of overdue milestones, in words."""

from __future__ import annotations

from datetime import date

import streamlit as st

from monitor.charts.milestones import milestone_timeline
from monitor.milestones import planned_text, status_text
from monitor.periods import Quarter
from monitor.runtime import Runtime
from monitor.text import day, quarter, t, tm
from monitor.ui.widgets import chart_with_table
from monitor.views import milestones as mv

OVERDUE_SHOWN = 10  # the overview lists the ten longest overdue; the rest is counted


def milestones_section(rt: Runtime, action_id: str, period: str, newest: str, lang: str,
                       today: date | None = None) -> None:
    """Header 'Mijlpalen', the as-of line, the timeline with the table beside it (or a line that
    the action declares none)."""
    st.header(t("milestones.section", lang), divider="blue")
    as_of = mv.as_of_day(period, newest, today or date.today())
    frame = mv.action_milestones(rt, action_id, as_of, lang)
    if frame.height == 0:
        st.caption(t("milestones.none", lang))
        return
    st.caption(t("milestones.as_of", lang, day=day(as_of, lang),
                 period=quarter(Quarter.containing(as_of), lang)))
    # wide: the timeline needs the width for its words; the table follows right under it
    chart_with_table(milestone_timeline(frame, as_of, lang, compact=True),
                     mv.download_table(frame), lang, f"milestones_{action_id}",
                     f"{action_id}_mijlpalen_{as_of.isoformat()}", mv.column_names(lang), 0,
                     wide=True, shown=mv.shown_table(frame, lang))


def overdue_list(rt: Runtime, period: str, newest: str, lang: str, today: date | None = None) -> None:
    """The overdue milestones as a compact list in words: action, milestone, planned, days."""
    st.subheader(t("milestones.overdue.title", lang))
    as_of = mv.as_of_day(period, newest, today or date.today())
    late = mv.overdue_milestones(rt, as_of, lang)
    if late.height == 0:
        st.caption(t("milestones.overdue.none", lang, day=day(as_of, lang)))
        return
    st.caption(t("milestones.overdue.intro", lang, count=late.height, day=day(as_of, lang)))
    st.markdown("\n".join(
        "- " + tm("milestones.overdue.item", lang, action=r["action"].upper(), title=r["title"],
                  planned=planned_text(r, lang), count=r["days_late"],
                  status=status_text(r["status"], lang))
        for r in late.head(OVERDUE_SHOWN).iter_rows(named=True)))
    if late.height > OVERDUE_SHOWN:
        st.caption(t("milestones.overdue.more", lang, count=late.height - OVERDUE_SHOWN))
