"""Colofon: the accessibility statement, contact and colophon (required for Dutch government
sites); open to every role."""

from importlib.metadata import PackageNotFoundError, version

import streamlit as st

from monitor.text import t
from monitor.ui.state import language

lang = language()
try:
    release = version("voortgangsmonitor-ibds")
except PackageNotFoundError:  # run from a source tree that is not installed
    release = "–"
st.title(t("colophon.title", lang))
st.header(t("colophon.a11y", lang), divider="blue")
st.markdown(t("colophon.a11y.status", lang))
st.subheader(t("colophon.a11y.tested", lang))
st.markdown(t("colophon.a11y.tested.text", lang))
st.subheader(t("colophon.a11y.limits", lang))
st.markdown(t("colophon.a11y.limits.text", lang))
st.markdown(t("colophon.a11y.report", lang))
st.header(t("colophon.contact", lang), divider="blue")
st.markdown(t("colophon.contact.text", lang))
st.header(t("colophon.colophon", lang), divider="blue")
st.subheader(t("colophon.sources", lang))
st.markdown(t("colophon.sources.text", lang))
st.subheader(t("colophon.software", lang))
st.markdown(t("colophon.software.text", lang, version=release))
st.subheader(t("colophon.licence", lang))
st.markdown(t("colophon.licence.text", lang))
