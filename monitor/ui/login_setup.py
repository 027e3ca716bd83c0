"""Is the login (Streamlit's ``st.login``, OIDC) set up? Checked before the login button is shown.

Without an ``[auth]`` section in ``.streamlit/secrets.toml`` a click on "Inloggen" would raise
Streamlit's ``StreamlitAuthError``, a traceback with server paths. :func:`login_problem` finds
that beforehand; the page then shows :func:`show_not_configured` (a clear message for the user)
and the operator finds the reason in the log (logger ``monitor.login``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

import streamlit as st

from monitor.text import t

log = logging.getLogger("monitor.login")

REQUIRED = ("redirect_uri", "cookie_secret")
PROVIDER = ("client_id", "client_secret", "server_metadata_url")


def login_problem(provider: str | None = None) -> str | None:
    """None when ``st.login(provider)`` can start; otherwise what is missing (English, for the
    operator's log; never shown to users). Reads ``st.secrets`` (the file
    ``.streamlit/secrets.toml``; in AppTest ``at.secrets``)."""
    try:
        secrets = st.secrets
        if not secrets.load_if_toml_exists():
            return "there is no .streamlit/secrets.toml (or it cannot be read)"
        section = secrets.get("auth")
    except Exception as exc:  # a broken secrets file: never let it become a traceback
        return f"the secrets cannot be read ({type(exc).__name__})"
    if not isinstance(section, Mapping) or not section:
        return "there is no [auth] section in .streamlit/secrets.toml"
    missing = [f"auth.{k}" for k in REQUIRED if not section.get(k)]
    where = section.get(provider) if provider else section
    name = f"auth.{provider}" if provider else "auth"
    if not isinstance(where, Mapping):
        missing.append(f"[{name}]")
    else:
        missing += [f"{name}.{k}" for k in PROVIDER if not where.get(k)]
    return f"missing in .streamlit/secrets.toml: {', '.join(missing)}" if missing else None


def show_not_configured(lang: str, problem: str) -> None:
    """The message for the user, and the reason in the log for the operator."""
    log.error("Login is not configured: %s. Fill in [auth] in .streamlit/secrets.toml "
              "(see README, Access: Production).", problem)
    st.error(t("access.login_not_configured", lang))


def start_login(lang: str, provider: str | None) -> None:
    """``st.login`` for a set-up provider; should Streamlit still refuse, the same message as
    :func:`show_not_configured` instead of a traceback."""
    from streamlit.errors import StreamlitAuthError

    try:
        st.login(provider or None)  # type: ignore[arg-type]
    except StreamlitAuthError as exc:
        show_not_configured(lang, f"st.login refused: {exc}")
        st.stop()
