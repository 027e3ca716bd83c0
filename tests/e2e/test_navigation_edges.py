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
