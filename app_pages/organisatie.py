"""Organisatie: one organisation's submissions and timeliness, values against peers, problems.

Only what the acting user may see is offered (monitor.views.organisation): the picker lists the
organisations they may open, and a section their role may not see is not drawn."""

import polars as pl
import streamlit as st

from monitor.intake.history import submission_history
from monitor.periods import Quarter
from monitor.text import Text, literal, number, t
from monitor.ui.state import current_user, language, results, runtime, url_select
from monitor.ui.widgets import in_words, submission_history_table
from monitor.views.organisation import (
    open_problems,
    peer_comparison,
    timeliness,
    visible_organisations,
    visible_sections,
)

lang = language()
rt = runtime()
user = current_user()
names = dict(zip(rt.register["code"], rt.register["naam"], strict=True))
org_types = dict(zip(rt.register["code"], rt.register["type"], strict=True))
codes = visible_organisations(user, names)
if not codes:
    st.info(t("access.org_none", lang))
    st.stop()
wanted = st.query_params.get("organisatie")
if wanted and wanted not in codes:  # unknown, or not this user's: show an allowed one instead
    st.info(t("access.org_fallback", lang))  # the link's code is not echoed
left, right = st.columns([3, 1])
org = url_select(t("filter.organisation", lang), codes, "organisatie",
                 format_func=lambda c: f"{names[c]} ({c})", where=left)
sections = visible_sections(user, org)
type_label = rt.config.org_types[org_types[org]][lang]
if "peers" in sections:
    res = results(rt)
    periods = sorted(res["period"].unique().to_list(), reverse=True)
    period = url_select(t("filter.period", lang), periods, "kwartaal", where=right,
                        format_func=lambda q: Quarter.parse(q).label(lang))
st.title(literal(f"{names[org]} ({org})"))
st.caption(type_label)
if "timeliness" in sections:
    done = timeliness(rt.store, user, org)
    st.write(t("org.timeliness", lang, quarters=Text("org.quarters", count=done["quarters"]),
               on_time=number(done["on_time"], 0, lang),
               rejected=Text("org.rejected", count=done["rejected"])))

if "peers" in sections:
    st.subheader(t("org.peers", lang, period=Quarter.parse(period).label(lang),
                   type=type_label.lower()))
    peers = peer_comparison(rt.store, user, res, rt.defs, rt.register, org, period, lang)
    if peers.is_empty():
        st.caption(t("org.no_peers", lang))
    else:
        # values in the language's number format, at each indicator's precision
        digits = {i.id: i.precision for i in rt.defs.indicators.values()}
        peers = peers.with_columns(pl.struct("indicator", c).map_elements(
            lambda r, c=c: number(r[c], digits[r["indicator"]], lang), return_dtype=pl.String)
            .alias(c) for c in ("own", "peer_median"))
        st.dataframe(peers, hide_index=True, key="peers", column_config={
            c: t(f"col.{c}", lang) for c in ("indicator", "title", "unit", "own", "own_carried",
                                             "peer_median", "peers")}
            | {"peers_carried": t("col.carried", lang)})

if "problems" in sections:
    st.subheader(t("org.problems", lang))
    problems = open_problems(rt.store, user, org, lang)
    if problems.is_empty():
        st.caption(t("org.no_problems", lang))
    else:
        st.dataframe(in_words(problems, lang).drop("code"), hide_index=True, key="problems",
            column_config={"received_at": t("col.received", lang), "period": t("col.period", lang),
                           "kind": t("col.kind", lang), "problem": t("col.problem", lang),
                           "row": t("col.row", lang), "message": t("col.message", lang)})

if "submissions" in sections:
    st.subheader(t("org.submissions", lang))
    submission_history_table(submission_history(rt.store, user, org), lang, "history")
