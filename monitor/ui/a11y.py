"""Accessibility fixes Streamlit does not offer as settings (WCAG 2.1 AA).

- 3.1.1 Language of page: Streamlit's page says ``<html lang="en">`` whatever the content; the
  page language follows the interface language.
- 2.4.7 Focus visible: Streamlit marks a keyboard-focused link in the navigation only with a
  faint background (hardly visible on the sidebar's colour); a clear outline in lintblauw.
"""

from __future__ import annotations

import streamlit as st

from monitor.text import LANGS

FOCUS_CSS = """
<style>
[data-testid="stSidebarNavLink"]:focus-visible,
[data-testid="stPageLink-NavLink"]:focus-visible {
  outline: 3px solid #154273;
  outline-offset: 2px;
}
</style>
"""


def page_language_and_focus(lang: str) -> None:
    """Set ``<html lang>`` to the interface language and give links a visible keyboard focus."""
    code = lang if lang in LANGS else "nl"
    st.html(
        f'{FOCUS_CSS}<script>document.documentElement.lang = "{code}";</script>', unsafe_allow_javascript=True
    )
