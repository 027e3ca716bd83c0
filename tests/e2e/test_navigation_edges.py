"""Deep links in a real browser: a bookmarked page the role may not open lands on the role's first
page with a short note (never Streamlit's English "Page not found" dialog); a viewer on Export
without a snapshot reads who can make one."""

from __future__ import annotations

import pytest

from tests.e2e.ui import SUBMITTER, open_page, screenshot


@pytest.mark.parametrize(("path", "lang", "note"), [
    ("export", "nl", "Deze pagina is niet beschikbaar voor uw rol (indiener); u ziet nu Organisatie."),
    ("overzicht", "en",
     "This page is not available for your role (submitter); you now see Organisation."),
])
def test_a_forbidden_deep_link_lands_on_the_roles_first_page(shared_app, page, path, lang, note):
    open_page(page, shared_app.url, path, demo_user=SUBMITTER, lang=lang)
    body = page.locator("body").inner_text()
    assert "Page not found" not in body and "not found" not in body.lower()
    assert note in body
    # the role's first page (its default page, so at the root or under its own path)
    assert page.url.split("?")[0].rstrip("/") in (shared_app.url.rstrip("/"),
                                                  f"{shared_app.url.rstrip('/')}/organisatie")
    # the submitter's own organisation only: the picker offers GM0363 and nothing else
    assert "GM0363" in body and "GM0599" not in body
    screenshot(page, f"deep-link-{path}-{lang}")


@pytest.mark.parametrize(("user", "path", "title"), [
    ("demo-programmamanager", "overzicht", "Voortgangsmonitor Interbestuurlijke Datastrategie"),
    (SUBMITTER, "organisatie", "Amsterdam (GM0363)"),
])
def test_the_first_page_opens_under_its_own_path_too(shared_app, page, user, path, title):
    """The role's first page is the default page ('/'); a bookmark of '/overzicht' (or
    '/organisatie' for a submitter) opens it as well, with its filters, never "Page not found"."""
    open_page(page, shared_app.url, path, demo_user=user, kwartaal="2026-Q2")
    body = page.locator("body").inner_text()
    assert "Page not found" not in body and "not found" not in body.lower()
    assert title in body
    if path == "overzicht":
        assert "K2 2026" in body  # the filter in the link was kept
