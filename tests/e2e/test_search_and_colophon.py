"""Issue 17 in a real browser: the sidebar's search box leads to an action page, and the footer
link opens the accessibility statement, contact and colophon."""

from __future__ import annotations

from tests.e2e.ui import element, open_page, rerun, screenshot, wait_for_app


def test_search_box_leads_to_an_action_page(shared_app, page):
    open_page(page, shared_app.url, "definities", demo_user="demo-programmamanager")
    box = element(page, "search_query").get_by_role("textbox")
    with rerun(page):
        box.fill("chief data")
        box.press("Enter")
    link = page.get_by_role("link", name="Actie: A03 · Dataverantwoordelijkheid en Chief Data Officers")
    before = page.url
    link.click()
    page.wait_for_url(lambda url: url != before and "/actie" in url)
    wait_for_app(page)
    assert "actie=a03" in page.url
    assert page.get_by_role("heading", name="A03 · Dataverantwoordelijkheid en Chief Data Officers").count()
    assert "Kerncijfers in" in page.locator("[data-testid='stMain']").inner_text()
    screenshot(page, "search-to-action")


def test_footer_link_opens_the_colophon(shared_app, page):
    open_page(page, shared_app.url, "organisatie", demo_user="demo-amsterdam")
    footer = page.locator("[data-testid='stMain']").get_by_role(
        "link", name="Toegankelijkheid, contact en colofon")
    footer.scroll_into_view_if_needed()
    footer.click()
    page.wait_for_url(lambda url: "/colofon" in url)
    wait_for_app(page)
    main = page.locator("[data-testid='stMain']").inner_text()
    assert "Toegankelijkheidsverklaring" in main and "WCAG 2.1" in main and "Colofon" in main
    screenshot(page, "colophon")
