"""Browser tests: the dashboard served by `streamlit run` over a copy of the demo database, driven
by Debian's Chromium through Playwright (never a browser download)."""

from __future__ import annotations

import pytest

from tests.e2e.server import copy_database, start_app
from tests.e2e.ui import CHROMIUM, CHROMIUM_ARGS, RUN_COUNTER


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium; "
            ".ci/run installs it)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def new_page(browser, height: int = 1000):
    context = browser.new_context(
        viewport={"width": 1400, "height": height},
        accept_downloads=True,
        locale="nl-NL",
        timezone_id="Europe/Amsterdam",
    )
    context.add_init_script(RUN_COUNTER)
    page = context.new_page()
    page.set_default_timeout(60_000)
    return context, page


@pytest.fixture
def page(browser):
    """A fresh browser context (no cookies, no session) per test."""
    context, opened = new_page(browser)
    yield opened
    context.close()


@pytest.fixture
def tall_page(browser):
    """A fresh context with a tall window, for screenshots of whole pages."""
    context, opened = new_page(browser, height=2400)
    yield opened
    context.close()


@pytest.fixture(scope="package")
def shared_app(browser, demo_db, tmp_path_factory):
    """One server for the tests that only read, over its own copy of the demo database."""
    folder = tmp_path_factory.mktemp("e2e-shared")
    server = start_app(copy_database(demo_db[0], folder), folder / "streamlit.log")
    yield server
    server.stop()


@pytest.fixture
def writable_app(browser, demo_db, tmp_path):
    """A server of its own over a private copy, for a journey that writes (the session's demo
    database stays untouched)."""
    server = start_app(copy_database(demo_db[0], tmp_path / "db"), tmp_path / "streamlit.log")
    yield server
    server.stop()
