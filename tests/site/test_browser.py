"""The site in Debian's Chromium (Playwright), from ``file://`` and from ``python -m http.server``
on loopback under a sub-path: the start page and an action page show their content, load nothing
from elsewhere, pass axe-core (0 serious or critical), work without JavaScript, and the language
switch leads to the same page in the other language. Screenshots (desktop 1280, phone 390) go
to artifacts/screenshots/site-*.png."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from monitor.site import paths
from tests.e2e.axe import blocking_violations
from tests.e2e.ui import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS

WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def served(built):
    """The site's parent folder served on loopback: the site sits under a sub-path."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(built.root.parent)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/{built.root.name}/"
    server.terminate()
    server.wait(10)


def _open(browser, url: str, width: int = 1280, script: bool = True):
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=script)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    return context, page, requests


def _check(browser, base: str, name: str, shot: str | None = None) -> None:
    for label, width in WIDTHS.items():
        context, page, requests = _open(browser, base + paths.in_lang("nl", name), width)
        try:
            assert page.locator("h1").count() == 1
            assert page.locator("main table").count() >= 1
            assert blocking_violations(page) == []
            assert all(r.startswith(base) for r in requests), [r for r in requests if not r.startswith(base)]
            if shot:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / f"site-{shot}-{label}.png"),
                                full_page=label == "phone")
        finally:
            context.close()


def _action(built) -> str:
    """The first action with indicators (the one the screenshots show)."""
    return sorted(p.name for p in (built.root / "nl").glob("action-*.html"))[0]


def test_the_start_and_an_action_page_from_file(browser, built):
    base = built.root.as_uri() + "/"
    _check(browser, base, paths.HOME, "start")
    _check(browser, base, _action(built), "action")


def test_the_start_and_an_action_page_from_a_static_server_under_a_sub_path(browser, built, served):
    _check(browser, served, paths.HOME)
    _check(browser, served, _action(built))
    context, page, _ = _open(browser, served)  # the top index.html goes on to the Dutch start page
    try:
        page.wait_for_url(served + paths.in_lang("nl", paths.HOME))
    finally:
        context.close()


def test_every_kind_of_page_passes_axe_in_both_languages(browser, built):
    base = built.root.as_uri() + "/"
    indicator = sorted(p.name for p in (built.root / "nl").glob("indicator-*.html"))[0]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        for lang in ("nl", "en"):
            for name in (paths.ABOUT, paths.DOWNLOADS, paths.ACCESSIBILITY, paths.COLOPHON, indicator):
                page.goto(base + paths.in_lang(lang, name))
                assert blocking_violations(page) == [], (lang, name)
    finally:
        context.close()


def test_the_content_needs_no_javascript(browser, built):
    context, page, _ = _open(browser, built.root.as_uri() + "/nl/" + _action(built), script=False)
    try:
        assert page.locator("figure svg").count() >= 1
        assert page.locator("section.indicator table tbody tr").count() > 5
    finally:
        context.close()


def test_the_language_switch_leads_to_the_same_page_and_back(browser, built):
    name = _action(built)
    context, page, _ = _open(browser, built.root.as_uri() + "/nl/" + name)
    try:
        assert page.locator("html").get_attribute("lang") == "nl-NL"
        page.locator("a.switch").click()
        page.wait_for_url(f"**/en/{name}")
        assert page.locator("html").get_attribute("lang") == "en-GB"
        assert page.locator("a.switch").inner_text() == "Nederlands"
        page.locator("a.switch").click()
        page.wait_for_url(f"**/nl/{name}")
        assert page.locator("html").get_attribute("lang") == "nl-NL"
    finally:
        context.close()
