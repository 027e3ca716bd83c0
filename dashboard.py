"""Voortgangsmonitor IBDS — dashboard entry point: `uv run streamlit run dashboard.py`.

Navigation only; every page lives in app_pages/ and stays thin over the monitor package.
(Not pages/: a pages/ folder next to st.navigation makes Streamlit route deep links such as
/actie?actie=a03 to the bare page script, without this navigation, layout and language switch.)
"""

import streamlit as st

from monitor.access.guard import visible_pages
from monitor.access.roles import ROLES
from monitor.errors import MonitorError
from monitor.text import t, tm
from monitor.ui.a11y import page_language_and_focus
from monitor.ui.explore import footer_link, search_box
from monitor.ui.figures import figures_line, figures_slot
from monitor.ui.state import acting_user, demo_notice, demo_notice_seen, language, runtime

st.set_page_config(page_title="Voortgangsmonitor IBDS", page_icon=":material/monitoring:", layout="wide")
lang = language()
with st.sidebar:
    choice = st.segmented_control(t("app.language", lang), ["nl", "en"], default=lang,
                                  key="lang_choice")
    if choice and choice != lang:
        st.query_params["lang"] = choice
        st.rerun()
    page_language_and_focus(lang)  # <html lang> and a visible keyboard focus (WCAG 2.1 AA)

PAGES = [
    ("app_pages/overzicht.py", "nav.overview", "overzicht", ":material/dashboard:"),
    ("app_pages/actie.py", "nav.action", "actie", ":material/flag:"),
    ("app_pages/organisatie.py", "nav.organisation", "organisatie", ":material/account_balance:"),
    ("app_pages/volledigheid.py", "nav.completeness", "volledigheid", ":material/fact_check:"),
    ("app_pages/aanleveren.py", "nav.upload", "aanleveren", ":material/upload_file:"),
    ("app_pages/toezeggingen.py", "nav.commitments", "toezeggingen", ":material/gavel:"),
    ("app_pages/definities.py", "nav.catalogue", "definities", ":material/menu_book:"),
    ("app_pages/export.py", "nav.export", "export", ":material/ios_share:"),
    ("app_pages/audit.py", "nav.audit", "audit", ":material/history:"),
    ("app_pages/gebruikers.py", "nav.users", "gebruikers", ":material/manage_accounts:"),
    ("app_pages/colofon.py", "nav.colophon", "colofon", ":material/accessibility:"),
]


def refuse_page(first: st.Page, url: str):
    """The stub of a page the role may not use: back to the role's first page, with a note."""

    def refuse() -> None:
        st.session_state["nav_refused"] = url
        keep = {k: v for k, v in st.query_params.to_dict().items() if k in ("lang", "demo_user")}
        st.switch_page(first, query_params=keep)

    refuse.__name__ = f"refused_{url}"
    return refuse


def start_page(first: st.Page):
    """The default page, served at '/': it opens the role's first page under its own path. (A
    real page as the default is served at '/' only: a bookmark of '/overzicht' would be "Page not
    found".)"""

    def start() -> None:
        st.switch_page(first, query_params=st.query_params.to_dict())

    return start


rt = runtime()
# one open of the database file for the whole script run: every read and write of the page
# shares it (each open and close costs 30 ms or more); it is closed again when the run ends, so other
# processes (the CLI) can write between runs
with rt.store.session():
    # who acts: the OIDC login, or a chosen demo user; navigation shows only what that role may
    # use (the package functions enforce the same rules for every write)
    acting = acting_user(rt, lang)
    visible = visible_pages(acting.user)
    pages = [st.Page(path, title=t(key, lang), url_path=url, icon=icon)
             for path, key, url, icon in PAGES if url in visible]
    # a deep link to a page the role may not use (/export for an indiener) opens the role's first
    # page with a short note, not Streamlit's English "Page not found" dialog: such pages are
    # registered hidden, as a stub that only redirects (the page script itself never runs)
    refused = [st.Page(refuse_page(pages[0], url), title=t(key, lang), url_path=url,
                       visibility="hidden")
               for _, key, url, _ in PAGES if url not in visible] if pages else []
    start = [st.Page(start_page(pages[0]), title=pages[0].title, default=True,
                     visibility="hidden")] if pages else []
    page = st.navigation(start + pages + refused)
    with st.sidebar:  # on every page: search (what this user may open) and the colophon link
        search_box(rt, acting.user, lang)
    if st.session_state.pop("nav_refused", None) and page in pages:
        st.info(t("pages.nav.refused", lang, role=ROLES[acting.user.role].label(lang),
                  page=page.title), icon=":material/block:")
    demo_notice(lang)  # once, to who started the demo
    slot = figures_slot()  # from when the figures are: filled once the page said what it shows
    try:
        page.run()
    except MonitorError as exc:  # a problem the user can understand: its message, no traceback
        st.error(tm("pages.error", lang, error=exc.message(lang)))
    finally:
        figures_line(slot, rt, lang)
    demo_notice_seen()  # the page ran to its end: the notice has been seen
    st.divider()
    footer_link(lang)
