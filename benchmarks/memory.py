"""Memory: peak RSS of the real dashboard process (``streamlit run dashboard.py``, headless, on a
free port, with MONITOR_DB/MONITOR_CONFIG at the scale's files) after opening every page once in
Chromium (Playwright, Debian's /usr/bin/chromium) as a programme manager. Peak = the kernel's
high-water mark (VmHWM) of the server process. Its children (the Chromium that the Export page
starts for image export) are reported apart, as proportional set size (PSS)."""

from __future__ import annotations

import contextlib
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.scales import Scale
from monitor.text import t
from tests.e2e.server import start_app

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NAV = [
    "nav.overview",
    "nav.action",
    "nav.organisation",
    "nav.completeness",
    "nav.upload",
    "nav.catalogue",
    "nav.export",
    "nav.audit",
]
MB = 2**20




def high_water(proc: psutil.Process) -> int:
    """Peak resident bytes of the process (the kernel's VmHWM)."""
    status = Path(f"/proc/{proc.pid}/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")) * 1024


def children_pss(proc: psutil.Process) -> int:
    """Proportional set size of the children (Chromium of the image export): shared pages
    counted once, unlike a sum of RSS."""
    total = 0
    for p in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            total += p.memory_full_info().pss
    return total


def _settle(page) -> None:
    page.wait_for_selector("[data-testid='stApp'] h1", timeout=300_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=300_000
    )
    page.wait_for_timeout(1000)


def open_every_page(url: str) -> list[str]:
    """Open the dashboard, act as the programme manager, click through every page."""
    from playwright.sync_api import sync_playwright

    opened = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        page.goto(url)
        _settle(page)
        picker = page.get_by_label(t("auth.demo_user", "nl"))
        picker.click()
        page.get_by_role("option").filter(has_text="programmamanager").first.click()
        _settle(page)
        for key in NAV:
            title = t(key, "nl")
            page.locator("[data-testid='stSidebarNav'] a").filter(has_text=title).first.click()
            _settle(page)
            opened.append(title)
        browser.close()
    return opened


def run(scale: Scale) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        # the browser tests' starter: the same command line, health check and process-group stop
        server = start_app(Path(scale.db), Path(tmp) / "streamlit.log", timeout=120,
                           config=Path(scale.config))
        proc = psutil.Process(server.process.pid)
        try:
            idle = proc.memory_info().rss
            t0 = time.perf_counter()
            pages = open_every_page(server.url)
            elapsed = time.perf_counter() - t0
            return {
                "rss_idle_mb": idle / MB,
                "rss_after_mb": proc.memory_info().rss / MB,
                "rss_peak_mb": high_water(proc) / MB,
                "children_pss_mb": children_pss(proc) / MB,
                "children": len(proc.children(recursive=True)),
                "pages": pages,
                "walk_seconds": elapsed,
            }
        finally:
            server.stop()
