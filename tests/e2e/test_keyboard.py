"""Keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7): Tab from the start of the page reaches the navigation,
the language switch, the page's selectors and its download buttons, with a visible focus; Enter
on a navigation link opens that page."""

from __future__ import annotations

from urllib.parse import urlparse

from monitor.text import t
from tests.e2e.ui import PROGRAMME_MANAGER, SUBMITTER, nav_links, open_page, wait_for_app

ACTIVE = """
() => {
  const e = document.activeElement;
  const key = e.closest('[class*="st-key-"]');
  const s = getComputedStyle(e);
  return {tag: e.tagName, testid: e.closest('[data-testid]')?.getAttribute('data-testid') || '',
          key: key ? Array.from(key.classList).find(c => c.startsWith('st-key-')).slice(7) : '',
          text: (e.getAttribute('aria-label') || e.innerText || '').trim().split('\\n').pop(),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          shadow: s.boxShadow !== 'none'};
}
"""


def tab_until(page, done, limit: int = 80, key: str = "Tab") -> list[dict]:
    """Press Tab (from where the focus is; on a page just opened: its start) until
    ``done(focused)``; every focused element in order."""
    trail = []
    for _ in range(limit):
        page.keyboard.press(key)
        trail.append(page.evaluate(ACTIVE))
        if done(trail[-1]):
            return trail
    raise AssertionError(f"not reached in {limit} presses of Tab: {[f['text'] for f in trail]}")


def test_tab_reaches_navigation_language_selectors_and_downloads(shared_app, page):
    open_page(
        page, shared_app.url, "actie", actie="a03", indicator="a03_cdo_aandeel", demo_user=PROGRAMME_MANAGER
    )
    download = t("common.download_table", "nl")
    trail = tab_until(page, lambda f: f["tag"] == "BUTTON" and f["text"] == download)
    assert trail[0]["testid"] == "stSkipToContent"  # Streamlit's skip link comes first
    links = [f for f in trail if f["testid"] == "stSidebarNavLink"]
    assert [f["text"] for f in links] == [label for label, _ in nav_links(page)]
    assert all(f["outline"] for f in links)  # a visible focus, not only a faint background
    keys = [f["key"] for f in trail]
    for key in ("lang_choice", "demo_user", "url_actie", "url_kwartaal", "url_indicator", "url_type"):
        assert key in keys, key
    # in reading order: navigation, sidebar controls, the page's filters, then its content
    assert (
        keys.index("lang_choice")
        < keys.index("url_actie")
        < keys.index("url_kwartaal")
        < keys.index("url_indicator")
        < keys.index("url_type")
    )
    assert trail.index(links[-1]) < keys.index("lang_choice")

    # back with Shift+Tab to a navigation link: Enter opens that page
    target = next(i for i, (_, href) in enumerate(nav_links(page)) if urlparse(href).path == "/volledigheid")
    tab_until(
        page,
        lambda f: f["testid"] == "stSidebarNavLink" and f["text"] == nav_links(page)[target][0],
        key="Shift+Tab",
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/volledigheid**")
    wait_for_app(page)
    assert page.locator("h1").first.inner_text() == t("completeness.title", "nl")


def test_tab_reaches_the_upload_controls(shared_app, page):
    open_page(page, shared_app.url, "aanleveren", demo_user=SUBMITTER)
    trail = tab_until(page, lambda f: f["tag"] == "BUTTON" and f["key"].startswith("file_"))
    keys = [f["key"] for f in trail]
    assert keys.index("upload_org") < keys.index("upload_period")
    template = [f for f in trail if f["tag"] == "BUTTON" and f["text"] == t("upload.template", "nl")]
    assert len(template) == 1
    assert trail.index(template[0]) > keys.index("upload_period")
