"""Shared page state: the runtime (opened once per process) and the interface language."""

from __future__ import annotations

import os
import threading

import streamlit as st

from monitor.access.roles import ROLES
from monitor.demo.first_start import first_start
from monitor.errors import MonitorError
from monitor.runtime import Runtime
from monitor.text import LANGS, Text, literal, t, tm


def language() -> str:
    """The interface language: ``?lang=nl`` or ``?lang=en`` in the URL, else the setting
    ``language`` of the configuration (Dutch when it cannot be read)."""
    lang = st.query_params.get("lang")
    return lang if lang in LANGS else configured_language(os.environ.get("MONITOR_CONFIG"))


@st.cache_resource(show_spinner=False)
def configured_language(config_path: str | None) -> str:
    """The setting ``language`` of the configuration at ``config_path`` (read once per path)."""
    from monitor.config import load_config

    try:
        return load_config(config_path)["language"]
    except MonitorError:  # the page says why when it starts the runtime
        return "nl"


class _Once:
    """The first-start notice, handed out once: to the session whose run built the demo data (the
    first to ask after the build), not to every later visitor of the shared runtime."""

    def __init__(self, notice: Text | None):
        self._notice, self._lock = notice, threading.Lock()

    def take(self) -> Text | None:
        with self._lock:
            notice, self._notice = self._notice, None
        return notice


def server_log() -> None:
    """The package's warnings (e.g. ``monitor.store`` lock waits) on the server's log (stderr),
    once per process; the CLI leaves them silent. ``kill -USR1 PID`` writes every thread's stack
    to the same log (for an operator whose server stopped answering)."""
    import faulthandler
    import logging
    import signal

    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1, all_threads=True)

    logger = logging.getLogger("monitor")
    if not any(isinstance(h, logging.StreamHandler) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)


@st.cache_resource(show_spinner=False)
def _start(config_path: str | None, db: str | None) -> tuple[Runtime, _Once]:
    server_log()
    rt, created = first_start(db, config_path)
    return rt, _Once(created)


def runtime() -> Runtime:
    """The runtime; shows a clear message and stops the page when the monitor cannot start."""
    lang = language()
    try:
        with st.spinner(t("app.preparing", lang)):
            rt, once = _start(os.environ.get("MONITOR_CONFIG"), os.environ.get("MONITOR_DB"))
    except MonitorError as exc:
        st.error(tm("app.start_failed", lang, error=exc.message(lang)))
        st.stop()
    created = once.take()  # for the session that started the demo only
    if created:
        st.session_state[_NOTICE] = created
    return rt


_NOTICE = "demo_notice"


def demo_notice(lang: str) -> None:
    """The first-start notice, in the reader's language, while this session has it (dashboard.py
    calls :func:`demo_notice_seen` once a page has run to its end: a run that switches page, as
    the start page does, would otherwise swallow it)."""
    notice = st.session_state.get(_NOTICE)
    if notice:
        st.info(tm("app.demo_notice", lang, notice=notice), icon=":material/science:")


def demo_notice_seen() -> None:
    st.session_state.pop(_NOTICE, None)


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
    # The browser keeps a selectbox's choice as its label. After a language switch that label is
    # in the old language: set the choice again so the browser redraws it in the new language
    # (without this the old label stayed and, at the next switch, matched no option: the page
    # fell back to the first option).
    index = options.index(current)
    lang, shown_in = language(), f"{key}:lang"
    if st.session_state.get(shown_in, lang) != lang:
        st.session_state[key] = current
        index = 0  # the choice comes from the session state; no second default
    st.session_state[shown_in] = lang

    def store() -> None:
        # only a real option goes into the URL (see above: a label in the old language is none)
        if st.session_state[key] in options:
            st.query_params[param] = str(st.session_state[key])

    choice = where.selectbox(label, options, index=index, key=key, format_func=format_func,
                             on_change=store)
    if st.query_params.get(param) != str(choice):
        st.query_params[param] = str(choice)
    return choice


def results(rt: Runtime):
    """The computed results for the current data version (cached in the package)."""
    from monitor.results import current_results

    return current_results(rt)


def acting_user(rt: Runtime, lang: str):
    """The user this session acts as (monitor.access.identity.resolve_user): the OIDC login, or
    in demo mode the demo user chosen in the sidebar. Shows the demo banner, a login button in
    production without a login, and a clear message for an unknown login; stops the page then."""
    from monitor.access.errors import AccessDenied
    from monitor.access.identity import demo_users, resolve_user

    try:
        st_user = st.user.to_dict()
    except Exception:  # no [auth] configured: nobody is logged in
        st_user = None
    if rt.environment == "demo":
        _demo_user_from_url(rt)
    try:
        acting = resolve_user(rt.store, st_user, st.session_state.get("demo_user"), rt.environment)
    except AccessDenied as exc:
        st.error(literal(exc.message(lang)))  # the login's claims, shown as typed
        if st.button(t("auth.logout", lang)):
            st.logout()
        st.stop()
    if acting is None:
        from monitor.ui.login_setup import login_problem, show_not_configured, start_login

        provider = rt.config["access.login_provider"] or None
        problem = login_problem(provider)
        if problem:  # no [auth] in secrets.toml: a clear message, not a traceback at the click
            show_not_configured(lang, problem)
            st.stop()
        st.info(t("auth.login_needed", lang))
        if st.button(t("auth.login", lang), type="primary"):
            start_login(lang, provider)
        st.stop()
    with st.sidebar:
        if acting.demo:
            users = demo_users(rt.store)
            ids = [u.id for u in users]
            # the role's id, the same in both languages: the browser keeps a choice as its
            # label, so a label that changes with the language would lose the choice
            names = {u.id: f"{u.name} ({u.role.value})" for u in users}
            # a choice in the session state (picker or ?demo_user=) wins; no second default then
            index = 0 if "demo_user" in st.session_state else ids.index(acting.user.id)
            st.selectbox(t("auth.demo_user", lang), ids, index=index,
                         key="demo_user", format_func=names.get, on_change=_demo_user_to_url)
        else:
            st.caption(literal(f"{acting.user.name} ({ROLES[acting.user.role].label(lang)})"))
            if st.button(t("auth.logout", lang)):
                st.logout()
    if acting.banner(lang):
        st.warning(literal(acting.banner(lang)), icon=":material/science:")  # names as typed
    st.session_state["acting_user"] = acting.user
    return acting


def _demo_user_from_url(rt: Runtime) -> None:
    """Demo mode only (the caller checks): ``?demo_user=ID`` chooses the demo user when this
    session has not chosen one, so a demonstration or a browser test can open a page as a given
    role with one link. It grants nothing the sidebar picker does not; an unknown id is ignored.
    In production the parameter is never read."""
    from monitor.access.identity import demo_users

    wanted = st.query_params.get("demo_user")
    if wanted and "demo_user" not in st.session_state and wanted in {u.id for u in demo_users(rt.store)}:
        st.session_state["demo_user"] = wanted


def _demo_user_to_url() -> None:
    """Keep ``?demo_user=`` in step with the picker, so a reload keeps the chosen demo user."""
    st.query_params["demo_user"] = st.session_state["demo_user"]


def current_user():
    """The acting user set by dashboard.py for the page that runs now."""
    return st.session_state.get("acting_user")
