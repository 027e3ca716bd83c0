"""Aanleveren: choose organisation and quarter, download the template, upload, check, confirm."""

import polars as pl
import streamlit as st

from monitor.access.guard import permitted_organisations
from monitor.intake.calendar import intake_calendar, quarter_spans
from monitor.intake.history import affected_by_action, problems_frame, submission_history
from monitor.intake.ingest import submit_file
from monitor.intake.precheck import check_once, forget
from monitor.intake.template import template_csv
from monitor.periods import Quarter
from monitor.text import Number, day, t, tm
from monitor.textsafe import excel_csv
from monitor.ui.state import current_user, language, runtime
from monitor.ui.widgets import submission_history_table
from monitor.views.exports import markdown_escaped
from monitor.views.reminders import (
    ORGANISATION_PARAM,
    QUARTER_PARAM,
    linked_organisation,
    linked_quarter,
)

SHOWN = 200  # problems in the table on the page (all of them in the download)

lang = language()
rt = runtime()
ctx = rt.context(lang=lang)
cal = intake_calendar(rt, ctx.today)
st.title(t("upload.title", lang))
st.write(t("upload.intro", lang))

names = dict(zip(rt.register["code"], rt.register["naam"], strict=True))
user = current_user()
codes = permitted_organisations(user, "submit", list(names))  # an indiener: own organisations
if not codes:
    st.info(t("auth.no_organisations", lang))
    st.stop()


def quarters_text(quarters: list[Quarter]) -> str:
    return ", ".join(a.label(lang) if a == b else t("pages.upload.span", lang, first=a.label(lang),
                                                     last=b.label(lang))
                     for a, b in quarter_spans(quarters))


# frozen quarters: which, since when, by which snapshot, and what to do with late figures
for lock, quarters in cal.locks():
    st.info(tm("pages.upload.locked", lang, quarters=quarters_text(quarters),
               since=day(lock.since, lang), label=lock.label), icon=":material/lock:")
if not cal.open:
    st.warning(t("pages.upload.none_open", lang))
if cal.coming is not None:
    st.caption(t("pages.upload.next", lang, quarter=cal.coming.quarter.label(lang),
                 opens=day(cal.coming.opens, lang), deadline=day(cal.coming.deadline, lang)))
elif not cal.open:
    st.caption(t("pages.upload.ended", lang))

# a reminder's link chooses the organisation and the quarter (?organisatie=GM0363&kwartaal=2026-Q3);
# what this user may not choose is said, and the usual first choice stays
linked_org, org_note = linked_organisation(st.query_params.get(ORGANISATION_PARAM), codes, lang)
linked_period, period_note = linked_quarter(st.query_params.get(QUARTER_PARAM), cal.open, lang)
for note in (org_note, period_note if cal.open else None):
    if note:
        st.info(note, icon=":material/link:")

left, right = st.columns(2)
org = left.selectbox(t("upload.organisation", lang), codes, key="upload_org",
                     index=codes.index(linked_org) if linked_org else 0,
                     format_func=lambda c: f"{names[c]} ({c})")
if not cal.open:
    # nothing to submit now: the template of the coming quarter, to prepare; no upload
    if cal.coming is not None:
        coming = cal.coming.period
        st.download_button(
            t("pages.upload.template_coming", lang, quarter=cal.coming.quarter.label(lang)),
            template_csv(rt.store, ctx, org, coming), file_name=f"sjabloon_{org}_{coming}.csv",
            mime="text/csv", icon="⬇️", key="template_coming")
        st.caption(t("pages.upload.coming_note", lang, quarter=cal.coming.quarter.label(lang),
                     opens=day(cal.coming.opens, lang)))
    st.subheader(t("upload.history", lang))
    submission_history_table(submission_history(rt.store, user, org), lang, "history",
                             f"inzendingen_{org}")
    st.stop()

period = right.selectbox(t("upload.period", lang), cal.open, key="upload_period",
                         index=cal.open.index(linked_period) if linked_period else 0,
                         format_func=lambda q: Quarter.parse(q).label(lang))
st.download_button(t("upload.template", lang), template_csv(rt.store, ctx, org, period),
                   file_name=f"sjabloon_{org}_{period}.csv", mime="text/csv", icon="⬇️")

limit_mb = int(rt.config["intake.max_file_mb"])
uploaded = st.file_uploader(t("upload.file", lang), type=["csv", "txt", "xlsx"],
                            max_upload_size=max(limit_mb, 1), key=f"file_{org}_{period}")
if uploaded is not None:
    content = uploaded  # passed as a stream: the intake reads no further than the size cap
    # checked once per upload: a rerun (any widget change) shows the same result and records
    # nothing again
    checks = st.session_state.setdefault("upload_checks", {})
    file_id = f"{uploaded.file_id}:{uploaded.size}"
    with st.spinner(t("upload.checking", lang)):
        check = check_once(checks, rt.store, ctx, content, uploaded.name, organisation=org,
                           period=period, file_id=file_id, user=user)
    if check.status == "rejected":
        st.error(t("upload.rejected", lang, count=len(check.errors)))
    elif check.status == "duplicate":
        st.info(t("upload.duplicate", lang))
    else:
        st.success(t("upload.valid", lang, **{k: Number(n) for k, n in check.counts.items()}))
        if check.changed_measures:  # by title, per action
            st.markdown("\n".join([t("submit.affects", lang), *(
                tm("submit.affects.action", lang, action=action, indicators=", ".join(titles))
                for action, titles in affected_by_action(rt.defs, check.changed_measures, lang))]))
    if check.problems:
        if check.warnings:
            st.warning(t("upload.warnings", lang, count=len(check.warnings)))
        report = problems_frame(check, lang, rt.defs)
        labels = {c: t(f"col.{c}", lang) for c in ("level", "row", "column", "value", "code", "message",
                                                   "problem")} | {"measure": t("submit.col.measure", lang)}
        # a static table that wraps: the message (how to fix it) is read in full at any width
        shown = report.head(SHOWN).drop("code").with_columns(pl.col("row").cast(pl.String))
        st.table(markdown_escaped(shown.fill_null("")).rename(labels, strict=False), hide_index=True)
        if report.height > SHOWN:
            st.caption(t("submit.problems_first", lang, shown=SHOWN, count=report.height))
        # the download keeps the stable code beside the problem's name (README: problem codes)
        st.download_button(t("upload.problems_csv", lang), excel_csv(report.rename(labels)),
                           file_name=f"problemen_{org}_{period}.csv", mime="text/csv")
    if check.status == "valid" and st.button(t("upload.confirm", lang), type="primary"):
        uploaded.seek(0)
        done = submit_file(rt.store, ctx, content, uploaded.name, organisation=org, period=period,
                           user=user, source="upload")
        forget(checks, org, period, file_id)  # a next check of this file says 'duplicate'
        if done.status == "accepted":
            st.success(t("upload.accepted", lang, id=done.submission_ids[0]))
        else:
            st.error(t("upload.rejected", lang, count=len(done.errors)))

st.subheader(t("upload.history", lang))
submission_history_table(submission_history(rt.store, user, org), lang, "history",
                         f"inzendingen_{org}")
