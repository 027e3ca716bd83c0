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


def url_select(label: str, options: list, param: str, *, default=None, format_func=str,
               where=st) -> object:
    """A selectbox whose choice lives in the URL (``?param=value``): a view can be shared as a
    link and survives a reload. Unknown values in the URL fall back to the default."""
    if not options:
        return None
    wanted = st.query_params.get(param)
    by_text = {str(o): o for o in options}
    current = by_text.get(wanted, default if default in options else options[0])
    key = f"url_{param}"
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]

    def store() -> None:
        st.query_params[param] = str(st.session_state[key])

    choice = where.selectbox(label, options, index=options.index(current), key=key,
                             format_func=format_func, on_change=store)
    if st.query_params.get(param) != str(choice):
        st.query_params[param] = str(choice)
    return choice


def results(rt: Runtime):
    """The computed results for the current data version (cached in the package)."""
    from monitor.results import current_results

    return current_results(rt)
