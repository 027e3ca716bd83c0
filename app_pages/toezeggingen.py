"""Toezeggingen: the Kamer's commitments and motions, overdue ones first, filtered and
downloadable; a programme manager links them to actions (with a suggestion) and imports files."""

import streamlit as st

from monitor.access.guard import allowed
from monitor.commitments.odata import CommitmentFileError
from monitor.commitments.status import STATUSES, status_key
from monitor.commitments.store import import_commitments, link_commitment, unlink_commitment
from monitor.errors import MonitorError
from monitor.text import t, tm
from monitor.ui.state import current_user, language, runtime
from monitor.views import commitments as view

lang = language()
rt = runtime()
actor = current_user()
st.title(t("commitments.title", lang))
st.write(t("commitments.intro", lang))
if flash := st.session_state.pop("commitments_flash", None):
    st.success(flash)
action_names = {a.id: a.spec.action.title.get(lang) for a in rt.defs.actions}
status_words = {"": t("commitments.filter.all", lang), "open": t("commitments.filter.open", lang),
                "completed": t("commitments.filter.completed", lang)} | {
    s: t(status_key(s), lang) for s in STATUSES}
left, mid, right = st.columns(3)
status = left.selectbox(t("commitments.filter.status", lang), list(status_words),
                        format_func=status_words.get, key="tz_status")
action = mid.selectbox(t("commitments.filter.action", lang), ["", *action_names], key="tz_action",
                       format_func=lambda a: f"{a} {action_names[a]}" if a
                       else t("commitments.filter.all", lang))
ministry = right.selectbox(t("commitments.filter.ministry", lang), ["", *view.ministries(rt)],
                           key="tz_ministry",
                           format_func=lambda m: m or t("commitments.filter.all", lang))
everything = view.list_commitments(rt)
frame = view.list_commitments(rt, status=status or None, action=action or None,
                              ministry=ministry or None)
if everything.is_empty():
    st.info(t("commitments.empty", lang))
elif frame.is_empty():
    st.info(t("commitments.none", lang))
else:
    late = int(frame["overdue"].sum())
    st.caption(t("commitments.count", lang, count=frame.height) + (
        " " + t("commitments.overdue_count", lang, count=late) if late else ""))
    # a table whose cells wrap: the text and every column in view (the download has them all)
    st.table(view.shown(frame, lang, view.ON_PAGE), hide_index=True,
             height="content" if frame.height <= 25 else 800)
    st.download_button(t("commitments.download", lang), view.commitments_csv(frame, lang),
                       file_name="toezeggingen.csv", mime="text/csv")

if allowed(actor, "commitments.manage") and not everything.is_empty():
    with st.expander(t("commitments.manage", lang), expanded=True):
        rows = {r["id"]: r for r in everything.iter_rows(named=True)}
        cid = st.selectbox(t("commitments.manage.pick", lang), list(rows), key="tz_pick",
                           format_func=lambda i: view.choice_label(rows[i]))
        row = rows[cid]
        linked = [a for a in (row["actions"] or "").split(", ") if a]
        st.write(t("commitments.manage.linked", lang, actions=", ".join(linked)) if linked
                 else t("commitments.manage.unlinked", lang))
        found = view.suggestions(rt, cid, row["text"])
        st.caption(view.suggestion_line(found, lang))
        choices = [a for a in action_names if a not in linked]
        first = choices.index(found[0].action) if found and found[0].action in choices else 0
        a_col, l_col, u_col = st.columns([3, 1, 1])
        target = a_col.selectbox(t("commitments.manage.action", lang), linked + choices,
                                 index=len(linked) + first if choices else 0, key=f"tz_target_{cid}",
                                 format_func=lambda a: f"{a} {action_names[a]}")
        known = set(action_names)
        try:
            if l_col.button(t("commitments.manage.link", lang), key="tz_link",
                            disabled=target in linked):
                link_commitment(rt.store, actor, cid, target, known_actions=known)
                st.session_state["commitments_flash"] = t(
                    "commitments.manage.done_link", lang, number=row["number"], action=target)
                st.rerun()
            if u_col.button(t("commitments.manage.unlink", lang), key="tz_unlink",
                            disabled=target not in linked):
                unlink_commitment(rt.store, actor, cid, target, known_actions=known)
                st.session_state["commitments_flash"] = t(
                    "commitments.manage.done_unlink", lang, number=row["number"], action=target)
                st.rerun()
        except MonitorError as exc:
            st.error(tm("pages.error", lang, error=exc.message(lang)))

if allowed(actor, "commitments.manage"):
    with st.expander(t("commitments.upload", lang), expanded=everything.is_empty()):
        st.caption(t("commitments.upload.help", lang))
        upload = st.file_uploader(t("commitments.upload.file", lang), type=["json"], key="tz_file")
        kinds = {"": t("commitments.upload.auto", lang),
                 "toezegging": t("commitments.kind.toezegging", lang),
                 "motie": t("commitments.kind.motie", lang)}
        kind = st.radio(t("commitments.upload.kind", lang), list(kinds), format_func=kinds.get,
                        horizontal=True, key="tz_kind")
        if upload is not None and st.button(t("commitments.upload.go", lang), key="tz_import"):
            try:
                report = import_commitments(rt.store, actor, upload.getvalue(),
                                            file_name=upload.name, kind=kind or None)
            except CommitmentFileError as exc:
                st.error(exc.message(lang))
                st.dataframe(view.problems_table(exc.problems, lang), hide_index=True)
            else:
                st.success(report.text().render(lang))
                for number, fields in report.changed:
                    st.write(t("commitments.upload.changed", lang, number=number,
                               fields=", ".join(fields)))
