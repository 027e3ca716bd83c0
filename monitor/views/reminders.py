"""Reminders to organisations that have not submitted for a quarter: their contact (from the
register, ``contact_naam`` and ``contact_email``) and a ready reminder per organisation, as rows
for a mail merge (Word, Outlook) in the reader's language.

Contacts are personal data: both functions need ``contacts.view`` (programme managers and
beheerders); a refusal is audited and raised as ``AccessDenied``. Why the register and not the
users table: docs/operator-guide.md (Reminders).
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

import polars as pl

from monitor.access.enforce import enforce_as
from monitor.access.model import User
from monitor.errors import PeriodError
from monitor.periods import Quarter
from monitor.runtime import Runtime
from monitor.text import day, t
from monitor.text.catalogue import TEXTS
from monitor.views.completeness import missing_organisations

UPLOAD_PAGE = "aanleveren"
# the upload page's URL parameters, as on the other pages: ?kwartaal=2026-Q3&organisatie=GM0363
QUARTER_PARAM, ORGANISATION_PARAM = "kwartaal", "organisatie"


def type_label(org_type: str, rt: Runtime, lang: str) -> str:
    """One organisation's type in words ('gemeente'); a type added in config.yaml without a
    singular text: its label there."""
    key = f"submit.orgtype.{org_type}"
    return t(key, lang) if key in TEXTS else rt.config.org_types[org_type][lang]


def missing_with_contacts(rt: Runtime, user: User | str | None, period: str) -> pl.DataFrame:
    """The organisations without an accepted submission for ``period`` (code, name, type,
    provincie) with their contact (contact_name, contact_email; null where the register has
    none). Needs ``contacts.view``."""
    enforce_as(rt.store, user, "contacts.view", target=f"contacts {period}")
    missing = missing_organisations(rt.store, rt.defs, rt.register, period)
    contacts = rt.register.select("code", pl.col("contact_naam").alias("contact_name"),
                                  pl.col("contact_email"))
    return missing.join(contacts, on="code", how="left", maintain_order="left")


def upload_link(rt: Runtime, period: str | None = None, organisation: str | None = None) -> str:
    """Where an organisation submits: the dashboard's address (``reminders.base_url``) and the
    upload page, with the quarter and the organisation chosen
    (``.../aanleveren?kwartaal=2026-Q3&organisatie=GM0363``; see :func:`linked_quarter`)."""
    params = {k: v for k, v in ((QUARTER_PARAM, period), (ORGANISATION_PARAM, organisation)) if v}
    page = f"{rt.config['reminders.base_url']}/{UPLOAD_PAGE}"
    return f"{page}?{urlencode(params)}" if params else page


def linked_quarter(wanted: str | None, open_quarters: list[str],
                   lang: str = "nl") -> tuple[str | None, str | None]:
    """The quarter an upload link asks for (``?kwartaal=``): ``(quarter, None)`` when it is open
    for submission; ``(None, note)`` when it is a quarter that is not open (the note names it) or
    no quarter at all (the note does not repeat what the link said); ``(None, None)`` when the link
    asks for none. The note in ``lang``."""
    if not wanted:
        return None, None
    try:
        q = Quarter.parse(wanted)
    except PeriodError:
        return None, t("upload.link.quarter_unknown", lang)
    if str(q) in open_quarters:
        return str(q), None
    return None, t("upload.link.quarter", lang, quarter=q.label(lang))


def linked_organisation(wanted: str | None, codes: list[str],
                        lang: str = "nl") -> tuple[str | None, str | None]:
    """The organisation an upload link asks for (``?organisatie=``), when the user may submit for
    it: ``(code, None)``; otherwise ``(None, note)`` (the note does not name the code: whether an
    organisation exists is not told to someone who may not submit for it); ``(None, None)`` when
    the link asks for none. The note in ``lang``."""
    if not wanted:
        return None, None
    code = wanted.strip().upper()
    return (code, None) if code in codes else (None, t("upload.link.organisation", lang))


def reminders(rt: Runtime, user: User | str | None, period: str, lang: str = "nl",
              today: date | None = None) -> pl.DataFrame:
    """One reminder per organisation without a submission for ``period``: organisation, code,
    contact_name, email, quarter, deadline (``calendar.deadline_days`` after the quarter), the
    upload link, subject and body, in ``lang``. The body says the deadline is coming, or was,
    as of ``today``. Needs ``contacts.view``."""
    missing = missing_with_contacts(rt, user, period)
    q = Quarter.parse(period)
    deadline = rt.context(today=today).deadline(q)
    passed = (today or date.today()) > deadline
    programme = rt.config["programme.name"][lang]
    label = q.label(lang)
    when = t("submit.merge.overdue" if passed else "submit.merge.due", lang,
             deadline=day(deadline, lang))
    rows = []
    for org in missing.iter_rows(named=True):
        name = org["contact_name"]
        dear = t("submit.merge.dear", lang, name=name) if name else t("submit.merge.dear_unknown", lang)
        link = upload_link(rt, period, org["code"])
        rows.append({
            "organisation": org["name"], "code": org["code"], "contact_name": name,
            "email": org["contact_email"], "quarter": label, "deadline": day(deadline, lang),
            "link": link,
            "subject": t("submit.merge.subject", lang, quarter=label, programme=programme),
            "body": t("submit.merge.body", lang, dear=dear, programme=programme,
                      organisation=org["name"], quarter=label, deadline=when, link=link),
        })
    schema = dict.fromkeys(("organisation", "code", "contact_name", "email", "quarter", "deadline",
                            "link", "subject", "body"), pl.String)
    return pl.DataFrame(rows, schema=schema)


def merge_columns(lang: str) -> dict[str, str]:
    """The mail-merge CSV's column names (merge fields, without spaces) in ``lang``."""
    return {c: t(f"submit.merge.col.{c}", lang) for c in (
        "organisation", "code", "contact_name", "email", "quarter", "deadline", "link", "subject",
        "body")}
