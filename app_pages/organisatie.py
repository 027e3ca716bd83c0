"""Organisatie: one organisation's submissions and timeliness, values against peers, problems."""

import streamlit as st

from monitor.intake.history import submission_history
from monitor.periods import Quarter
from monitor.ui.fmt import literal, moment
from monitor.ui.i18n import t
from monitor.ui.state import language, results, runtime, url_select
from monitor.ui.widgets import submission_history_table
from monitor.views.organisation import open_problems, peer_comparison, timeliness

lang = language()
rt = runtime()
res = results(rt)
names = dict(zip(rt.register["code"], rt.register["naam"], strict=True))
org_types = dict(zip(rt.register["code"], rt.register["type"], strict=True))
periods = sorted(res["period"].unique().to_list(), reverse=True)
left, right = st.columns([3, 1])
org = url_select(t("filter.organisation", lang), list(names), "organisatie",
                 format_func=lambda c: f"{names[c]} ({c})", where=left)
period = url_select(t("filter.period", lang), periods, "kwartaal", where=right,
                    format_func=lambda q: Quarter.parse(q).label(lang))
type_label = rt.config.org_types[org_types[org]][lang]
st.title(literal(f"{names[org]} ({org})"))
st.caption(type_label)
st.write(t("org.timeliness", lang, **timeliness(rt.store, org)))

st.subheader(t("org.peers", lang, period=Quarter.parse(period).label(lang), type=type_label.lower()))
peers = peer_comparison(res, rt.defs, rt.register, org, period, lang)
if peers.is_empty():
    st.caption(t("org.no_peers", lang))
else:
    st.dataframe(peers, hide_index=True, key="peers", column_config={
        c: t(f"col.{c}", lang) for c in ("indicator", "title", "unit", "own", "peer_median", "peers")})

st.subheader(t("org.problems", lang))
problems = open_problems(rt.store, org)
if problems.is_empty():
    st.caption(t("org.no_problems", lang))
else:
    st.dataframe(problems.with_columns(problems["received_at"].map_elements(
        lambda d: moment(d, lang), return_dtype=str)), hide_index=True, key="problems",
        column_config={"received_at": t("col.received", lang), "period": t("col.period", lang),
                       "kind": t("col.kind", lang), "code": t("col.code", lang),
                       "row": t("col.row", lang), "message": t("col.message", lang)})

st.subheader(t("org.submissions", lang))
submission_history_table(submission_history(rt.store, org), lang, "history")
