"""WCAG 2.1 AA (the standard for Dutch government sites) on every page a programme manager or a
beheerder can open, in Dutch and in English: axe-core finds no serious or critical violation, the
page language is set, and every chart has a text alternative. Saves a screenshot of every page
(artifacts/screenshots; the README's images come from there: scripts/screenshots.py)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from monitor.access.guard import visible_pages
from monitor.access.users import get_user
from monitor.charts import STATUS_STYLES
from monitor.text import t
from tests.e2e.axe import blocking_violations
from tests.e2e.ui import ADMIN, CHART_TABLES, PROGRAMME_MANAGER, nav_links, open_page, screenshot

# The views the README shows (docs/screenshots): a page with these URL filters.
README_VIEWS = {"actie": {"actie": "a03"}, "organisatie": {"organisatie": "GM0363"}}

CHART_ALTERNATIVES = """
() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).map(c => {
  const block = c.closest('[data-testid="stElementContainer"]');
  const caption = block && block.nextElementSibling
    && block.nextElementSibling.querySelector('[data-testid="stCaptionContainer"]');
  return {role: c.getAttribute('role'), label: c.getAttribute('aria-label') || '',
          caption: caption ? caption.innerText.trim() : null};
})
"""

# charts drawn on the server (an SVG, no plotly.js): the same promises as a Plotly chart's
SERVER_CHARTS = """
() => Array.from(document.querySelectorAll('.peer-strip svg')).map(c => {
  const block = c.closest('[data-testid="stElementContainer"]');
  const caption = block && block.nextElementSibling
    && block.nextElementSibling.querySelector('[data-testid="stCaptionContainer"]');
  return {role: c.getAttribute('role'), label: c.getAttribute('aria-label') || '',
          caption: caption ? caption.innerText.trim() : null};
})
"""
# the overview's status table: headers with their scope, a caption, words in every cell
STATUS_TABLE = """
() => Array.from(document.querySelectorAll('.status-table table')).map(t => ({
  caption: t.caption ? t.caption.innerText.trim() : '',
  cols: t.querySelectorAll('thead th[scope=col]').length,
  rows: t.querySelectorAll('tbody th[scope=row]').length,
  cells: Array.from(t.querySelectorAll('tbody td')).map(c => c.textContent.trim()),
}))
"""


def pages_of(page, user) -> list[str]:
    """The navigation's pages as URL names, in order (every page has its own path; '/' opens the
    first one), which are exactly the pages the role may use."""
    paths = [urlparse(href).path.strip("/") for _, href in nav_links(page)]
    assert paths == visible_pages(user)
    return paths


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_meets_wcag_21_aa(shared_app, tall_page, demo_db, lang):
    _, rt, _ = demo_db
    page, checked, problems = tall_page, [], []
    for user_id in (PROGRAMME_MANAGER, ADMIN):
        open_page(page, shared_app.url, lang=lang, demo_user=user_id)
        names = pages_of(page, get_user(rt.store, user_id))
        for name in names:
            if name in checked:
                continue
            checked.append(name)
            if name != names[0] or name in README_VIEWS:  # the landing page is open already
                open_page(
                    page, shared_app.url, name, lang=lang, demo_user=user_id, **README_VIEWS.get(name, {})
                )
            assert page.evaluate("document.documentElement.lang") == lang, name
            problems += [f"{name}: {v}" for v in blocking_violations(page)]
            charts = [("figure", c) for c in page.evaluate(CHART_ALTERNATIVES)]
            for role, chart in charts + [("img", c) for c in page.evaluate(SERVER_CHARTS)]:
                assert chart["role"] == role, name
                assert len(chart["label"]) > 40, (name, chart)
                if name != "export":  # the export preview sits above its own downloads
                    assert chart["caption"] == chart["label"], (name, chart)
            if name == "actie":
                tables = page.locator(CHART_TABLES).count()
                assert tables >= page.locator("[data-testid='stPlotlyChart']").count() > 0, name
            if name == "overzicht":  # the status per action and quarter: a table, no chart
                [table] = page.evaluate(STATUS_TABLE)
                assert table["cols"] >= 2 and table["rows"] == len(rt.defs.actions), table
                assert len(table["caption"]) > 40 and len(table["cells"]) > table["rows"], table
                words = {f"{s.icon} {s.label(lang)}" for s in STATUS_STYLES.values()}
                none = f"–{t('overview.status_table.none', lang)}"
                assert set(table["cells"]) <= words | {none}, table["cells"]
            if name == "organisatie":  # the peer chart drawn on the server, with its alternative
                assert page.evaluate(SERVER_CHARTS), name
            if lang == "nl" or name == "overzicht":
                screenshot(page, name if lang == "nl" else f"{name}-{lang}")
    # the pages come from the navigation, so a new page is checked without a change here; the
    # navigation offers every page a programme manager may use, and nothing these roles may not
    manager, admin = (visible_pages(get_user(rt.store, u)) for u in (PROGRAMME_MANAGER, ADMIN))
    assert set(manager) <= set(checked) <= set(manager) | set(admin)
    # the Actie page's other views (?weergave=): per type; the organisations' grid and the map
    for view in ("type", "organisaties"):
        open_page(page, shared_app.url, "actie", lang=lang, demo_user=PROGRAMME_MANAGER,
                  actie="a03", weergave=view)
        problems += [f"actie ({view}): {v}" for v in blocking_violations(page)]
        charts = page.evaluate(CHART_ALTERNATIVES)
        assert len(charts) > 1, view  # the milestone timeline and the view's charts
        for chart in charts:
            assert chart["role"] == "figure" and len(chart["label"]) > 40, (view, chart)
            assert chart["caption"] == chart["label"], (view, chart)
        assert page.locator(CHART_TABLES).count() >= len(charts), view
    assert not problems, "\n".join(problems)
