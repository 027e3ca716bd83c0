"""Page helpers for the browser tests: wait for Streamlit to finish a script run, open a page as
a demo user, choose in a selectbox, read a data grid, save a screenshot."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Locator, Page

from monitor.text import t
from tests.e2e.server import read_db

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PROGRAMME_MANAGER = "demo-programmamanager"
# the table with a chart: a grid, or (the Actie page's trend and per-type tables) a table that
# wraps; not the lineage tables inside their expanders
# the tables beside charts: grids and wrapping tables, not those in expanders (lineage, history)
CHART_TABLES = ("[data-testid='stDataFrame']:not([data-testid='stExpander'] [data-testid='stDataFrame']), "
                "[data-testid='stTable']:not([data-testid='stExpander'] [data-testid='stTable'])")
SUBMITTER = "demo-amsterdam"
ADMIN = "demo-beheerder"

# Counts the script runs the page has started (Streamlit marks its root element with
# data-test-script-state), so a test can wait for the rerun an action causes, however quick.
RUN_COUNTER = """
window.__stRuns = 0;
new MutationObserver(changes => {
  for (const c of changes) {
    if (c.target.getAttribute('data-test-script-state') === 'running' && c.oldValue !== 'running') {
      window.__stRuns += 1;
    }
  }
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ['data-test-script-state']});
"""

# The app is done when the script run has finished, the connection is up, nothing is stale or
# spinning, the page has its title and every Plotly chart has drawn.
APP_DONE = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning'
      || app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  if (document.querySelector('[data-testid="stStatusWidget"], [data-stale="true"], '
                             + '[data-testid="stSpinner"], [data-testid="stSkeleton"]')) return false;
  if (!document.querySelector('[data-testid="stMain"] h1')) return false;
  return Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    .every(c => c.querySelector('.main-svg'));
}
"""


def runs(page: Page) -> int:
    return page.evaluate("window.__stRuns || 0")


def wait_for_app(page: Page, after: int | None = None, timeout: float = 120) -> None:
    """Wait until the app has finished its script run. ``after``: the run count before an
    action, to wait for the run that action starts first. A run that immediately follows
    another (st.rerun, a URL update) is waited for too: the state must stay done for 0.4 s."""
    deadline = time.monotonic() + timeout
    if after is not None:
        page.wait_for_function(f"() => (window.__stRuns || 0) > {after}", timeout=timeout * 1000)
    while True:
        left = max(deadline - time.monotonic(), 1) * 1000
        page.wait_for_function(APP_DONE, timeout=left)
        count = runs(page)
        page.wait_for_timeout(400)
        if runs(page) == count and page.evaluate(APP_DONE):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the app kept running")


@contextmanager
def rerun(page: Page, timeout: float = 120) -> Iterator[None]:
    """``with rerun(page): click(...)`` waits for the script run the click starts."""
    before = runs(page)
    yield
    wait_for_app(page, after=before, timeout=timeout)


def open_page(page: Page, base: str, path: str = "", **params: str) -> None:
    """Open ``base/path?params`` in a new session and wait for the app."""
    query = f"?{urlencode(params)}" if params else ""
    page.goto(f"{base}/{path}{query}")
    wait_for_app(page)


def element(page: Page, key: str) -> Locator:
    """The widget with Streamlit key ``key`` (its container carries the class st-key-KEY)."""
    return page.locator(f".st-key-{key}")


def choose(page: Page, key: str, option: str) -> None:
    """Choose ``option`` (its text as shown) in the selectbox with key ``key``."""
    box = element(page, key)
    with rerun(page):
        pick(page, box, option)


def pick(page: Page, box: Locator, option: str) -> None:
    """Open a select box, type the option's first word to filter the options (typing a '·' finds
    nothing) and click the option."""
    box.get_by_role("combobox").click()
    page.keyboard.type(option.split()[0])
    page.get_by_role("option", name=option, exact=True).click()


def selected(page: Page, key: str) -> str:
    """The text the selectbox with key ``key`` shows."""
    return element(page, key).get_by_role("combobox").input_value()


def grid_rows(grid: Locator) -> list[list[str]]:
    """The rows of a Streamlit data grid (st.dataframe) as text, header first. The grid draws on a
    canvas; its accessible table holds the rendered rows (enough for short tables)."""
    return grid.evaluate("""g => Array.from(g.querySelectorAll('table[role="grid"] tr'))
        .map(tr => Array.from(tr.querySelectorAll('th, td')).map(c => c.innerText.trim()))""")


def nav_links(page: Page) -> list[tuple[str, str]]:
    """The sidebar navigation as (label, url) in order."""
    links = page.locator("[data-testid='stSidebarNavLink']")
    return [(link.inner_text().splitlines()[-1].strip(), link.get_attribute("href")) for link in links.all()]


def screenshot(page: Page, name: str) -> Path:
    """Save the visible page as artifacts/screenshots/NAME.png (the README images come from
    here: scripts/screenshots.py)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def freeze(page, app, label: str) -> int:
    """Freeze a snapshot on the Export page as the programme manager; returns its id."""
    open_page(page, app.url, "export", demo_user=PROGRAMME_MANAGER)
    with rerun(page):
        element(page, "snapshot_label").get_by_role("textbox").fill(label)
        page.keyboard.press("Enter")
    with rerun(page, timeout=180):
        page.get_by_role("button", name=t("export.snapshot.create", "nl"), exact=True).click()
    ((sid,),) = read_db(app.db, "SELECT id FROM snapshots WHERE label = ?", [label])
    success = page.locator("[data-testid='stAlertContentSuccess']")
    assert success.inner_text().startswith(f"Peildatum vastgelegd als snapshot {sid} ('{label}')")
    return sid
