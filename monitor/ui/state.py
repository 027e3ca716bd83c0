"""Shared page state: the runtime (opened once per process) and the interface language."""

from __future__ import annotations

import os

import streamlit as st

from monitor.app import start
from monitor.errors import MonitorError
from monitor.runtime import Runtime
from monitor.ui.i18n import t


def language() -> str:
    """The interface language: ``?lang=en`` in the URL, else the configured default (nl)."""
    lang = st.query_params.get("lang", "nl")
    return lang if lang in ("nl", "en") else "nl"


@st.cache_resource(show_spinner=False)
def _start(config_path: str | None, db: str | None) -> tuple[Runtime, str | None]:
    return start(db, config_path)


def runtime() -> Runtime:
    """The runtime; shows a clear message and stops the page when the monitor cannot start."""
    lang = language()
    try:
        with st.spinner(t("app.preparing", lang)):
            rt, created = _start(os.environ.get("MONITOR_CONFIG"), os.environ.get("MONITOR_DB"))
    except MonitorError as exc:
        st.error(t("app.start_failed", lang, error=exc))
        st.stop()
    if created and not st.session_state.get("demo_notice_shown"):
        st.session_state["demo_notice_shown"] = True
        st.info(t("app.demo_created", lang, summary=created))
    return rt
