"""The line on every page that says from when its figures are (issue 17): drawn by dashboard.py
into a slot at the top of the page after the page has run, so a page that shows a snapshot's
figures (the Export page with a snapshot chosen) can say so first with :func:`shows_snapshot`;
every other page shows the live data, marked VOORLOPIG."""

from __future__ import annotations

import streamlit as st

from monitor.publication.stand import Stand, live_stand, source_stand
from monitor.runtime import Runtime
from monitor.text import tm

_KEY = "figures_stand"


def shows_snapshot(source, rt: Runtime) -> None:
    """The page that runs now shows the figures of ``source`` (an ``ExportSource``): the line
    names its peildatum (a snapshot) or the live data."""
    st.session_state[_KEY] = source_stand(source, rt)


def figures_slot():
    """The slot at the top of the page for the line; forgets what the last run's page showed."""
    st.session_state.pop(_KEY, None)
    return st.empty()


def figures_line(slot, rt: Runtime, lang: str) -> None:
    """Fill ``slot`` with the line: what the page said it shows, else the live data."""
    stand: Stand = st.session_state.get(_KEY) or live_stand(rt)
    # words only, no icon: an icon's name would be read out as text
    slot.caption(tm(stand.key, lang, **stand.params(lang)))
