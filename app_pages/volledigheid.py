"""Volledigheid: reporting and on-time rates, who has not reported (with the contact and a
mail-merge of reminders for a role with contacts.view), rejected attempts (only for a role that
may see every organisation's submissions: submissions.view)."""

import polars as pl
import streamlit as st

from monitor.access.guard import allowed
from monitor.frames import each
from monitor.intake.history import open_quarters
from monitor.intake.messages import name
from monitor.periods import Quarter
from monitor.text import quarter, t
from monitor.textsafe import excel_csv
from monitor.ui.state import current_user, language, runtime, url_select
from monitor.ui.widgets import headed
from monitor.views.completeness import (
    common_problems,
    missing_organisations,
    rejections,
    reporting_rates,
)
from monitor.views.reminders import merge_columns, missing_with_contacts, reminders, type_label

lang = language()
rt = runtime()
ctx = rt.context(lang=lang)
st.title(t("completeness.title", lang))
quarters = open_quarters(ctx) + sorted(ctx.locked, reverse=True)
quarters = sorted(set(quarters), reverse=True)
period = url_select(t("filter.period", lang), quarters, "kwartaal",
                    format_func=lambda q: Quarter.parse(q).label(lang))
types = {k: v[lang] for k, v in rt.config.org_types.items()}

st.subheader(t("completeness.rates", lang))
rates = reporting_rates(rt.store, rt.defs, rt.register, sorted(quarters))
# quarters as a reader reads them (K3 2026), types as groups (Gemeenten), whole percentages
# (no decimal sign to get wrong in either language)
rates = rates.sort("period", descending=True)
st.dataframe(
    rates.with_columns(
        each(rates, "period", lambda q: quarter(q, lang)),
        pl.col("type").replace_strict(types),
        pl.col("reporting_rate", "on_time_rate") * 100),
    hide_index=True,
    column_config={
        "period": t("col.period", lang), "type": t("col.type", lang),
        "expected": t("col.expected", lang), "reported": t("col.reported", lang),
        "on_time": t("col.on_time", lang),
        "reporting_rate": st.column_config.ProgressColumn(
            t("col.reporting_rate", lang), format="%.0f%%", min_value=0, max_value=100),
        "on_time_rate": st.column_config.ProgressColumn(
            t("col.on_time_rate", lang), format="%.0f%%", min_value=0, max_value=100),
    },
)

user = current_user()
contacts = allowed(user, "contacts.view")  # personal data: programme managers and beheerders
missing = (missing_with_contacts(rt, user, period) if contacts
           else missing_organisations(rt.store, rt.defs, rt.register, period))
if missing.is_empty():
    st.success(t("completeness.none_missing", lang, period=quarter(period, lang)))
else:
    st.subheader(t("submit.missing", lang, period=quarter(period, lang), count=missing.height))
    # one organisation's type (gemeente), its province by name (Flevoland, not PV24)
    names = dict(zip(rt.register["code"], rt.register["naam"], strict=True))
    shown = missing.with_columns(
        each(missing, "type", lambda c: type_label(c, rt, lang)),
        pl.col("provincie").replace_strict(names, default=pl.col("provincie")))
    labels = {c: t(f"col.{c}", lang) for c in ("code", "name", "type", "provincie")} | {
        "code": t("col.id", lang), "contact_name": t("submit.col.contact_name", lang),
        "contact_email": t("submit.col.contact_email", lang)}
    # at 1 280 px the e-mail address stays in view: the short columns narrow
    narrow = {c: st.column_config.TextColumn(labels[c], width="small")
              for c in ("code", "type", "provincie")}
    st.dataframe(shown, hide_index=True, key="missing_table", column_config=labels | narrow)
    left, right = st.columns(2)
    left.download_button(t("completeness.download", lang), excel_csv(headed(shown, labels)),
                         file_name=f"niet_aangeleverd_{period}.csv", mime="text/csv")
    if contacts:
        without = missing["contact_email"].null_count()
        if without:
            st.caption(t("submit.no_contact", lang, count=without))
        letters = reminders(rt, user, period, lang, ctx.today)
        right.download_button(t("submit.reminders", lang),
                              excel_csv(letters.rename(merge_columns(lang))),
                              file_name=f"herinneringen_{period}.csv", mime="text/csv",
                              help=t("submit.reminders.help", lang), key="reminders")
    else:
        st.caption(t("submit.contacts_hidden", lang))

if allowed(user, "submissions.view"):  # rejected attempts of every organisation
    rejected = rejections(rt.store, user, period)
    if rejected.is_empty():
        st.caption(t("completeness.no_rejections", lang, period=quarter(period, lang)))
    else:
        st.subheader(t("completeness.rejections", lang, period=quarter(period, lang), n=rejected.height))
        common = common_problems(rt.store, user, period)
        st.markdown(f"**{t('completeness.common', lang)}**")
        st.dataframe(common.with_columns(each(common, "code", lambda c: name(c, lang))),
                     hide_index=True, column_config={
            "code": t("col.problem", lang), "occurrences": t("col.occurrences", lang),
            "attempts": t("col.attempts", lang)})
