"""The action page's section "Voortgang in woorden": the approved statement of the quarter with
the owner's judgement beside the computed status (in words), the form to write one (for those
with ``statement.write`` on the action), the review box (``statement.review``) and the history.

Every text the owner wrote is shown through :func:`monitor.statements.markup.to_markdown`
(paragraphs and lists; every other character escaped) or :func:`monitor.text.tm`.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from monitor.access.model import User
from monitor.definitions.model import MILESTONE_STATES
from monitor.errors import MonitorError
from monitor.problems import Problem
from monitor.runtime import Runtime
from monitor.statements import JUDGEMENTS, TEXT_FIELDS, Draft, review_statement, save_statement
from monitor.statements.markup import to_markdown
from monitor.text import day, literal, moment, quarter, t, tm
from monitor.views.statements import StatementPanel, statement_panel

_PROBLEMS = "statement_problems"  # session state: (action, period) -> problems of the last save
_DONE = "statement_done"  # session state: the last message of a save or review


def statement_section(rt: Runtime, user: User | None, action: str, period: str, lang: str) -> None:
    """Draw the section for ``action`` in ``period``."""
    panel = statement_panel(rt, user, action, period)
    st.header(t("statement.page.title", lang), divider="blue")
    if done := st.session_state.pop(_DONE, None):
        st.success(done)
    _published(panel, lang)
    if panel.may_write:
        _form(rt, user, panel, lang)
    if panel.may_review and panel.awaiting:
        _review(rt, user, panel, lang)
    if panel.history.height:
        _history(panel, lang)


def _judgement_line(panel: StatementPanel, judgement: str | None, lang: str) -> str:
    status = (t(f"status.word.{panel.computed}", lang) if panel.computed
              else t("statement.page.no_status", lang))
    return t("statement.page.judgement", lang,
             judgement=t(f"statement.judgement.{judgement}", lang) if judgement
             else t("statement.page.no_judgement", lang), status=status)


def _published(panel: StatementPanel, lang: str) -> None:
    pub = panel.published
    if pub is None:
        st.info(t("statement.page.none", lang, quarter=quarter(panel.period, lang)))
        return
    st.markdown(_judgement_line(panel, pub.judgement, lang))
    if panel.disagrees:
        st.markdown(t("statement.page.disagrees", lang))
    if pub.reason:
        st.markdown(f"{t('statement.field.reason', lang)}: {literal(pub.reason)}")
    for name in TEXT_FIELDS:
        if pub.texts.get(name):
            st.markdown(f"**{t(f'statement.field.{name}', lang)}**")
            st.markdown(to_markdown(pub.texts[name]))
    if pub.milestones:
        titles = {m.id: m.title.get(lang) for m in panel.milestones}
        st.markdown(f"**{t('statement.field.milestones', lang)}**")
        for mid, update in pub.milestones.items():
            st.markdown("- " + tm("statement.page.milestone_line", lang,
                                  title=titles.get(mid, mid),
                                  status=t(f"statement.milestone_state.{update.get('status')}", lang),
                                  realised=day(_date(update.get("realised")), lang),
                                  explanation=update.get("explanation") or "–"))
    st.caption(tm("statement.page.approved_by", lang, version=pub.version,
                  writer=panel.who(pub.written_by), reviewer=panel.who(pub.reviewed_by),
                  day=day(pub.reviewed_at, lang)))


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _errors(problems: list[Problem], path: str, lang: str) -> None:
    for p in problems:
        if p.path == path or (p.path or "").startswith(f"{path}."):
            st.error(p.said(lang))


def _form(rt: Runtime, user: User | None, panel: StatementPanel, lang: str) -> None:
    key = f"{panel.action}_{panel.period}"
    problems: list[Problem] = st.session_state.get(_PROBLEMS, {}).get(key, [])
    latest, draft = panel.latest, panel.prefill
    with st.expander(t("statement.page.write", lang), expanded=bool(problems)):
        if latest:
            st.caption(t("statement.page.prefilled", lang, version=latest["version"],
                         state=t(f"statement.state.{latest['state']}", lang)))
            if latest["state"] == "returned" and latest["remark"]:
                st.warning(tm("statement.page.returned", lang, reviewer=panel.who(latest["reviewed_by"]),
                              remark=latest["remark"]))
        with st.form(f"statement_form_{key}"):
            st.caption(t("statement.page.help", lang))
            texts = {}
            for name in TEXT_FIELDS:
                texts[name] = st.text_area(t(f"statement.field.{name}", lang), draft.text(name),
                                           key=f"stmt_{name}_{key}")
                _errors(problems, name, lang)
            choice = st.selectbox(t("statement.field.judgement", lang), JUDGEMENTS,
                                  index=JUDGEMENTS.index(draft.judgement)
                                  if draft.judgement in JUDGEMENTS else None,
                                  format_func=lambda j: t(f"statement.judgement.{j}", lang),
                                  placeholder=t("statement.page.no_judgement", lang),
                                  key=f"stmt_judgement_{key}")
            st.caption(_judgement_line(panel, choice, lang))
            _errors(problems, "judgement", lang)
            reason = st.text_area(t("statement.field.reason", lang), draft.reason or "",
                                  key=f"stmt_reason_{key}")
            _errors(problems, "reason", lang)
            milestones = _milestone_inputs(panel, draft, problems, key, lang)
            left, right = st.columns(2)
            save = left.form_submit_button(t("statement.page.save", lang))
            submit = right.form_submit_button(t("statement.page.submit", lang), type="primary")
        if save or submit:
            new = Draft(panel.action, panel.period, texts, choice, reason, milestones)
            try:
                saved = save_statement(rt, user, new, submit=bool(submit))
            except MonitorError as exc:
                st.error(exc.message(lang))
                return
            st.session_state.setdefault(_PROBLEMS, {})[key] = saved.problems.items
            if saved.version is None:
                st.rerun()
            st.session_state[_DONE] = t("statement.page.saved", lang, version=saved.version["version"],
                                        state=t(f"statement.state.{saved.version['state']}", lang))
            st.rerun()
        if problems:
            st.error(t("statement.page.problems", lang, count=len(problems)))


def _milestone_inputs(panel: StatementPanel, draft: Draft, problems: list[Problem], key: str,
                      lang: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for m in panel.milestones:
        before = draft.milestones.get(m.id) or {}
        st.markdown(tm("statement.page.milestone", lang, title=m.title.get(lang),
                       planned=day(m.planned_date(), lang)))
        a, b, c = st.columns([1, 1, 2])
        status = a.selectbox(t("statement.page.milestone.status", lang), MILESTONE_STATES,
                             index=MILESTONE_STATES.index(before["status"])
                             if before.get("status") in MILESTONE_STATES else None,
                             format_func=lambda s: t(f"statement.milestone_state.{s}", lang),
                             placeholder="–", key=f"stmt_ms_{m.id}_{key}")
        realised = b.date_input(t("statement.page.milestone.realised", lang),
                                value=_date(before.get("realised")), format="DD-MM-YYYY",
                                key=f"stmt_msd_{m.id}_{key}")
        explanation = c.text_input(t("statement.page.milestone.explanation", lang),
                                   before.get("explanation") or "", key=f"stmt_mse_{m.id}_{key}")
        _errors(problems, f"milestones.{m.id}", lang)
        if status or realised or explanation:
            out[m.id] = {"status": status, "realised": realised, "explanation": explanation}
    return out


def _review(rt: Runtime, user: User | None, panel: StatementPanel, lang: str) -> None:
    latest = panel.latest
    st.subheader(t("statement.page.review", lang, version=latest["version"]))
    if user is not None and latest["written_by"] == user.id:
        st.info(t("statement.page.four_eyes", lang))
        return
    remark = st.text_area(t("statement.page.remark", lang), key=f"stmt_remark_{panel.action}")
    left, right = st.columns(2)
    approve = left.button(t("statement.page.approve", lang), type="primary",
                          key=f"stmt_approve_{panel.action}")
    back = right.button(t("statement.page.return", lang), key=f"stmt_return_{panel.action}")
    if approve or back:
        try:
            row = review_statement(rt, user, panel.action, panel.period, approve=approve,
                                   remark=remark)
        except MonitorError as exc:
            st.error(exc.message(lang))
            return
        st.session_state[_DONE] = t("statement.page.reviewed", lang, version=row["version"],
                                    state=t(f"statement.state.{row['state']}", lang))
        st.rerun()


def _history(panel: StatementPanel, lang: str) -> None:
    latest = panel.latest
    with st.expander(t("statement.page.history", lang, state=t(f"statement.state.{latest['state']}",
                                                                 lang), version=latest["version"])):
        rows = [{t(f"statement.col.{c}", lang): _cell(c, r[c], lang) for c in panel.history.columns}
                for r in panel.history.iter_rows(named=True)]
        st.dataframe(rows, hide_index=True)


def _cell(column: str, value: object, lang: str) -> object:
    if column == "state":
        return t(f"statement.state.{value}", lang)
    if column.endswith("_at"):
        return moment(value, lang) if value else ""
    return "" if value is None else value
