"""Audit: who did what, when and why (every write is recorded); filtered and downloadable."""

import streamlit as st

from monitor.access.audit import AUDIT_ACTIONS, action_name, audit_csv, audit_log
from monitor.frames import each
from monitor.text import has, moment, t
from monitor.ui.state import language, runtime

lang = language()
rt = runtime()
st.title(t("audit.title", lang))
st.write(t("audit.intro", lang))
left, mid, right, far = st.columns([2, 2, 1.5, 1.5])
actor = left.text_input(t("audit.actor", lang), key="audit_actor").strip() or None
action = mid.selectbox(t("audit.action", lang), ["", *AUDIT_ACTIONS], key="audit_action",
                       format_func=lambda a: action_name(a, lang) if a else t("audit.all", lang)) or None
since = right.date_input(t("audit.since", lang), value=None, key="audit_since",
                         format="DD-MM-YYYY")
until = far.date_input(t("audit.until", lang), value=None, key="audit_until", format="DD-MM-YYYY")
log = audit_log(rt.store, actor=actor, action=action, since=since, until=until, limit=5000)
st.caption(t("audit.count", lang, count=log.height))
if log.is_empty():
    st.info(t("audit.none", lang))
else:
    st.dataframe(
        log.with_columns(each(log, "occurred_at", lambda d: moment(d, lang)),
                         each(log, "action", lambda a: action_name(a, lang))),
        hide_index=True, key="audit_table",
        column_config={c: t(f"audit.col.{c}", lang) for c in log.columns if has(f"audit.col.{c}")})
    names = {c: t(f"audit.col.{c}", lang) for c in log.columns if has(f"audit.col.{c}")}
    words = log.with_columns(each(log, "action", lambda a: action_name(a, lang)))
    st.download_button(t("audit.download", lang), audit_csv(words, names), file_name="auditlog.csv",
                       mime="text/csv")
