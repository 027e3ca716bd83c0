"""Organisatie: one organisation's submissions and timeliness, values against peers, problems.

Only what the acting user may see is offered (monitor.views.organisation): the picker lists the
organisations they may open, and a section their role may not see is not drawn."""

import polars as pl
import streamlit as st

from monitor.charts.peer_strip import peer_strip_alt, peer_strip_svg
from monitor.charts.peers import member_bars
from monitor.frames import each_row
from monitor.intake.history import submission_history
from monitor.periods import Quarter
from monitor.text import Text, literal, number, t
from monitor.textsafe import excel_csv
from monitor.ui.explore import explain
from monitor.ui.state import current_user, language, results, runtime, url_select
from monitor.ui.widgets import (
    chart_with_table,
    html_chart_with_table,
    in_words,
    submission_history_table,
)
from monitor.views.exports import markdown_escaped
from monitor.views.keyfigures import explanation
from monitor.views.labels import counted, province_names, readable, type_name
from monitor.views.organisation import (
    open_problems,
    peer_comparison,
    peer_values,
    province_members,
    timeliness,
    visible_organisations,
    visible_sections,
)

SHOWN = 100  # open problems in the table on the page (all of them in the download)

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
provinces = province_names(rt.register)
province = dict(zip(rt.register["code"], rt.register["provincie"], strict=True)).get(org)
if "peers" in sections:
    res = results(rt)
    periods = sorted(res["period"].unique().to_list(), reverse=True)
    period = url_select(t("filter.period", lang), periods, "kwartaal", where=right,
                        format_func=lambda q: Quarter.parse(q).label(lang))
st.title(literal(f"{names[org]} ({org})"))
one_type = type_name(rt.config, org_types[org], lang).capitalize()
st.caption(t("explore.org.caption", lang, type=one_type, province=provinces[province])
           if province in provinces and province != org else one_type)
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
        # one indicator as a chart: this organisation among its peers, the data beside it
        titles = dict(zip(peers["indicator"], peers["title"], strict=True))
        shares = [i for i in titles if rt.defs.indicators[i].unit == "%"]  # compare well
        chosen = url_select(t("explore.org.indicator", lang), list(titles), "indicator",
                            format_func=titles.get, default=shares[0] if shares else None)
        ind = rt.defs.indicators[chosen]
        values = peer_values(rt.store, user, res, rt.register, org, chosen, period)
        n_peers = values["value"].is_not_null().sum()
        names_config = {"code": t("col.id", lang), "name": t("col.name", lang),
                        "value": t("col.value", lang), "reported": t("col.reported", lang),
                        "carried": t("col.own_carried", lang)}
        peers_label = counted(rt.config, org_types[org], lang, n_peers)
        html_chart_with_table(
            peer_strip_svg(values, ind, org, names[org], period, peers_label, lang),
            peer_strip_alt(values, ind, org, names[org], period, peers_label, lang),
            readable(values.sort("value", descending=True, nulls_last=True)
                     .select("name", "value", *(["carried"] if "carried" in values.columns else [])),
                     lang), lang,
            "peers_chart", f"{chosen}_{org}_naast_{period}", names_config, ind.precision)
        explain(explanation(ind, rt.defs, rt.config, "peers", lang), lang)
        # every indicator: the values in the language's number format, at each one's precision
        st.markdown(f"**{t('explore.org.all', lang)}**")
        digits = {i.id: i.precision for i in rt.defs.indicators.values()}
        peers = peers.with_columns(each_row(
            peers, ("indicator", c), lambda r, c=c: number(r[c], digits[r["indicator"]], lang), name=c)
            for c in ("own", "peer_median"))
        # a plain table: its cells wrap, so no column is cut off at 1 280 px
        heads = {c: t(f"col.{c}", lang) for c in ("title", "unit", "own", "own_carried",
                                                   "peer_median", "peers")}
        st.table(markdown_escaped(readable(peers.drop("indicator"), lang)).rename(
            heads | {"peers_carried": t("col.carried", lang)}), hide_index=True)

    if "members" in sections and org_types[org] == "provincie":
        # the drill-down: this province's gemeenten, each with a link to its own page
        members = province_members(rt.store, user, res, rt.register, org, chosen, period)
        label = Quarter.parse(period).label(lang)
        st.subheader(t("explore.org.members", lang, province=names[org], period=label))
        known = int(members["value"].is_not_null().sum())
        if not known:
            st.caption(t("explore.org.no_members", lang, province=names[org]))
        else:
            st.caption(t("explore.org.members_caption", lang,
                         members=counted(rt.config, "gemeente", lang, members.height),
                         reported=number(known, 0, lang)))
            keep = {k: v for k, v in st.query_params.to_dict().items()
                    if k in ("lang", "demo_user", "kwartaal", "indicator")}
            links = members.with_columns(pl.format(
                "organisatie?organisatie={}" + "".join(f"&{k}={v}" for k, v in keep.items()),
                "code").alias("link"))
            chart_with_table(
                member_bars(members, ind, names[org], period, lang),
                readable(links.sort("value", descending=True, nulls_last=True)
                         .select("name", "link", "value",
                                 *(["carried"] if "carried" in links.columns else [])), lang), lang,
                "members", f"{chosen}_{org}_gemeenten_{period}",
                names_config | {"link": st.column_config.LinkColumn(
                    t("explore.col.link", lang), display_text=t("explore.org.open", lang))},
                ind.precision)

if "problems" in sections:
    st.subheader(t("org.problems", lang))
    problems = open_problems(rt.store, user, org, lang)
    if problems.is_empty():
        st.caption(t("org.no_problems", lang))
    else:
        heads = {c: t(f"col.{c}", lang) for c in ("kind", "problem", "row", "message", "code")} | {
            "received_at": t("col.received", lang), "period": t("col.period", lang)}
        # a static table that wraps: the message (how to fix it) is read in full at 1 280 px
        worded = in_words(problems, lang).with_columns(pl.col("row").cast(pl.String))
        table = markdown_escaped(worded.head(SHOWN).drop("code").fill_null(""))
        st.table(table.rename(heads, strict=False), hide_index=True)
        if problems.height > SHOWN:
            st.caption(t("submit.problems_first", lang, shown=SHOWN, count=problems.height))
        st.download_button(t("upload.problems_csv", lang), excel_csv(worded.rename(heads)),
                           file_name=f"problemen_{org}.csv", mime="text/csv", key="dl_problems")

if "submissions" in sections:
    st.subheader(t("org.submissions", lang))
    submission_history_table(submission_history(rt.store, user, org), lang, "history",
                             f"inzendingen_{org}")
