"""Gebruikers: users and roles for beheerders; every change with a reason, audited."""

import streamlit as st

from monitor.access import users
from monitor.access.model import User
from monitor.access.roles import ROLES, Role
from monitor.errors import MonitorError
from monitor.frames import each
from monitor.text import moment, t, tm
from monitor.ui.state import current_user, language, runtime
from monitor.views.users import users_table

lang = language()
rt = runtime()
actor = current_user()
st.title(t("users.title", lang))
st.write(t("users.intro", lang))
if flash := st.session_state.pop("users_flash", None):
    st.success(flash)

names = dict(zip(rt.register["code"], rt.register["naam"], strict=True))
everyone = users.load_users(rt.store)
by_id = {u.id: u for u in everyone}
role_label = {r: ROLES[r].label(lang) for r in Role}
action_names = {a.id: a.spec.action.title.get(lang) for a in rt.defs.actions}


def org_label(code: str) -> str:
    return f"{names.get(code, code)} ({code})"


def action_label(action_id: str) -> str:
    return f"{action_id} {action_names.get(action_id, '')}".strip()


def user_label(uid: str) -> str:
    u = by_id[uid]
    state = "" if u.active else f" – {t('users.inactive', lang)}"
    return f"{u.name} ({u.id}, {role_label[u.role]}){state}"


def attempt(change, done_key: str) -> None:
    """Run a change; on success remember the message and rerun so the table shows it."""
    try:
        result = change()
    except MonitorError as exc:
        st.error(tm("users.failed", lang, error=exc.message(lang)))
        return
    st.session_state["users_flash"] = tm(done_key, lang, user=result.describe(lang), id=result.id)
    st.rerun()


role_tab, add_tab, active_tab = st.tabs([t("users.tab.role", lang), t("users.tab.add", lang),
                                         t("users.tab.active", lang)])
with role_tab:  # no form: choosing a user fills in their current role and organisations
    uid = st.selectbox(t("users.user", lang), list(by_id), format_func=user_label, key="role_user")
    current = by_id[uid]
    role = st.selectbox(t("users.role", lang), list(Role), key=f"role_role_{uid}",
                        index=list(Role).index(current.role), format_func=role_label.get)
    orgs = st.multiselect(t("users.organisations", lang), list(names), key=f"role_orgs_{uid}",
                          default=list(current.organisations), format_func=org_label)
    owned = st.multiselect(t("users.actions", lang), list(action_names), key=f"role_actions_{uid}",
                           default=list(current.actions), format_func=action_label)
    reason = st.text_input(t("users.reason", lang), key=f"role_reason_{uid}")
    if st.button(t("users.save_role", lang), type="primary", key="role_save"):
        attempt(lambda: users.set_role(rt.store, actor, uid, role, orgs, reason, actions=owned,
                                       known_actions=set(action_names)), "users.done.role")

with add_tab, st.form("users_add"):
    left, right = st.columns(2)
    new_id = left.text_input(t("users.id", lang), key="add_id")
    new_name = right.text_input(t("users.name", lang), key="add_name")
    new_role = left.selectbox(t("users.role", lang), list(Role), key="add_role",
                              format_func=role_label.get)
    new_orgs = right.multiselect(t("users.organisations", lang), list(names), key="add_orgs",
                                 format_func=org_label)
    new_actions = left.multiselect(t("users.actions", lang), list(action_names), key="add_actions",
                                   format_func=action_label)
    new_email = left.text_input(t("users.email", lang), key="add_email")
    new_subject = right.text_input(t("users.subject", lang), key="add_subject")
    reason = st.text_input(t("users.reason", lang), key="add_reason")
    if st.form_submit_button(t("users.add", lang), type="primary"):
        user = User(new_id.strip().lower(), new_name.strip(), new_role, tuple(new_orgs), True,
                    new_email.strip() or None, new_subject.strip() or None,
                    actions=tuple(new_actions))
        attempt(lambda: users.upsert_user(rt.store, actor, user, reason, new=True,
                                          known_actions=set(action_names)), "users.done.add")

with active_tab, st.form("users_active"):
    uid = st.selectbox(t("users.user", lang), list(by_id), format_func=user_label,
                       key="active_user")
    reason = st.text_input(t("users.reason", lang), key="active_reason")
    left, right = st.columns(2)
    if left.form_submit_button(t("users.deactivate", lang)):
        attempt(lambda: users.deactivate_user(rt.store, actor, uid, reason), "users.done.deactivate")
    if right.form_submit_button(t("users.activate", lang)):
        attempt(lambda: users.activate_user(rt.store, actor, uid, reason), "users.done.activate")

table = users_table(rt, lang)
st.caption(t("users.count", lang, count=table.height, active=sum(u.active for u in everyone)))
st.dataframe(
    table.with_columns(each(table, "updated_at", lambda d: moment(d, lang))),
    hide_index=True, key="users_table",
    column_config={c: t(f"users.col.{c}", lang) for c in table.columns})
