"""Page pieces of the explore pages (issue 17): key figures with their change, "Wat betekent
dit?" beside a chart, the search box and the link to the Colofon page on every page."""

from __future__ import annotations

import streamlit as st

from monitor.text import t, tm
from monitor.views.keyfigures import Explanation, KeyFigure
from monitor.views.search import search

# the colour of a change follows its meaning (the words say it too): never colour alone
TONE_COLOURS = {"good": "green", "bad": "red", "neutral": "gray"}


def key_figures(figures: list[KeyFigure], lang: str, per_row: int = 3) -> None:
    """The key figures as cards: the title (wrapped, never cut), the value, the change with arrow
    and sign in the colour of its meaning, and in words what it is compared with."""
    for start in range(0, len(figures), per_row):
        cols = st.columns(per_row)
        for col, kf in zip(cols, figures[start:start + per_row], strict=False):
            with col.container(border=True):
                st.markdown(f"**{tm('explore.quoted', lang, text=kf.title)}**")
                st.metric(kf.title, kf.value, delta=kf.change, label_visibility="collapsed",
                          delta_color=TONE_COLOURS[kf.tone], delta_arrow="off",
                          help=kf.help if kf.change else None)
                st.caption(kf.compared)


def explain(expl: Explanation, lang: str) -> None:
    """'Wat betekent dit?' under a chart: what the indicator measures, how it is computed, how to
    read the chart; closed until opened."""
    with st.expander(t("explore.explain", lang), icon=":material/help:"):
        st.markdown(f"**{t('explore.explain.what', lang)}**")
        st.text(expl.what)
        st.markdown(f"**{t('explore.explain.how', lang)}**")
        st.markdown("\n".join(f"- {tm('explore.quoted', lang, text=h)}" for h in expl.how))
        st.markdown(f"**{t('explore.explain.read', lang)}**")
        st.text(expl.read)


def _kept_params() -> dict[str, str]:
    return {k: v for k, v in st.query_params.to_dict().items() if k in ("lang", "demo_user")}


def search_box(rt, user, lang: str) -> None:
    """In the sidebar: a search field; the hits (only what ``user`` may open) as links."""
    query = st.text_input(t("explore.search", lang), key="search_query",
                          placeholder=t("explore.search.placeholder", lang))
    if not query or len(query.strip()) < 2:
        return
    hits, total = search(query, rt.defs, rt.register, user, lang)
    if not hits:
        st.caption(t("explore.search.none", lang))
        return
    for hit in hits:
        st.page_link(f"app_pages/{hit.page}.py", query_params=_kept_params() | hit.params,
                     label=f"{t(f'explore.search.kind.{hit.kind}', lang)}: {hit.label}")
    if total > len(hits):
        st.caption(t("explore.search.more", lang, count=total - len(hits)))


def footer_link(lang: str) -> None:
    """The link to the accessibility statement, contact and colophon, on every page."""
    st.page_link("app_pages/colofon.py", label=t("explore.footer", lang),
                 icon=":material/accessibility:", query_params=_kept_params())
