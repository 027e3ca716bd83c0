"""Issue 17, the Actie page in the browser at 1 280 px: every table shows all its columns without
horizontal scrolling (the trend and per-type tables wrap under their chart; the organisation table
has widths that fit)."""

from __future__ import annotations

import pytest

from monitor.text import t
from tests.e2e.ui import PROGRAMME_MANAGER, RUN_COUNTER, open_page

ORG_COLUMNS = ("col.id", "col.name", "col.type", "col.provincie", "col.value", "col.reported",
               "action.col.carried")


@pytest.fixture
def wide_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                                  timezone_id="Europe/Amsterdam")
    context.add_init_script(RUN_COUNTER)
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.mark.parametrize("action", ["a03", "a05"])
def test_every_table_in_view_at_1280(shared_app, wide_page, action):
    page = wide_page
    for view in ("verloop", "type"):  # the trend tables, then the tables per type
        open_page(page, shared_app.url, "actie", demo_user=PROGRAMME_MANAGER, actie=action,
                  weergave=view)
        tables = page.locator("[data-testid='stTable']")
        assert tables.count() >= 1, view
        for i in range(tables.count()):
            box = tables.nth(i)
            box.scroll_into_view_if_needed()
            widths = box.evaluate("e => [e.scrollWidth, e.clientWidth, e.getBoundingClientRect().right]")
            assert widths[0] <= widths[1] + 1 and widths[2] <= 1280, (view, i, widths)
        heads = tables.first.evaluate("e => Array.from(e.querySelectorAll('th')).map(h => h.innerText)")
        for key in ("col.value", "col.coverage", "action.col.values"):
            assert t(key, "nl") in heads, (view, key, heads)
        if view == "verloop":
            assert t("col.period", "nl") in heads and t("col.status", "nl") in heads, heads
    # the organisation grids under the indicator charts (not the milestone table, not the
    # statement history in its expander), in the view per organisation
    open_page(page, shared_app.url, "actie", demo_user=PROGRAMME_MANAGER, actie=action,
              weergave="organisaties")
    grids = page.locator("[data-testid='stDataFrame']:not([data-testid='stExpander'] "
                         "[data-testid='stDataFrame'])")
    i = -1
    for n in range(grids.count()):
        grid = grids.nth(n)
        grid.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        shown = grid.evaluate("""g => Array.from(g.querySelectorAll('table[role="grid"] th'))
            .map(c => c.innerText.trim())""")
        if "Mijlpaal" in shown:
            continue
        i += 1
        # the first grid lists the organisations; the map's grid leaves the one type out
        expected = [t(k, "nl") for k in ORG_COLUMNS if not (k == "col.type" and i > 0)]
        assert all(name in shown for name in expected), (i, shown)
        assert grid.bounding_box()["x"] + grid.bounding_box()["width"] <= 1280
